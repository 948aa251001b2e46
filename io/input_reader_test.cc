#include "io/input_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace newsmill {
namespace {

namespace fs = std::filesystem;

class InputReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("newsmill_input_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }

  std::string WriteGzip(const std::string& name, const std::string& content,
                        size_t keep_bytes = std::string::npos) {
    std::string path = (dir_ / name).string();
    gzFile g = gzopen(path.c_str(), "wb");
    gzwrite(g, content.data(), static_cast<unsigned>(content.size()));
    gzclose(g);
    if (keep_bytes != std::string::npos) fs::resize_file(path, keep_bytes);
    return path;
  }

  struct Read {
    std::vector<ArticleInput> records;
    std::vector<std::string> errors;
  };

  Read ReadAll(const std::string& path, InputOptions options = {}) {
    Read r;
    auto src = InputSource::Open(path, options);
    if (!src.ok()) {
      r.errors.push_back(src.status().message());
      return r;
    }
    ArticleInput in;
    Status err;
    for (int guard = 0; guard < 100000; ++guard) {
      auto o = (*src)->Next(&in, &err);
      if (o == InputSource::kEnd) break;
      if (o == InputSource::kError) {
        r.errors.push_back(err.message());
      } else {
        r.records.push_back(in);
      }
    }
    return r;
  }

  fs::path dir_;
};

TEST_F(InputReaderTest, ReadsJsonlFieldsAndReportsMalformedLinesByNumber) {
  std::string path = Write(
      "a.jsonl",
      "{\"id\": \"a1\", \"url\": \"https://x.org/a\", \"published\": \"2022-02-01\","
      " \"title\": \"T\", \"authors\": [\"A B\", \"C D\"], \"text\": \"Hello.\"}\n"
      "{not json\n"
      "\n"
      "{\"id\": 7, \"html\": \"<p>Hi</p>\"}\n"
      "{\"id\": \"empty\", \"text\": \"  \"}\n"
      "[1, 2]\n"
      "{\"url\": \"https://x.org/b\", \"text\": \"No id.\"}\n");
  Read r = ReadAll(path);
  ASSERT_EQ(r.records.size(), 3u);
  EXPECT_EQ(r.records[0].id, "a1");
  EXPECT_EQ(r.records[0].published, "2022-02-01");
  EXPECT_EQ(r.records[0].authors, (std::vector<std::string>{"A B", "C D"}));
  EXPECT_EQ(r.records[1].id, "7");
  EXPECT_EQ(r.records[1].html, "<p>Hi</p>");
  EXPECT_EQ(r.records[2].id, "https://x.org/b");
  ASSERT_EQ(r.errors.size(), 3u);
  EXPECT_NE(r.errors[0].find("a.jsonl:2: malformed JSON"), std::string::npos);
  EXPECT_NE(r.errors[1].find("a.jsonl:5: record has no"), std::string::npos);
  EXPECT_NE(r.errors[2].find("a.jsonl:6: a record must be a JSON object"),
            std::string::npos);
}

TEST_F(InputReaderTest, ReadsTextAndHtmlFilesWhole) {
  Read t = ReadAll(Write("story.txt", "Line one.\n\nLine two.\n"));
  ASSERT_EQ(t.records.size(), 1u);
  EXPECT_EQ(t.records[0].text, "Line one.\n\nLine two.\n");
  EXPECT_NE(t.records[0].id.find("story.txt"), std::string::npos);
  Read h = ReadAll(Write("page.html", "<html><body><p>x</p></body></html>"));
  ASSERT_EQ(h.records.size(), 1u);
  EXPECT_FALSE(h.records[0].html.empty());
}

TEST_F(InputReaderTest, RejectsEmptyAndBinaryFilesWithTheirName) {
  Read e = ReadAll(Write("empty.txt", ""));
  ASSERT_EQ(e.errors.size(), 1u);
  EXPECT_NE(e.errors[0].find("empty.txt: empty input"), std::string::npos);
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>((i * 7919) & 0xFF));
  Read b = ReadAll(Write("junk.txt", junk));
  ASSERT_EQ(b.errors.size(), 1u);
  EXPECT_NE(b.errors[0].find("binary"), std::string::npos);
}

TEST_F(InputReaderTest, ReadsGzipAndKeepsRecordsBeforeATruncation) {
  std::string jsonl;
  for (int i = 0; i < 2000; ++i)
    jsonl += "{\"id\": \"r" + std::to_string(i) +
             "\", \"text\": \"Article number " + std::to_string(i) +
             " has some text that is long enough to fill the stream.\"}\n";
  Read full = ReadAll(WriteGzip("all.jsonl.gz", jsonl));
  EXPECT_EQ(full.records.size(), 2000u);
  EXPECT_TRUE(full.errors.empty());

  std::string path = WriteGzip("cut.jsonl.gz", jsonl);
  fs::resize_file(path, fs::file_size(path) / 2);
  Read cut = ReadAll(path);
  EXPECT_GT(cut.records.size(), 10u);
  EXPECT_LT(cut.records.size(), 2000u);
  ASSERT_FALSE(cut.errors.empty());
  EXPECT_NE(cut.errors.back().find("truncated"), std::string::npos);
  for (size_t i = 0; i < cut.records.size(); ++i)
    EXPECT_EQ(cut.records[i].id, "r" + std::to_string(i));
}

TEST_F(InputReaderTest, ReadsJsonArrays) {
  Read r = ReadAll(Write("two.json", "[{\"id\":\"a\",\"text\":\"A.\"},{\"id\":\"b\",\"text\":\"B.\"}]"));
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[1].id, "b");
}

TEST_F(InputReaderTest, ConvertsUtf16WithByteOrderMark) {
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("Hi there.")) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  Read r = ReadAll(Write("u16.txt", utf16));
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].text, "Hi there.");
}

TEST_F(InputReaderTest, ExpandsDirectoriesToKnownFilesInOrder) {
  Write("b.txt", "B");
  Write("a.jsonl", "{}");
  Write("notes.md", "ignored");
  auto paths = ExpandInputPaths({dir_.string()});
  ASSERT_TRUE(paths.ok());
  ASSERT_EQ(paths->size(), 2u);
  EXPECT_NE((*paths)[0].find("a.jsonl"), std::string::npos);
  EXPECT_FALSE(ExpandInputPaths({(dir_ / "missing.txt").string()}).ok());
}

TEST_F(InputReaderTest, MissingFileIsAnErrorNamingIt) {
  Read r = ReadAll((dir_ / "nope.txt").string());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("nope.txt"), std::string::npos);
}

}  // namespace
}  // namespace newsmill
