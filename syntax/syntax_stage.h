// The syntax layer as a pipeline stage: tags, lemmatizes and parses every
// sentence the text layer found, then derives clauses and noun phrases
// (syntax/clauses.h). Fills Token::pos, lemma, head and dep, and
// Document::clauses and Document::phrases.
//
//   auto res = LoadSyntaxResources(options);   // once, in Pipeline::Create
//   auto stage = NewSyntaxStage(resources);    // Resources::syntax set
//
// The model (data/syntax/model.bin, trained by newsmill-train) and the word
// lists are embedded; WordNet is read from PipelineOptions::wordnet_dir
// when present (the tagger is more accurate with it, see docs/syntax.md).
//
// Thread safety: the stage and its resources are immutable; Annotate keeps
// its per-thread buffers in thread-local storage.
#ifndef NEWSMILL_SYNTAX_SYNTAX_STAGE_H_
#define NEWSMILL_SYNTAX_SYNTAX_STAGE_H_

#include <cstdint>
#include <memory>

#include "newsmill/pipeline.h"
#include "newsmill/stage.h"
#include "pipeline/resources.h"

namespace newsmill {
namespace syntax {

class SyntaxModel;
class Lemmatizer;
class ClauseLexicon;
class WordNet;

// What the syntax stage reads, loaded once and shared by every thread.
struct SyntaxResources {
  std::unique_ptr<SyntaxModel> model;
  std::unique_ptr<Lemmatizer> lemmatizer;
  std::unique_ptr<ClauseLexicon> clause_words;
  std::shared_ptr<const WordNet> wordnet;  // null when not installed
  // Unique per load, so that per-thread caches never outlive their
  // resources (an address can be reused, an id is not).
  uint64_t id = 0;
  ~SyntaxResources();
};

// Loads the model and word lists (embedded, or from options.data_dir) and
// WordNet. Corruption or InvalidArgument naming the broken file.
Result<std::shared_ptr<const SyntaxResources>> LoadSyntaxResources(
    const PipelineOptions& options);

// Longest stretch of words parsed as one sentence; longer sentences (a
// table flattened into text, a 20 MB line) are parsed in pieces.
inline constexpr int kMaxParseWords = 300;

}  // namespace syntax

// REQUIRES: resources.syntax is set (Pipeline::Create does it).
Result<std::unique_ptr<Stage>> NewSyntaxStage(const Resources& resources);

}  // namespace newsmill

#endif  // NEWSMILL_SYNTAX_SYNTAX_STAGE_H_
