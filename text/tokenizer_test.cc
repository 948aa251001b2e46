#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include "pipeline/testing.h"

namespace newsmill {
namespace {

using testing::Analyze;
using testing::JoinedTokens;

TEST(Tokenizer, FollowsUniversalDependenciesConventions) {
  struct Case { const char* in; const char* tokens; } cases[] = {
      {"Putin said.", "Putin|said|."},
      {"Russia’s demands", "Russia|’s|demands"},
      {"Russia's demands", "Russia|'s|demands"},
      {"We don't know, they can't say.", "We|do|n't|know|,|they|ca|n't|say|."},
      {"I cannot go; we're gonna win", "I|can|not|go|;|we|'re|gon|na|win"},
      {"the U.S. and NATO", "the|U.S.|and|NATO"},
      {"on Feb. 1, 2022", "on|Feb.|1|,|2022"},
      {"Dr. J. R. R. Tolkien", "Dr.|J.|R.|R.|Tolkien"},
      {"approximately 100,000 troops", "approximately|100,000|troops"},
      {"rose 1.5% to $40.5 billion", "rose|1.5|%|to|$|40.5|billion"},
      {"at 15:00 GMT on 02/01/2022", "at|15:00|GMT|on|02/01/2022"},
      {"a well-known non-profit", "a|well|-|known|non-profit"},
      {"re-elected in 2019-2020", "re-elected|in|2019|-|2020"},
      {"F-16 jets and COVID-19", "F-16|jets|and|COVID-19"},
      {"the 2022-02-01 report", "the|2022-02-01|report"},
      {"O’Brien and O'Neill", "O’Brien|and|O'Neill"},
      {"Wait... what?!", "Wait|...|what|?!"},
      {"see https://example.com/a?b=1.", "see|https://example.com/a?b=1|."},
      {"mail a.b@example.org now", "mail|a.b@example.org|now"},
      {"the ’90s and #news @user", "the|’90s|and|#news|@user"},
      {"in \u201808 and \u2018quoted\u2019", "in|\u201808|and|\u2018|quoted|\u2019"},
      {"AT&T and Johnson & Johnson", "AT&T|and|Johnson|&|Johnson"},
      {"(NATO) [17]", "(|NATO|)|[|17|]"},
      {"Orbán’s", "Orbán|’s"},
      {"at 3 p.m. Tuesday", "at|3|p.m.|Tuesday"},
      {"''No,'' he said of ``it''", "''|No|,|''|he|said|of|``|it|''"},
      {"the players' fans", "the|players|'|fans"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(JoinedTokens(Analyze(c.in)), c.tokens) << c.in;
  }
}

TEST(Tokenizer, SetsCaseAndSpaceFlags) {
  Document d = Analyze("NATO said (Putin)");
  ASSERT_EQ(d.tokens.size(), 5u);
  EXPECT_TRUE(d.tokens[0].Has(Token::kAllCaps));
  EXPECT_TRUE(d.tokens[0].Has(Token::kCapitalized));
  EXPECT_FALSE(d.tokens[1].Has(Token::kCapitalized));
  EXPECT_TRUE(d.tokens[2].Has(Token::kSpaceBefore));   // (
  EXPECT_FALSE(d.tokens[3].Has(Token::kSpaceBefore));  // Putin
  EXPECT_EQ(d.tokens[3].kind, TokenKind::kWord);
}

// Pre-tokenised text (CoNLL, Penn Treebank): a clitic or a possessive
// apostrophe standing after a space is a word, not a quotation mark.
TEST(Tokenizer, SpacedCliticsAreWords) {
  struct Case {
    const char* in;
    const char* tokens;
    size_t apostrophe;  // index of the token that must be a word
  } cases[] = {
      {"Japan 's exports rose .", "Japan|'s|exports|rose|.", 1},
      {"Harwick 'S COACH QUITS", "Harwick|'S|COACH|QUITS", 1},
      {"We 've won .", "We|'ve|won|.", 1},
      {"the players ' union said", "the|players|'|union|said", 2},
  };
  for (const auto& c : cases) {
    Document d = Analyze(c.in);
    EXPECT_EQ(JoinedTokens(d), c.tokens) << c.in;
    ASSERT_LT(c.apostrophe, d.tokens.size()) << c.in;
    EXPECT_EQ(d.tokens[c.apostrophe].kind, TokenKind::kWord) << c.in;
  }
  // A quotation that opens with a word starting like a clitic stays one.
  Document q = Analyze("He said 'sorry' and left .");
  EXPECT_EQ(q.tokens[2].kind, TokenKind::kQuoteMark);
}

TEST(Tokenizer, TokenSpansCoverTheirText) {
  Document d = Analyze("“It’s done,” he said — at 100,000 km/h.");
  for (const Token& t : d.tokens) {
    ASSERT_LT(t.span.begin, t.span.end);
    ASSERT_LE(t.span.end, d.text.size());
  }
  EXPECT_EQ(testing::JoinedTokens(d),
            "“|It|’s|done|,|”|he|said|—|at|100,000|km|/|h|.");
}

}  // namespace
}  // namespace newsmill
