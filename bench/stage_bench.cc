// stage_bench: throughput of one analysis stage alone.
//
//   stage_bench --stage entities|events|quotes|times [--corpus FILE.jsonl|DIR] [--runs N]
//               [--lexicon DIR]
//
// Runs every stage before the measured one (text, syntax, entities, quotes,
// times, in pipeline order) over the corpus once, untimed, keeping the
// documents; then times the stage over copies of them (CPU time, so that a
// shared machine disturbs it less), median of N runs (default 3), and prints
// articles/s and MB/s on one core. The output is checked (the stage found
// something) before anything is reported. Default corpus:
// bench/out/bbc.jsonl (see bench/README.md).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "bench/bench_corpus.h"
#include "io/input_reader.h"
#include "lexicon/lexicon.h"
#include "newsmill/pipeline.h"
#include "pipeline/resources.h"
#include "entities/entities_stage.h"
#include "events/events_stage.h"
#include "quotes/quote_finder.h"
#include "time/times_stage.h"

int main(int argc, char** argv) {
  CLI::App app("stage_bench: throughput of one analysis stage alone");
  std::string corpus = "bench/out/bbc.jsonl";
  std::string stage_name = "events";
  app.add_option("--stage", stage_name, "entities, events, quotes or times")
      ->check(CLI::IsMember({"entities", "events", "quotes", "times"}))
      ->capture_default_str();
  std::vector<std::string> lexicons;
  int runs = 3;
  app.add_option("--corpus", corpus, "JSONL file or directory of articles")->capture_default_str();
  app.add_option("--lexicon", lexicons, "Extra PETRARCH dictionaries");
  app.add_option("--runs", runs, "Timed runs (median reported)")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  auto paths = newsmill::ExpandInputPaths({corpus});
  if (!paths.ok()) {
    std::fprintf(stderr, "stage_bench: %s\n", paths.status().message().c_str());
    return 2;
  }
  newsmill::PipelineOptions options;
  // The stages before the measured one.
  for (const std::string& n : newsmill::Pipeline::AllStageNames()) {
    if (n == stage_name) break;
    if (n != "text") options.stages.push_back(n);
  }
  if (options.stages.empty()) options.stages.push_back("text");
  options.lexicon_dirs = lexicons;
  options.reference_date = "2030-01-01";
  auto pipeline = newsmill::Pipeline::Create(options);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "stage_bench: %s\n", pipeline.status().message().c_str());
    return 1;
  }
  std::vector<newsmill::Document> docs;
  size_t bytes = 0;
  for (const newsmill::ArticleInput& in : newsmill::bench::ReadCorpus(*paths)) {
    auto doc = (*pipeline)->Analyze(in);
    if (!doc.ok()) continue;
    bytes += doc->text.size();
    docs.push_back(std::move(*doc));
  }
  if (docs.empty()) {
    std::fprintf(stderr, "stage_bench: no articles in %s\n", corpus.c_str());
    return 2;
  }
  newsmill::Resources resources;
  resources.options = options;
  // The lexicon, as Pipeline::Create loads it (the entities stage needs it;
  // the others load their own when it is absent).
  newsmill::LexiconOptions lexicon_options;
  lexicon_options.data_dir = options.data_dir;
  lexicon_options.user_dirs = options.lexicon_dirs;
  auto lexicon = newsmill::Lexicon::Load(lexicon_options);
  if (!lexicon.ok()) {
    std::fprintf(stderr, "stage_bench: %s\n", lexicon.status().message().c_str());
    return 1;
  }
  resources.lexicon = std::shared_ptr<const newsmill::Lexicon>(std::move(lexicon.value()));
  auto stage = stage_name == "events"     ? newsmill::NewEventsStage(resources)
               : stage_name == "entities" ? newsmill::NewEntitiesStage(resources)
               : stage_name == "quotes"   ? newsmill::NewQuoteStage(resources)
                                          : newsmill::NewTimesStage(resources);
  if (!stage.ok()) {
    std::fprintf(stderr, "stage_bench: %s\n", stage.status().message().c_str());
    return 1;
  }
  // Check the output first; the documents to time must not hold the
  // stage's own output yet.
  size_t found = 0;
  for (newsmill::Document& d : docs) {
    if (stage_name == "entities") {
      d.mentions.clear();
      d.entities.clear();
    } else if (stage_name == "quotes") {
      d.quotes.clear();
      d.cited_outlets.clear();
    } else if (stage_name == "times") {
      d.times.clear();
      d.quantities.clear();
    }
    newsmill::Document copy = d;
    if (!(*stage)->Annotate(copy).ok()) return 1;
    found += stage_name == "events"     ? copy.events.size()
             : stage_name == "entities" ? copy.mentions.size()
             : stage_name == "quotes"   ? copy.quotes.size()
                                        : copy.times.size();
  }
  if (found == 0) {
    std::fprintf(stderr, "stage_bench: the %s stage found nothing; nothing to time\n",
                 stage_name.c_str());
    return 1;
  }
  std::vector<double> secs;
  for (int r = 0; r < std::max(1, runs); ++r) {
    std::vector<newsmill::Document> copies = docs;  // not timed
    // CPU time of this thread: the machine may be shared.
    std::clock_t t0 = std::clock();
    for (newsmill::Document& d : copies) (void)(*stage)->Annotate(d);
    secs.push_back(double(std::clock() - t0) / CLOCKS_PER_SEC);
  }
  std::sort(secs.begin(), secs.end());
  double s = secs[secs.size() / 2];
  std::printf("%s stage: %zu articles, %.2f MB, %zu found (%.2f per article); "
              "%.3f s: %.0f articles/s, %.2f MB/s on one core\n",
              stage_name.c_str(), docs.size(), bytes / 1e6, found,
              double(found) / docs.size(), s, docs.size() / s, bytes / 1e6 / s);
  return 0;
}
