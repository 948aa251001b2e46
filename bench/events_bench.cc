// events_bench: throughput of the events stage alone.
//
//   events_bench [--corpus FILE.jsonl|DIR] [--runs N] [--lexicon DIR]
//
// Runs every stage the events stage reads (text, syntax, entities, quotes,
// times) over the corpus once, untimed, keeping the documents; then times
// the events stage over copies of them (CPU time, so that a shared machine
// disturbs it less), median of N runs (default 3), and
// prints articles/s, MB/s on one core, and events per article. The output
// is checked (some events coded) before anything is reported. Default
// corpus: bench/out/bbc.jsonl (see bench/README.md).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "io/input_reader.h"
#include "newsmill/pipeline.h"
#include "pipeline/resources.h"
#include "events/events_stage.h"

int main(int argc, char** argv) {
  CLI::App app("events_bench: throughput of the events stage alone");
  std::string corpus = "bench/out/bbc.jsonl";
  std::vector<std::string> lexicons;
  int runs = 3;
  app.add_option("--corpus", corpus, "JSONL file or directory of articles")->capture_default_str();
  app.add_option("--lexicon", lexicons, "Extra PETRARCH dictionaries");
  app.add_option("--runs", runs, "Timed runs (median reported)")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  auto paths = newsmill::ExpandInputPaths({corpus});
  if (!paths.ok()) {
    std::fprintf(stderr, "events_bench: %s\n", paths.status().message().c_str());
    return 2;
  }
  newsmill::PipelineOptions options;
  options.stages = {"syntax", "entities", "quotes", "times"};
  options.lexicon_dirs = lexicons;
  options.reference_date = "2030-01-01";
  auto pipeline = newsmill::Pipeline::Create(options);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "events_bench: %s\n", pipeline.status().message().c_str());
    return 1;
  }
  std::vector<newsmill::Document> docs;
  size_t bytes = 0;
  for (const std::string& p : *paths) {
    auto src = newsmill::InputSource::Open(p, {});
    if (!src.ok()) continue;
    newsmill::ArticleInput in;
    newsmill::Status err;
    for (;;) {
      auto o = (*src)->Next(&in, &err);
      if (o == newsmill::InputSource::kEnd) break;
      if (o != newsmill::InputSource::kRecord) continue;
      auto doc = (*pipeline)->Analyze(in);
      if (!doc.ok()) continue;
      bytes += doc->text.size();
      docs.push_back(std::move(*doc));
    }
  }
  if (docs.empty()) {
    std::fprintf(stderr, "events_bench: no articles in %s\n", corpus.c_str());
    return 2;
  }
  newsmill::Resources resources;
  resources.options = options;
  auto stage = newsmill::NewEventsStage(resources);
  if (!stage.ok()) {
    std::fprintf(stderr, "events_bench: %s\n", stage.status().message().c_str());
    return 1;
  }
  // Check the output first.
  size_t events = 0;
  for (const newsmill::Document& d : docs) {
    newsmill::Document copy = d;
    if (!(*stage)->Annotate(copy).ok()) return 1;
    events += copy.events.size();
  }
  if (events == 0) {
    std::fprintf(stderr, "events_bench: no events coded; nothing to time\n");
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
  std::printf("events stage: %zu articles, %.2f MB, %zu events (%.2f per article); "
              "%.3f s: %.0f articles/s, %.2f MB/s on one core\n",
              docs.size(), bytes / 1e6, events, double(events) / docs.size(), s, docs.size() / s,
              bytes / 1e6 / s);
  return 0;
}
