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
