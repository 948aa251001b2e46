#include "text/quote_pairing.h"

#include <gtest/gtest.h>

#include "pipeline/testing.h"

namespace newsmill {
namespace {

using testing::Analyze;

std::vector<std::string> Quoted(const Document& d) {
  std::vector<std::string> out;
  for (const QuotedSpan& q : d.quoted) out.emplace_back(d.Text(q.content));
  return out;
}

TEST(QuotePairing, PairsCurlyAndStraightMarks) {
  struct Case { const char* in; std::vector<std::string> quoted; } cases[] = {
      {"“Yes,” he said.", {"Yes,"}},
      {"\"Yes,\" he said. \"No.\"", {"Yes,", "No."}},
      {"left “little room for optimism”, although", {"little room for optimism"}},
      {"He said \"it's 'fine' now\" today.", {"it's 'fine' now", "fine"}},
      {"the allies’ demands and the ’90s", {}},
      {"Russia’s ‘red lines’ were crossed", {"red lines"}},
      {"She said, 'We won.'", {"We won."}},
      // Doubled apostrophes and grave accents as double marks.
      {"''We won,'' she said. He called it ``a fluke.''", {"We won,", "a fluke."}},
      {"''It's the 'best' team,'' he said.", {"It's the 'best' team,", "best"}},
  };
  for (const auto& c : cases) EXPECT_EQ(Quoted(Analyze(c.in)), c.quoted) << c.in;
}

// A height in feet and inches inside a quotation ends no quotation.
TEST(QuotePairing, InchSignOfAHeightIsNoQuotationMark) {
  struct Case { const char* in; std::vector<std::string> quoted; } cases[] = {
      {"“He is taller than me; he’s like 6’2”,” she said.",
       {"He is taller than me; he’s like 6’2”,"}},
      {"\"The new center is 6'11\" and fast,\" the coach said.",
       {"The new center is 6'11\" and fast,"}},
      {"\"We won in '98,\" he said.", {"We won in '98,"}},
  };
  for (const auto& c : cases) EXPECT_EQ(Quoted(Analyze(c.in)), c.quoted) << c.in;
}

TEST(QuotePairing, NestedQuotationHasDepth) {
  Document d = Analyze("“He told me ‘never again’ twice,” she said.");
  ASSERT_EQ(d.quoted.size(), 2u);
  EXPECT_EQ(d.quoted[0].depth, 0);
  EXPECT_EQ(d.quoted[1].depth, 1);
  EXPECT_FALSE(d.quoted[1].double_marks);
}

TEST(QuotePairing, ApostrophesAreNotQuotationMarks) {
  Document d = Analyze("The allies’ plan");
  for (const Token& t : d.tokens) EXPECT_NE(t.kind, TokenKind::kQuoteMark);
}

TEST(QuotePairing, RunOnQuotationSpansParagraphs) {
  Document d = Analyze(
      "“We will continue to engage.\n\n“If Russia attacks, it will pay,” "
      "Biden said.\n\nThe end.");
  ASSERT_EQ(d.quoted.size(), 2u);
  EXPECT_EQ(d.Text(d.quoted[0].content), "We will continue to engage.");
  EXPECT_EQ(d.quoted[0].close_token, -1);
  EXPECT_EQ(d.quoted[0].group, d.quoted[1].group);
  EXPECT_GE(d.quoted[1].close_token, 0);
  EXPECT_TRUE(d.warnings.empty());
  // Tokens inside carry the flag, the attribution does not.
  for (const Token& t : d.tokens) {
    std::string_view s = d.Text(t.span);
    if (s == "engage" || s == "pay") EXPECT_TRUE(t.Has(Token::kInQuote));
    if (s == "Biden" || s == "end") EXPECT_FALSE(t.Has(Token::kInQuote));
  }
}

TEST(QuotePairing, UnbalancedMarkIsReported) {
  Document d = Analyze("He said ” nothing ” more “ and then.");
  EXPECT_FALSE(d.warnings.empty());
}

}  // namespace
}  // namespace newsmill
