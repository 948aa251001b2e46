// The extraction bars of issue 8, measured by ../shared/eval/newsmill_eval.py
// on the development parts of the Zyte and trafilatura corpora, through the
// real command (`newsmill extract -`). Skipped when ../shared is absent.
#include <gtest/gtest.h>
#include <simdjson.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>

namespace {

namespace fs = std::filesystem;

// The newsmill binary sits next to this test's binary in the build tree.
std::string NewsmillBinary() {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "";
  buf[n] = '\0';
  return (fs::path(buf).parent_path() / "newsmill").string();
}

// Runs one task through the scorer; returns its JSON summary ("" on error).
std::string RunScorer(const std::string& task) {
  std::string cmd = "python3 '" + std::string(NEWSMILL_SHARED_DIR) +
                    "/eval/newsmill_eval.py' run " + task + " --json --system '" +
                    NewsmillBinary() + " extract -q -' 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return "";
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

double Metric(simdjson::dom::element summary, const char* metric,
              const char* field) {
  double v = -1;
  if (summary["metrics"][metric][field].get(v) != simdjson::SUCCESS) return -1;
  return v;
}

class ExtractScorer : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(fs::path(NEWSMILL_SHARED_DIR) / "eval/newsmill_eval.py"))
      GTEST_SKIP() << "../shared is absent: extraction bars not measured";
    if (!fs::exists(NewsmillBinary()))
      GTEST_SKIP() << "newsmill binary not built next to the test";
  }
};

TEST_F(ExtractScorer, ZyteDevelopmentPartMeetsTheBar) {
  std::string json = RunScorer("extract-zyte");
  simdjson::dom::parser parser;
  simdjson::dom::element s;
  ASSERT_EQ(parser.parse(json).get(s), simdjson::SUCCESS) << json;
  double f1 = Metric(s, "shingles@4", "f1");
  EXPECT_GE(f1, 0.965) << "extract-zyte F1";
  EXPECT_GE(Metric(s, "nonempty_output", "accuracy"), 0.99);
}

TEST_F(ExtractScorer, TrafilaturaDevelopmentPartMeetsTheBars) {
  std::string json = RunScorer("extract-trafilatura");
  simdjson::dom::parser parser;
  simdjson::dom::element s;
  ASSERT_EQ(parser.parse(json).get(s), simdjson::SUCCESS) << json;
  EXPECT_GE(Metric(s, "snippets", "f1"), 0.93) << "snippet F1";
  EXPECT_GE(Metric(s, "published", "accuracy"), 0.85) << "published";
  EXPECT_GE(Metric(s, "title", "accuracy"), 0.90) << "title";
  EXPECT_GE(Metric(s, "authors", "accuracy"), 0.80) << "authors";
}

}  // namespace
