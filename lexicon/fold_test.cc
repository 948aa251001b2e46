#include "lexicon/fold.h"

#include <gtest/gtest.h>

namespace newsmill {
namespace {

TEST(FoldWord, FoldsCaseAccentsApostrophesAndDots) {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"Putin", "putin"},         {"ORBÁN", "orban"},
      {"Orbán", "orban"},         {"U.S.", "us"},
      {"U.S", "us"},              {"U.N.", "un"},
      {"Inc.", "inc"},            {"Russia’s", "russia's"},
      {"Erdoğan", "erdogan"},     {"Zürich", "zurich"},
      {"Jong‑un", "jong-un"},     {"St.", "st"},
      {"Côte", "cote"},           {"100,000", "100,000"},
      {"D.C.", "dc"},             {"Straße", "strasse"},
  };
  for (const Case& c : cases) {
    std::string out;
    EXPECT_TRUE(FoldWord(c.in, &out)) << c.in;
    EXPECT_EQ(out, c.out) << c.in;
  }
}

TEST(FoldWord, RejectsEmptyAndOverlongWords) {
  std::string out;
  EXPECT_FALSE(FoldWord("", &out));
  EXPECT_FALSE(FoldWord(std::string(kMaxFoldedWord + 1, 'a'), &out));
}

TEST(FoldWord, SurvivesInvalidUtf8) {
  std::string out;
  EXPECT_TRUE(FoldWord("ab\xC3(", &out));
}

TEST(FoldPhrase, JoinsWordsWithSingleSpaces) {
  EXPECT_EQ(FoldPhrase("the  United_States"), "the united states");
  EXPECT_EQ(FoldPhrase("VLADIMIR_PUTIN_"), "vladimir putin");
}

TEST(CaseShapeOf, ClassifiesWords) {
  EXPECT_EQ(CaseShapeOf("NATO"), CaseShape::kAllCaps);
  EXPECT_EQ(CaseShapeOf("U.S."), CaseShape::kAllCaps);
  EXPECT_EQ(CaseShapeOf("Putin"), CaseShape::kCapitalized);
  EXPECT_EQ(CaseShapeOf("us"), CaseShape::kLower);
  EXPECT_EQ(CaseShapeOf("al-Qaeda"), CaseShape::kMixed);
  EXPECT_EQ(CaseShapeOf("Ürümqi"), CaseShape::kCapitalized);
  EXPECT_EQ(CaseShapeOf("2022"), CaseShape::kNoLetters);
}

TEST(SplitPossessive, FindsStraightAndCurlyApostrophes) {
  size_t n = 0;
  EXPECT_TRUE(SplitPossessive("Russia's", &n));
  EXPECT_EQ(n, 6u);
  EXPECT_TRUE(SplitPossessive("Russia’s", &n));
  EXPECT_EQ(n, 6u);
  EXPECT_FALSE(SplitPossessive("Russians", &n));
}

}  // namespace
}  // namespace newsmill

namespace newsmill {
namespace {

// The fast ASCII path against FoldWord and CaseShapeOf on generated words.
TEST(FoldWordFast, AgreesWithFoldWordOnGeneratedWords) {
  const char alphabet[] = "aAzZbQ.-'09&";
  uint64_t seed = 88172645463325252ULL;
  auto next = [&]() {
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    return seed;
  };
  std::vector<std::string> words = {"U.S.", "Inc.", "al-Qaeda", "NATO", "iPhone",
                                    "Russia's", "-", ".", "a", "100,000", "G7"};
  for (int i = 0; i < 20000; ++i) {
    std::string w;
    int len = 1 + static_cast<int>(next() % 14);
    for (int k = 0; k < len; ++k) w.push_back(alphabet[next() % (sizeof alphabet - 1)]);
    words.push_back(w);
  }
  for (const std::string& w : words) {
    char buf[kMaxFoldedWord + 8];
    size_t n = 0;
    CaseShape shape;
    bool hyphen = false;
    ASSERT_TRUE(FoldWordFast(w, buf, &n, &shape, &hyphen)) << w;
    // The same with the word read 8 bytes at a time (padded copy).
    std::string padded = w + std::string(8, 'Z');
    char buf8[kMaxFoldedWord + 8];
    size_t n8 = 0;
    CaseShape shape8;
    bool hyphen8 = false;
    ASSERT_TRUE(FoldWordFast(std::string_view(padded).substr(0, w.size()), buf8, &n8,
                             &shape8, &hyphen8, padded.size()))
        << w;
    EXPECT_EQ(std::string(buf, n), std::string(buf8, n8)) << w;
    EXPECT_EQ(shape, shape8) << w;
    EXPECT_EQ(hyphen, hyphen8) << w;
    std::string slow;
    bool ok = FoldWord(w, &slow);
    EXPECT_EQ(ok ? slow : std::string(), std::string(buf, n)) << w;
    EXPECT_EQ(shape, CaseShapeOf(w)) << w;
    bool inner = false;
    for (size_t i = 1; i + 1 < w.size(); ++i) inner |= w[i] == '-';
    EXPECT_EQ(hyphen, inner) << w;
  }
  char buf[kMaxFoldedWord + 8];
  size_t n;
  CaseShape shape;
  bool hyphen;
  EXPECT_FALSE(FoldWordFast("Orbán", buf, &n, &shape, &hyphen));
  for (const char* w : {"’s", "d’Ivoire", "Russia’s", "‘quote"}) {
    ASSERT_TRUE(FoldWordFast(w, buf, &n, &shape, &hyphen)) << w;
    EXPECT_EQ(std::string(buf, n), Fold(w)) << w;
    EXPECT_EQ(shape, CaseShapeOf(w)) << w;
  }
}

}  // namespace
}  // namespace newsmill
