// Tests of the times stage: quantities, published-date inference (with
// Documents built by hand, as the actors stage would leave them), the
// syntax layer's tense taking precedence, and the sentence fallback.
#include "time/times_stage.h"

#include <gtest/gtest.h>

#include "base/date.h"
#include "time/published_date.h"
#include "time/quantity.h"
#include "time/time_tagger.h"

namespace newsmill {
namespace {

std::unique_ptr<Stage> MakeStage(const std::string& reference_date) {
  Resources r;
  r.options.reference_date = reference_date;
  auto s = NewTimesStage(r);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return std::move(s.value());
}

Document Doc(std::string text, std::string published = "") {
  Document d;
  d.text = std::move(text);
  d.published = std::move(published);
  d.analysed = true;
  return d;
}

// ---- Quantities -------------------------------------------------------------

struct QuantityCase {
  const char* text;
  const char* expr;
  double value;
  double value_max;  // 0: none
  const char* unit;
  bool approximate;
};

TEST(Quantities, NumbersUnitsApproximatorsAndRanges) {
  const QuantityCase cases[] = {
      {"Russia has deployed approximately 100,000 troops near the border.",
       "approximately 100,000 troops", 100000, 0, "troops", true},
      {"The U.S. pledged $40 billion in aid.", "$40 billion", 4e10, 0, "USD",
       false},
      {"It pledged €3.5bn.", "€3.5bn", 3.5e9, 0, "EUR", false},
      {"Output fell by 1.5 million barrels a day.", "1.5 million barrels",
       1.5e6, 0, "barrels", false},
      {"Three dozen people were hurt.", "Three dozen people", 36, 0, "people",
       false},
      {"Prices rose 2.4 percent.", "2.4 percent", 2.4, 0, "%", false},
      {"Prices rose 7%.", "7%", 7, 0, "%", false},
      {"Between 10 and 20 soldiers died.", "Between 10 and 20 soldiers", 10,
       20, "soldiers", false},
      {"Some 10-20 soldiers died.", "Some 10-20 soldiers", 10, 20, "soldiers",
       true},
      {"More than 1 million people marched.", "More than 1 million people",
       1e6, 0, "people", true},
      {"Up to 500 civilians fled.", "Up to 500 civilians", 500, 0,
       "civilians", true},
      {"Nearly 300 Russian soldiers surrendered.",
       "Nearly 300 Russian soldiers", 300, 0, "soldiers", true},
      {"It cost 5 million rubles.", "5 million rubles", 5e6, 0, "RUB", false},
      {"It must return 136m euros.", "136m euros", 136e6, 0, "EUR", false},
      {"A value of 8.2bn euros.", "8.2bn euros", 8.2e9, 0, "EUR", false},
      {"Growth of 3.6% in the 30 member countries.", "30 member countries",
       30, 0, "countries", false},
      {"Brent gained $1.32 to $44.45.", "$1.32", 1.32, 0, "USD", false},
      {"Prices rose from $10 to $20.", "$10 to $20", 10, 20, "USD", false},
  };
  auto tagger = TimeTagger::Create("");
  ASSERT_TRUE(tagger.ok());
  for (const QuantityCase& c : cases) {
    std::string_view text = c.text;
    TimeScratch s;
    (*tagger)->Scan(text, Span{0, static_cast<uint32_t>(text.size())}, &s);
    std::vector<Quantity> q;
    FindQuantities(text, s, (*tagger)->grammar(), &q);
    bool hit = false;
    for (const Quantity& x : q) {
      if (text.substr(x.span.begin, x.span.end - x.span.begin) != c.expr)
        continue;
      hit = true;
      EXPECT_DOUBLE_EQ(x.value, c.value) << c.text;
      EXPECT_EQ(x.unit, c.unit) << c.text;
      EXPECT_EQ(x.approximate, c.approximate) << c.text;
      if (c.value_max > 0) {
        ASSERT_TRUE(x.value_max.has_value()) << c.text;
        EXPECT_DOUBLE_EQ(*x.value_max, c.value_max) << c.text;
      }
    }
    EXPECT_TRUE(hit) << "'" << c.expr << "' not found in " << c.text;
  }
}

TEST(Quantities, NotInsideDatesNamesOrCodes) {
  auto stage = MakeStage("");
  Document d = Doc(
      "On Feb. 1, 2022, the COVID-19 unit at No. 10 said one of them left "
      "for 10 years.",
      "2022-02-01");
  ASSERT_TRUE(stage->Annotate(d).ok());
  for (const Quantity& q : d.quantities)
    ADD_FAILURE() << "unexpected quantity '" << d.Text(q.span) << "'";
}

// ---- Published date -----------------------------------------------------------

Entity OfficeHolder(const char* name, const char* code, int from, int to) {
  Entity e;
  e.name = name;
  e.candidates.push_back(DatedCode{code, from, to});
  return e;
}

const char kSeedLike[] =
    "Russian President Vladimir Putin on Tuesday, Feb. 1, accused the United "
    "States of ignoring Russia's demands.\n\nPresident Joe Biden warned on "
    "Monday that Russia would face retaliation. Lavrov and Blinken spoke "
    "Tuesday. The document was not disclosed last week.";

TEST(PublishedDate, WeekdayWithDateAndTenurePickTheYear) {
  // Tuesday, Feb. 1 falls in 2005, 2011, 2022, 2028; the office-holders
  // named hold office only in 2022.
  Document d = Doc(kSeedLike);
  d.entities.push_back(
      OfficeHolder("Joe Biden", "USAGOV", 20210120, 20250120));
  d.entities.push_back(
      OfficeHolder("Antony Blinken", "USAGOV", 20210126, 20250120));
  // An untitled mention: dated periods and an undated fallback; it does not
  // constrain the date.
  Entity putin = OfficeHolder("Vladimir Putin", "RUSGOV", 20000507, 20080507);
  putin.candidates.push_back(DatedCode{"RUS", 0, 0});
  d.entities.push_back(putin);
  auto stage = MakeStage("2026-11-26");
  ASSERT_TRUE(stage->Annotate(d).ok());
  EXPECT_EQ(d.published, "2022-02-01");
  EXPECT_EQ(d.published_from, PublishedFrom::kInferred);
  // Actors resolved for the inferred date.
  EXPECT_EQ(d.entities[0].actor, "USAGOV");
  EXPECT_EQ(d.entities[0].country, "USA");
  EXPECT_EQ(d.entities[2].actor, "RUS");  // the undated fallback in 2022
  // And the text's times resolved against it.
  std::vector<std::pair<std::string, std::string>> got;
  for (const TimeExpr& t : d.times) got.emplace_back(d.Text(t.span), t.value);
  std::vector<std::pair<std::string, std::string>> want = {
      {"Tuesday, Feb. 1", "2022-02-01"},
      {"Monday", "2022-01-31"},
      {"Tuesday", "2022-02-01"},
      {"last week", "2022-W04"}};
  EXPECT_EQ(got, want);
}

TEST(PublishedDate, TheReferenceDateBoundsTheSearch) {
  // Same article, but the reference date is in 2011: 2022 is out of reach,
  // and no office-holder's tenure covers 2011 or 2005.
  Document d = Doc(kSeedLike);
  d.entities.push_back(
      OfficeHolder("Joe Biden", "USAGOV", 20210120, 20250120));
  auto stage = MakeStage("2011-06-01");
  ASSERT_TRUE(stage->Annotate(d).ok());
  EXPECT_EQ(d.published, "2011-02-01");  // within a year of the reference
  EXPECT_EQ(d.published_from, PublishedFrom::kInferred);
}

TEST(PublishedDate, NoEvidenceNoDate) {
  Document d = Doc(kSeedLike);
  auto stage = MakeStage("2026-11-26");
  ASSERT_TRUE(stage->Annotate(d).ok());
  EXPECT_EQ(d.published, "");
  EXPECT_EQ(d.published_from, PublishedFrom::kNone);
  // Values stay underspecified rather than wrong.
  ASSERT_FALSE(d.times.empty());
  EXPECT_EQ(d.times[0].value, "XXXX-02-01");
}

TEST(PublishedDate, TenureTiesGoToTheLatestYear) {
  Document d = Doc("WASHINGTON - On Tuesday, Feb. 1, the president spoke.");
  d.entities.push_back(OfficeHolder("Someone", "USAGOV", 19900101, 0));
  EXPECT_EQ(OfficeHoldersOn(d, Date{2011, 2, 1}), 1);
  auto stage = MakeStage("2026-11-26");
  ASSERT_TRUE(stage->Annotate(d).ok());
  EXPECT_EQ(d.published, "2022-02-01");
}

TEST(PublishedDate, DatelineGivesTheDay) {
  struct {
    const char* text;
    const char* reference;
    const char* published;
  } cases[] = {
      {"MOSCOW, Feb 1 (Reuters) - Russia said on Tuesday it would respond.",
       "2022-06-01", "2022-02-01"},
      {"WASHINGTON, Feb. 1, 2022 - The White House said.", "2026-01-01",
       "2022-02-01"},
      {"Headline here\n\nBy Jane Marlow · February 26, 2022\n\nRussia vetoed.",
       "2026-01-01", "2022-02-26"},
  };
  for (const auto& c : cases) {
    Document d = Doc(c.text);
    auto stage = MakeStage(c.reference);
    ASSERT_TRUE(stage->Annotate(d).ok());
    EXPECT_EQ(d.published, c.published) << c.text;
    EXPECT_EQ(d.published_from, PublishedFrom::kText) << c.text;
  }
}

TEST(PublishedDate, LeadWeekdayPicksTheDatelineYear) {
  // June 16 is a Wednesday in 2021 and 2027, a Thursday in 2022; the office
  // holder's tenure leaves 2021..2024, and the lead's "Wednesday" picks 2021.
  Document d = Doc(
      "GENEVA, June 16 (Newsmill) - The two presidents agreed on Wednesday "
      "to return their ambassadors.");
  d.entities.push_back(OfficeHolder("Joe Biden", "USAGOV", 20210120, 20250120));
  auto stage = MakeStage("2026-11-26");
  ASSERT_TRUE(stage->Annotate(d).ok());
  EXPECT_EQ(d.published, "2021-06-16");
  EXPECT_EQ(d.published_from, PublishedFrom::kText);
}

TEST(PublishedDate, GivenDateIsKept) {
  Document d = Doc("MOSCOW, Feb 1 (Reuters) - Talks failed.", "2021-05-05");
  d.published_from = PublishedFrom::kInput;
  auto stage = MakeStage("");
  ASSERT_TRUE(stage->Annotate(d).ok());
  EXPECT_EQ(d.published, "2021-05-05");
  EXPECT_EQ(d.published_from, PublishedFrom::kInput);
}

// ---- Tense from the syntax layer --------------------------------------------

TEST(TimesStage, ClauseTenseWinsOverTheWordGuess) {
  // The words say past ("met"); a (hand-made) syntax layer says future.
  Document d = Doc("They met Friday.", "2022-02-01");
  d.sentences.push_back(Sentence{Span{0, 16}, 0, 4, 0});
  const uint32_t spans[][2] = {{0, 4}, {5, 8}, {9, 15}, {15, 16}};
  for (const auto& sp : spans) {
    Token t;
    t.span = Span{sp[0], sp[1]};
    d.tokens.push_back(t);
  }
  d.tokens[0].head = 1;
  d.tokens[1].head = -1;
  d.tokens[2].head = 1;  // "Friday" hangs from "met"
  d.tokens[3].head = 1;
  Clause c;
  c.verb = 1;
  c.tense = Tense::kFuture;
  d.clauses.push_back(c);
  auto stage = MakeStage("");
  ASSERT_TRUE(stage->Annotate(d).ok());
  ASSERT_EQ(d.times.size(), 1u);
  EXPECT_EQ(d.times[0].value, "2022-02-04");
  // Without the syntax layer the words decide.
  d.clauses.clear();
  ASSERT_TRUE(stage->Annotate(d).ok());
  ASSERT_EQ(d.times.size(), 1u);
  EXPECT_EQ(d.times[0].value, "2022-01-28");
}

TEST(TimesStage, UntilInAPastPerfectClauseLooksBack) {
  // "They had waited until Friday.": what had held until Friday held until
  // a past Friday; "They will wait until Friday." looks ahead.
  Document d = Doc("They had waited until Friday.", "2022-02-01");
  d.sentences.push_back(Sentence{Span{0, 29}, 0, 6, 0});
  const uint32_t spans[][2] = {{0, 4}, {5, 8}, {9, 15}, {16, 21}, {22, 28}, {28, 29}};
  const int32_t heads[] = {2, 2, -1, 4, 2, 2};
  for (int k = 0; k < 6; ++k) {
    Token t;
    t.span = Span{spans[k][0], spans[k][1]};
    t.head = heads[k];
    d.tokens.push_back(t);
  }
  Clause waited;
  waited.verb = 2;
  waited.first_verb_token = 1;
  waited.tense = Tense::kPast;
  waited.aspect = Aspect::kPerfect;
  d.clauses.push_back(waited);
  auto stage = MakeStage("");
  ASSERT_TRUE(stage->Annotate(d).ok());
  ASSERT_EQ(d.times.size(), 1u);
  EXPECT_EQ(d.times[0].value, "2022-01-28");
  d.clauses[0].tense = Tense::kFuture;
  d.clauses[0].aspect = Aspect::kSimple;
  ASSERT_TRUE(stage->Annotate(d).ok());
  ASSERT_EQ(d.times.size(), 1u);
  EXPECT_EQ(d.times[0].value, "2022-02-04");
}

TEST(TimesStage, ParticipleAfterItsNounIsPast) {
  // "They will appeal the ruling announced Friday.": "announced" (a bare
  // participle modifying "ruling") dates "Friday", not "will appeal".
  Document d = Doc("They will appeal the ruling announced Friday.", "2022-02-01");
  d.sentences.push_back(Sentence{Span{0, 45}, 0, 8, 0});
  const uint32_t spans[][2] = {{0, 4}, {5, 9}, {10, 16}, {17, 20}, {21, 27},
                               {28, 37}, {38, 44}, {44, 45}};
  const int32_t heads[] = {2, 2, -1, 4, 2, 4, 5, 2};
  for (int k = 0; k < 8; ++k) {
    Token t;
    t.span = Span{spans[k][0], spans[k][1]};
    t.head = heads[k];
    d.tokens.push_back(t);
  }
  Clause appeal;
  appeal.verb = 2;
  appeal.first_verb_token = 1;
  appeal.tense = Tense::kFuture;
  Clause announced;
  announced.verb = 5;
  announced.first_verb_token = 5;
  announced.relation = Dep::kAcl;
  announced.passive = true;
  announced.parent = 0;
  d.clauses = {appeal, announced};
  auto stage = MakeStage("");
  ASSERT_TRUE(stage->Annotate(d).ok());
  ASSERT_EQ(d.times.size(), 1u);
  EXPECT_EQ(d.times[0].value, "2022-01-28");
  // A participle with its auxiliary ("to be announced") keeps the tense
  // of what governs it.
  d.clauses[1].first_verb_token = 4;
  ASSERT_TRUE(stage->Annotate(d).ok());
  ASSERT_EQ(d.times.size(), 1u);
  EXPECT_EQ(d.times[0].value, "2022-02-04");
}

TEST(TimesStage, FallbackSentencesKeepAbbreviationsAndDates) {
  std::string text =
      "Putin on Tuesday, Feb. 1, accused the U.S. of lying. Biden spoke "
      "Monday.\nA new line starts here.";
  std::vector<Span> s = FallbackSentences(text);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(text.substr(s[0].begin, s[0].end - s[0].begin),
            "Putin on Tuesday, Feb. 1, accused the U.S. of lying.");
  EXPECT_EQ(text.substr(s[1].begin, s[1].end - s[1].begin),
            "Biden spoke Monday.");
}

TEST(TimesStage, EmptyAndHugeInputs) {
  auto stage = MakeStage("");
  Document empty = Doc("", "2022-02-01");
  EXPECT_TRUE(stage->Annotate(empty).ok());
  EXPECT_TRUE(empty.times.empty());
  std::string big;
  while (big.size() < (4u << 20)) big += "The talks lasted three days in 2014. ";
  Document d = Doc(big, "2022-02-01");
  EXPECT_TRUE(stage->Annotate(d).ok());
  EXPECT_GT(d.times.size(), 100000u);
}

}  // namespace
}  // namespace newsmill
