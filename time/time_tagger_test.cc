// Table-driven tests of time expression recognition and normalisation: each
// case is a sentence, the publication date (DCT), the tense to assume (or
// none: guessed from the words), and the expression expected with its
// TIMEX3 type and value.
#include "time/time_tagger.h"

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <random>
#include <string>

#include "base/strings.h"
#include "time/quantity.h"

namespace newsmill {
namespace {

const TimeTagger& Tagger() {
  static const std::unique_ptr<TimeTagger> t = [] {
    auto r = TimeTagger::Create("");
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return std::move(r.value());
  }();
  return *t;
}

struct Case {
  const char* text;
  const char* dct;           // "" for none
  std::optional<Tense> tense;  // nullopt: guessed from the words
  const char* expr;          // the expression's text
  const char* type;
  const char* value;
};

std::string Describe(const std::vector<TimeExpr>& found, std::string_view text) {
  std::string s;
  for (const TimeExpr& e : found) {
    s += "[" + std::string(text.substr(e.span.begin, e.span.end - e.span.begin)) +
         " " + std::string(TimexTypeName(e.type)) + " " + e.value + "] ";
  }
  return s.empty() ? "(nothing)" : s;
}

void Check(const Case& c) {
  std::string_view text = c.text;
  std::vector<TimeExpr> found = Tagger().TagText(text, c.dct, c.tense);
  bool hit = false;
  for (const TimeExpr& e : found) {
    if (text.substr(e.span.begin, e.span.end - e.span.begin) != c.expr) continue;
    hit = true;
    EXPECT_EQ(TimexTypeName(e.type), c.type) << c.text;
    EXPECT_EQ(e.value, c.value) << c.text << " (DCT " << c.dct << ")";
  }
  EXPECT_TRUE(hit) << "'" << c.expr << "' not found in: " << c.text
                   << "\n  found: " << Describe(found, text);
}

constexpr std::optional<Tense> kGuess = std::nullopt;
constexpr std::optional<Tense> kPast = Tense::kPast;
constexpr std::optional<Tense> kFuture = Tense::kFuture;
constexpr std::optional<Tense> kNone = Tense::kNone;

TEST(TimeTagger, AbsoluteDates) {
  const Case cases[] = {
      {"Putin on Tuesday, Feb. 1, accused the West.", "2022-02-01", kGuess,
       "Tuesday, Feb. 1", "DATE", "2022-02-01"},
      {"It happened on 1 February 2022 in Kyiv.", "2023-05-05", kGuess,
       "1 February 2022", "DATE", "2022-02-01"},
      {"The deadline is 2022-02-01.", "2021-06-01", kGuess, "2022-02-01",
       "DATE", "2022-02-01"},
      {"The filing dated 02/01/2022 was rejected.", "2022-03-01", kGuess,
       "02/01/2022", "DATE", "2022-02-01"},
      {"The filing dated 25/12/2021 was rejected.", "2022-03-01", kGuess,
       "25/12/2021", "DATE", "2021-12-25"},
      {"The talks began on March 5, 2021.", "2022-01-10", kGuess,
       "March 5, 2021", "DATE", "2021-03-05"},
      {"Elections were held in June 2019.", "2022-01-10", kGuess,
       "June 2019", "DATE", "2019-06"},
      {"The war began in 2014.", "2022-02-01", kGuess, "2014", "DATE", "2014"},
      {"Prices soared in the 1970s.", "2022-02-01", kGuess, "the 1970s",
       "DATE", "197"},
      {"Prices soared in the mid-1990s.", "2022-02-01", kGuess,
       "the mid-1990s", "DATE", "199"},
      {"It was the worst crisis of the 20th century.", "2022-02-01", kGuess,
       "the 20th century", "DATE", "19"},
      {"Sales rose in the third quarter of 2021.", "2022-02-01", kGuess,
       "the third quarter of 2021", "DATE", "2021-Q3"},
      {"Q3 2021 revenue fell.", "2022-02-01", kGuess, "Q3 2021", "DATE",
       "2021-Q3"},
      {"Revenue in fiscal 2021 fell.", "2022-02-01", kGuess, "fiscal 2021",
       "DATE", "2021"},
      {"Revenue in FY2021 fell.", "2022-02-01", kGuess, "FY2021", "DATE",
       "2021"},
      {"Output fell in the first half of 2020.", "2022-02-01", kGuess,
       "the first half of 2020", "DATE", "2020-H1"},
      {"The treaty was signed in the summer of 1990.", "2022-02-01", kGuess,
       "the summer of 1990", "DATE", "1990-SU"},
      {"The bombing took place on Christmas Day 1998.", "2022-02-01", kGuess,
       "Christmas Day 1998", "DATE", "1998-12-25"},
      // No hyphen joined to the front of a month: "October-to-December".
      {"Sales in the July-to-September 2021 quarter fell.", "2022-02-01", kGuess,
       "September 2021", "DATE", "2021-09"},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimeTagger, PartialDatesTakeTheirYearFromTheDctAndTense) {
  const Case cases[] = {
      // Past tense: the last Feb. 1 on or before the DCT.
      {"The talks ended on Feb. 1.", "2022-03-10", kPast, "Feb. 1", "DATE",
       "2022-02-01"},
      {"The talks ended on Dec. 20.", "2022-01-10", kPast, "Dec. 20", "DATE",
       "2021-12-20"},
      // Future tense: the next one.
      {"The talks will end on Feb. 1.", "2022-03-10", kFuture, "Feb. 1",
       "DATE", "2023-02-01"},
      {"The summit will open on Jan. 5.", "2021-12-20", kFuture, "Jan. 5",
       "DATE", "2022-01-05"},
      // Unless the date back is days away and the next a year: the story
      // was written before its date ("by Jan. 14" published on Jan. 16).
      {"The deadline for the report will be Jan. 14.", "2000-01-16", kFuture,
       "Jan. 14", "DATE", "2000-01-14"},
      {"The deadline for the report will be Jan. 4.", "2000-01-16", kFuture,
       "Jan. 4", "DATE", "2001-01-04"},
      // A date naming a thing ("the Feb. 23 accord") in a future clause:
      // the nearer one; in a past clause, the one back.
      {"Inspectors will visit the sites under the Feb. 23 accord.", "1998-03-06",
       kFuture, "Feb. 23", "DATE", "1998-02-23"},
      {"Parties will campaign for the March 20 election.", "1998-03-06", kFuture,
       "March 20", "DATE", "1998-03-20"},
      {"Police have searched for him since the Oct. 23 attack.", "1999-05-06",
       kPast, "Oct. 23", "DATE", "1998-10-23"},
      // A date just ahead stays ahead even in a past-tense sentence.
      {"A judge ruled he must be returned by Jan. 14.", "2000-01-06", kPast,
       "Jan. 14", "DATE", "2000-01-14"},
      // No tense: the nearer.
      {"Sales in December.", "2022-02-01", kNone, "December", "DATE",
       "2021-12"},
      {"Sales in March.", "2022-02-01", kNone, "March", "DATE", "2022-03"},
      {"Sales fell in January.", "2022-05-01", kPast, "January", "DATE",
       "2022-01"},
      // A weekday picks the year in which the date falls on it.
      {"Putin on Tuesday, Feb. 1, spoke.", "2022-06-01", kPast,
       "Tuesday, Feb. 1", "DATE", "2022-02-01"},
      // Quarters: the latest that has begun when past, else the nearer.
      {"The company reported third-quarter profit.", "2021-10-28", kPast,
       "third-quarter", "DATE", "2021-Q3"},
      {"It expects to report a third-quarter loss.", "1989-11-02", kFuture,
       "third-quarter", "DATE", "1989-Q3"},
      {"It expects a loss in the first quarter.", "1989-11-02", kFuture,
       "the first quarter", "DATE", "1990-Q1"},
      {"Shipments resumed in the spring.", "2022-08-01", kPast, "the spring",
       "DATE", "2022-SP"},
      // Since / until fix the direction whatever the tense.
      {"He has been detained since May 3.", "2022-04-01", kGuess, "May 3",
       "DATE", "2021-05-03"},
      {"The offer was extended until Nov. 16.", "1989-10-30", kPast,
       "Nov. 16", "DATE", "1989-11-16"},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimeTagger, WeekdaysFollowTheTense) {
  const Case cases[] = {
      // DCT 2022-02-01 is a Tuesday.
      {"Biden warned on Monday that Russia would pay.", "2022-02-01", kGuess,
       "Monday", "DATE", "2022-01-31"},
      {"Lavrov and Blinken spoke Tuesday.", "2022-02-01", kGuess, "Tuesday",
       "DATE", "2022-02-01"},
      {"The ministers will meet on Monday.", "2022-02-01", kGuess, "Monday",
       "DATE", "2022-02-07"},
      {"The ministers met on Friday.", "2022-02-01", kGuess, "Friday", "DATE",
       "2022-01-28"},
      {"The ministers will meet on Friday.", "2022-02-01", kGuess, "Friday",
       "DATE", "2022-02-04"},
      {"The meeting will be held on Thursday.", "2022-02-01", kGuess,
       "Thursday", "DATE", "2022-02-03"},
      {"On Sunday, officials said the talks had failed.", "2022-02-01",
       kGuess, "Sunday", "DATE", "2022-01-30"},
      {"Friday", "2022-02-01", kPast, "Friday", "DATE", "2022-01-28"},
      {"Friday", "2022-02-01", kFuture, "Friday", "DATE", "2022-02-04"},
      // No tense: the nearer one (ties to the past).
      {"Friday", "2022-02-01", kNone, "Friday", "DATE", "2022-02-04"},
      {"Saturday", "2022-02-01", kNone, "Saturday", "DATE", "2022-01-29"},
      // last / next / this.
      {"They met last Friday.", "2022-02-01", kGuess, "last Friday", "DATE",
       "2022-01-28"},
      {"They meet next Tuesday.", "2022-02-01", kGuess, "next Tuesday",
       "DATE", "2022-02-08"},
      {"They meet this Thursday.", "2022-02-01", kGuess, "this Thursday",
       "DATE", "2022-02-03"},
      // A possessive weekday is past: "Thursday's closing price".
      {"It will trade above Thursday's close.", "1989-10-30", kGuess,
       "Thursday", "DATE", "1989-10-26"},
      // "as soon as" looks ahead, whatever the tense.
      {"Officials said it reopened as soon as Friday.", "2022-02-01", kGuess,
       "Friday", "DATE", "2022-02-04"},
      {"Officials said it reopened on Friday.", "2022-02-01", kGuess,
       "Friday", "DATE", "2022-01-28"},
      // Across a year boundary.
      {"They met on Thursday.", "2022-01-02", kPast, "Thursday", "DATE",
       "2021-12-30"},
      // Without a DCT the value keeps the weekday.
      {"They met on Monday.", "", kPast, "Monday", "DATE", "XXXX-WXX-1"},
      {"They met on Feb. 1.", "", kPast, "Feb. 1", "DATE", "XXXX-02-01"},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimeTagger, RelativeExpressions) {
  const Case cases[] = {
      {"It is being discussed today.", "2022-02-01", kGuess, "today", "DATE",
       "2022-02-01"},
      {"It was discussed yesterday.", "2022-03-01", kGuess, "yesterday",
       "DATE", "2022-02-28"},
      {"It will be discussed tomorrow.", "2021-12-31", kGuess, "tomorrow",
       "DATE", "2022-01-01"},
      {"The document was not disclosed last week.", "2022-02-01", kGuess,
       "last week", "DATE", "2022-W04"},
      // ISO weeks across years: 2021-01-03 is in 2020-W53.
      {"It happened last week.", "2021-01-10", kGuess, "last week", "DATE",
       "2020-W53"},
      {"It happens this week.", "2021-01-03", kGuess, "this week", "DATE",
       "2020-W53"},
      {"It happens next week.", "2021-12-29", kGuess, "next week", "DATE",
       "2022-W01"},
      {"Prices rose last month.", "2022-01-15", kGuess, "last month", "DATE",
       "2021-12"},
      {"Prices will rise next month.", "2021-12-15", kGuess, "next month",
       "DATE", "2022-01"},
      {"Prices rose this year.", "2022-02-01", kGuess, "this year", "DATE",
       "2022"},
      {"Prices rose last year.", "2022-02-01", kGuess, "last year", "DATE",
       "2021"},
      {"Profit fell last quarter.", "2022-02-01", kGuess, "last quarter",
       "DATE", "2021-Q4"},
      {"He left three days ago.", "2022-02-01", kGuess, "three days ago",
       "DATE", "2022-01-29"},
      {"He left two weeks ago.", "2022-02-01", kGuess, "two weeks ago",
       "DATE", "2022-W03"},
      {"The firm was founded a decade ago.", "2022-02-01", kGuess,
       "a decade ago", "DATE", "2012"},
      {"He left several years ago.", "2022-02-01", kGuess,
       "several years ago", "DATE", "PAST_REF"},
      {"The report was published earlier this month.", "2022-02-20", kGuess,
       "earlier this month", "DATE", "2022-02"},
      {"A vote is expected later this year.", "2022-02-20", kGuess,
       "later this year", "DATE", "2022"},
      {"Sales fell late last year.", "2022-02-20", kGuess, "late last year",
       "DATE", "2021"},
      {"Talks resume early next week.", "2022-02-20", kGuess,
       "early next week", "DATE", "2022-W08"},
      {"Talks ended at the end of last month.", "2022-02-20", kGuess,
       "the end of last month", "DATE", "2022-01"},
      {"Troops massed over the weekend.", "2022-02-01", kPast, "the weekend",
       "DATE", "2022-W04-WE"},
      {"Talks continue this weekend.", "2022-02-01", kGuess, "this weekend",
       "DATE", "2022-W05-WE"},
      {"He returned in 1998 and left two years later.", "2022-02-01",
       kGuess, "two years later", "DATE", "2000"},
      {"Profit rose in the third quarter. A year earlier it fell.",
       "2021-11-01", kGuess, "A year earlier", "DATE", "2020-Q3"},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimeTagger, TimesOfDay) {
  const Case cases[] = {
      {"The vote is at 3 p.m.", "2022-02-01", kGuess, "3 p.m.", "TIME",
       "2022-02-01T15:00"},
      {"The vote is at 3pm.", "2022-02-01", kGuess, "3pm", "TIME",
       "2022-02-01T15:00"},
      {"The vote was at 15:00 GMT.", "2022-02-01", kGuess, "15:00 GMT", "TIME",
       "2022-02-01T15:00Z"},
      {"It filed at 12:00 UTC Monday.", "2009-06-01", kGuess,
       "12:00 UTC Monday", "TIME", "2009-06-01T12:00Z"},
      {"Trading halted at 0800 GMT.", "2008-09-18", kGuess, "0800 GMT", "TIME",
       "2008-09-18T08:00Z"},
      {"They met at noon.", "2022-02-01", kGuess, "noon", "TIME",
       "2022-02-01T12:00"},
      {"It expires at midnight.", "2022-02-01", kGuess, "midnight", "TIME",
       "2022-02-01T24:00"},
      {"The strike began this morning.", "2022-02-01", kGuess, "this morning",
       "TIME", "2022-02-01TMO"},
      {"The strike begins tonight.", "2022-02-01", kGuess, "tonight", "TIME",
       "2022-02-01TNI"},
      {"Protests erupted last night.", "2022-02-01", kGuess, "last night",
       "TIME", "2022-01-31TNI"},
      {"Officials met Friday morning.", "2022-02-01", kPast, "Friday morning",
       "TIME", "2022-01-28TMO"},
      {"The offer expires at 5 p.m. EST Nov. 9.", "1989-11-02", kGuess,
       "5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00"},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimeTagger, Durations) {
  const Case cases[] = {
      {"Russia has deployed troops near the border for weeks.", "2022-02-01",
       kGuess, "weeks", "DURATION", "PXW"},
      {"The war has lasted 10 years.", "2022-02-01", kGuess, "10 years",
       "DURATION", "P10Y"},
      {"They held a two-day summit.", "2022-02-01", kGuess, "two-day",
       "DURATION", "P2D"},
      {"They held a 16-hour session.", "2022-02-01", kGuess, "16-hour",
       "DURATION", "PT16H"},
      {"He served 2 1/2 years.", "2022-02-01", kGuess, "2 1/2 years",
       "DURATION", "P2Y6M"},
      {"He served two and a half years.", "2022-02-01", kGuess,
       "two and a half years", "DURATION", "P2Y6M"},
      {"Prices rose over the past four months.", "2022-02-01", kGuess,
       "the past four months", "DURATION", "P4M"},
      {"Sales in the first nine months rose.", "2022-02-01", kGuess,
       "the first nine months", "DURATION", "P9M"},
      {"Talks lasted more than a decade.", "2022-02-01", kGuess,
       "more than a decade", "DURATION", "P10Y"},
      {"The ceasefire held for about three hours.", "2022-02-01", kGuess,
       "about three hours", "DURATION", "PT3H"},
      {"It took several months.", "2022-02-01", kGuess, "several months",
       "DURATION", "PXM"},
      {"A decision is due within a week.", "2022-02-01", kGuess, "a week",
       "DURATION", "P1W"},
      {"The decades-long dispute ended.", "2022-02-01", kGuess, "decades-long",
       "DURATION", "PXDE"},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimeTagger, SetsAndVagueReferences) {
  const Case cases[] = {
      {"They meet every Monday.", "2022-02-01", kGuess, "every Monday", "SET",
       "XXXX-WXX-1"},
      {"They meet on Mondays.", "2022-02-01", kGuess, "Mondays", "SET",
       "XXXX-WXX-1"},
      {"Reports are filed annually.", "2022-02-01", kGuess, "annually", "SET",
       "P1Y"},
      {"Briefings are held daily.", "2022-02-01", kGuess, "daily", "SET",
       "P1D"},
      {"They meet each year.", "2022-02-01", kGuess, "each year", "SET",
       "P1Y"},
      {"It costs $40 billion a year.", "2022-02-01", kGuess, "a year", "SET",
       "P1Y"},
      {"And right away, right now, he said.", "2022-02-01", kGuess,
       "right now", "DATE", "PRESENT_REF"},
      {"Tensions have been running high in recent weeks.", "2022-02-01",
       kGuess, "recent weeks", "DATE", "PAST_REF"},
      {"Talks may resume in the coming days.", "2022-02-01", kGuess,
       "the coming days", "DATE", "FUTURE_REF"},
      {"The firm recently cut jobs.", "2022-02-01", kGuess, "recently",
       "DATE", "PAST_REF"},
      {"Such attacks happened in the past.", "2022-02-01", kGuess, "the past",
       "DATE", "PAST_REF"},
      {"Nobody knows what the future holds.", "2022-02-01", kGuess,
       "the future", "DATE", "FUTURE_REF"},
      {"He is currently in Moscow.", "2022-02-01", kGuess, "currently",
       "DATE", "PRESENT_REF"},
  };
  for (const Case& c : cases) Check(c);
}

// Look-alikes that must not become time expressions.
TEST(TimeTagger, CoordinatedDayIsADateOfThatMonth) {
  const Case cases[] = {
      {"The summit will be held on April 24 and 25.", "1999-03-01", kGuess, "25", "DATE",
       "1999-04-25"},
      {"Talks on March 3 or 4 in Geneva failed.", "1999-03-10", kGuess, "4", "DATE",
       "1999-03-04"},
  };
  for (const Case& c : cases) Check(c);
  // Counted things after the number are no day.
  for (const char* text : {"On April 24 and 25 people died.",
                           "Cases rose on April 24 and 25 percent more were found.",
                           "They met on April 24 and 3 others left."}) {
    std::vector<TimeExpr> found = Tagger().TagText(text, "1999-03-01");
    EXPECT_EQ(found.size(), 1u) << text << ": " << Describe(found, text);
  }
}

TEST(TimeTagger, IgnoresLookAlikes) {
  const char* texts[] = {
      "Theresa May said the deal was dead.",
      "The minister may resign.",
      "Prices may fall in the spring of hope.",  // "spring of": no season
      "A 6-year-old boy was rescued.",
      "Mr. Smith, 52 years old, will succeed him.",
      "They met for a second day of talks.",
      "About three quarters of voters agreed.",
      "The Communist Party Daily Granma reported it.",
      "As soon as he arrived, he left.",
      "Kopp was in his 30s.",
      "Players in their 30s, 40s and 50s still play.",
      "She is in her 20s or 30s.",
      "Russia deployed 2000 troops.",
      "She called it a second betrayal.",
      "The Sunday Telegraph reported it.",
      "He told Radio 4's Today programme.",
  };
  for (const char* text : texts) {
    std::vector<TimeExpr> found = Tagger().TagText(text, "2022-02-01");
    std::string_view t = text;
    for (const TimeExpr& e : found) {
      std::string_view s = t.substr(e.span.begin, e.span.end - e.span.begin);
      // "the spring" alone would be fine; none of these is expected.
      ADD_FAILURE() << "unexpected '" << s << "' (" << e.value << ") in: "
                    << text;
    }
  }
}

TEST(TimeTagger, SpansFollowTimeMlExtents) {
  // Prepositions stay out; determiners and modifiers stay in.
  const Case cases[] = {
      {"It happened on Monday.", "2022-02-01", kPast, "Monday", "DATE",
       "2022-01-31"},
      {"It rose in the third quarter.", "2021-11-01", kPast,
       "the third quarter", "DATE", "2021-Q3"},
      {"It rose nearly four years ago.", "2022-02-01", kPast,
       "nearly four years ago", "DATE", "2018"},
      {"It held for weeks.", "2022-02-01", kPast, "weeks", "DURATION", "PXW"},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimeTagger, SurvivesHostileInput) {
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk += "\xff\xfe 12:99 99/99/9999 --- '' ";
  junk += std::string(100000, '9');
  junk += " Feb. 31, 2022 Feb. 29, 2021 February 30 ";
  std::vector<TimeExpr> found = Tagger().TagText(junk, "2022-02-01");
  for (const TimeExpr& e : found) {
    EXPECT_LE(e.span.end, junk.size());
    EXPECT_NE(e.value.find("-02-3"), 0u);
  }
  EXPECT_TRUE(Tagger().TagText("", "2022-02-01").empty());
}

TEST(TimeTagger, TriggerFilterSkipsOnlySentencesWithoutTimesOrNumbers) {
  const TimeGrammar& g = Tagger().grammar();
  auto may = [&g](std::string_view s) {
    return g.MayHaveMatches(s, 0, static_cast<uint32_t>(s.size()));
  };
  EXPECT_FALSE(may("The cat sat on the mat, they said."));
  EXPECT_TRUE(may("The cat sat on the mat on Tuesday."));
  EXPECT_TRUE(may("It opened at 9 sharp."));
  EXPECT_TRUE(may("Trading ends in the P.M. session."));
  EXPECT_TRUE(may("He left at o\u2019clock"));
  EXPECT_TRUE(may("Sales rose in Sept. and fell"));
  // Words that count only beside others (TimeTriggerFilter::WeakWord).
  EXPECT_FALSE(may("It is being built, they said."));
  EXPECT_TRUE(may("It stays shut for the time being."));
  EXPECT_TRUE(may("It stays shut for the time\n being."));
  EXPECT_FALSE(may("More people came, and less went."));
  EXPECT_TRUE(may("It lasted more than a decade"));
  EXPECT_TRUE(may("It lasted more\u00a0than a decade"));
  EXPECT_FALSE(may("It lasted more (than) ever"));
  EXPECT_FALSE(may("It was a long way."));
  EXPECT_TRUE(may("Over the long term, it was."));
  EXPECT_FALSE(may("The latest news."));
  EXPECT_TRUE(may("The latest quarter."));
  // Number words count where a unit may follow them.
  EXPECT_FALSE(may("It is one of them, he said."));
  EXPECT_FALSE(may("Those two were there."));
  EXPECT_FALSE(may("That is one reason."));
  EXPECT_TRUE(may("It has two stores."));
  EXPECT_TRUE(may("The two Japanese companies met."));
  EXPECT_TRUE(may("It was a multi-billion dollar deal."));
  EXPECT_TRUE(may("Prices rose by one percent."));
  EXPECT_TRUE(may("It rose by one %."));
  EXPECT_TRUE(may("It cost $ one."));
  EXPECT_TRUE(may("One U.S. soldier died."));
  EXPECT_TRUE(may("It took one and a half."));
  // Against the scanner and the matcher on generated sentences: every
  // vocabulary word, cased and punctuated in the ways the scanner reads,
  // among filler words. A sentence the filter rejects has no match and no
  // number.
  const TimeVocabulary& v = g.vocab();
  std::vector<std::string> pool = {"the",   "cat",   "Minister", "caf\u00e9",
                                   "don't", "U.S.",  "-",        ",",
                                   "(",     "\u2014",  "time being",
                                   "more than", "the long term",
                                   "latest quarter", "one third of",
                                   "the moment", "near future", "$", "%",
                                   "\u00a3", "per cent", "and a half",
                                   "two Russian troops", "of", "or",
                                   "multi-billion dollar", "U.S. soldier"};
  for (size_t id = 0; id < v.size(); ++id) {
    std::string k = v.entry(static_cast<int32_t>(id)).key;
    if (k.empty()) continue;
    pool.push_back(k);
    std::string cap = k;
    cap[0] = static_cast<char>(AsciiUpper(cap[0]));
    pool.push_back(cap);
    pool.push_back(k + ".");
    pool.push_back("x" + k);
    pool.push_back(k + "\u2019s");
  }
  // Number words among units, plural-looking words and the marks around
  // them, for NumberWords.
  std::vector<std::string> numbers = {
      "one",   "Two",     "three",  "twenty", "-",      "five",   "hundred",
      "a",     "dozen",   "and",    "half",   "of",     "or",     "to",
      "per",   "cent",    "percent", "%",     "$",      "US$",    "\u00a3",
      "\u20ac", "dollar", "euros",  "troops", "people", "men",    "firms",
      "stores", "bus",    "Russian", "new",   "the",    "it",     ",",
      "(",     ")",       "\"",     ".",     "U.S.",   "m",      "k",
      "km",    "one's",   "one-off", "\u2019", "\u00a0", "news", "Assets"};
  std::mt19937 rng(7);
  const uint64_t digits = (uint64_t{1} << kTcNumber) |
                          (uint64_t{1} << kTcRange);
  int rejected = 0;
  for (int n = 0; n < 30000; ++n) {
    std::string s;
    int words = 1 + static_cast<int>(rng() % 12);
    const std::vector<std::string>& from = n % 3 == 2 ? numbers : pool;
    for (int w = 0; w < words; ++w) {
      if (!s.empty() && rng() % 4 != 0) s += ' ';
      s += from[rng() % from.size()];
    }
    // Inside a larger buffer too: the filter reads ahead where it can.
    bool inside = n % 2 == 1;
    std::string text = inside ? "12 Mondays" + s + "3 May 2021" : s;
    uint32_t b = inside ? 10 : 0;
    uint32_t e = b + static_cast<uint32_t>(s.size());
    if (g.MayHaveMatches(text, b, e)) continue;
    ++rejected;
    TimeScratch scratch;
    ScanTimeTokens(text, b, e, v, &scratch.toks);
    for (const TimeToken& t : scratch.toks)
      EXPECT_EQ(t.classes & digits, 0u) << s;
    g.Match(scratch.toks, &scratch.matches);
    EXPECT_TRUE(scratch.matches.empty()) << s;
    std::vector<Quantity> quantities;
    FindQuantities(text, scratch, g, &quantities);
    EXPECT_TRUE(quantities.empty()) << s;
  }
  EXPECT_GT(rejected, 1000);
}

}  // namespace
}  // namespace newsmill
