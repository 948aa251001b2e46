// newsmill-synth-db: writes a database of synthetic analysed articles
// (bench/synthetic_news.h) through the Store API, for the API latency
// benchmark and for trying the dashboard on a large database.
//
//   build/newsmill-synth-db --db bench/out/synth100k.db --articles 100000
//
// Prints the store's write throughput. Deterministic for a seed; a rerun on
// the same file skips what is stored (the store is idempotent).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>
#include <algorithm>

#include "bench/synthetic_news.h"
#include "newsmill/pipeline.h"
#include "store/store.h"

int main(int argc, char** argv) {
  std::string db = "synth.db";
  long articles = 1000, seed = 1, batch = 1000;
  bool no_text = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](const char* name) -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "newsmill-synth-db: %s needs a value\n", name);
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--db") db = value("--db");
    else if (a == "--articles") articles = std::atol(value("--articles"));
    else if (a == "--seed") seed = std::atol(value("--seed"));
    else if (a == "--batch") batch = std::atol(value("--batch"));
    else if (a == "--no-text") no_text = true;
    else {
      std::fprintf(stderr,
                   "usage: newsmill-synth-db [--db FILE] [--articles N] "
                   "[--seed S] [--batch N] [--no-text]\n");
      return 2;
    }
  }
  if (articles < 0 || batch < 1) return 2;
  newsmill::StoreOptions options;
  options.keep_text = !no_text;
  auto store = newsmill::Store::Open(db, options);
  if (!store.ok()) {
    std::fprintf(stderr, "newsmill-synth-db: %s\n", store.status().message().c_str());
    return 1;
  }
  newsmill::SyntheticNews gen(static_cast<uint64_t>(seed));
  newsmill::PutOptions put;
  put.engine = {"newsmill", std::string(newsmill::Version()), "synthetic"};
  auto start = std::chrono::steady_clock::now();
  long stored = 0, bytes = 0;
  for (long i = 0; i < articles; i += batch) {
    if (auto st = (*store)->BeginBatch(); !st.ok()) {
      std::fprintf(stderr, "newsmill-synth-db: %s\n", st.message().c_str());
      return 1;
    }
    for (long k = i; k < i + batch && k < articles; ++k) {
      newsmill::Document doc = gen.Article(static_cast<uint64_t>(k));
      bytes += static_cast<long>(doc.text.size());
      auto r = (*store)->Put(doc, put);
      if (!r.ok()) {
        std::fprintf(stderr, "newsmill-synth-db: %s\n", r.status().message().c_str());
        return 1;
      }
      stored += *r != newsmill::PutOutcome::kUnchanged;
    }
    if (auto st = (*store)->CommitBatch(); !st.ok()) {
      std::fprintf(stderr, "newsmill-synth-db: %s\n", st.message().c_str());
      return 1;
    }
    if (isatty(2))
      std::fprintf(stderr, "\r%ld / %ld articles", std::min(i + batch, articles), articles);
  }
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (isatty(2)) std::fprintf(stderr, "\n");
  std::printf("%s: %ld articles (%ld newly stored, %.1f MB of text) in %.1f s: "
              "%.0f articles/s\n",
              db.c_str(), articles, stored, bytes / 1e6, s, articles / (s > 0 ? s : 1));
  return 0;
}
