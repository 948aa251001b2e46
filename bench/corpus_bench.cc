// newsmill-bench: throughput of the pipeline (or some of its stages) over a
// corpus, per core, with the output checked before anything is timed.
//
//   newsmill-bench --corpus bench/out/bbc.jsonl --stages text --repeat 5
//
// Reports articles/s, MB/s of input text (total and per core), the time to
// create the pipeline (loading every dictionary and model) and peak resident
// memory. Inputs are JSONL ({"id","text"} or {"html"}) or a directory of
// .txt files. The corpus is read before timing; the median of the runs is
// reported.
#include <sys/resource.h>

#include <algorithm>
#include <ctime>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/strings.h"
#include "bench/bench_corpus.h"
#include "io/input_reader.h"
#include "newsmill/pipeline.h"
#include "pipeline/batch_runner.h"

namespace {

using Clock = std::chrono::steady_clock;

// CPU time of the whole process (every thread), in ms.
double ProcessCpuMs() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
         (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
}

double PeakRssMb() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("newsmill-bench: pipeline throughput over a corpus");
  std::string corpus = "samples";
  std::string stages;
  std::vector<std::string> lexicons;
  int threads = 1, repeat = 3;
  bool json = false;
  std::string data_dir;
  app.add_option("--corpus", corpus, "JSONL file or directory of articles")
      ->capture_default_str();
  app.add_option("--stages", stages, "Stages to run (default: all)");
  app.add_option("--lexicon", lexicons, "Extra PETRARCH dictionaries");
  app.add_option("--threads", threads, "Worker threads")->capture_default_str();
  app.add_option("--repeat", repeat, "Timed runs (median reported)")
      ->capture_default_str();
  app.add_flag("--json", json, "One JSON line instead of a table");
  app.add_option("--data-dir", data_dir,
                 "Directory whose files override the embedded data/ files "
                 "(e.g. another syntax/model.bin)");
  CLI11_PARSE(app, argc, argv);

  // Read the corpus.
  auto paths = newsmill::ExpandInputPaths({corpus});
  if (!paths.ok()) {
    std::fprintf(stderr, "newsmill-bench: %s\n", paths.status().message().c_str());
    return 2;
  }
  std::vector<newsmill::ArticleInput> docs = newsmill::bench::ReadCorpus(*paths);
  size_t bytes = 0;
  for (const newsmill::ArticleInput& in : docs) bytes += in.text.size() + in.html.size();
  if (docs.empty()) {
    std::fprintf(stderr, "newsmill-bench: no articles in %s\n", corpus.c_str());
    return 2;
  }

  newsmill::PipelineOptions options;
  for (std::string_view s : newsmill::Split(stages, ','))
    if (!s.empty()) options.stages.emplace_back(s);
  options.lexicon_dirs = lexicons;
  options.data_dir = data_dir;
  options.reference_date = "2026-11-26";
  auto t0 = Clock::now();
  double cpu0 = ProcessCpuMs();
  auto pipeline = newsmill::Pipeline::Create(options);
  double create_ms =
      std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  // The loaders run on several threads: their CPU time tells what the wall
  // time would be on an idle machine when the host is busy.
  double create_cpu_ms = ProcessCpuMs() - cpu0;
  if (!pipeline.ok()) {
    std::fprintf(stderr, "newsmill-bench: %s\n",
                 pipeline.status().message().c_str());
    return 1;
  }

  // Check the output before timing anything.
  size_t analysed = 0, with_sentences = 0, failed = 0;
  for (const auto& in : docs) {
    auto d = (*pipeline)->Analyze(in);
    if (!d.ok()) {
      ++failed;
      continue;
    }
    analysed += d->analysed;
    with_sentences += !d->sentences.empty();
  }
  if (failed > 0 || with_sentences * 10 < docs.size() * 9) {
    std::fprintf(stderr,
                 "newsmill-bench: output check failed: %zu errors, %zu of %zu "
                 "articles with sentences\n",
                 failed, with_sentences, docs.size());
    return 1;
  }

  std::vector<double> secs, cpu_secs;
  for (int r = 0; r < repeat; ++r) {
    const std::clock_t cpu_start = std::clock();
    newsmill::BatchRunner runner(**pipeline, threads);
    size_t next = 0, sink = 0;
    auto start = Clock::now();
    runner.Run(
        [&](newsmill::ArticleInput* in) {
          if (next == docs.size()) return false;
          *in = docs[next++];
          return true;
        },
        [&](const newsmill::ArticleInput&, newsmill::Result<newsmill::Document>& d) {
          sink += d.ok() ? d->tokens.size() : 0;
        });
    secs.push_back(std::chrono::duration<double>(Clock::now() - start).count());
    cpu_secs.push_back(static_cast<double>(std::clock() - cpu_start) /
                       CLOCKS_PER_SEC);
    if (sink == 0) return 1;
  }
  std::sort(secs.begin(), secs.end());
  std::sort(cpu_secs.begin(), cpu_secs.end());
  double s = secs[secs.size() / 2];
  double cpu = cpu_secs[cpu_secs.size() / 2];
  double mb = bytes / 1e6;
  std::string stage_list;
  for (const auto& n : (*pipeline)->stage_names()) stage_list += (stage_list.empty() ? "" : ",") + n;
  if (json) {
    std::printf(
        "{\"stages\":\"%s\",\"threads\":%d,\"articles\":%zu,\"MB\":%.3f,"
        "\"median_s\":%.4f,\"articles_per_s\":%.1f,\"MB_per_s\":%.3f,"
        "\"MB_per_s_per_core\":%.3f,\"create_ms\":%.1f,\"create_cpu_ms\":%.1f,"
        "\"peak_rss_MB\":%.1f}\n",
        stage_list.c_str(), threads, docs.size(), mb, s, docs.size() / s, mb / s,
        mb / s / threads, create_ms, create_cpu_ms, PeakRssMb());
  } else {
    std::printf("stages            %s\n", stage_list.c_str());
    std::printf("corpus            %s (%zu articles, %.2f MB)\n", corpus.c_str(),
                docs.size(), mb);
    std::printf("threads           %d\n", threads);
    std::printf("runs (s)         ");
    for (double x : secs) std::printf(" %.3f", x);
    std::printf("\narticles/s        %.0f\n", docs.size() / s);
    std::printf("MB/s              %.2f (%.2f per core)\n", mb / s, mb / s / threads);
    std::printf(
        "MB/CPU-s          %.2f (median CPU time of a run %.3f s; fastest "
        "%.3f s, %.2f MB/CPU-s)\n",
        mb / cpu, cpu, cpu_secs.front(), mb / cpu_secs.front());
    std::printf("pipeline create   %.1f ms (CPU %.1f ms, all threads)\n", create_ms,
                create_cpu_ms);
    std::printf("peak RSS          %.1f MB\n", PeakRssMb());
  }
  return 0;
}
