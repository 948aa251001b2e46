#include "text/normalizer.h"

#include <gtest/gtest.h>

#include "text/boilerplate.h"
#include "text/text_rules.h"

namespace newsmill {
namespace {

const TextRules& Rules() {
  static std::unique_ptr<TextRules> rules = std::move(TextRules::Load("").value());
  return *rules;
}

TEST(Normalizer, SplitsParagraphsAtBlankLinesAndCleansSpace) {
  NormalizedText n = Normalize(Rules(), "  First  paragraph.\r\n\r\n\n\tSecond\u00A0one. \n");
  EXPECT_EQ(n.text, "First paragraph.\n\nSecond one.");
  ASSERT_EQ(n.paragraphs.size(), 2u);
  EXPECT_EQ(n.text.substr(n.paragraphs[1].begin, n.paragraphs[1].size()),
            "Second one.");
}

TEST(Normalizer, JoinsHardWrappedLinesButKeepsOneParagraphPerLine) {
  std::string wrapped =
      "The central bank raised interest rates by half a point on\n"
      "Tuesday, its largest increase in two decades, and signalled\n"
      "that more increases would follow in the coming months.\n";
  EXPECT_EQ(Normalize(Rules(), wrapped).paragraphs.size(), 1u);
  std::string per_line =
      "Stocks fell sharply on Tuesday after the central bank raised rates again.\n"
      "Bond yields rose to their highest level since 2008 in early trading.\n";
  EXPECT_EQ(Normalize(Rules(), per_line).paragraphs.size(), 2u);
  // Short lines of a table or of one sentence each, none running on in lower
  // case, are no wrapped paragraph.
  std::string table =
      "TENNIS - RESULTS FROM ANTWERP .\n"
      "ANTWERP 1997-02-14\n"
      "Harwick 2 Dunmore 1\n"
      "Elstow 0 Brackley 0\n"
      "Walsby 1 Fenwick 1\n";
  EXPECT_EQ(Normalize(Rules(), table).paragraphs.size(), 5u);
  // A line that plainly continues the sentence is joined.
  EXPECT_EQ(Normalize(Rules(), "The minister said\nthat talks would go on.").text,
            "The minister said that talks would go on.");
  // So is one whose last word cannot end a sentence, even before a capital
  // (wire copy wrapped after a short first line).
  EXPECT_EQ(Normalize(Rules(), "HARWICK GROUP BUYS STAKE\n"
                               "Investors told the Securities and\n"
                               "Exchange Commission they bought shares.").text,
            "HARWICK GROUP BUYS STAKE\n\nInvestors told the Securities and Exchange Commission "
            "they bought shares.");
}

TEST(Normalizer, RepairsInvalidUtf8AndDropsInvisibleCharacters) {
  NormalizedText n = Normalize(Rules(), "Caf\xE9 \xE2\x80\x8Bopen\xC2\xAD" "ed");
  EXPECT_EQ(n.invalid_utf8, 1u);
  EXPECT_EQ(n.text, "Caf\xEF\xBF\xBD opened");
}

TEST(Normalizer, MapsCleanedOffsetsBackToTheSource) {
  std::string src = "  Alpha   beta\n\n\n  Gamma";
  NormalizedText n = Normalize(Rules(), src);
  ASSERT_EQ(n.text, "Alpha beta\n\nGamma");
  for (const char* w : {"Alpha", "beta", "Gamma"}) {
    size_t t = n.text.find(w);
    EXPECT_EQ(src.substr(n.ToSource(static_cast<uint32_t>(t)), strlen(w)), w);
  }
}

TEST(Normalizer, EmptyAndWhitespaceOnlyInputGiveEmptyText) {
  EXPECT_EQ(Normalize(Rules(), "").text, "");
  EXPECT_EQ(Normalize(Rules(), " \n\t\r\n ").text, "");
}

TEST(Normalizer, HandlesA20MegabyteLine) {
  std::string big;
  big.reserve(20 << 20);
  while (big.size() < (20u << 20)) big += "The talks went on and on. ";
  NormalizedText n = Normalize(Rules(), big);
  EXPECT_EQ(n.paragraphs.size(), 1u);
  EXPECT_EQ(n.text.size(), big.size() - 1);  // trailing space trimmed
}

TEST(Boilerplate, RecognisesPageFurnitureByKindNotByText) {
  const char* furniture[] = {
      "Advertisement",
      "Sign up for our daily newsletter!",
      "Subscribe to get the latest updates",
      "By clicking submit, I agree to the privacy policy.",
      "Follow us on Instagram and TikTok",
      "Read more: Ministers meet in Brussels",
      "Share this story",
      "© 2021 Example Media. All rights reserved.",
      "Watch: the minister's full statement",
      "* * *",
  };
  for (const char* s : furniture) EXPECT_TRUE(IsBoilerplateLine(Rules(), s)) << s;
}

TEST(Boilerplate, KeepsArticleSentences) {
  const char* article[] = {
      "Download speeds doubled last year, the regulator said.",
      "I agree with that.",
      "“Sign up now,” the recruiter told the crowd.",
      "Twitter said it would review the policy.",
      "Watch officials said would decide the case resigned on Monday, "
      "according to three people familiar with the matter.",
      "The Kremlin rejected the proposal.",
      "Related talks are expected next week in Geneva.",
  };
  for (const char* s : article) EXPECT_FALSE(IsBoilerplateLine(Rules(), s)) << s;
}

TEST(Normalizer, DropsFurnitureLinesFromTheText) {
  NormalizedText n = Normalize(
      Rules(),
      "The talks ended.\n\nAdvertisement\n\nBoth sides left.\n\n"
      "Sign up to receive our latest news!\n\n"
      "By submitting this form, I agree to the terms.");
  EXPECT_EQ(n.text, "The talks ended.\n\nBoth sides left.");
  EXPECT_EQ(n.removed_lines.size(), 3u);
}

}  // namespace
}  // namespace newsmill
