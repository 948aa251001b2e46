// Reads a benchmark corpus (JSONL, text files or a folder of them, through
// the same readers as `newsmill extract`) into memory, for the benches.
#ifndef NEWSMILL_BENCH_BENCH_CORPUS_H_
#define NEWSMILL_BENCH_BENCH_CORPUS_H_

#include <string>
#include <vector>

#include "io/input_reader.h"

namespace newsmill::bench {

// Every article record of the inputs at `paths`, in order; inputs that
// cannot be opened and records that cannot be read are passed over.
inline std::vector<ArticleInput> ReadCorpus(const std::vector<std::string>& paths) {
  std::vector<ArticleInput> docs;
  for (const std::string& p : paths) {
    auto src = InputSource::Open(p, {});
    if (!src.ok()) continue;
    ArticleInput in;
    Status err;
    for (;;) {
      auto o = (*src)->Next(&in, &err);
      if (o == InputSource::kEnd) break;
      if (o == InputSource::kRecord) docs.push_back(in);
    }
  }
  return docs;
}

}  // namespace newsmill::bench

#endif  // NEWSMILL_BENCH_BENCH_CORPUS_H_
