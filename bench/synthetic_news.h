// Synthetic analysed articles for benchmarks and load tests of the store
// and the HTTP API: deterministic for a seed, shaped like what the pipeline
// produces (actors with CAMEO codes, quotes with speakers, grouped events,
// times, quantities), with skewed actor pairs and vocabulary so that the
// indexes see realistic selectivities. The text is generated from word
// lists written for this file; no corpus text is used.
//
//   SyntheticNews gen(/*seed=*/1);
//   Document doc = gen.Article(i);   // article i of the stream
//
// Thread safety: Article() is const and may be called from several threads.
#ifndef NEWSMILL_BENCH_SYNTHETIC_NEWS_H_
#define NEWSMILL_BENCH_SYNTHETIC_NEWS_H_

#include <cstdint>

#include "newsmill/document.h"

namespace newsmill {

class SyntheticNews {
 public:
  explicit SyntheticNews(uint64_t seed) : seed_(seed) {}
  // Article number i (0-based): id "synth-<i>", published in 2021-2024.
  Document Article(uint64_t i) const;

 private:
  uint64_t seed_;
};

}  // namespace newsmill

#endif  // NEWSMILL_BENCH_SYNTHETIC_NEWS_H_
