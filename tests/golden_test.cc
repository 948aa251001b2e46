// Golden test: the whole pipeline on the bundled samples against committed
// expected records (tests/golden/samples.jsonl). A change to the golden file
// is reviewed like code; regenerate it with
//   NEWSMILL_UPDATE_GOLDEN=1 build/tests/golden_test
// and read the diff.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "io/input_reader.h"
#include "io/record_writer.h"
#include "newsmill/pipeline.h"

namespace newsmill {
namespace {

std::string RunSamples() {
  PipelineOptions o;
  o.reference_date = "2026-11-26";
  auto pipeline = Pipeline::Create(o);
  EXPECT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  auto paths = ExpandInputPaths({std::string(NEWSMILL_SOURCE_DIR) + "/samples"});
  EXPECT_TRUE(paths.ok());
  RecordOptions ro;
  ro.lexicon_id = "golden";  // independent of data-file edits
  std::string out;
  for (const std::string& p : *paths) {
    auto src = InputSource::Open(p, {});
    EXPECT_TRUE(src.ok());
    ArticleInput in;
    Status err;
    for (;;) {
      auto r = (*src)->Next(&in, &err);
      if (r == InputSource::kEnd) break;
      EXPECT_EQ(r, InputSource::kRecord) << err.ToString();
      // Ids without the machine's path.
      size_t at = in.id.find("/samples/");
      if (at != std::string::npos) in.id = in.id.substr(at + 1);
      auto doc = (*pipeline)->Analyze(in);
      EXPECT_TRUE(doc.ok()) << doc.status().ToString();
      if (doc.ok()) AppendRecord(*doc, ro, &out);
    }
  }
  return out;
}

TEST(Golden, SamplesMatchTheCommittedRecords) {
  std::string path = std::string(NEWSMILL_SOURCE_DIR) + "/tests/golden/samples.jsonl";
  std::string got = RunSamples();
  if (std::getenv("NEWSMILL_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(path, std::ios::binary) << got;
    GTEST_SKIP() << "golden file rewritten: " << path;
  }
  std::ifstream f(path, std::ios::binary);
  ASSERT_TRUE(f) << "missing " << path
                 << "; create it with NEWSMILL_UPDATE_GOLDEN=1";
  std::stringstream want;
  want << f.rdbuf();
  // Compare line by line for a readable failure.
  std::istringstream g(got), w(want.str());
  std::string gl, wl;
  int line = 0;
  while (true) {
    bool more_g = static_cast<bool>(std::getline(g, gl));
    bool more_w = static_cast<bool>(std::getline(w, wl));
    ++line;
    if (!more_g && !more_w) break;
    ASSERT_EQ(more_g, more_w) << "record count differs at line " << line;
    EXPECT_EQ(gl, wl) << "record " << line << " differs";
  }
}

}  // namespace
}  // namespace newsmill
