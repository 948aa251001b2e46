// lexicon_bench: the lexicon's load time and memory, and the speed of
// mention matching and of the whole entities stage.
//
//   build/bench/lexicon_bench [--corpus DIR] [--runs N] [--dict DIR]
//
// 1. Loads the built-in lexicon, then the built-in lexicon plus the
//    PETRARCH-2 dictionaries (default ../shared/dictionaries/petrarch2):
//    median CPU time of N loads (default 5) and the resident memory the
//    first load added (from getrusage, so run it as its own process).
// 2. Runs the text layer over every .txt of the corpus (default
//    ../shared/corpora/bbc-news; not timed), checks that matching finds
//    names, then times lexicon matching alone (folding, word lookup and the
//    trie over every sentence) and the whole entities stage, one core: MB/s
//    of article text per CPU second, median of N runs. Matching is timed
//    twice: right after the text layer made each document's tokens (as in
//    the pipeline), and over all documents prepared beforehand (their tokens
//    no longer in cache: a lower bound).
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "base/embedded_data.h"
#include "entities/entity_finder.h"
#include "lexicon/lexicon.h"
#include "newsmill/pipeline.h"

namespace {

// CPU time of this thread: per-core throughput, not disturbed by other
// processes on a shared machine.
struct Clock {
  using time_point = double;
  static double now() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
  }
};

double Seconds(double a, double b) { return b - a; }

long MaxRssKb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

std::vector<std::string> LoadCorpus(const std::string& dir) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ".txt" &&
        e.path().filename() != "README.TXT")
      files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<std::string> out;
  for (const auto& f : files) {
    auto text = newsmill::ReadFileToString(f.string());
    if (text.ok()) out.push_back(std::move(*text));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string shared = NEWSMILL_SHARED_DIR;
  std::string corpus = shared + "/corpora/bbc-news";
  std::string dict = shared + "/dictionaries/petrarch2";
  int runs = 5;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--corpus") && i + 1 < argc) corpus = argv[++i];
    else if (!std::strcmp(argv[i], "--dict") && i + 1 < argc) dict = argv[++i];
    else if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) runs = std::atoi(argv[++i]);
    else {
      std::fprintf(stderr, "usage: lexicon_bench [--corpus DIR] [--dict DIR] [--runs N]\n");
      return 2;
    }
  }
  // ---- 1. loading ----
  bool have_dict = std::filesystem::exists(dict);
  newsmill::LexiconOptions with_dict;
  if (have_dict) with_dict.user_dirs = {dict};
  long rss0 = MaxRssKb();
  auto first = newsmill::Lexicon::Load(with_dict);
  if (!first.ok()) {
    std::fprintf(stderr, "%s\n", first.status().ToString().c_str());
    return 1;
  }
  long rss1 = MaxRssKb();
  std::printf("lexicon: %u entries, %u agents, %zu phrases, %u words, ~%.1f MB of structures\n",
              (*first)->entry_count(), (*first)->agent_count(),
              (*first)->matcher().phrase_count(), (*first)->words().size(),
              (*first)->MemoryBytes() / 1e6);
  std::printf("load, built-in + %s: resident memory added %.1f MB\n",
              have_dict ? dict.c_str() : "(no dictionaries)", (rss1 - rss0) / 1024.0);
  for (const auto& opts : {newsmill::LexiconOptions{}, with_dict}) {
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
      auto t0 = Clock::now();
      auto lex = newsmill::Lexicon::Load(opts);
      auto t1 = Clock::now();
      if (!lex.ok()) return 1;
      times.push_back(Seconds(t0, t1));
    }
    std::printf("load %-40s median %.1f ms (%d runs)\n",
                opts.user_dirs.empty() ? "built-in" : "built-in + petrarch2",
                Median(times) * 1e3, runs);
  }
  first.value().reset();

  // ---- 2. matching ----
  std::vector<std::string> texts = LoadCorpus(corpus);
  if (texts.empty()) {
    std::fprintf(stderr, "no .txt files under %s\n", corpus.c_str());
    return 1;
  }
  newsmill::PipelineOptions po;
  po.stages = {"text"};
  auto text_only = newsmill::Pipeline::Create(po);
  if (!text_only.ok()) return 1;
  std::vector<newsmill::Document> docs;
  size_t bytes = 0;
  for (size_t i = 0; i < texts.size(); ++i) {
    newsmill::ArticleInput in;
    in.id = std::to_string(i);
    in.text = texts[i];
    auto d = (*text_only)->Analyze(in);
    if (!d.ok() || !d->analysed) continue;
    bytes += d->text.size();
    docs.push_back(std::move(*d));
  }
  auto lex = newsmill::Lexicon::Load(newsmill::LexiconOptions{});
  if (!lex.ok()) return 1;
  newsmill::EntityFinder finder(**lex);
  size_t matches = 0;
  for (const auto& d : docs) matches += finder.MatchOnly(d);
  if (matches < docs.size()) {
    std::fprintf(stderr, "check failed: %zu matches in %zu documents\n", matches, docs.size());
    return 1;
  }
  std::printf("corpus: %zu documents, %.1f MB of text, %zu lexicon matches\n", docs.size(),
              bytes / 1e6, matches);
  // As in the pipeline: each document's tokens were just made by the text
  // layer (in cache) when the stage runs. Only the matching is timed.
  std::vector<double> hot_t;
  for (int r = 0; r < runs; ++r) {
    double total = 0;
    size_t n = 0;
    for (size_t i = 0; i < docs.size(); ++i) {
      newsmill::ArticleInput in;
      in.id = docs[i].id;
      in.text = docs[i].text;
      auto d = (*text_only)->Analyze(in);
      if (!d.ok()) return 1;
      auto t0 = Clock::now();
      n += finder.MatchOnly(*d);
      auto t1 = Clock::now();
      total += Seconds(t0, t1);
    }
    if (n != matches) return 1;
    hot_t.push_back(total);
  }
  std::vector<double> match_t, stage_t;
  for (int r = 0; r < runs; ++r) {
    auto t0 = Clock::now();
    size_t n = 0;
    for (const auto& d : docs) n += finder.MatchOnly(d);
    auto t1 = Clock::now();
    if (n != matches) return 1;
    match_t.push_back(Seconds(t0, t1));
    std::vector<newsmill::Document> copy = docs;
    auto t2 = Clock::now();
    for (auto& d : copy) finder.Annotate(d);
    auto t3 = Clock::now();
    stage_t.push_back(Seconds(t2, t3));
  }
  double m = Median(match_t), s = Median(stage_t), h = Median(hot_t);
  std::printf("mention matching (fold, look up, trie), 1 core, tokens in cache as in the "
              "pipeline: %.1f MB/s  (%.0f docs/s; best run %.1f MB/s)\n",
              bytes / 1e6 / h, docs.size() / h,
              bytes / 1e6 / *std::min_element(hot_t.begin(), hot_t.end()));
  std::printf("mention matching, 1 core, all documents prepared first (cold tokens): "
              "%.1f MB/s  (%.0f docs/s)\n",
              bytes / 1e6 / m, docs.size() / m);
  std::printf("entities stage (matching + names + resolution), 1 core: %.1f MB/s  (%.0f docs/s)\n",
              bytes / 1e6 / s, docs.size() / s);
  return 0;
}
