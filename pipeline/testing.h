// Helpers for tests: run the pipeline (or only its first stages) on a
// string. For tests only; aborts the test on pipeline errors.
#ifndef NEWSMILL_PIPELINE_TESTING_H_
#define NEWSMILL_PIPELINE_TESTING_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "newsmill/pipeline.h"

namespace newsmill::testing {

// A pipeline that runs `stages` (empty: all), built once per stage list.
inline const Pipeline& TestPipeline(const std::vector<std::string>& stages) {
  static std::vector<std::pair<std::vector<std::string>,
                               std::unique_ptr<Pipeline>>> cache;
  for (auto& [s, p] : cache)
    if (s == stages) return *p;
  PipelineOptions o;
  o.stages = stages;
  auto p = Pipeline::Create(o);
  if (!p.ok()) {
    ADD_FAILURE() << p.status().ToString();
    std::abort();
  }
  cache.emplace_back(stages, std::move(p.value()));
  return *cache.back().second;
}

// Analyses `text` with the given stages (default: the text layer only).
inline Document Analyze(const std::string& text,
                        const std::vector<std::string>& stages = {"text"},
                        const std::string& published = "") {
  ArticleInput in;
  in.id = "test";
  in.text = text;
  in.published = published;
  auto doc = TestPipeline(stages).Analyze(in);
  if (!doc.ok()) {
    ADD_FAILURE() << doc.status().ToString();
    return Document();
  }
  return std::move(doc.value());
}

// The surface strings of the document's sentences.
inline std::vector<std::string> SentenceTexts(const Document& d) {
  std::vector<std::string> out;
  for (const Sentence& s : d.sentences) out.emplace_back(d.Text(s.span));
  return out;
}

// Tokens joined by "|".
inline std::string JoinedTokens(const Document& d) {
  std::string out;
  for (size_t i = 0; i < d.tokens.size(); ++i) {
    if (i > 0) out += "|";
    out += d.TokenText(static_cast<uint32_t>(i));
  }
  return out;
}

}  // namespace newsmill::testing

#endif  // NEWSMILL_PIPELINE_TESTING_H_
