// CLI tests: the newsmill binary as users run it, bad inputs included.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

struct CliRun {
  int status = -1;
  std::string out, err;
};

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("newsmill_cli_" + std::to_string(getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Path(const std::string& name) { return (dir_ / name).string(); }
  std::string Write(const std::string& name, const std::string& content) {
    std::ofstream(Path(name), std::ios::binary) << content;
    return Path(name);
  }

  CliRun Newsmill(const std::string& args, const std::string& stdin_file = "") {
    std::string cmd = std::string(NEWSMILL_BINARY) + " " + args + " >" +
                      Path("out.txt") + " 2>" + Path("err.txt");
    if (!stdin_file.empty()) cmd += " <" + stdin_file;
    CliRun r;
    int rc = std::system(cmd.c_str());
    r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    r.out = Slurp(Path("out.txt"));
    r.err = Slurp(Path("err.txt"));
    return r;
  }

  static std::string Slurp(const std::string& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
  }
  static int Lines(const std::string& s) {
    return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
  }

  fs::path dir_;
};

TEST_F(CliTest, HelpTeachesTheCommands) {
  CliRun r = Newsmill("--help");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("extract"), std::string::npos);
  EXPECT_NE(r.out.find("ingest"), std::string::npos);
  CliRun e = Newsmill("extract --help");
  EXPECT_EQ(e.status, 0);
  EXPECT_NE(e.out.find("--reference-date"), std::string::npos);
  EXPECT_EQ(Newsmill("no-such-command").status, 2);
}

TEST_F(CliTest, ExtractReadsJsonlFromStdinAndSkipsBadLinesWithTheirNumber) {
  std::string in = Write("in.jsonl",
                         "{\"id\":\"a\",\"text\":\"Putin spoke on Monday.\"}\n"
                         "{\"id\":\"b\",\"text\":\n"
                         "{\"id\":\"c\",\"text\":\"Biden replied.\"}\n");
  CliRun r = Newsmill("extract -q --reference-date 2026-11-26 -", in);
  EXPECT_EQ(r.status, 3);
  EXPECT_EQ(Lines(r.out), 2);
  EXPECT_NE(r.out.find("\"id\":\"a\""), std::string::npos);
  EXPECT_NE(r.out.find("\"id\":\"c\""), std::string::npos);
  EXPECT_NE(r.err.find("stdin:2: malformed JSON"), std::string::npos) << r.err;
}

TEST_F(CliTest, ExtractReadsOnePlainTextArticleWithText) {
  std::string in = Write("a.txt", "The talks ended. Both sides left.");
  CliRun r = Newsmill("extract -q --text --id mine --published 2022-02-01", in);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"id\":\"mine\""), std::string::npos);
  EXPECT_NE(r.out.find("\"published\":\"2022-02-01\""), std::string::npos);
}

TEST_F(CliTest, BadFilesAreReportedAndTheBatchGoesOn) {
  Write("good.txt", "A good article about the talks.");
  Write("empty.txt", "");
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk.push_back(static_cast<char>(i * 131));
  Write("junk.txt", junk);
  // A truncated gzip file.
  std::string gz = Path("cut.jsonl.gz");
  gzFile g = gzopen(gz.c_str(), "wb");
  for (int i = 0; i < 3000; ++i) {
    std::string line = "{\"id\":\"r" + std::to_string(i) +
                       "\",\"text\":\"Article " + std::to_string(i) + " text.\"}\n";
    gzwrite(g, line.data(), static_cast<unsigned>(line.size()));
  }
  gzclose(g);
  fs::resize_file(gz, fs::file_size(gz) * 2 / 3);
  CliRun r = Newsmill("extract -q " + dir_.string());
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.err.find("empty.txt: empty input"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("junk.txt: binary data"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("cut.jsonl.gz"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("good.txt"), std::string::npos);
  EXPECT_GT(Lines(r.out), 100);  // the records before the damage
}

TEST_F(CliTest, SameOutputForAnyThreadCount) {
  std::string samples = std::string(NEWSMILL_SOURCE_DIR) + "/samples";
  CliRun one = Newsmill("extract -q --reference-date 2026-11-26 --threads 1 " + samples);
  CliRun two = Newsmill("extract -q --reference-date 2026-11-26 --threads 3 " + samples);
  EXPECT_EQ(one.status, 0) << one.err;
  EXPECT_EQ(one.out, two.out);
  EXPECT_EQ(Lines(one.out), 7);  // six files, one with two records
}

TEST_F(CliTest, IngestIsIdempotentAndReportsItsWork) {
  std::string samples = std::string(NEWSMILL_SOURCE_DIR) + "/samples";
  std::string db = Path("t.db");
  CliRun first = Newsmill("ingest -q " + samples + " --db " + db);
  EXPECT_EQ(first.status, 0) << first.err;
  EXPECT_NE(first.err.find("7 new"), std::string::npos) << first.err;
  CliRun second = Newsmill("ingest -q " + samples + " --db " + db);
  EXPECT_EQ(second.status, 0) << second.err;
  EXPECT_NE(second.err.find("7 already stored"), std::string::npos) << second.err;
}

TEST_F(CliTest, BadOptionValuesAreUsageErrors) {
  CliRun r = Newsmill("extract -q --published yesterday " +
                   Write("a.txt", "Some text here."));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--published"), std::string::npos);
  EXPECT_EQ(Newsmill("extract -q --stages nonsense").status, 2);
}

}  // namespace
