// The committed model: it loads, rejects damaged files, and still scores on
// GUM's dev documents (read in place from ../shared; skipped without it).
#include "syntax/model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "base/embedded_data.h"
#include "syntax/conllu.h"

namespace newsmill::syntax {
namespace {

std::string ModelBytes() {
  auto bytes = ReadDataFile("syntax/model.bin", "");
  EXPECT_TRUE(bytes.ok());
  return bytes.ok() ? *bytes : std::string();
}

TEST(SyntaxModel, EmbeddedModelLoadsAndRoundTrips) {
  std::string bytes = ModelBytes();
  auto m = SyntaxModel::Load(bytes, "model.bin");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_GE((*m)->tag_names().size(), 17u);
  EXPECT_EQ((*m)->Serialize(), bytes);
}

TEST(SyntaxModel, OlderFilesLoadWithoutMarginOrArcLabels) {
  std::string bytes = ModelBytes();
  auto m = SyntaxModel::Load(bytes, "model.bin");
  ASSERT_TRUE(m.ok());
  EXPECT_GT((*m)->parser().margin(), 0);
  const size_t table = (*m)->arc_labels().size();
  ASSERT_EQ(table, (*m)->ArcLabelTableSize());
  // Version 2: no arc label table (its size and bytes end version 3).
  std::string v2 = bytes.substr(0, bytes.size() - 4 - table);
  v2[8] = 2;
  auto two = SyntaxModel::Load(v2, "v2.bin");
  ASSERT_TRUE(two.ok()) << two.status().ToString();
  EXPECT_TRUE((*two)->arc_labels().empty());
  EXPECT_EQ((*two)->parser().margin(), (*m)->parser().margin());
  // Version 1: no margin after the flags either (bytes 16..19).
  std::string v1 = v2.substr(0, 16) + v2.substr(20);
  v1[8] = 1;
  auto one = SyntaxModel::Load(v1, "v1.bin");
  ASSERT_TRUE(one.ok()) << one.status().ToString();
  EXPECT_EQ((*one)->parser().margin(), 0);
  std::string v4 = bytes;
  v4[8] = 4;
  EXPECT_FALSE(SyntaxModel::Load(v4, "v4.bin").ok());
  // A table of the wrong size, or with a label out of range.
  std::string small = v2;
  small[8] = 3;
  small += std::string("\x02\0\0\0", 4) + "\x01\x01";
  EXPECT_EQ(SyntaxModel::Load(small, "small.bin").status().code(),
            StatusCode::kCorruption);
  std::string wild = bytes;
  wild[wild.size() - 1] = static_cast<char>((*m)->label_names().size());
  EXPECT_EQ(SyntaxModel::Load(wild, "wild.bin").status().code(),
            StatusCode::kCorruption);
}

// The labels of the table are the labels of the arcs between those tags;
// the labeller decides the others.
TEST(SyntaxModel, ArcLabelTableLabelsTheArcsItCovers) {
  auto m = SyntaxModel::Load(ModelBytes(), "model.bin");
  ASSERT_TRUE(m.ok());
  const std::vector<std::string>& labels = (*m)->label_names();
  const auto det = std::find(labels.begin(), labels.end(), "det");
  const auto dep = std::find(labels.begin(), labels.end(), "dep");
  ASSERT_NE(det, labels.end());
  ASSERT_NE(dep, labels.end());
  // The trained table labels a determiner before its noun det.
  SyntaxModel::Scratch scratch;
  SentenceParse out;
  const std::vector<std::string_view> words = {"The", "council", "met",
                                               "on", "a", "Tuesday", "."};
  (*m)->Analyze(words, &out, &scratch);
  EXPECT_EQ(out.heads[0], 1);
  EXPECT_EQ(labels[out.labels[0]], "det");
  // A table with every entry "dep" labels every arc but punctuation's and
  // the root's "dep": the labeller is not asked.
  (*m)->set_arc_labels(std::vector<uint8_t>(
      (*m)->ArcLabelTableSize(), static_cast<uint8_t>(dep - labels.begin())));
  SyntaxModel::Scratch scratch2;
  (*m)->Analyze(words, &out, &scratch2);
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& l = labels[out.labels[i]];
    if (out.heads[i] < 0) {
      EXPECT_EQ(l, "root");
    } else if (words[i] == ".") {
      EXPECT_EQ(l, "punct");
    } else {
      EXPECT_EQ(l, "dep") << words[i];
    }
  }
}

TEST(ChooseArcLabels, MostFrequentLabelWhenFrequentAndPure) {
  // Three entries of two labels: 99 of 100 label 1 (kept at purity 0.99),
  // 5 of 5 label 0 (too rare at min_count 20), 60 and 40 (not pure).
  const std::vector<uint32_t> counts = {1, 99, 5, 0, 60, 40};
  EXPECT_EQ(ChooseArcLabels(counts, 2, 20, 0.99),
            (std::vector<uint8_t>{1, kNoLabel, kNoLabel}));
  EXPECT_EQ(ChooseArcLabels(counts, 2, 5, 0.6),
            (std::vector<uint8_t>{1, 0, 0}));
}

TEST(SyntaxModel, ClosedClassFileErrorsNameTheLine) {
  auto m = SyntaxModel::Load(ModelBytes(), "model.bin");
  ASSERT_TRUE(m.ok());
  EXPECT_TRUE((*m)->SetClosedClass("# comment\nAUX\tbe is are\n", "closed.tsv").ok());
  Status bad = (*m)->SetClosedClass("AUX\tbe\nNOTATAG\tfoo\n", "closed.tsv");
  EXPECT_EQ(bad.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(bad.message().find("closed.tsv:2"), std::string::npos) << bad.message();
}

TEST(SyntaxModel, DamagedFilesAreCorruption) {
  std::string bytes = ModelBytes();
  ASSERT_GT(bytes.size(), 100u);
  for (size_t cut :
       {size_t{0}, size_t{7}, size_t{20}, bytes.size() / 2, bytes.size() - 1}) {
    auto m =
        SyntaxModel::Load(std::string_view(bytes).substr(0, cut), "cut.bin");
    EXPECT_FALSE(m.ok()) << cut;
    EXPECT_EQ(m.status().code(), StatusCode::kCorruption);
  }
  std::string bad = bytes;
  bad[0] = 'X';
  EXPECT_FALSE(SyntaxModel::Load(bad, "bad.bin").ok());
  std::string longer = bytes + "junk";
  EXPECT_FALSE(SyntaxModel::Load(longer, "long.bin").ok());
}

TEST(SyntaxModel, FixedTagsOverrideTheModel) {
  auto m = SyntaxModel::Load(ModelBytes(), "model.bin");
  ASSERT_TRUE(m.ok());
  SyntaxModel::Scratch scratch;
  SentenceParse out;
  std::vector<std::string_view> words = {"Kyiv", "walked", "."};
  ASSERT_TRUE((*m)->AddFixedTags("# test\nwalked\tPROPN\n", "t.tsv").ok());
  for (std::string_view w : {"walked", "Walked", "WALKED"}) {
    words[1] = w;
    (*m)->Analyze(words, &out, &scratch);
    EXPECT_EQ((*m)->TagUpos(out.tags[1]), Upos::kPropn) << w;
  }
  Status bad = (*m)->AddFixedTags("ok\tADV\nword\tNOT_A_TAG\n", "t.tsv");
  EXPECT_EQ(bad.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(bad.ToString().find("t.tsv:2"), std::string::npos)
      << bad.ToString();
  EXPECT_FALSE((*m)->AddFixedTags("no tab here\n", "t.tsv").ok());
}

TEST(SyntaxModel, AnalyzeAllIsAnalyzeOfEachSentence) {
  auto m = SyntaxModel::Load(ModelBytes(), "model.bin");
  ASSERT_TRUE(m.ok());
  const std::vector<std::vector<std::string_view>> sentences = {
      {"Putin", "told", "reporters", "that", "the", "talks", "had", "failed",
       "."},
      {},
      {"Yes"},
      {"Shares", "fell", "3.5", "%", "on", "Tuesday", ",", "traders", "said"},
      {"He", "left", "."},
      {"The", "talks", "failed", "."},
      {"Shares", "fell", "."},
  };
  SyntaxModel::Scratch all_scratch, one_scratch;
  std::vector<SentenceParse> all;
  (*m)->AnalyzeAll(sentences, &all, &all_scratch);
  ASSERT_EQ(all.size(), sentences.size());
  SentenceParse one;
  for (size_t k = 0; k < sentences.size(); ++k) {
    (*m)->Analyze(sentences[k], &one, &one_scratch);
    EXPECT_EQ(all[k].tags, one.tags) << "sentence " << k;
    EXPECT_EQ(all[k].heads, one.heads) << "sentence " << k;
    EXPECT_EQ(all[k].labels, one.labels) << "sentence " << k;
  }
}

TEST(SyntaxModel, TagsAndParsesGumDevWithGoldWords) {
  std::string dir = std::string(NEWSMILL_SHARED_DIR) + "/corpora/gum/dev";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << dir << " is absent";
  auto m = SyntaxModel::Load(ModelBytes(), "model.bin");
  ASSERT_TRUE(m.ok());
  auto wn = WordNet::Load("/usr/share/wordnet");
  if (wn.ok())
    (*m)->AttachWordNet(std::shared_ptr<const WordNet>(std::move(wn.value())));
  long words = 0, upos = 0, heads = 0;
  SyntaxModel::Scratch scratch;
  SentenceParse out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() != ".conllu") continue;
    auto content = ReadFileToString(e.path().string());
    ASSERT_TRUE(content.ok());
    auto docs = ParseConllu(*content, e.path().string());
    ASSERT_TRUE(docs.ok()) << docs.status().ToString();
    for (const auto& d : *docs) {
      for (const auto& s : d.sentences) {
        std::vector<std::string_view> forms;
        for (const auto& w : s.words) forms.push_back(w.form);
        (*m)->Analyze(forms, &out, &scratch);
        for (size_t i = 0; i < s.words.size(); ++i) {
          ++words;
          upos += UposName((*m)->TagUpos(out.tags[i])) == s.words[i].upos;
          heads += out.heads[i] == s.words[i].head - 1;
        }
      }
    }
  }
  ASSERT_GT(words, 20000);
  // Regression guards well under the measured figures (docs/syntax.md).
  EXPECT_GE(static_cast<double>(upos) / words, wn.ok() ? 0.955 : 0.94);
  EXPECT_GE(static_cast<double>(heads) / words, wn.ok() ? 0.80 : 0.78);
}

}  // namespace
}  // namespace newsmill::syntax
