#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include "pipeline/testing.h"

namespace newsmill {
namespace {

using testing::Analyze;
using testing::SentenceTexts;
using V = std::vector<std::string>;

TEST(SentenceSplitter, KnowsNewsAbbreviationsAndInitials) {
  struct Case { const char* in; V out; } cases[] = {
      {"Sen. Warren spoke. Gov. Newsom did not.",
       {"Sen. Warren spoke.", "Gov. Newsom did not."}},
      {"Lt. Col. Alexander Vindman testified on Feb. 1 in Washington.",
       {"Lt. Col. Alexander Vindman testified on Feb. 1 in Washington."}},
      {"He lives at No. 10 Downing Street.",
       {"He lives at No. 10 Downing Street."}},
      {"The U.S. President spoke. The U.S. responded.",
       {"The U.S. President spoke.", "The U.S. responded."}},
      {"Talks with the U.S. The Kremlin said no.",
       {"Talks with the U.S.", "The Kremlin said no."}},
      {"J. R. R. Tolkien wrote it. George W. Bush read it.",
       {"J. R. R. Tolkien wrote it.", "George W. Bush read it."}},
      {"Martin Luther King Jr. spoke. He was 34.",
       {"Martin Luther King Jr. spoke.", "He was 34."}},
      {"Shares fell 1.5 percent. Analysts were surprised.",
       {"Shares fell 1.5 percent.", "Analysts were surprised."}},
      {"It was late... The talks ended.", {"It was late...", "The talks ended."}},
      {"Apple Inc. said it would. Acme Corp. declined.",
       {"Apple Inc. said it would.", "Acme Corp. declined."}},
      {"Yahoo! said nothing. Why? Nobody knows!",
       {"Yahoo! said nothing.", "Why?", "Nobody knows!"}},
      {"They met at 3 p.m. Officials declined to comment.",
       {"They met at 3 p.m.", "Officials declined to comment."}},
      {"Citizens, e.g. The Guardian readers, disagreed.",
       {"Citizens, e.g. The Guardian readers, disagreed."}},
      {"Minorities are protected by the courts. 4 Even so, the debate goes on.",
       {"Minorities are protected by the courts. 4", "Even so, the debate goes on."}},
      {"Was it tequila? .. yeah, it was.", {"Was it tequila? .. yeah, it was."}},
      // A bracket after an abbreviation goes on with the sentence.
      {"Cleveland was among the largest cities in the U.S. (from 1890 to 1970). It shrank.",
       {"Cleveland was among the largest cities in the U.S. (from 1890 to 1970).",
        "It shrank."}},
      // A quotation opening in lower case after an abbreviation goes on.
      {"He said the U.S. \"clearly\" needed help. The U.S. \"Stop\" sign.",
       {"He said the U.S. \"clearly\" needed help.", "The U.S.", "\"Stop\" sign."}},
      // Born, died, married, divorced.
      {"She has a son, Ralph (b. March 2015). Her husband (m. 1949; div. 1964) left.",
       {"She has a son, Ralph (b. March 2015).", "Her husband (m. 1949; div. 1964) left."}},
      // A title's "!" or "?" before more punctuation or a bracket.
      {"It won for Viva Maria! (1965) and for Meurtres? (1950). Then came more.",
       {"It won for Viva Maria! (1965) and for Meurtres? (1950).", "Then came more."}},
      {"He was just saying \"Hi!\". The rest was silence.",
       {"He was just saying \"Hi!\".", "The rest was silence."}},
      // A dateline's full date after a headline, and before the story.
      {"Scientist talks about ants Tuesday, September 1, 2015 Researchers said so.",
       {"Scientist talks about ants", "Tuesday, September 1, 2015", "Researchers said so."}},
      {"The treaty was signed on Tuesday, September 1, 2015 in Paris.",
       {"The treaty was signed on Tuesday, September 1, 2015 in Paris."}},
      // A dateline's dash is no interrupted utterance.
      {"TAIPEI, Taiwan — The festival opened on Monday. It was cold.",
       {"TAIPEI, Taiwan — The festival opened on Monday.", "It was cold."}},
      {"We were going to — The phone rang.", {"We were going to —", "The phone rang."}},
      // A camel-case name opens a sentence in lower case.
      {"The site was founded in 2005. wikiHow is a wiki. eBay bought it.",
       {"The site was founded in 2005.", "wikiHow is a wiki.", "eBay bought it."}},
  };
  for (const auto& c : cases) EXPECT_EQ(SentenceTexts(Analyze(c.in)), c.out) << c.in;
}

TEST(SentenceSplitter, EndsSentencesInsideAndAfterQuotationMarks) {
  struct Case { const char* in; V out; } cases[] = {
      {"“It was the United States that came to our home,” Putin said. "
       "“And you demand guarantees. You! And right now,” The Hill reported",
       {"“It was the United States that came to our home,” Putin said.",
        "“And you demand guarantees.", "You!",
        "And right now,” The Hill reported"}},
      {"“Go home!” he shouted. They left.",
       {"“Go home!” he shouted.", "They left."}},
      {"He said: \"We will win.\" Then he left.",
       {"He said: \"We will win.\"", "Then he left."}},
      // A quotation introduced mid-sentence keeps its inner sentences.
      {"His mother wrote, \"He is in love. It is hopeless.\" [6] They moved.",
       {"His mother wrote, \"He is in love. It is hopeless.\" [6]",
        "They moved."}},
      {"(The vote was close.) It passed.",
       {"(The vote was close.)", "It passed."}},
  };
  for (const auto& c : cases) EXPECT_EQ(SentenceTexts(Analyze(c.in)), c.out) << c.in;
}

TEST(SentenceSplitter, FigureLabelOpeningAParagraphStandsAlone) {
  // "Figure 1.5" before its caption on the same line is a sentence of its
  // own; "Table" in running text, or a label before a verb, is not split.
  struct Case { const char* in; V out; } cases[] = {
      {"Figure 1.5 Residents of Elstow vote at a town meeting.",
       {"Figure 1.5", "Residents of Elstow vote at a town meeting."}},
      {"Table 3 Exports by region.", {"Table 3", "Exports by region."}},
      {"Map 2 shows the border.", {"Map 2 shows the border."}},
      {"The panel put Table 3 Exports first.", {"The panel put Table 3 Exports first."}},
  };
  for (const auto& c : cases) EXPECT_EQ(SentenceTexts(Analyze(c.in)), c.out) << c.in;
}

TEST(SentenceSplitter, PictureCreditAfterItsCaption) {
  // A credit after a caption on the same line opens a sentence; "Image:"
  // opening a line, or "the image" in running text, changes nothing.
  struct Case { const char* in; V out; } cases[] = {
      {"Black Widow and Captain America Image: Ann Rowe.",
       {"Black Widow and Captain America", "Image: Ann Rowe."}},
      {"Image: Ann Rowe.", {"Image: Ann Rowe."}},
      {"She kept the image: a river at dawn.", {"She kept the image: a river at dawn."}},
  };
  for (const auto& c : cases) EXPECT_EQ(SentenceTexts(Analyze(c.in)), c.out) << c.in;
}

TEST(SentenceSplitter, ConventionsOfReferenceAndReportedText) {
  struct Case { const char* in; V out; } cases[] = {
      // A decimal point written without its zero.
      {"He hit .265 last season. Then he retired.",
       {"He hit .265 last season.", "Then he retired."}},
      // "etc." before a capital ends its sentence.
      {"Alerts, rings, etc. Anything that distracts you.",
       {"Alerts, rings, etc.", "Anything that distracts you."}},
      // A numbered heading or list item opening a paragraph.
      {"2. New Institutional Economics: an overview", {"2. New Institutional Economics: an overview"}},
      // An editor's note in brackets stays with its sentence.
      {"He was born in Rome. [citation needed] He moved to Paris.",
       {"He was born in Rome. [citation needed]", "He moved to Paris."}},
      // A quoted question before its speaker; a capitalised pronoun or a
      // verb before a colon opens a new sentence.
      {"\"Can they come?\" I ask. She sighs.", {"\"Can they come?\" I ask.", "She sighs."}},
      {"\"Why not?\" Marlow said. \"Yes.\"", {"\"Why not?\" Marlow said.", "\"Yes.\""}},
      {"\"Why not?\" He said: \"We need winners.\"",
       {"\"Why not?\"", "He said: \"We need winners.\""}},
  };
  for (const auto& c : cases) EXPECT_EQ(SentenceTexts(Analyze(c.in)), c.out) << c.in;
}

TEST(SentenceSplitter, ParagraphEndAlwaysEndsASentence) {
  Document d = Analyze("A headline without a period\n\nThe body starts here.");
  EXPECT_EQ(SentenceTexts(d),
            (V{"A headline without a period", "The body starts here."}));
  EXPECT_EQ(d.sentences[1].paragraph, 1u);
}

TEST(SentenceSplitter, CutsRunawaySentences) {
  std::string s;
  for (int i = 0; i < 1000; ++i) s += "word ";
  Document d = Analyze(s);
  ASSERT_GE(d.sentences.size(), 3u);
  for (const Sentence& sent : d.sentences)
    EXPECT_LE(sent.token_end - sent.token_begin, kMaxSentenceTokens);
}

}  // namespace
}  // namespace newsmill
