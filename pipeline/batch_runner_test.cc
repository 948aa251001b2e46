#include "pipeline/batch_runner.h"

#include <gtest/gtest.h>

#include "io/record_writer.h"
#include "pipeline/testing.h"

namespace newsmill {
namespace {

std::string RunWithThreads(int threads, int n) {
  const Pipeline& p = testing::TestPipeline({});
  BatchRunner runner(p, threads);
  int next = 0;
  std::string out;
  runner.Run(
      [&](ArticleInput* in) {
        if (next == n) return false;
        in->id = "a" + std::to_string(next);
        in->text = "Article " + std::to_string(next) +
                   " said the Kremlin on Monday. “It is fine,” he said.";
        if (next % 7 == 3) in->text = " ";  // becomes an empty record
        ++next;
        return true;
      },
      [&](const ArticleInput& in, Result<Document>& doc) {
        ASSERT_TRUE(doc.ok());
        AppendRecord(*doc, {}, &out);
      });
  return out;
}

TEST(BatchRunner, SameOutputInSameOrderForAnyThreadCount) {
  std::string one = RunWithThreads(1, 300);
  EXPECT_EQ(RunWithThreads(2, 300), one);
  EXPECT_EQ(RunWithThreads(5, 300), one);
  EXPECT_EQ(std::count(one.begin(), one.end(), '\n'), 300);
}

}  // namespace
}  // namespace newsmill
