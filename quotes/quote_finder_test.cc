#include "quotes/quote_finder.h"

#include <gtest/gtest.h>

#include "pipeline/testing.h"

namespace newsmill {
namespace {

struct Expected {
  QuoteKind kind;
  const char* text;
  const char* speaker;  // speaker_name ("" for none)
  const char* cue;      // "" for none
};

// With parsed = true the syntax and entity stages run first, as in the
// full pipeline; else the finder reads the tokens alone.
void ExpectQuotes(const std::string& text, const std::vector<Expected>& want,
                  bool parsed = false) {
  Document d = parsed ? testing::Analyze(text, {"text", "syntax", "entities", "quotes"})
                      : testing::Analyze(text, {"quotes"});
  ASSERT_EQ(d.quotes.size(), want.size()) << text;
  for (size_t i = 0; i < want.size(); ++i) {
    const Quote& q = d.quotes[i];
    EXPECT_EQ(q.kind, want[i].kind) << text;
    EXPECT_EQ(d.Text(q.span), want[i].text) << text;
    EXPECT_EQ(q.speaker_name, want[i].speaker) << text;
    EXPECT_EQ(std::string(d.Text(q.cue)), want[i].cue) << text;
  }
}

// Verbs of the manner of saying introduce direct quotations only.
TEST(Quotes, MannerOfSpeakingVerbsIntroduceDirectQuotations) {
  ExpectQuotes("At the meeting, the mayor retorted: \"There is no money left.\"",
               {{QuoteKind::kDirect, "There is no money left.", "the mayor", "retorted"}}, true);
  ExpectQuotes("\"The council must cut its spending,\" opined the Daily Herald.",
               {{QuoteKind::kDirect, "The council must cut its spending,", "Daily Herald",
                 "opined"}},
               true);
  ExpectQuotes("Sales countered the trend.", {}, true);
  // "point out", "put it" ("as X put it"), also after the quotation.
  ExpectQuotes("The mayor pointed out that the city was broke.",
               {{QuoteKind::kIndirect, "the city was broke", "The mayor", "pointed out"}}, true);
  ExpectQuotes("He pointed out the window.", {}, true);
  ExpectQuotes("As the mayor put it, \"We are broke.\"",
               {{QuoteKind::kDirect, "We are broke.", "the mayor", "put it"}}, true);
  ExpectQuotes("\"We are broke,\" as the mayor put it.",
               {{QuoteKind::kDirect, "We are broke,", "the mayor", "put it"}}, true);
  ExpectQuotes("The mayor put it on the table.", {}, true);
}

TEST(Quotes, MoreVerbsOfSayingAndBelieving) {
  ExpectQuotes("The supreme court ruled that the ban was unlawful.",
               {{QuoteKind::kIndirect, "the ban was unlawful", "The supreme court", "ruled"}}, true);
  ExpectQuotes("The coach hinted he may stay for another season.",
               {{QuoteKind::kIndirect, "he may stay for another season", "The coach", "hinted"}},
               true);
  ExpectQuotes("Investors worried that the vote would be close.",
               {{QuoteKind::kIndirect, "the vote would be close", "Investors", "worried"}}, true);
  ExpectQuotes("The minister mentioned the budget twice.", {}, true);
}

TEST(Quotes, DirectQuotationWithAttributionAfter) {
  ExpectQuotes("“We will not back down,” the minister said.",
               {{QuoteKind::kDirect, "We will not back down,", "the minister", "said"}});
  ExpectQuotes("\"The talks failed,\" said Maria Lopez, the union leader.",
               {{QuoteKind::kDirect, "The talks failed,", "Maria Lopez", "said"}});
  ExpectQuotes("“Nothing has changed,” she later told reporters.",
               {{QuoteKind::kDirect, "Nothing has changed,", "she", "told"}});
}

TEST(Quotes, ReportInsideAPostposedReportStopsAtItsAttribution) {
  // The officials report the accusation: its content ends before them.
  ExpectQuotes("Japan accused North Korea of firing a missile last week, officials in Tokyo "
               "told reporters.",
               {{QuoteKind::kIndirect, "Japan accused North Korea of firing a missile last week",
                 "officials", "told"},
                {QuoteKind::kIndirect, "North Korea of firing a missile last week", "Japan",
                 "accused"}},
               /*parsed=*/true);
}

// A time phrase is not the speaker: one after a participle that modifies
// the subject ("a survey published last month") is skipped, and one the
// parse took for the subject is not read as a speaker.
// A dateline opening the sentence is no part of what was said; a hyphen
// is no dateline's dash.
TEST(Quotes, DatelineIsNotReported) {
  ExpectQuotes("HARWICK - The plan is an insult to all voters, the mayor said on Friday.",
               {{QuoteKind::kIndirect, "The plan is an insult to all voters", "the mayor",
                 "said"}},
               true);
  ExpectQuotes("HRB, the third-biggest lender, is looking for a partner, the bank said.",
               {{QuoteKind::kIndirect, "HRB, the third-biggest lender, is looking for a partner",
                 "the bank", "said"}},
               true);
}

TEST(Quotes, TimePhraseAfterTheSubjectIsNotTheSpeaker) {
  ExpectQuotes("A survey published last month showed most farmers oppose the tariff.",
               {{QuoteKind::kIndirect, "most farmers oppose the tariff", "A survey", "showed"}},
               /*parsed=*/true);
  ExpectQuotes("An audit released this week found the agency lost track of the money.",
               {{QuoteKind::kIndirect, "the agency lost track of the money", "An audit",
                 "found"}},
               /*parsed=*/true);
}

// A time between the subject and the cue, after an aside or a conjunction,
// is skipped; a name that ends in a word of time is still a name.
TEST(Quotes, TimeAfterAnAsideOrAConjunctionIsNotTheSpeaker) {
  ExpectQuotes("Governor Alice Brennan, who chairs the water board, on Friday defended the "
               "plan to raise fees.",
               {{QuoteKind::kIndirect, "the plan to raise fees", "Alice Brennan", "defended"}},
               /*parsed=*/true);
  ExpectQuotes("The mayor cut the budget by a third and on Tuesday announced the library "
               "would close.",
               {{QuoteKind::kIndirect, "the library would close", "The mayor", "announced"}},
               /*parsed=*/true);
  ExpectQuotes("Mr Okafor, whose company builds bridges across the region, last year "
               "proposed a toll on heavy trucks.",
               {{QuoteKind::kIndirect, "a toll on heavy trucks", "Okafor", "proposed"}},
               /*parsed=*/true);
  ExpectQuotes("Helen Day said the museum would reopen in spring.",
               {{QuoteKind::kIndirect, "the museum would reopen in spring", "Helen Day", "said"}},
               /*parsed=*/true);
}

// A surname that is also an adjective or a verb still names the speaker
// ("..., Young said"); not a capitalised word of a title-case headline.
TEST(Quotes, SurnameReadAsAnAdjectiveOrVerbIsTheSpeaker) {
  ExpectQuotes("Maria Lopez, a local strategist, said there are advantages. \"It is a good "
               "day for the town,\" Young said. \"We will fight on,\" Rich added.",
               {{QuoteKind::kIndirect, "there are advantages", "Maria Lopez", "said"},
                {QuoteKind::kDirect, "It is a good day for the town,", "Young", "said"},
                {QuoteKind::kDirect, "We will fight on,", "Rich", "added"}},
               /*parsed=*/true);
}

// A quotation after a colon or a dash that ends a clause whose subject is
// a person is that person's; not a short fragment, not one the sentence
// goes on after, not one inside a report.
TEST(Quotes, QuotationAfterAColonSpeaksForThePersonBeforeIt) {
  ExpectQuotes("Maria Lopez spoke to the council on Monday.\n\nLopez has since apologized "
               "for the delay: \"We should have opened the bridge in spring, and we did not.\"",
               {{QuoteKind::kDirect, "We should have opened the bridge in spring, and we did not.",
                 "Maria Lopez", "apologized"}},
               /*parsed=*/true);
  ExpectQuotes("Maria Lopez spoke to the council on Monday.\n\nLopez also took a swipe at "
               "the mayor -- \"He has not built one thing this town needs in four years.\"",
               {{QuoteKind::kDirect, "He has not built one thing this town needs in four years.",
                 "Maria Lopez", "took"}},
               /*parsed=*/true);
  // Passive: the one asked does not speak.
  ExpectQuotes("Maria Lopez spoke to the council on Monday.\n\nLopez was asked: \"Would "
               "you build the bridge again if you could?\"",
               {{QuoteKind::kDirect, "Would you build the bridge again if you could?", "", ""}},
               /*parsed=*/true);
}

// The "to" of a change in amount opens no order or refusal: "declined 5%
// to $3 billion" is a fall, "declined to discuss" a refusal.
TEST(Quotes, ToOfAnAmountIsNoInfinitive) {
  ExpectQuotes("Exports declined 5% to $3 billion. Sales declined from 2019 to 2021. Revenue "
               "declined to $28 million last year. The minister declined to discuss the plan.",
               {{QuoteKind::kIndirect, "to discuss the plan", "The minister", "declined"}},
               /*parsed=*/true);
}

// A headline's label before a colon names a source, not a rubric ("Election
// Update:", "The Latest:") or a description ("A Bold Plan:").
TEST(Quotes, HeadlineRubricBeforeAColonIsNoSource) {
  ExpectQuotes("Election Update: Turnout rose sharply in the northern towns\n\nThe count went "
               "on through the night.",
               {});
  ExpectQuotes("A Bold Plan: Build more homes near the river\n\nThe council met on Monday.", {});
  ExpectQuotes("Maria Lopez: The bridge will open in the spring\n\nThe council met on Monday.",
               {{QuoteKind::kIndirect, "The bridge will open in the spring", "Maria Lopez", ":"}});
}

// After a quotation ending in "!" or "?", a capitalised name opens a new
// sentence; when that sentence is the speaker, the cue and adverbials, it
// is the quotation's attribution.
TEST(Quotes, AttributionAfterAnExclamationStartsANewSentence) {
  ExpectQuotes("Maria Lopez spoke first. \"We will win this state!\" Senator Tom Brandt said as "
               "he opened the vote. \"Is it over?\" Maria Lopez asked on Monday.",
               {{QuoteKind::kDirect, "We will win this state!", "Tom Brandt", "said"},
                {QuoteKind::kDirect, "Is it over?", "Maria Lopez", "asked"}},
               /*parsed=*/true);
}

TEST(Quotes, TellVerbWithAnAddresseeAndNoThat) {
  ExpectQuotes("Murphy told reporters he had a tragedy-free life.",
               {{QuoteKind::kIndirect, "he had a tragedy-free life", "Murphy", "told"}},
               /*parsed=*/true);
  ExpectQuotes("Murphy told me they would stay.",
               {{QuoteKind::kIndirect, "they would stay", "Murphy", "told"}}, /*parsed=*/true);
  ExpectQuotes("Murphy told me his support for the party makes him honest.",
               {{QuoteKind::kIndirect, "his support for the party makes him honest", "Murphy",
                 "told"}},
               /*parsed=*/true);
  // A place or a time between the addressee and the clause.
  ExpectQuotes("Pike told reporters in Salem he will veto the bill.",
               {{QuoteKind::kIndirect, "he will veto the bill", "Pike", "told"}},
               /*parsed=*/true);
  ExpectQuotes("Tran told the station on Friday the budget was balanced.",
               {{QuoteKind::kIndirect, "the budget was balanced", "Tran", "told"}},
               /*parsed=*/true);
  // A relative pronoun speaks for the noun its clause modifies.
  ExpectQuotes("They won the support of Senator Gordon Humphrey, who told reporters he would "
               "work full-time for them.",
               {{QuoteKind::kIndirect, "he would work full-time for them", "Gordon Humphrey",
                 "told"}},
               /*parsed=*/true);
  // So for a common noun's phrase ("one trader, who ...").
  ExpectQuotes("The bank hired a new auditor, who warned that the debts were larger than "
               "expected.",
               {{QuoteKind::kIndirect, "the debts were larger than expected", "a new auditor",
                 "warned"}},
               /*parsed=*/true);
  // The name does not take in a capitalised word before it ("Even").
  ExpectQuotes("Even Gordon Humphrey, who told reporters he would work full-time for them, "
               "voted no.",
               {{QuoteKind::kIndirect, "he would work full-time for them", "Gordon Humphrey",
                 "told"}},
               /*parsed=*/true);
}

TEST(Quotes, ReportedClauseTheParseTookForARelative) {
  // "this time helped Clinton" has its own subject and object: no relative
  // clause of "attention", the clause the speaker reports.
  ExpectQuotes("Axelrod said the fading attention on the race this time helped Clinton.",
               {{QuoteKind::kIndirect, "the fading attention on the race this time helped Clinton",
                 "Axelrod", "said"}},
               /*parsed=*/true);
  // A demonstrative before a participle's comma is the earlier verb's
  // object, not the speaker.
  ExpectQuotes("Asked about the report, Ann Rowe denied that, saying the figures were wrong.",
               {{QuoteKind::kIndirect, "the figures were wrong", "Ann Rowe", "saying"}},
               /*parsed=*/true);
}

TEST(Quotes, ShareOfThosePolledSpeaksWithItsNumber) {
  ExpectQuotes("However, only 34% said they had received new cards.",
               {{QuoteKind::kIndirect, "they had received new cards", "34%", "said"}},
               /*parsed=*/true);
}

TEST(Quotes, ImpersonalItNamesNoSpeaker) {
  ExpectQuotes("It is thought that the site is run from abroad.",
               {{QuoteKind::kIndirect, "the site is run from abroad", "", "thought"}},
               /*parsed=*/true);
}

TEST(Quotes, UnresolvedPronounContinuesAnUnnamedSpeaker) {
  // "A spokesman ... said ... He added ...": the pronoun's report carries
  // the spokesman as its speaker's name; the mention stays "He".
  Document d = testing::Analyze(
      "A spokesman for the council said the road would reopen. He added that repairs would "
      "take a week.",
      {"text", "syntax", "entities", "quotes"});
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker_name, "A spokesman for the council");
  EXPECT_EQ(d.Text(d.quotes[1].speaker_mention), "He");
}

TEST(Quotes, OneWhoSpeaksForANamedEntity) {
  // "A lawyer for X said", "an adviser to X said": the mention is the
  // whole phrase; the entity it speaks for stays the speaker.
  Document d = testing::Analyze(
      "A lawyer for Maria Lopez said neither the bank nor its auditors had replied. "
      "A senior adviser to the governor said the budget was late.",
      {"text", "syntax", "entities", "quotes"});
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.Text(d.quotes[0].span), "neither the bank nor its auditors had replied");
  EXPECT_EQ(d.Text(d.quotes[0].speaker_mention), "A lawyer for Maria Lopez");
  EXPECT_EQ(d.quotes[0].speaker_name, "Maria Lopez");
  EXPECT_EQ(d.Text(d.quotes[1].speaker_mention), "A senior adviser to the governor");
}

TEST(Quotes, AttributionAfterTheContentWithMoreAfterIt) {
  // An inverted speaker with a relative clause, or a participle of saying
  // after it; an earlier cue that reports nothing ("did not complain
  // when ...") does not stop the report.
  ExpectQuotes("The plan is within the city's means, said three engineers who studied it.",
               {{QuoteKind::kIndirect, "The plan is within the city's means", "three engineers",
                 "said"}},
               true);
  ExpectQuotes("Ministers did not complain when prices fell, a senior official said, adding that "
               "the mood had changed.",
               {{QuoteKind::kIndirect, "Ministers did not complain when prices fell",
                 "a senior official", "said"},
                {QuoteKind::kIndirect, "the mood had changed", "a senior official", "adding"}},
               true);
}

TEST(Quotes, NameWithAParenthesisAndAStrayComma) {
  // "Sen. Ann Lee (R-Utah), said, ...": the comma after the parenthesis is
  // no aside; the entity is the name before the parenthesis.
  ExpectQuotes("After the vote, Sen. Ann Lee (R-Utah), said, \u201cWe will try again.\u201d",
               {{QuoteKind::kDirect, "We will try again.", "Ann Lee", "said"}}, true);
}

TEST(Quotes, SpeakersBeforeTheCueAfterTheContent) {
  // A pronoun and a name together; a main clause between commas is no
  // aside before a participle of saying.
  ExpectQuotes("The market is not only about price, he and Mr. Ortiz said.",
               {{QuoteKind::kIndirect, "The market is not only about price", "Ortiz", "said"}},
               true);
  ExpectQuotes("In a statement released Friday, Rep. Ann Lee reacted to the ruling, saying: "
               "\u201cThe court got it wrong.\u201d",
               {{QuoteKind::kDirect, "The court got it wrong.", "Ann Lee", "saying"}}, true);
}

TEST(Quotes, SpeakerBeforeAnAgeAndALongAside) {
  ExpectQuotes("Omar Haddad, 41, a baker visiting the city with his family, told reporters that "
               "he had heard shots.",
               {{QuoteKind::kIndirect, "he had heard shots", "Omar Haddad", "told"}}, true);
  ExpectQuotes("Haddad, in the wake of a survey showing his party down to 14 percent, told "
               "reporters that the party would recover.",
               {{QuoteKind::kIndirect, "the party would recover", "Haddad", "told"}}, true);
}

TEST(Quotes, MedialAccordingToBetweenSubjectAndVerb) {
  // The report is in two fragments: the subject and the predicate.
  ExpectQuotes("The main change they have made, according to a person close to the talks, is "
               "to delay the vote until May.",
               {{QuoteKind::kIndirect, "The main change they have made", "a person",
                 "according to"},
                {QuoteKind::kIndirect, "is to delay the vote until May", "a person",
                 "according to"}},
               true);
}

TEST(Quotes, QuestionWordAfterACueWhoseObjectIsWhatWasSaid) {
  ExpectQuotes("The coach explained why the team had lost three games in a row.",
               {{QuoteKind::kIndirect, "why the team had lost three games in a row", "The coach",
                 "explained"}},
               true);
  ExpectQuotes("The mayor explained to reporters how the new budget would work.",
               {{QuoteKind::kIndirect, "how the new budget would work", "The mayor", "explained"}},
               true);
}

TEST(Quotes, SpeakersCloseToOrFamiliarWithSomething) {
  ExpectQuotes("People familiar with the talks said the deal was close.",
               {{QuoteKind::kIndirect, "the deal was close", "People familiar with the talks",
                 "said"}},
               true);
  ExpectQuotes("Those close to the mayor say she will not run again.",
               {{QuoteKind::kIndirect, "she will not run again", "Those close to the mayor",
                 "say"}},
               true);
}

TEST(Quotes, ReportOpeningWithASubordinateClause) {
  ExpectQuotes("The minister said if the reports were true, the board was \"acting against "
               "the law\".",
               {{QuoteKind::kMixed, "if the reports were true, the board was \"acting against the "
                                    "law\"",
                 "The minister", "said"}},
               true);
  // "said when ..." tells when the speaker spoke.
  ExpectQuotes("She said when she arrived that the hall was full.",
               {{QuoteKind::kIndirect, "the hall was full", "She", "said"}}, true);
}

TEST(Quotes, TrailingRelativeClauseAboutANameIsTheWriters) {
  ExpectQuotes("The official said the agency had hired Maria Lopez, who worked for the city for "
               "ten years.",
               {{QuoteKind::kIndirect, "the agency had hired Maria Lopez", "The official", "said"}},
               true);
}

TEST(Quotes, SharesOfThosePolledSpeak) {
  // "four in 10 said", and "and one in five say ..." opens a second report.
  ExpectQuotes("In the survey, about four in 10 said they were angry, and one in five said they "
               "would not vote.",
               {{QuoteKind::kIndirect, "they were angry", "about four in 10", "said"},
                {QuoteKind::kIndirect, "they would not vote", "one in five", "said"}},
               true);
}

TEST(Quotes, PollComparisonEndsTheReport) {
  ExpectQuotes("Among his supporters, 61 percent said they have their minds made up, compared "
               "with 38 percent who said they could change their minds.",
               {{QuoteKind::kIndirect, "they have their minds made up", "61 percent", "said"},
                {QuoteKind::kIndirect, "they could change their minds", "38 percent", "said"}},
               true);
}

TEST(Quotes, ChargeReportsOnlyAThatClause) {
  ExpectQuotes("Critics charged that the plan was unfair.",
               {{QuoteKind::kIndirect, "the plan was unfair", "Critics", "charged"}}, true);
  ExpectQuotes("The club charges members a fee that rose last year.", {}, true);
}

TEST(Quotes, ReportInARelativeClauseEndsWithIt) {
  Document d = testing::Analyze("The ministry, which said the talks had failed, declined to comment.",
                                {"text", "syntax", "entities", "quotes"});
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.Text(d.quotes[0].span), "the talks had failed");
}

TEST(Quotes, AddresseeAfterToBeforeAQuotation) {
  ExpectQuotes("Ruth Maier wrote to her 20,000 followers, \"It is time to end this for good.\"",
               {{QuoteKind::kDirect, "It is time to end this for good.", "Ruth Maier", "wrote"}},
               true);
}

TEST(Quotes, DirectQuotationWithAttributionBefore) {
  ExpectQuotes("The governor said: “The bridge will reopen in May.”",
               {{QuoteKind::kDirect, "The bridge will reopen in May.", "The governor", "said"}});
  ExpectQuotes("As the mayor put it in a statement, “this is a good day.”",
               {{QuoteKind::kDirect, "this is a good day.", "the mayor", "put it"}});
  ExpectQuotes("The senator wrote in a letter: “The law must change now.”",
               {{QuoteKind::kDirect, "The law must change now.", "The senator", "wrote"}});
  // A phrase of place or time, or an adverb, between the cue and the colon.
  ExpectQuotes("The minister said on Friday's morning show: “Taxes will not rise.”",
               {{QuoteKind::kDirect, "Taxes will not rise.", "The minister", "said"}}, true);
  ExpectQuotes("The coach said at a news conference in Lyon: “We were tired.”",
               {{QuoteKind::kDirect, "We were tired.", "The coach", "said"}}, true);
  ExpectQuotes("A spokeswoman would only say: “The talks go on.”",
               {{QuoteKind::kDirect, "The talks go on.", "A spokeswoman", "say"}});
}

TEST(Quotes, QuotationSplitByItsAttributionKeepsTheSpeaker) {
  // The second piece shares the first's speaker and cue.
  ExpectQuotes(
      "“We are ready,” the coach said. “The team has trained for months.”",
      {{QuoteKind::kDirect, "We are ready,", "the coach", "said"},
       {QuoteKind::kDirect, "The team has trained for months.", "the coach", "said"}});
}

TEST(Quotes, ParagraphOfQuotationContinuesThePreviousSpeaker) {
  ExpectQuotes(
      "The chief executive said: “Sales rose in every region.\n\n"
      "“We expect the same next year.”",
      {{QuoteKind::kDirect, "Sales rose in every region.", "The chief executive", "said"},
       {QuoteKind::kDirect, "We expect the same next year.", "The chief executive", "said"}});
}

TEST(Quotes, ScareQuotesAreNotSpeech) {
  ExpectQuotes("The so-called “peace plan” was rejected by both sides.", {});
}

TEST(Quotes, TitlesOfWorksAreNotSpeech) {
  ExpectQuotes("The senator told NBC's “Meet the Press” that the bill would pass.",
               {{QuoteKind::kIndirect, "the bill would pass", "The senator", "told"}}, true);
  ExpectQuotes(
      "“We will win,” said Lee Park, the author of “The Rise and Fall of the Old Empire,” on "
      "Sunday.",
      {{QuoteKind::kDirect, "We will win,", "Lee Park", "said"}}, true);
}

TEST(Quotes, IndirectQuotations) {
  ExpectQuotes("The ministry said that the border would stay closed.",
               {{QuoteKind::kIndirect, "the border would stay closed", "The ministry", "said"}});
  ExpectQuotes("Police said three people were injured in the blast.",
               {{QuoteKind::kIndirect, "three people were injured in the blast", "Police", "said"}});
  ExpectQuotes("The company denied that it had broken the law.",
               {{QuoteKind::kIndirect, "it had broken the law", "The company", "denied"}});
  ExpectQuotes("Prosecutors accused the former mayor of taking bribes.",
               {{QuoteKind::kIndirect, "the former mayor of taking bribes", "Prosecutors", "accused"}});
  ExpectQuotes("The storm will reach the coast on Friday, forecasters said.",
               {{QuoteKind::kIndirect, "The storm will reach the coast on Friday", "forecasters", "said"}});
}

TEST(Quotes, ReportedSpeechWithAQuotedFragmentIsMixed) {
  ExpectQuotes("The spokesman said the proposal left “little room for optimism”.",
               {{QuoteKind::kMixed, "the proposal left “little room for optimism”",
                 "The spokesman", "said"}});
}

TEST(Quotes, ContentEndsBeforeAnotherClause) {
  ExpectQuotes(
      "The envoy said the vote was fair, although he added that turnout was low.",
      {{QuoteKind::kIndirect, "the vote was fair", "The envoy", "said"},
       {QuoteKind::kIndirect, "turnout was low", "he", "added"}});
}

TEST(Quotes, SpeakerNamesWithParenthesesInitialsAndAppositions) {
  ExpectQuotes("“The deal is dead,” Senator Mary Ellis (D-Ore.) said in a statement.",
               {{QuoteKind::kDirect, "The deal is dead,", "Mary Ellis", "said"}},
               true);
  ExpectQuotes("“We will appeal,” Peter J. Olsen said.",
               {{QuoteKind::kDirect, "We will appeal,", "Peter J. Olsen", "said"}},
               true);
  ExpectQuotes(
      "“The ruling protects our members,” Anna Berg, lawyer for the three unions "
      "that brought the case, said.",
      {{QuoteKind::kDirect, "The ruling protects our members,", "Anna Berg", "said"}},
               true);
}

TEST(Quotes, ReportedClauseWithoutThat) {
  // The subject of the reported clause right after the cue, even where a
  // parser may take it for the cue's object.
  ExpectQuotes("The senator says the latest polls are wrong.",
               {{QuoteKind::kIndirect, "the latest polls are wrong", "The senator", "says"}},
               true);
  ExpectQuotes("She said goodbye to the crowd gathered outside.", {}, true);
}

TEST(Quotes, ObjectOfTheVerbBeforeAParticipleIsNotTheSpeaker) {
  ExpectQuotes(
      "The council issued a statement on Friday saying the vote would go ahead.",
      {{QuoteKind::kIndirect, "the vote would go ahead", "The council", "saying"}},
               true);
  // A phrase before an infinitive's cue is no speaker with its "to": the
  // parse's subject speaks.
  ExpectQuotes("The senator is urging voters in Ohio to ask why the mill closed.",
               {{QuoteKind::kIndirect, "voters in Ohio to ask why the mill closed",
                 "The senator", "urging"},
                {QuoteKind::kIndirect, "why the mill closed", "voters", "ask"}},
               true);
  ExpectQuotes("Her aides asked Mr. Wells to tell the governor that the plan was dead.",
               {{QuoteKind::kIndirect, "Mr. Wells to tell the governor that the plan was dead",
                 "Her aides", "asked"},
                {QuoteKind::kIndirect, "the plan was dead", "Wells", "tell"}},
               true);
  // With the verb's particle between: "fired back a reply saying".
  ExpectQuotes("The mayor fired back a reply saying the budget was balanced.",
               {{QuoteKind::kIndirect, "the budget was balanced", "The mayor", "saying"}}, true);
  ExpectQuotes("The bank this month announced that it would close branches.",
               {{QuoteKind::kIndirect, "it would close branches", "The bank", "announced"}},
               true);
}

TEST(Quotes, HeadlinesInTitleCase) {
  ExpectQuotes("Governor Says New Bridge Will Open In May\n\nThe bridge was closed.",
               {{QuoteKind::kIndirect, "New Bridge Will Open In May", "Governor", "Says"}},
               true);
  // A headline drops its copula: the cue's noun phrase is what it reports.
  ExpectQuotes("Rowe Claims Harbor Plan Best Option For City\n\nMayor Jane Rowe claims the "
               "harbor plan is the best option for the city.",
               {{QuoteKind::kIndirect, "Harbor Plan Best Option For City", "Jane Rowe", "Claims"},
                {QuoteKind::kIndirect, "the harbor plan is the best option for the city",
                 "Jane Rowe", "claims"}},
               true);
  // A clitic with a typographic apostrophe is no lower-case word.
  ExpectQuotes("Governor Says He\u2019s Ready To Open The New Bridge\n\nThe bridge was closed.",
               {{QuoteKind::kIndirect, "He\u2019s Ready To Open The New Bridge", "Governor", "Says"}},
               true);
  // A headline's source before a colon may be long, with short words in
  // lower case; "X to Y:" is X speaking to Y.
  ExpectQuotes("Ruth Maier to Lagos Voters: The Count Will Be Fair\n\nThe count began.",
               {{QuoteKind::kIndirect, "The Count Will Be Fair", "Ruth Maier", ":"}}, true);
}

TEST(Quotes, LongAppositionsAndRelativeClausesBeforeTheCue) {
  ExpectQuotes(
      "Ruth Maier, a former teacher and the director of the oldest museum in the "
      "region, said that visitors had doubled.",
      {{QuoteKind::kIndirect, "visitors had doubled", "Ruth Maier", "said"}}, true);
  ExpectQuotes(
      "Okafor, who has already raised money for the school, said he also may "
      "run for the board.",
      {{QuoteKind::kIndirect, "he also may run for the board", "Okafor", "said"}}, true);
}

TEST(Quotes, LongAppositionAfterAnInvertedSpeaker) {
  ExpectQuotes(
      "Turnout fell sharply in the north, said Ruth Maier, director of the "
      "University of Lagos's Centre for Electoral Studies.",
      {{QuoteKind::kIndirect, "Turnout fell sharply in the north", "Ruth Maier", "said"}}, true);
  // A pronoun has no apposition: "he might say, the system" is no report.
  ExpectQuotes(
      "He has seen such claims dashed on the rocks of experience and, he might say, "
      "the country's political and electoral system.",
      {}, true);
}

TEST(Quotes, AppositionOfAnInvertedSpeakerMayEndInARelativeClause) {
  ExpectQuotes(
      "Turnout fell sharply in the north, said Ruth Maier, a senior official with the "
      "commission that oversees the vote.",
      {{QuoteKind::kIndirect, "Turnout fell sharply in the north", "Ruth Maier", "said"}}, true);
}

TEST(Quotes, RelativeClauseOfAnInvertedSpeakerMayHoldHyphensAndBeLong) {
  ExpectQuotes(
      "Turnout fell sharply in the north, said Ruth Maier, a senior official with the "
      "regional board who oversees the commission's long-delayed count of the postal votes.",
      {{QuoteKind::kIndirect, "Turnout fell sharply in the north", "Ruth Maier", "said"}}, true);
}

TEST(Quotes, ConjoinedCueSpeaksForItsOwnCoordination) {
  // "said" is joined to "complained", not to the report of "promising".
  ExpectQuotes(
      "Several farmers complained about Ruth Maier promising to cut subsidies and said that "
      "they would protest in March.",
      {{QuoteKind::kIndirect, "to cut subsidies", "Ruth Maier", "promising"},
       {QuoteKind::kIndirect, "they would protest in March", "Several farmers", "said"}},
      true);
  // Joined (by the parse) to a verb inside the earlier report's content,
  // it still speaks for that report's speaker.
  ExpectQuotes(
      "Ruth Maier added that the board is examining the report, but warned there would be no "
      "quick fix.",
      {{QuoteKind::kIndirect, "the board is examining the report", "Ruth Maier", "added"},
       {QuoteKind::kIndirect, "there would be no quick fix", "Ruth Maier", "warned"}},
      true);
}

TEST(Quotes, CueOpeningTheSentenceBeforeItsSpeaker) {
  ExpectQuotes("The board met on Monday. Said Ruth Maier, who chairs it, \"We will appeal.\"",
               {{QuoteKind::kDirect, "We will appeal.", "Ruth Maier", "Said"}}, true);
  ExpectQuotes("The board met on Monday. Added the chairwoman: \"We will appeal.\"",
               {{QuoteKind::kDirect, "We will appeal.", "the chairwoman", "Added"}}, true);
}

TEST(Quotes, ParticipleOfTheCueEndsTheContent) {
  // "pointing" hangs on "criticised", not on the content.
  ExpectQuotes(
      "Ruth Maier criticised the government's handling of the budget, pointing to a rise in "
      "public debt.",
      {{QuoteKind::kIndirect, "the government's handling of the budget", "Ruth Maier",
        "criticised"}},
      true);
}

TEST(Quotes, ConjunctionAndAnotherSpeakerEndTheContent) {
  ExpectQuotes(
      "Ruth Maier said she would run again next year, and other party leaders said she had a "
      "good chance.",
      {{QuoteKind::kIndirect, "she would run again next year", "Ruth Maier", "said"},
       {QuoteKind::kIndirect, "she had a good chance", "other party leaders", "said"}},
      true);
  // Without the comma too; not an infinitive ("between A and B to
  // recognise ...").
  ExpectQuotes(
      "Ruth Maier accuses the council of wasting money and its auditors say the budget is "
      "balanced.",
      {{QuoteKind::kIndirect, "the council of wasting money", "Ruth Maier", "accuses"},
       {QuoteKind::kIndirect, "the budget is balanced", "its auditors", "say"}},
      true);
  ExpectQuotes("Ruth Maier said there was no pact between the city and the county to share costs.",
               {{QuoteKind::kIndirect,
                 "there was no pact between the city and the county to share costs", "Ruth Maier",
                 "said"}},
               true);
}

TEST(Quotes, ParticipleAfterAReportSpeaksForItsSpeaker) {
  // Not for the reported clause's subject ("the tax").
  ExpectQuotes("Ruth Maier said the tax was unfair, adding that it hurt farmers.",
               {{QuoteKind::kIndirect, "the tax was unfair", "Ruth Maier", "said"},
                {QuoteKind::kIndirect, "it hurt farmers", "Ruth Maier", "adding"}},
               true);
}

TEST(Quotes, ColonOpeningTheContentIsNoPartOfIt) {
  ExpectQuotes(
      "Ruth Maier, speaking to reporters on Tuesday, said of the ruling: \"The court "
      "has settled the matter.\"",
      {{QuoteKind::kDirect, "The court has settled the matter.", "Ruth Maier", "said"}}, true);
}

TEST(Quotes, ContentCutAtAConjunctionOrSubordinator) {
  // A clause cut in two by an attribution: not known what was said.
  ExpectQuotes(
      "The farmers fear the scheme could collapse if, as Ruth Maier has warned, the "
      "subsidies end.",
      {}, true);
  // A conjunction before the attribution is left out of the content.
  ExpectQuotes(
      "The harvest was the worst in a decade and, according to Ruth Maier, prices will rise.",
      {{QuoteKind::kIndirect, "The harvest was the worst in a decade", "Ruth Maier",
        "according to"}},
      true);
}

TEST(Quotes, AttributionBetweenCommasReportsTheClauseBeforeIt) {
  // "CONTENT, X said, since ...": the clause before is reported, whatever
  // follows; not a subordinate clause or a relative one cut short.
  ExpectQuotes(
      "The tax has badly hurt the party with young voters, Ruth Maier said, since most of "
      "them rent.",
      {{QuoteKind::kIndirect, "The tax has badly hurt the party with young voters",
        "Ruth Maier", "said"}},
      true);
  ExpectQuotes(
      "Trump's skepticism on climate change has severely hurt the nominee with young voters, "
      "Ruth Maier said, since the vast majority of them accept it.",
      {{QuoteKind::kIndirect,
        "Trump's skepticism on climate change has severely hurt the nominee with young voters",
        "Ruth Maier", "said"}},
      true);
  // A time or a medium may stand before the second comma.
  ExpectQuotes(
      "The tax has badly hurt the party, the report said in its summary, and the vote "
      "showed it.",
      {{QuoteKind::kIndirect, "The tax has badly hurt the party", "the report", "said"}}, true);
  ExpectQuotes(
      "Most small farms lost money last year, the minister said Tuesday, since prices fell.",
      {{QuoteKind::kIndirect, "Most small farms lost money last year", "the minister", "said"}},
      true);
  // (The subordinate clause before it is said too, a fragment of the same
  // report.)
  ExpectQuotes("But if the tax is cut, Ruth Maier said, the party will gain.",
               {{QuoteKind::kIndirect, "But if the tax is cut", "Ruth Maier", "said"},
                {QuoteKind::kIndirect, "the party will gain", "Ruth Maier", "said"}},
               true);
}

TEST(Quotes, AccordingToSourcesThatTheTaggerSplits) {
  constexpr QuoteKind kI = QuoteKind::kIndirect;
  const std::pair<const char*, Expected> cases[] = {
      // A participle in a name ("United"), adjectives joined by "but": all
      // the source.
      {"Troops are posted in 85 countries, according to the United States Special Operations "
       "Command.",
       {kI, "Troops are posted in 85 countries", "United States Special Operations Command",
        "according to"}},
      {"She lost the Oregon primary, according to complete but unofficial returns.",
       {kI, "She lost the Oregon primary", "complete but unofficial returns", "according to"}},
      // Whatever noun phrase the parse hangs on "according to".
      {"In 2014, the town had 115 burglaries, according to the most recent police data.",
       {kI, "In 2014, the town had 115 burglaries", "the most recent police data",
        "according to"}},
      // The source's maker ("a poll by ...") is part of the source; opening
      // the sentence, the source runs to the main clause's subject.
      {"Exports rose by 4% in March, according to figures from the Harwick office.",
       {kI, "Exports rose by 4% in March", "figures from the Harwick office", "according to"}},
      {"According to a survey by the Harwick Institute, most voters support the plan.",
       {kI, "most voters support the plan", "Harwick Institute", "According to"}},
      // A party's member is a noun (data/syntax/fixed_tags.tsv).
      {"The speech was drafted in a hurry, according to a Democrat familiar with the talks.",
       {kI, "The speech was drafted in a hurry", "a Democrat familiar with the talks",
        "according to"}},
  };
  for (const auto& [text, want] : cases) ExpectQuotes(text, {want}, true);
  // With another report after the phrase, the words before it are still
  // its report.
  ExpectQuotes("Exports rose by 4% in March, according to figures from the Harwick office, but "
               "the minister warned that the rise would not last.",
               {{kI, "Exports rose by 4% in March", "figures from the Harwick office",
                 "according to"},
                {kI, "the rise would not last", "the minister", "warned"}},
               true);
}

TEST(Quotes, QuotationAfterAConjoinedCueOrARelativeClauseWithACue) {
  // "..., but told his supporters, "...": the subject of the first verb
  // speaks; a relative clause with a cue in it is still an aside.
  ExpectQuotes("Carson did not name his rivals, but told his supporters, \"our nation is in "
               "trouble.\"",
               {{QuoteKind::kDirect, "our nation is in trouble.", "Carson", "told"}}, true);
  ExpectQuotes("Clinton, who called Sanders, told her supporters, \"I still love New "
               "Hampshire.\"",
               {{QuoteKind::kDirect, "I still love New Hampshire.", "Clinton", "told"}}, true);
}

TEST(Quotes, ThinkTankIsNoCue) {
  ExpectQuotes("Ruth Maier, a founder of the center-left think tank Open Way, said the plan "
               "would fail.",
               {{QuoteKind::kIndirect, "the plan would fail", "Ruth Maier", "said"}}, true);
}

TEST(Quotes, InfinitiveCueSpeaksForTheSubjectAboveIt) {
  // Not "a last-ditch effort to".
  ExpectQuotes("The board made a last-ditch effort to deny Ruth Maier the nomination.",
               {{QuoteKind::kIndirect, "Ruth Maier the nomination", "The board", "deny"}}, true);
}

TEST(Quotes, FindingCreditedToAPollByIn) {
  ExpectQuotes("Ruth Maier came in second in the latest regional poll.",
               {{QuoteKind::kIndirect, "Ruth Maier came in second", "the latest regional poll",
                 "in"}},
               true);
  // Not the general "in the polls".
  ExpectQuotes("Ruth Maier has a solid lead in the polls.", {}, true);
}

TEST(Quotes, OrderAfterALongAddressee) {
  // The parse finds the infinitive after an addressee longer than the
  // words read before it.
  ExpectQuotes("The ministry asked a retired banker and former central bank director to run "
               "the fund.",
               {{QuoteKind::kIndirect,
                 "a retired banker and former central bank director to run the fund",
                 "The ministry", "asked"}},
               true);
}

TEST(Quotes, QuestionsAskedInAParticipleClause) {
  // No asker named: the question alone, to the end of its clause; a time
  // before it; the agent asks; a lone "when" clause before the speaker is
  // not what they said.
  ExpectQuotes("Asked during a debate why he trailed so badly, Senator Ruth Maier smiled.",
               {{QuoteKind::kIndirect, "why he trailed so badly", "", "Asked"}}, true);
  ExpectQuotes("When asked whom she supported, Ruth Maier said nothing.",
               {{QuoteKind::kIndirect, "whom she supported", "", "asked"}}, true);
  ExpectQuotes("When asked by a reporter whether the vote was fair, Ruth Maier smiled.",
               {{QuoteKind::kIndirect, "whether the vote was fair", "a reporter", "asked"}}, true);
  // A participle's phrase before the speaker is not what was said.
  ExpectQuotes("Pressed about the budget, Ruth Maier said nothing.", {}, true);
}

TEST(Quotes, AttributionInsideTheClauseReportsWhatFollowsIt) {
  ExpectQuotes("In some ways, Ruth Maier noted, the party might gain from the vote.",
               {{QuoteKind::kIndirect, "the party might gain from the vote", "Ruth Maier", "noted"}},
               true);
  ExpectQuotes("Loyalty, Ruth Maier noted, has long been a tenet of the party.",
               {{QuoteKind::kIndirect, "has long been a tenet of the party", "Ruth Maier", "noted"}},
               true);
  // Past the addressee of a cue that takes one.
  ExpectQuotes("Instead, Ruth Maier told reporters, the party would wait.",
               {{QuoteKind::kIndirect, "the party would wait", "Ruth Maier", "told"}}, true);
}

TEST(Quotes, RelativeClauseInsideTheReportedSubject) {
  // "anybody who complains is ...": the relative's verb is not the report's.
  ExpectQuotes("Ruth Maier mocked the complaint, saying anybody who complains is having a bad "
               "night.",
               {{QuoteKind::kIndirect, "anybody who complains is having a bad night", "Ruth Maier",
                 "saying"}},
               true);
}

TEST(Quotes, ReportedClauseTheParseTookForARelativeWithoutPronoun) {
  // "said parents still want ...": no relative has neither subject nor
  // pronoun; a time clause after the attribution is not reported.
  ExpectQuotes("Ruth Maier said parents still want neighbourhood schools.",
               {{QuoteKind::kIndirect, "parents still want neighbourhood schools", "Ruth Maier",
                 "said"}},
               true);
  ExpectQuotes("The count was fair, Ruth Maier said on Friday after the vote ended.",
               {{QuoteKind::kIndirect, "The count was fair", "Ruth Maier", "said"}}, true);
}

TEST(Quotes, ShortQuotationEndingAClauseBelongsToTheReportAfterIt) {
  ExpectQuotes("Ruth Maier placed the card in a \"burn bag,\" the officials said.",
               {{QuoteKind::kMixed, "Ruth Maier placed the card in a \"burn bag,\"",
                 "the officials", "said"}},
               true);
}

TEST(Quotes, GerundOpeningTheSentenceSpeaksForTheMainSubject) {
  ExpectQuotes("After saying she was nervous, Ruth Maier asked her question.",
               {{QuoteKind::kIndirect, "she was nervous", "Ruth Maier", "saying"}}, true);
}

TEST(Quotes, AsXSaidReportsTheClauseBesideIt) {
  ExpectQuotes("As Ruth Maier said on Monday, the plan would cost too much.",
               {{QuoteKind::kIndirect, "the plan would cost too much", "Ruth Maier", "said"}},
               true);
  ExpectQuotes("The plan would cost too much, as Ruth Maier said.",
               {{QuoteKind::kIndirect, "The plan would cost too much", "Ruth Maier", "said"}},
               true);
  // After a conjunction that opens the sentence.
  ExpectQuotes("But as Ruth Maier noted, the plan would cost too much.",
               {{QuoteKind::kIndirect, "the plan would cost too much", "Ruth Maier", "noted"}},
               true);
  // In the passive, the agent speaks.
  ExpectQuotes("As reported by the Daily Courier, the plan would cost too much.",
               {{QuoteKind::kIndirect, "the plan would cost too much", "Daily Courier",
                 "reported"}},
               true);
  ExpectQuotes("The plan would cost too much, as first reported by the Daily Courier.",
               {{QuoteKind::kIndirect, "The plan would cost too much", "Daily Courier",
                 "reported"}},
               true);
}

TEST(Quotes, ThatOpeningTheSentenceAsADeterminerStaysInTheContent) {
  ExpectQuotes("That plan would cost too much, according to Ruth Maier.",
               {{QuoteKind::kIndirect, "That plan would cost too much", "Ruth Maier",
                 "according to"}},
               true);
}

TEST(Quotes, AnotherCueAfterACommaEndsTheReport) {
  // ", arguing that ..." opens its own report; the first one ends before it.
  ExpectQuotes(
      "Ruth Maier said she was outraged, arguing that the rule would hurt small parties.",
      {{QuoteKind::kIndirect, "she was outraged", "Ruth Maier", "said"},
       {QuoteKind::kIndirect, "the rule would hurt small parties", "Ruth Maier", "arguing"}},
      true);
}

TEST(Quotes, ParticipleAfterAnObjectSpeaksForTheSubject) {
  // "... her remarks about her rival, John Smith, saying ...": the rival
  // does not speak.
  ExpectQuotes(
      "Ruth Maier visited the station to discuss her remarks about her rival, John Smith, "
      "saying that he would lose.",
      {{QuoteKind::kIndirect, "he would lose", "Ruth Maier", "saying"}}, true);
}

TEST(Quotes, HyphenIsNoDashBeforeACue) {
  // "so-called": the hyphen before "called" ends no report.
  ExpectQuotes("The agency recommended avoiding so-called third-party inks in all printers.",
               {{QuoteKind::kIndirect, "avoiding so-called third-party inks in all printers",
                 "The agency", "recommended"}},
               true);
}

TEST(Quotes, ParticipleBeforeAColonSpeaksForTheSubject) {
  ExpectQuotes(
      "Ruth Maier spoke about the match, complaining: \"Five-four is a hockey score.\"",
      {{QuoteKind::kDirect, "Five-four is a hockey score.", "Ruth Maier", "complaining"}}, true);
}

TEST(Quotes, ParentheticalCueAfterAnOpeningPhrase) {
  // "Already, he said, friends had declared ...": the clause after the
  // parenthetical cue is the report.
  ExpectQuotes("For decades, Ruth Maier noted, the agency has sent observers to elections.",
               {{QuoteKind::kIndirect, "the agency has sent observers to elections", "Ruth Maier",
                 "noted"}},
               true);
}

TEST(Quotes, QuotedFragmentInsideAReportMakesItMixed) {
  ExpectQuotes("Senator Ruth Maier said \"zero\" voters would follow the governor.",
               {{QuoteKind::kMixed, "\"zero\" voters would follow the governor", "Ruth Maier",
                 "said"}},
               true);
  // A fragment that ends the clause, after a word that is no cue.
  ExpectQuotes("Senator Ruth Maier said the ticket would be \"a disaster.\"",
               {{QuoteKind::kMixed, "the ticket would be \"a disaster.\"", "Ruth Maier",
                 "said"}},
               true);
}

TEST(Quotes, PronounAfterARelativeIsTheSpeaker) {
  // "in which" is no adverbial between a subject and its verb.
  ExpectQuotes("Jones gave an interview in which he accused the mayor of lying.",
               {{QuoteKind::kIndirect, "the mayor of lying", "he", "accused"}});
  ExpectQuotes("It was a speech in which she said that taxes would rise.",
               {{QuoteKind::kIndirect, "taxes would rise", "she", "said"}});
}

// A relative pronoun at the end of the speaker phrase speaks for the noun
// before it: the speaker is named without it, the mention keeps it.
TEST(Quotes, NounBeforeARelativePronounNamesTheSpeaker) {
  ExpectQuotes("The council hired an architect who said the tower was unsafe.",
               {{QuoteKind::kIndirect, "the tower was unsafe", "an architect", "said"}}, true);
  Document d = testing::Analyze("The council hired an architect who said the tower was unsafe.",
                                {"text", "syntax", "entities", "quotes"});
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.Text(d.quotes[0].speaker_mention), "an architect who");
}

TEST(Quotes, ParticipleNamingANounIsNoCue) {
  ExpectQuotes(
      "He refused to say whether he is setting up a new party called Veritas.",
      {{QuoteKind::kIndirect, "to say whether he is setting up a new party called Veritas",
        "He", "refused"},
       {QuoteKind::kIndirect, "whether he is setting up a new party called Veritas", "He",
        "say"}},
      true);
}

TEST(Quotes, NameAfterARoleNounBelongsToTheSpeaker) {
  ExpectQuotes(
      "Former talk show host Robert Kilroy-Silk has quit the party and accused "
      "it of betraying its voters.",
      {{QuoteKind::kIndirect, "it of betraying its voters", "Robert Kilroy-Silk", "accused"}},
      true);
}

TEST(Quotes, NounsReadAsFindingVerbsAreNoCues) {
  ExpectQuotes(
      "The company was in talks over a reality TV show in which viewers could control "
      "the characters.",
      {}, true);
  // A quoted fragment after such a noun is not introduced by it.
  Document d = testing::Analyze(
      "The firm wants an awards show “similar to the Oscars and the Grammys” next year.",
      {"text", "syntax", "entities", "quotes"});
  for (const Quote& q : d.quotes) EXPECT_NE(d.Text(q.cue), "show");
}

TEST(Quotes, QuotationAfterAReportedSpeechInItsParagraphIsTheReporters) {
  ExpectQuotes(
      "“We will win,” said Anna Berg. Maria Lopez said the firm had to change its "
      "strategy. “Nobody queues for music any more.”",
      {{QuoteKind::kDirect, "We will win,", "Anna Berg", "said"},
       {QuoteKind::kIndirect, "the firm had to change its strategy", "Maria Lopez", "said"},
       {QuoteKind::kDirect, "Nobody queues for music any more.", "Maria Lopez", "said"}},
      true);
}

TEST(Quotes, OutletQuotingSomeoneAsSayingIsTheSource) {
  for (const char* text : {"“The talks failed,” the Interfax news agency quoted a Kremlin "
                           "source as saying on Monday.",
                           "The Interfax news agency quoted a Kremlin source as saying "
                           "that the talks had failed."}) {
    Document d = testing::Analyze(text, {"text", "syntax", "entities", "quotes"});
    ASSERT_EQ(d.quotes.size(), 1u) << text;
    EXPECT_EQ(d.quotes[0].speaker_name, "a Kremlin source") << text;
    EXPECT_EQ(d.quotes[0].source, "Interfax") << text;
    EXPECT_EQ(d.Text(d.quotes[0].cue), "saying") << text;
  }
}

TEST(Quotes, CorrespondentIsANounAndWroteItsVerb) {
  // The tagger read "correspondent" as an adjective and "wrote" as a noun
  // before data/syntax/fixed_tags.tsv listed it.
  ExpectQuotes("Another correspondent wrote: “He is addicted to gaming.”",
               {{QuoteKind::kDirect, "He is addicted to gaming.", "Another correspondent",
                 "wrote"}},
               true);
}

TEST(Quotes, TitledNameBeforeARoleWithoutCommas) {
  ExpectQuotes("“It looks very strong,” Dr Mike Watts head of exploration said.",
               {{QuoteKind::kDirect, "It looks very strong,", "Mike Watts", "said"}}, true);
}

TEST(Quotes, TranscriptTurnsNameTheirSpeakers) {
  ExpectQuotes(
      "Senator Dana Kirk spoke on the radio on Sunday.\n\n"
      "\"HOST: Will the bill pass this week?\n\n"
      "\"KIRK: It will pass, and it will pass with votes from both sides.\"",
      {{QuoteKind::kDirect, "Will the bill pass this week?", "HOST", ""},
       {QuoteKind::kDirect, "It will pass, and it will pass with votes from both sides.",
        "Dana Kirk", ""}},
      true);
}

TEST(Quotes, AccordingToWithAnySource) {
  ExpectQuotes("The company moved to Ohio in 2010, according to state records.",
               {{QuoteKind::kIndirect, "The company moved to Ohio in 2010", "state records",
                 "according to"}},
               true);
  ExpectQuotes("Turnout fell sharply, according to local and national observers.",
               {{QuoteKind::kIndirect, "Turnout fell sharply", "local and national observers",
                 "according to"}},
               true);
}

TEST(Quotes, HeadlineSourceBeforeAColon) {
  ExpectQuotes("Poll: Voters Turn Against The New Tax Plan\n\nThe survey was small.",
               {{QuoteKind::kIndirect, "Voters Turn Against The New Tax Plan", "Poll", ":"}},
               true);
  ExpectQuotes("Update: Storm Reaches The Coast Tonight\n\nIt was windy.", {}, true);
  // A headline in sentence case, the article's first line.
  ExpectQuotes("Insiders: the governor will win the primary.\n\nThe survey was small.",
               {{QuoteKind::kIndirect, "the governor will win the primary", "Insiders", ":"}},
               true);
  // Not a later line of the body.
  ExpectQuotes("The survey was small.\n\nInsiders: the governor will win the primary.", {},
               true);
  // Nor a list of names in title case after the headline (a line-up).
  ExpectQuotes("Leeds Win At Home\n\nLeeds won 2-0.\n\nReplacements: Peel, Wilson, Thompson, "
               "Parling, Charlton.",
               {}, true);
}

TEST(Quotes, QuestionsAndRequestsAfterAsked) {
  ExpectQuotes("A reporter asked the minister whether the plan would survive.",
               {{QuoteKind::kIndirect, "whether the plan would survive", "A reporter", "asked"}},
               true);
  ExpectQuotes("The mayor asked residents to stay indoors.",
               {{QuoteKind::kIndirect, "residents to stay indoors", "The mayor", "asked"}}, true);
  // The asker named after "by", before an infinitive.
  ExpectQuotes("Asked by the host to respond to the criticism, Carson smiled.",
               {{QuoteKind::kIndirect, "to respond to the criticism", "the host", "Asked"}},
               true);
  ExpectQuotes("The mayor told residents not to leave their homes.",
               {{QuoteKind::kIndirect, "residents not to leave their homes", "The mayor", "told"}},
               true);
  // Nobody named as the one who asks; the answer is the minister's.
  ExpectQuotes("Asked if the talks had failed, the minister said they would resume.",
               {{QuoteKind::kIndirect, "if the talks had failed", "", "Asked"},
                {QuoteKind::kIndirect, "they would resume", "the minister", "said"}},
               true);
  ExpectQuotes("He asked for more money.", {}, true);
}

TEST(Quotes, FindingsOfPollsAndReports) {
  ExpectQuotes("A new poll shows the mayor leading the race.",
               {{QuoteKind::kIndirect, "the mayor leading the race", "A new poll", "shows"}}, true);
  ExpectQuotes("Recent polling shows that voters want change.",
               {{QuoteKind::kIndirect, "voters want change", "Recent polling", "shows"}}, true);
  ExpectQuotes("The company showed its new phone at the fair.", {}, true);
  // What a poll or figures show may be a noun phrase.
  ExpectQuotes("A new poll shows the two senators in a dead heat.",
               {{QuoteKind::kIndirect, "the two senators in a dead heat", "A new poll", "shows"}},
               true);
  ExpectQuotes("Official figures showed a sharp rise in exports.",
               {{QuoteKind::kIndirect, "a sharp rise in exports", "Official figures", "showed"}},
               true);
  // A reflexive object: nothing found or shown.
  ExpectQuotes("The soldiers found themselves in a valley where rebels were hiding.", {}, true);
}

// "that" as the reported clause's subject stays in it; as the conjunction
// that opens the clause it does not.
TEST(Quotes, ThatAsTheSubjectOfTheReportedClause) {
  ExpectQuotes("The senator says that is not enough to win the vote.",
               {{QuoteKind::kIndirect, "that is not enough to win the vote", "The senator", "says"}},
               true);
  ExpectQuotes("She told him that would hurt the farmers.",
               {{QuoteKind::kIndirect, "that would hurt the farmers", "She", "told"}}, true);
  ExpectQuotes("The senator says that the vote is not enough.",
               {{QuoteKind::kIndirect, "the vote is not enough", "The senator", "says"}}, true);
}

// A second verb of the speaker after a comma and a conjunction ends the
// report; a clause with its own subject may go on with it.
TEST(Quotes, SecondVerbOfTheSpeakerEndsTheReport) {
  ExpectQuotes(
      "The coach described the defeat as a bad day, but left before the questions.",
      {{QuoteKind::kIndirect, "the defeat as a bad day", "The coach", "described"}}, true);
  ExpectQuotes("The mayor urged residents to stay calm, and took questions from the press.",
               {{QuoteKind::kIndirect, "residents to stay calm", "The mayor", "urged"}}, true);
  ExpectQuotes(
      "The coach said the team was tired, and the players agreed.",
      {{QuoteKind::kIndirect, "the team was tired, and the players agreed", "The coach", "said"}},
      true);
  // After a noun phrase, without the comma too: the parse's conjunct of
  // the cue (a verb, or a predicate with its own auxiliary or copula).
  ExpectQuotes("The governor praised the new budget plan and visited two schools in the north.",
               {{QuoteKind::kIndirect, "the new budget plan", "The governor", "praised"}}, true);
  ExpectQuotes("The senator criticized the new law and has been a critic of the program.",
               {{QuoteKind::kIndirect, "the new law", "The senator", "criticized"}}, true);
  // A verb in the simple past with no subject, after a reported clause in
  // another tense, is the speaker's second verb wherever the parse joins it.
  ExpectQuotes("The coach said she admires the team's spirit and left the stadium before the end.",
               {{QuoteKind::kIndirect, "she admires the team's spirit", "The coach", "said"}},
               true);
  // The writer's comment in apposition to the whole report ends it (a noun
  // of data/quotes/words.tsv's "comment" class; long words too).
  ExpectQuotes("The minister said the plant would close in May, an acknowledgment that the "
               "rescue had failed.",
               {{QuoteKind::kIndirect, "the plant would close in May", "The minister", "said"}},
               true);
  // (A reported clause goes on: its verbs may be the conjuncts.)
  ExpectQuotes("The mayor said the roads were closed and residents should stay at home.",
               {{QuoteKind::kIndirect, "the roads were closed and residents should stay at home",
                 "The mayor", "said"}},
               true);
}

// The setting of the speech after the content is none of it.
TEST(Quotes, SettingAfterTheContentIsNoneOfIt) {
  ExpectQuotes("The mayor called for more money for schools in a statement on Thursday.",
               {{QuoteKind::kIndirect, "more money for schools", "The mayor", "called for"}},
               true);
}

// The parse may hang the reported clause's verb on the cue's object as a
// reduced relative; a person's name before "of" names the speaker.
TEST(Quotes, ClauseVerbReadAsAModifierAndNamesBeforeOf) {
  ExpectQuotes("Senator Jane Roe of Texas said the family deserved better.",
               {{QuoteKind::kIndirect, "the family deserved better", "Jane Roe", "said"}}, true);
  ExpectQuotes("Mr. Roe, a lawyer who has refused to join the party, said the vote failed badly.",
               {{QuoteKind::kIndirect, "to join the party", "a lawyer", "refused"},
                {QuoteKind::kIndirect, "the vote failed badly", "Roe", "said"}},
               true);
  ExpectQuotes("The police found the cars equipped with stolen plates.", {}, true);
  // A place after "of" does not speak for the phrase.
  ExpectQuotes("The mayor of Leeds said the bridge would close in June.",
               {{QuoteKind::kIndirect, "the bridge would close in June", "The mayor of Leeds",
                 "said"}},
               true);
}

// A quantifier alone opening the sentence speaks ("Many fear ...", "Most
// believe ..."), whatever the tagger made of it and of the verb.
TEST(Quotes, QuantifierOpeningTheSentenceSpeaks) {
  ExpectQuotes("Many fear the new tax will drive farmers out of business.",
               {{QuoteKind::kIndirect, "the new tax will drive farmers out of business", "Many",
                 "fear"}},
               true);
  ExpectQuotes("Most believe that the economy has improved since the election.",
               {{QuoteKind::kIndirect, "the economy has improved since the election", "Most",
                 "believe"}},
               true);
}

// What one vows, promises or hopes to do is what was said.
TEST(Quotes, PromisesWithAnInfinitive) {
  ExpectQuotes("The mayor vowed to fight the new tax on farms.",
               {{QuoteKind::kIndirect, "to fight the new tax on farms", "The mayor", "vowed"}},
               true);
  ExpectQuotes("The mayor promised that the tax would go.",
               {{QuoteKind::kIndirect, "the tax would go", "The mayor", "promised"}}, true);
}

// A transcript's stage direction is nobody's speech.
TEST(Quotes, StageDirectionsAreNoQuotes) {
  Document d = testing::Analyze(
      "\"We will win this state,\" the senator said. \"(APPLAUSE.)\" \"And we will win the "
      "next one,\" he said.",
      {"text", "syntax", "entities", "quotes"});
  for (const Quote& q : d.quotes) EXPECT_NE(d.Text(q.span), "(APPLAUSE.)");
  EXPECT_EQ(d.quotes.size(), 2u);
}

// ", another says ..." opens a second report.
TEST(Quotes, AnotherSourceAfterACommaEndsTheReport) {
  ExpectQuotes("One study says most farms lost money, another says most farms made a profit.",
               {{QuoteKind::kIndirect, "most farms lost money", "One study", "says"},
                {QuoteKind::kIndirect, "most farms made a profit", "another", "says"}},
               true);
}

// A semicolon ends an indirect report, unless it separates the items of a
// list after a colon.
TEST(Quotes, SemicolonEndsTheReport) {
  ExpectQuotes("The mayor said the delay was an accident; the council met again on Monday.",
               {{QuoteKind::kIndirect, "the delay was an accident", "The mayor", "said"}}, true);
  ExpectQuotes(
      "The report said three towns had flooded: Ely, which lost its bridge; Brandon; and Diss.",
      {{QuoteKind::kIndirect,
        "three towns had flooded: Ely, which lost its bridge; Brandon; and Diss", "The report",
        "said"}},
      true);
}

// A cue that ends the sentence after a comma and a noun phrase is a verb,
// whatever the tagger read ("reports show" as a compound noun).
TEST(Quotes, SentenceFinalCueAfterANounPhrase) {
  ExpectQuotes("The town's jobless total rose for the third month in a row, official figures show.",
               {{QuoteKind::kIndirect, "The town's jobless total rose for the third month in a row",
                 "official figures", "show"}},
               true);
  ExpectQuotes("Prices will rise by 2% next year, the minister forecast.",
               {{QuoteKind::kIndirect, "Prices will rise by 2% next year", "the minister",
                 "forecast"}},
               true);
  ExpectQuotes("The crowd enjoyed the show.", {}, true);
}

// What was announced, noted or denied may be a noun phrase; what was said
// or written must be a clause.
TEST(Quotes, AnnouncementsMayReportANounPhrase) {
  ExpectQuotes("The council announced a plan to close two schools.",
               {{QuoteKind::kIndirect, "a plan to close two schools", "The council", "announced"}},
               true);
  ExpectQuotes("The minister denied the claims about the budget.",
               {{QuoteKind::kIndirect, "the claims about the budget", "The minister", "denied"}},
               true);
  ExpectQuotes("The council announced that two schools would close.",
               {{QuoteKind::kIndirect, "two schools would close", "The council", "announced"}},
               true);
  ExpectQuotes("The student wrote his dissertation in Paris.", {}, true);
  // Not when the verb is negated: nothing was announced.
  ExpectQuotes("The company did not announce a deal with the union.", {}, true);
}

// "..., said X." inverts only after a clause; a subject with an
// apposition before the cue is the speaker.
TEST(Quotes, SubjectWithAppositionBeforeACommaIsNoContent) {
  ExpectQuotes("Anna Berg, a delegate from Maine, criticized the new gun laws.",
               {{QuoteKind::kIndirect, "the new gun laws", "Anna Berg", "criticized"}}, true);
  ExpectQuotes("The plan will fail, said Anna Berg.",
               {{QuoteKind::kIndirect, "The plan will fail", "Anna Berg", "said"}}, true);
  // Nor after a clause when the cue's object is what was said.
  ExpectQuotes("The bill stalled in May, when Ohio, a large state, criticized its cost twice.",
               {{QuoteKind::kIndirect, "its cost twice", "Ohio", "criticized"}}, true);
}

// A reported clause may open with an adverb of its subject, not with one
// that says when the speaking happened.
TEST(Quotes, ReportedClauseOpeningWithAnAdverb) {
  ExpectQuotes("She said only 10 percent of the funds were spent.",
               {{QuoteKind::kIndirect, "only 10 percent of the funds were spent", "She", "said"}},
               true);
  ExpectQuotes("He explained exactly what they were doing.",
               {{QuoteKind::kIndirect, "exactly what they were doing", "He", "explained"}}, true);
  ExpectQuotes("He said when the polls closed.", {}, true);
}

TEST(Quotes, PassiveAndNounFormsAreNotCues) {
  ExpectQuotes("The mayor was accused of fraud in a report released on Monday.", {});
  ExpectQuotes("Russia's demands were discussed at length.", {});
  ExpectQuotes("The mayor was asked by the council to resign.", {}, true);
}

TEST(Quotes, QuestionsOfANamedAsker) {
  // What a named asker asked about; "Asked about X, Y said" leaves the
  // topic asked by no one named out.
  ExpectQuotes("Radio host Ann Lee asked the mayor about the closure of the bridge.",
               {{QuoteKind::kIndirect, "about the closure of the bridge", "Ann Lee", "asked"}},
               true);
  ExpectQuotes("Asked about the bridge, the mayor said it would reopen in May.",
               {{QuoteKind::kIndirect, "it would reopen in May", "the mayor", "said"}}, true);
  // A question asked by the passive's agent is the agent's.
  ExpectQuotes("The mayor was asked by a local reporter whether the bridge would reopen.",
               {{QuoteKind::kIndirect, "whether the bridge would reopen", "a local reporter",
                 "asked"}},
               true);
}

// A report that runs into a quotation after a colon, the quotation with a
// cue of its own after it, ends at the colon: two quotes.
TEST(Quotes, ReportEndsAtAColonBeforeAQuotationWithItsOwnCue) {
  ExpectQuotes(
      "The mayor insisted that the bridge was safe: \"We inspect it every month,\" she told "
      "reporters.",
      {{QuoteKind::kIndirect, "the bridge was safe", "The mayor", "insisted"},
       {QuoteKind::kDirect, "We inspect it every month,", "she", "told"}},
      true);
  // Without a cue of its own the quotation is part of the report.
  ExpectQuotes("The mayor insisted that the bridge was safe: \"We inspect it every month.\"",
               {{QuoteKind::kMixed, "the bridge was safe: \"We inspect it every month.\"",
                 "The mayor", "insisted"}},
               true);
}

// A cue between a relative clause's subject and a finite verb with no
// subject of its own reports what follows: "which critics say is unfair".
TEST(Quotes, ReportInsideARelativeClause) {
  ExpectQuotes("The council approved the new parking fee, which critics said was unfair to nurses.",
               {{QuoteKind::kIndirect, "was unfair to nurses", "critics", "said"}}, true);
  ExpectQuotes("She signed a contract that her lawyer says was drafted by the club.",
               {{QuoteKind::kIndirect, "was drafted by the club", "her lawyer", "says"}}, true);
  // The report ends with the relative clause.
  ExpectQuotes(
      "The bridge, which engineers believe will last a century, opened on Monday.",
      {{QuoteKind::kIndirect, "will last a century", "engineers", "believe"}}, true);
  // Not a relative clause: the cue's own clause.
  ExpectQuotes("The mayor said it was unfair.",
               {{QuoteKind::kIndirect, "it was unfair", "The mayor", "said"}}, true);
}

// A quoted phrase before "said X could ..." is no inverted quotation of X:
// X is the subject of what was said.
TEST(Quotes, QuotedPhraseBeforeACueWithAClauseIsNoInversion) {
  ExpectQuotes(
      "The coach, citing \"the worst weather in years,\" said the match would be moved.",
      {{QuoteKind::kDirect, "the worst weather in years,", "The coach", "citing"},
       {QuoteKind::kIndirect, "the match would be moved", "The coach", "said"}},
      true);
  ExpectQuotes("\"We will be back,\" said the coach.",
               {{QuoteKind::kDirect, "We will be back,", "the coach", "said"}}, true);
  // A participle cue opening the sentence before the quotation is its
  // cue; the speaker's verb keeps its own report.
  ExpectQuotes(
      "Citing \"family reasons,\" the coach told reporters that he would resign in May.",
      {{QuoteKind::kDirect, "family reasons,", "the coach", "Citing"},
       {QuoteKind::kIndirect, "he would resign in May", "the coach", "told"}},
      true);
}

// "according to" a quantifier standing for people, with the phrase that
// says which.
TEST(Quotes, AccordingToSomeOfAGroup) {
  ExpectQuotes("The plan will fail, according to one of his aides.",
               {{QuoteKind::kIndirect, "The plan will fail", "one of his aides", "according to"}},
               true);
  ExpectQuotes("According to many in the party, the leader must go.",
               {{QuoteKind::kIndirect, "the leader must go", "many in the party", "According to"}},
               true);
}

// A quotation that ends a clause begun outside its marks is part of the
// report, also a long one.
TEST(Quotes, LongQuotationEndingAClauseIsPartOfTheReport) {
  ExpectQuotes(
      "The new budget plan \"would leave the city with no money at all and no way to raise "
      "any,\" the mayor said.",
      {{QuoteKind::kMixed,
        "The new budget plan \"would leave the city with no money at all and no way to raise "
        "any,\"",
        "the mayor", "said"}},
      true);
}

// A quoted fragment the sentence goes on from in lower case is part of the
// report, also a long one.
TEST(Quotes, LongQuotedFragmentInsideAReport) {
  ExpectQuotes(
      "The coach said \"we have three more weeks of hard training to go\" until the final.",
      {{QuoteKind::kMixed,
        "\"we have three more weeks of hard training to go\" until the final", "The coach",
        "said"}},
      true);
}

// In a transcript (two or more paragraphs open with a speaker's label) a
// turn is the whole paragraph, in the speaker's own words.
TEST(Quotes, TranscriptTurnIsTheWholeParagraph) {
  ExpectQuotes(
      "The host pressed the mayor on the budget.\n\nJANE LEE: Will the city run out of money? "
      "Many voters are worried.\n\nTOM KING: No, it will not. We have a plan and the reserves "
      "to carry it out.\n",
      {{QuoteKind::kDirect, "Will the city run out of money? Many voters are worried", "JANE LEE",
        ":"},
       {QuoteKind::kDirect, "No, it will not. We have a plan and the reserves to carry it out",
        "TOM KING", ":"}},
      true);
}

// A quotation right after a question cue and its addressee is the
// asker's; what is asked is no addressee.
TEST(Quotes, QuotationAfterAQuestionsAddressee) {
  ExpectQuotes("The mayor asked the crowd \"Who will pay for the new bridge?\"",
               {{QuoteKind::kDirect, "Who will pay for the new bridge?", "The mayor", "asked"}},
               true);
}

// A verb of saying in the second half of a coordination, its quotation
// after a comma: the parse may hang the quotation on the comma, and the
// report's content is the whole quotation, a direct quote.
TEST(Quotes, QuotationReportedByTheSecondOfTwoVerbs) {
  ExpectQuotes("The governor toured the flooded valley and later said, \u201cWe will rebuild every "
               "bridge.\u201d",
               {{QuoteKind::kDirect, "We will rebuild every bridge.", "The governor", "said"}}, true);
}

// A sentence-opening demonstrative is no subordinator: the clause it opens
// is what the attribution after it reports.
TEST(Quotes, DemonstrativeOpensTheReportedClause) {
  ExpectQuotes("That budget was never realistic, the auditor said.",
               {{QuoteKind::kIndirect, "That budget was never realistic", "the auditor", "said"}},
               true);
}

// An inverted attribution whose named speaker's apposition ends in a
// relative clause, with a report of its own or none.
TEST(Quotes, InvertedAttributionWithARelativeClause) {
  ExpectQuotes("The levy will hurt small farms, said Ines Moreau, a lawyer for the growers' "
               "union, whose members met on Friday.",
               {{QuoteKind::kIndirect, "The levy will hurt small farms", "Ines Moreau", "said"}},
               true);
  Document d = testing::Analyze(
      "The levy will hurt small farms, said Ines Moreau, a lawyer for the union, who argued "
      "that prices would rise.",
      {"text", "syntax", "entities", "quotes"});
  ASSERT_GE(d.quotes.size(), 1u);
  EXPECT_EQ(d.Text(d.quotes[0].span), "The levy will hurt small farms");
  EXPECT_EQ(d.quotes[0].speaker_name, "Ines Moreau");
}

// Doubled apostrophes are double marks ("''...''", typewritten style); a
// quotation with a verb in lower case between capitalised words is speech,
// not a title ("Madrid is Spain").
TEST(Quotes, DoubledApostrophesAndCapitalisedQuotations) {
  ExpectQuotes("''The bridge will reopen in May,'' Ms. Okafor said.",
               {{QuoteKind::kDirect, "The bridge will reopen in May,", "Ms. Okafor", "said"}});
  ExpectQuotes("\u201cMadrid is Spain,\u201d the coach said.",
               {{QuoteKind::kDirect, "Madrid is Spain,", "the coach", "said"}});
  // A title keeps its small words in lower case: no speech.
  ExpectQuotes("She starred in \u201cPride and Prejudice\u201d last year.", {});
}

// A participle cue after "and" or "by" reports for the subject of the verb
// above it, not for the noun phrase before it.
TEST(Quotes, CueAfterAConjunctionReportsForTheSubjectOfTheVerbsItJoins) {
  ExpectQuotes("Lee further summed up the plan as \u201cweak,\u201d denounced its costs and said "
               "the council should drop it.",
               {{QuoteKind::kIndirect, "the council should drop it", "Lee", "said"}}, true);
  // A participle joined to a noun is no cue: "the top seed and defending
  // champion".
  ExpectQuotes("The top seed and defending champion beat the local favourite in two sets.", {},
               true);
}

TEST(Quotes, ParticipleAfterAConjunctionOrPrepositionReportsForTheSubject) {
  ExpectQuotes("The mayor dodged the question, pointing to her budget and saying that the "
               "bridge would open soon.",
               {{QuoteKind::kIndirect, "the bridge would open soon", "The mayor", "saying"}}, true);
  ExpectQuotes("The senator answered the critics of his plan by pointing out that the tax "
               "had fallen.",
               {{QuoteKind::kIndirect, "the tax had fallen", "The senator", "pointing out"}}, true);
}

// A quotation after a colon whose cue's subject is far from it, past a
// relative clause: the parse's subject speaks.
TEST(Quotes, QuotationAfterACueFarFromItsSubject) {
  ExpectQuotes("Marisol, who left in the fourth round having gained just 5% of the vote, "
               "afterwards said: \"I am so happy to be out.\"",
               {{QuoteKind::kDirect, "I am so happy to be out.", "Marisol", "said"}}, true);
}

// A report inside a clause that opens the sentence ends at the comma
// after which the sentence's main verb has its own subject.
TEST(Quotes, ReportInAnOpeningClauseEndsBeforeTheMainClause) {
  ExpectQuotes("When the minister announced that fees would rise, students marched on the capital.",
               {{QuoteKind::kIndirect, "fees would rise", "the minister", "announced"}}, true);
}

// A subject pronoun is the whole speaker phrase: the words before it are
// not part of its name.
TEST(Quotes, SubjectPronounIsTheWholeSpeakerPhrase) {
  ExpectQuotes("In 2019 she said of the new rules: \"Nobody asked the farmers.\"",
               {{QuoteKind::kDirect, "Nobody asked the farmers.", "she", "said"}}, true);
  ExpectQuotes("This time next year we hope the bridge will be open.",
               {{QuoteKind::kIndirect, "the bridge will be open", "we", "hope"}}, true);
}

// A sentence in parentheses: "(CONTENT, X said.)".
TEST(Quotes, ReportInsideParentheses) {
  ExpectQuotes("The plant closed in May. (Most of the workers have found new jobs, the mayor "
               "said.)",
               {{QuoteKind::kIndirect, "Most of the workers have found new jobs", "the mayor",
                 "said"}},
               true);
  // (Not a parenthesis that opens inside the sentence.)
  ExpectQuotes("The battery was fine (it lasted a whole day, I think).", {}, true);
}

// The comma inside the marks of a title that ends the report.
TEST(Quotes, ReportEndingInAQuotedTitle) {
  ExpectQuotes("Viewers in Brazil love \"Ocean Story,\" the producer said.",
               {{QuoteKind::kMixed, "Viewers in Brazil love \"Ocean Story,\"", "the producer",
                 "said"}},
               true);
}

// An inverted speaker's apposition may hold a participle: ", a nurse
// currently working for ...".
TEST(Quotes, InvertedSpeakerWithAParticipleInTheApposition) {
  ExpectQuotes("Hospitals need more staff, said Maria Lopez, a nurse currently working for the "
               "county.",
               {{QuoteKind::kIndirect, "Hospitals need more staff", "Maria Lopez", "said"}}, true);
}

// "According to X, CONTENT" opening the sentence: the attribution runs to
// its comma, whatever words the source phrase holds.
TEST(Quotes, OpeningAccordingToRunsToItsComma) {
  ExpectQuotes("According to a Harbor College/City Ledger survey out Monday, most tenants pay "
               "too much.",
               {{QuoteKind::kIndirect, "most tenants pay too much",
                 "a Harbor College/City Ledger survey out Monday", "According to"}},
               true);
  ExpectQuotes("According to rail historian and author Jane Cole, the line never made a profit.",
               {{QuoteKind::kIndirect, "the line never made a profit", "Jane Cole",
                 "According to"}},
               true);
  // (A phrase after the source is the attribution's, not the source's.)
  ExpectQuotes("According to the figures released on Monday, exports fell sharply.",
               {{QuoteKind::kIndirect, "exports fell sharply", "the figures", "According to"}},
               true);
  // (Nor is the source's relative clause part of the report.)
  ExpectQuotes("According to the Harbor Authority, which inspects the ferries, two boats lack "
               "lifejackets.",
               {{QuoteKind::kIndirect, "two boats lack lifejackets", "Harbor Authority",
                 "According to"}},
               true);
}

// A name's long parenthesis before the cue: "Rep. Ann Cole (a Democrat so
// new to the House that ...) says".
TEST(Quotes, SpeakerWithALongParenthesis) {
  ExpectQuotes("Few would admit it, but Rep. Ann Cole (a Democrat so new to the House that she "
               "has been mistaken for an intern) says she was lost in her first weeks.",
               {{QuoteKind::kIndirect, "she was lost in her first weeks", "Ann Cole", "says"}},
               true);
  ExpectQuotes("Rep. Ann Cole (a Democrat so new that she has been mistaken for an intern) says "
               "she was lost in her first weeks.",
               {{QuoteKind::kIndirect, "she was lost in her first weeks", "Ann Cole", "says"}},
               true);
}

// "according to" inside a quotation is the speaker's, not the writer's.
TEST(Quotes, AccordingToInsideAQuotationIsTheSpeakers) {
  ExpectQuotes("The firm holds cash abroad, and the audit says it \"keeps 98 accounts in tax "
               "havens, according to its own filings.\"",
               {{QuoteKind::kMixed,
                 "it \"keeps 98 accounts in tax havens, according to its own filings.\"",
                 "the audit", "says"}},
               true);
}

// A report whose quoted fragment ends it before a participle of saying:
// 'said the plan was "a disaster," adding ...'.
TEST(Quotes, ParticipleAfterAQuotedFragmentEndsTheReport) {
  ExpectQuotes("The mayor told reporters that the plan was \"a costly disaster,\" adding that "
               "the council had ignored every warning.",
               {{QuoteKind::kMixed, "the plan was \"a costly disaster,\"", "The mayor", "told"},
                {QuoteKind::kIndirect, "the council had ignored every warning", "The mayor",
                 "adding"}},
               true);
}

// An aside between dashes before the cue: "Ann Lee -- who ... -- told".
TEST(Quotes, SpeakerWithAnAsideBetweenDashes) {
  ExpectQuotes("Ann Lee \u2014 who ran the clinic for a decade but has since retired \u2014 told "
               "reporters the clinic would close.",
               {{QuoteKind::kIndirect, "the clinic would close", "Ann Lee", "told"}}, true);
  ExpectQuotes("The mill - the town's largest employer - said it would cut 200 jobs.",
               {{QuoteKind::kIndirect, "it would cut 200 jobs", "The mill", "said"}}, true);
}

// A dash and a noun phrase after a final attribution comment on the whole
// sentence: "..., the office reported on Monday -- a record that ...".
TEST(Quotes, FinalAttributionFollowedByADashAndACommentingPhrase) {
  ExpectQuotes("Exports fell for a fifth month, the trade office reported on Monday -- a slide "
               "that worries the exporters who depend on it.",
               {{QuoteKind::kIndirect, "Exports fell for a fifth month", "the trade office",
                 "reported"}},
               true);
}

// A headline's source may end in a common noun ("Harbor board: ...") or
// follow a rubric and a dash ("EXCLUSIVE -- Maria Lopez: ...").
TEST(Quotes, HeadlineSourceWithACommonNounOrAfterARubric) {
  ExpectQuotes("Lopez camp: The new tolls will hurt islanders\n\nThe council met on Monday.",
               {{QuoteKind::kIndirect, "The new tolls will hurt islanders", "Lopez camp", ":"}},
               true);
  ExpectQuotes("EXCLUSIVE \u2013 Maria Lopez: The bridge will open in the spring\n\nThe council "
               "met on Monday.",
               {{QuoteKind::kIndirect, "The bridge will open in the spring", "Maria Lopez", ":"}},
               true);
  // (Not a rubric ending in a noun before a title: "DVD review: ...".)
  ExpectQuotes("DVD review: Ocean Story 2\n\nThe film is long.", {}, true);
}

// "when asked ..." inside a sentence: a question nobody named asked, which
// ends before the main clause that answers it.
TEST(Quotes, WhenAskedInsideTheSentence) {
  ExpectQuotes("Lee smiled when asked whether the council would raise the fees again.",
               {{QuoteKind::kIndirect, "whether the council would raise the fees again", "",
                 "asked"}},
               true);
  ExpectQuotes("But when asked how the bridge would be paid for, the mayor quickly changed the "
               "subject.",
               {{QuoteKind::kIndirect, "how the bridge would be paid for", "", "asked"}}, true);
}

// An aside between dashes right after the cue is not what was said.
TEST(Quotes, AsideBetweenDashesAfterTheCue) {
  ExpectQuotes("The coach said -- in a radio interview, of all places -- that the team would move.",
               {{QuoteKind::kIndirect, "the team would move", "The coach", "said"}}, true);
}

// An attribution between commas after an opening subordinate clause
// reports both: "As the vote nears, Stone says, the number ... falls".
TEST(Quotes, MedialAttributionAfterAnOpeningSubordinateClause) {
  ExpectQuotes("If the storm turns north, the forecaster said, the coast will flood by Friday.",
               {{QuoteKind::kIndirect, "If the storm turns north", "the forecaster", "said"},
                {QuoteKind::kIndirect, "the coast will flood by Friday", "the forecaster",
                 "said"}},
               true);
}

// The subject's restrictive relative clause before the cue: its last noun
// is not the speaker.
TEST(Quotes, SpeakerWithARestrictiveRelativeClause) {
  ExpectQuotes("The farmers who lost their crops say the dam failed too early.",
               {{QuoteKind::kIndirect, "the dam failed too early", "The farmers", "say"}}, true);
}

// A reason, a concession or a condition after the comma is part of the
// report; a contrast with "but" ends it.
TEST(Quotes, ReasonOrConcessionAfterACommaStaysInTheReport) {
  ExpectQuotes("The coach said the team will stay, despite the poor results.",
               {{QuoteKind::kIndirect, "the team will stay, despite the poor results", "The coach",
                 "said"}},
               true);
  ExpectQuotes("The mayor said the tax will rise, because the city needs roads.",
               {{QuoteKind::kIndirect, "the tax will rise, because the city needs roads",
                 "The mayor", "said"}},
               true);
  ExpectQuotes("The mayor said the tax will rise, but the council disagreed.",
               {{QuoteKind::kIndirect, "the tax will rise", "The mayor", "said"}}, true);
}

// "call" says something when it calls on somebody, calls for or to act, or
// names; not as a phrasal verb, a noun read as the verb, or calling an
// event.
TEST(Quotes, CallSaysSomethingOnlyWhenItCallsOnOrNames) {
  for (const char* text : {"The carmaker is calling back 17,815 vans in Canada.",
                           "The firm offers free phone calls via the net this winter.",
                           "The coach will call up a replacement for Saturday.",
                           "The Dutch commission has called a truce in its battle with Belgium."}) {
    Document d = testing::Analyze(text, {"text", "syntax", "entities", "quotes"});
    EXPECT_TRUE(d.quotes.empty()) << text << " | " << d.Text(d.quotes[0].span);
  }
  ExpectQuotes("The mayor called the plan \"a disaster\".",
               {{QuoteKind::kMixed, "the plan \"a disaster\"", "The mayor", "called"}}, true);
  ExpectQuotes("The mayor called on the council to resign.",
               {{QuoteKind::kIndirect, "on the council to resign", "The mayor", "called"}}, true);
}

// "written" writes in a perfect only; a written response is a thing.
TEST(Quotes, WrittenWritesOnlyInAPerfect) {
  ExpectQuotes("The council sent a full written response to the mayor.", {}, true);
  ExpectQuotes("The mayor has written that the budget is too small.",
               {{QuoteKind::kIndirect, "the budget is too small", "The mayor", "written"}}, true);
}

// A few words of time after a cue say when, not what.
TEST(Quotes, TimeAloneIsNoContent) {
  ExpectQuotes("The governor announced two years ago.", {}, true);
  ExpectQuotes("The governor announced a new budget two years ago.",
               {{QuoteKind::kIndirect, "a new budget two years ago", "The governor", "announced"}},
               true);
}

TEST(Quotes, WordsAfterAParentheticalCueContinueTheReport) {
  // The clause before the attribution and what follows it without a verb
  // of its own are two fragments of one report.
  ExpectQuotes("The new tax is a heavy burden, the analysts said, for a small city with few "
               "roads and little money.",
               {{QuoteKind::kIndirect, "The new tax is a heavy burden", "the analysts", "said"},
                {QuoteKind::kIndirect, "for a small city with few roads and little money",
                 "the analysts", "said"}},
               true);
  // Not the cue's adverbial, nor a relative clause or participle of its own.
  ExpectQuotes("The new tax is a heavy burden, the analysts said, in a new report.",
               {{QuoteKind::kIndirect, "The new tax is a heavy burden", "the analysts", "said"}},
               true);
  ExpectQuotes(
      "Prices will rise sharply, Ruth Maier said in an interview, which was published on Monday.",
      {{QuoteKind::kIndirect, "Prices will rise sharply", "Ruth Maier", "said"}}, true);
}

TEST(Quotes, ParticipleAfterAQuotedWordSpeaksForTheSubject) {
  // The comma before the participle closes a quotation: the participle is
  // the subject's, and the one it tells is no inverted speaker.
  ExpectQuotes(
      "The mayor hailed the vote as \"historic,\" telling reporters that the city would gain.",
      {{QuoteKind::kIndirect, "the city would gain", "The mayor", "telling"}}, true);
  ExpectQuotes("Ruth Maier called the plan a \"bad idea,\" adding that the council had no money.",
               {{QuoteKind::kMixed, "the plan a \"bad idea,\"", "Ruth Maier", "called"},
                {QuoteKind::kIndirect, "the council had no money", "Ruth Maier", "adding"}},
               true);
}

TEST(Quotes, ParticipleOfAnOccasionSpeaksForItsVerbsSubject) {
  // A message or an occasion does not speak; whoever issued it or spoke at
  // it does.
  ExpectQuotes("The town council released a statement Tuesday saying: \"We will rebuild.\"",
               {{QuoteKind::kDirect, "We will rebuild.", "The town council", "saying"}}, true);
  ExpectQuotes("She spoke at a news conference announcing that the county would close two schools.",
               {{QuoteKind::kIndirect, "the county would close two schools", "She", "announcing"}},
               true);
}

TEST(Quotes, AccordingToASourceWithARelativeClauseReportsWhatPrecedes) {
  // What follows the source is its apposition and relative clause, not a
  // clause of the report.
  ExpectQuotes("Many families would pay more tax under the plan, according to an analysis by "
               "Ruth Maier, a former budget aide now teaching at Yale, whose findings were "
               "disputed.",
               {{QuoteKind::kIndirect, "Many families would pay more tax under the plan",
                 "Ruth Maier", "according to"}},
               true);
}

TEST(Quotes, CueAfterAClosingQuotationIsAVerbWhateverItsTag) {
  // The tagger may read a past form after a quotation as an adjective of
  // the name after it; there it is the inverted attribution's verb.
  ExpectQuotes("\"The tax is unfair,\" wrote Edward Nelson.",
               {{QuoteKind::kDirect, "The tax is unfair,", "Edward Nelson", "wrote"}}, true);
}

TEST(Quotes, PlainPresentAfterAPluralIsAFiniteVerb) {
  // After a parenthetical attribution, a clause whose verb is a plain
  // present form after a plural subject is what was said.
  ExpectQuotes("In the end, Ruth Maier said, union voters almost always end up backing the mayor.",
               {{QuoteKind::kIndirect, "union voters almost always end up backing the mayor",
                 "Ruth Maier", "said"}},
               true);
}

TEST(Quotes, QuotationAfterAnAdverbOrBeforeAParticiple) {
  // An adverb between commas may stand between the cue and the quotation.
  ExpectQuotes("Ruth Maier acknowledged, however, \"Past results are no guide to the future.\"",
               {{QuoteKind::kDirect, "Past results are no guide to the future.", "Ruth Maier",
                 "acknowledged"}},
               true);
  // A quotation after a colon that ends a clause speaks for its subject
  // even when a participle's phrase follows it.
  ExpectQuotes("Ruth Maier fired back forcefully: \"If they sue us in court, they are going to "
               "lose,\" referencing the lawsuit.",
               {{QuoteKind::kDirect, "If they sue us in court, they are going to lose,",
                 "Ruth Maier", "fired"}},
               true);
}

TEST(Quotes, PollNamedWithSlashesOrBeforeAParticiple) {
  // A poll's name may hold slashes; a phrase of when may follow it before
  // the comma; a poll hung on the object's nouns still speaks.
  ExpectQuotes("Ruth Maier led the mayor more than 2-1 in a Herald/Marist poll.",
               {{QuoteKind::kIndirect, "Ruth Maier led the mayor more than 2-1",
                 "a Herald/Marist poll", "in"}},
               true);
  ExpectQuotes("In a Register poll last month, the senator had a 10-point lead.",
               {{QuoteKind::kIndirect, "the senator had a 10-point lead", "a Register poll",
                 "In"}},
               true);
}

TEST(Quotes, SeeingSomethingAsSomethingIsABelief) {
  ExpectQuotes("The mayor sees the new stadium as a waste of public money.",
               {{QuoteKind::kIndirect, "the new stadium as a waste of public money", "The mayor",
                 "sees"}},
               true);
  // Not seeing, nor "such as", nor the passive.
  ExpectQuotes("The mayor saw the new stadium on Monday.", {}, true);
  ExpectQuotes("The mayor sees sports such as football every week.", {}, true);
  ExpectQuotes("The stadium is seen as a waste of money.", {}, true);
}

TEST(Quotes, QuestionAskedEndsBeforeASubjectWithAnApposition) {
  ExpectQuotes("Asked if there had been any fraud, Ruth Maier, the campaign's spokeswoman, "
               "suggested that the party had been unfair.",
               {{QuoteKind::kIndirect, "if there had been any fraud", "", "Asked"},
                {QuoteKind::kIndirect, "the party had been unfair", "Ruth Maier", "suggested"}},
               true);
}

TEST(Quotes, PastParticipleWithAnAgentAfterANounIsNoCue) {
  // "the cuts proposed by X": X proposed them; the noun said nothing.
  ExpectQuotes("The cuts proposed by the opposition leader were the equivalent of closing every "
               "school in the county.",
               {}, true);
}

TEST(Quotes, ParticipleCueAfterAClosingMarkEndsTheReport) {
  ExpectQuotes("The mayor said the plan would cut \"wasteful spending\" saying the council had "
               "no choice.",
               {{QuoteKind::kMixed, "the plan would cut \"wasteful spending\"", "The mayor",
                 "said"},
                {QuoteKind::kIndirect, "the council had no choice", "The mayor", "saying"}},
               true);
}

TEST(Quotes, CuesOwnAdverbialIsNoReport) {
  // A participle, a clause of time or a day and a place after the cue tell
  // how or when it was said.
  ExpectQuotes("Sales were great, he said, wiping sweat off his face.",
               {{QuoteKind::kIndirect, "Sales were great", "he", "said"}}, true);
  ExpectQuotes("Taxes are sickening, Ruth Maier said Tuesday in Paris, noting the plan would fail.",
               {{QuoteKind::kIndirect, "Taxes are sickening", "Ruth Maier", "said"},
                {QuoteKind::kIndirect, "the plan would fail", "Ruth Maier", "noting"}},
               true);
  // A gerund that is the reported clause's subject still reports.
  ExpectQuotes("Ruth Maier said raising the threshold would help first-time buyers.",
               {{QuoteKind::kIndirect, "raising the threshold would help first-time buyers",
                 "Ruth Maier", "said"}},
               true);
}

TEST(Quotes, QuestionAskedAfterAPlaceAndAnAdverb) {
  ExpectQuotes("Asked in Iowa recently whether he would back the mayor, Ruth Maier smiled.",
               {{QuoteKind::kIndirect, "whether he would back the mayor", "", "Asked"}}, true);
}

}  // namespace
}  // namespace newsmill
