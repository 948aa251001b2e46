// BatchRunner: runs a Pipeline over a stream of articles on several threads
// and hands the results back in input order.
//
//   BatchRunner runner(*pipeline, /*threads=*/4);
//   runner.Run(
//       [&](ArticleInput* in) { return reader_has_more(in); },   // producer
//       [&](const ArticleInput& in, Result<Document>& doc) {  // in order
//         write(doc);
//       });
//
// Output order equals input order whatever the number of threads, so a run
// with --threads 8 gives the same bytes as one with --threads 1. With one
// thread everything happens on the calling thread.
//
// Thread safety: Run() is called by one thread; the callbacks run on the
// calling thread, never concurrently.
#ifndef NEWSMILL_PIPELINE_BATCH_RUNNER_H_
#define NEWSMILL_PIPELINE_BATCH_RUNNER_H_

#include <functional>

#include "newsmill/pipeline.h"

namespace newsmill {

class BatchRunner {
 public:
  // Fills *in and returns true, or returns false at the end of the input.
  using Producer = std::function<bool(ArticleInput* in)>;
  // Receives each input with its result, in input order.
  using Consumer = std::function<void(const ArticleInput& in, Result<Document>& doc)>;

  // REQUIRES: threads >= 1; pipeline outlives the runner.
  BatchRunner(const Pipeline& pipeline, int threads);

  void Run(const Producer& produce, const Consumer& consume);

 private:
  const Pipeline& pipeline_;
  int threads_;
};

}  // namespace newsmill

#endif  // NEWSMILL_PIPELINE_BATCH_RUNNER_H_
