// The event coder on documents written by hand (tokens, trees, actors):
// one case per behaviour of the coder.
#include "events/event_coder.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "base/strings.h"
#include "events/test_document.h"
#include "newsmill/pipeline.h"

namespace newsmill {
namespace {

class EventCoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto book = Codebook::Load("");
    ASSERT_TRUE(book.ok()) << book.status().ToString();
    book_ = std::move(book.value());
    auto frames = FrameTable::Load("");
    ASSERT_TRUE(frames.ok()) << frames.status().ToString();
    frames_ = std::move(frames.value());
    VerbLexiconOptions vo;
    auto verbs = VerbLexicon::Load(vo);
    ASSERT_TRUE(verbs.ok()) << verbs.status().ToString();
    verbs_ = std::move(verbs.value());
    CoderResources r;
    r.verbs = verbs_.get();
    r.codebook = book_.get();
    r.frames = frames_.get();
    r.agent_sector = [](std::string_view noun) -> std::string {
      if (noun == "troops" || noun == "troop" || noun == "soldiers") return "MIL";
      if (noun == "police") return "COP";
      if (noun == "officials" || noun == "official") return "GOV";
      return "";
    };
    coder_ = std::make_unique<EventCoder>(r);
  }
  std::vector<Event> Code(TestDoc& d) {
    Document& doc = d.Build();
    coder_->Code(doc);
    return doc.events;
  }
  // The summaries of the events of a sentence with France at token 0 and
  // Germany at token `germany`.
  std::vector<std::string> FranceGermany(std::string_view spec, uint32_t germany) {
    TestDoc d(spec);
    d.Entity("France", "FRA", EntityType::kCountry, {{0, 1}});
    d.Entity("Germany", "DEU", EntityType::kCountry, {{germany, germany + 1}});
    return Summaries(Code(d));
  }
  static std::string Summary(const Event& e) {
    return e.source.actor + ">" + (e.target ? e.target->actor : std::string("-")) + ":" + e.code;
  }
  static std::vector<std::string> Summaries(const std::vector<Event>& ev) {
    std::vector<std::string> out;
    for (const Event& e : ev) out.push_back(Summary(e));
    return out;
  }

  std::unique_ptr<Codebook> book_;
  std::unique_ptr<FrameTable> frames_;
  std::unique_ptr<VerbLexicon> verbs_;
  std::unique_ptr<EventCoder> coder_;
};

using Strings = std::vector<std::string>;
Strings Sorted(Strings v) {
  std::sort(v.begin(), v.end());
  return v;
}

TEST_F(EventCoderTest, VerbOfTwoBlocksTakesTheOneWhoseTargetIsThere) {
  // "welcome" hosts a visitor (043) but endorses a decision (051): the
  // first block needs an actor as object; the second finds the owner.
  TestDoc d("France/PROPN/1/nsubj welcomed/VERB/-1/root/welcome Russia/PROPN/4/nmod:poss "
            "'s/PART/2/case decision/NOUN/1/obj ./PUNCT/1/punct");
  d.Entity("France", "FRA", EntityType::kCountry, {{0, 1}});
  d.Entity("Russia", "RUS", EntityType::kCountry, {{2, 3}});
  EXPECT_EQ(Summaries(Code(d)), Strings({"FRA>RUS:051"}));
  TestDoc host("Putin/PROPN/1/nsubj welcomed/VERB/-1/root/welcome Modi/PROPN/1/obj "
               "./PUNCT/1/punct");
  host.Entity("Vladimir Putin", "RUSGOV", EntityType::kPerson, {{0, 1}});
  host.Entity("Narendra Modi", "INDGOV", EntityType::kPerson, {{2, 3}});
  EXPECT_EQ(Summaries(Code(host)), Strings({"RUSGOV>INDGOV:043"}));
}

TEST_F(EventCoderTest, DescriptionBeforeANameIsThatName) {
  // "French car maker Peugeot": the company, not France.
  TestDoc d("Nissan/PROPN/1/nsubj criticised/VERB/-1/root/criticise French/ADJ/4/amod "
            "car/NOUN/4/compound maker/NOUN/1/obj Peugeot/PROPN/4/flat ./PUNCT/1/punct");
  d.Entity("Nissan", "JPNBUS", EntityType::kOrganization, {{0, 1}});
  d.Entity("France", "FRA", EntityType::kCountry, {{2, 3}}, MentionForm::kAdjective);
  d.Entity("Peugeot", "FRABUS", EntityType::kOrganization, {{5, 6}});
  EXPECT_EQ(Summaries(Code(d)), Strings({"JPNBUS>FRABUS:111"}));
}

TEST_F(EventCoderTest, UncodedAgentObjectIsTheTarget) {
  // "criticised officials for ...": the target is the officials, whose
  // country the sentence does not say, not the next actor named.
  TestDoc d("Britain/PROPN/1/nsubj criticised/VERB/-1/root/criticise officials/NOUN/1/obj/official "
            "for/SCONJ/4/mark praising/VERB/1/advcl/praise Russia/PROPN/4/obj ./PUNCT/1/punct");
  d.Entity("United Kingdom", "GBR", EntityType::kCountry, {{0, 1}});
  d.Entity("Russia", "RUS", EntityType::kCountry, {{5, 6}});
  int criticisms = 0;
  for (const Event& e : Code(d)) {
    if (e.code.substr(0, 2) != "11") continue;
    ++criticisms;
    EXPECT_FALSE(e.target.has_value()) << Summary(e);
  }
  EXPECT_EQ(criticisms, 1);
}

TEST_F(EventCoderTest, AttackOverAnIssueIsCriticism) {
  // "Britain attacked France over fishing": words (111), not force (190).
  TestDoc d("Britain/PROPN/1/nsubj attacked/VERB/-1/root/attack France/PROPN/1/obj "
            "over/ADP/4/case fishing/NOUN/1/obl ./PUNCT/1/punct");
  d.Entity("United Kingdom", "GBR", EntityType::kCountry, {{0, 1}});
  d.Entity("France", "FRA", EntityType::kCountry, {{2, 3}});
  EXPECT_EQ(Summaries(Code(d)), Strings({"GBR>FRA:111"}));
  TestDoc force("Russia/PROPN/1/nsubj attacked/VERB/-1/root/attack Georgia/PROPN/1/obj "
                "./PUNCT/1/punct");
  force.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}});
  force.Entity("Georgia", "GEO", EntityType::kCountry, {{2, 3}});
  EXPECT_EQ(Summaries(Code(force)), Strings({"RUS>GEO:190"}));
}

TEST_F(EventCoderTest, PartiesAndPeopleAttackInWords) {
  TestDoc party("Labour/PROPN/1/nsubj attacked/VERB/-1/root/attack Russia/PROPN/1/obj "
                "./PUNCT/1/punct");
  party.Entity("Labour Party", "GBRPTY", EntityType::kOrganization, {{0, 1}});
  party.Entity("Russia", "RUS", EntityType::kCountry, {{2, 3}});
  EXPECT_EQ(Summaries(Code(party)), (Strings{"GBRPTY>RUS:111"}));
  TestDoc army("Troops/NOUN/1/nsubj attacked/VERB/-1/root/attack Russia/PROPN/1/obj "
               "./PUNCT/1/punct");
  army.Entity("Ukrainian troops", "UKRMIL", EntityType::kGroup, {{0, 1}});
  army.Entity("Russia", "RUS", EntityType::kCountry, {{2, 3}});
  EXPECT_EQ(Summaries(Code(army)), (Strings{"UKRMIL>RUS:190"}));
  // A leader attacks a state with force, people in words.
  TestDoc state("Putin/PROPN/1/nsubj attacked/VERB/-1/root/attack Ukraine/PROPN/1/obj "
                "./PUNCT/1/punct");
  state.Entity("Vladimir Putin", "RUSGOV", EntityType::kPerson, {{0, 1}});
  state.Entity("Ukraine", "UKR", EntityType::kCountry, {{2, 3}});
  EXPECT_EQ(Summaries(Code(state)), (Strings{"RUSGOV>UKR:190"}));
  TestDoc people("Putin/PROPN/1/nsubj attacked/VERB/-1/root/attack Ukrainian/ADJ/3/amod "
                 "nationalists/NOUN/1/obj ./PUNCT/1/punct");
  people.Entity("Vladimir Putin", "RUSGOV", EntityType::kPerson, {{0, 1}});
  people.Entity("Ukraine", "UKR", EntityType::kCountry, {{2, 3}}, MentionForm::kAdjective);
  ASSERT_EQ(Code(people).size(), 1u);
  EXPECT_EQ(Code(people)[0].code, "111");
  // Parties clash in words too.
  TestDoc clash("Labour/PROPN/1/nsubj clashed/VERB/-1/root/clash with/ADP/3/case "
                "Russia/PROPN/1/obl ./PUNCT/1/punct");
  clash.Entity("Labour Party", "GBRPTY", EntityType::kOrganization, {{0, 1}});
  clash.Entity("Russia", "RUS", EntityType::kCountry, {{3, 4}});
  EXPECT_EQ(Summaries(Code(clash)), (Strings{"GBRPTY>RUS:111"}));
}

TEST_F(EventCoderTest, ClauseIntroducedByWithoutIsNegated) {
  // "... without attacking Tbilisi": the attack did not happen.
  TestDoc d("Russia/PROPN/1/nsubj entered/VERB/-1/root/enter Georgia/PROPN/1/obj "
            "without/SCONJ/4/mark attacking/VERB/1/advcl/attack Tbilisi/PROPN/4/obj "
            "./PUNCT/1/punct");
  d.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}});
  d.Entity("Georgia", "GEO", EntityType::kCountry, {{2, 3}});
  d.Entity("Tbilisi", "GEO", EntityType::kPlace, {{5, 6}});
  int attacks = 0;
  for (const Event& e : Code(d)) {
    if (e.code.substr(0, 2) != "19") continue;
    ++attacks;
    EXPECT_EQ(e.mode, EventMode::kNegated) << Summary(e);
  }
  EXPECT_EQ(attacks, 1);
}

TEST_F(EventCoderTest, SeizingWantsATerritoryOrAnActor) {
  TestDoc town("Russia/PROPN/1/nsubj seized/VERB/-1/root/seize Kherson/PROPN/1/obj "
               "./PUNCT/1/punct");
  town.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}});
  town.Entity("Ukraine", "UKR", EntityType::kPlace, {{2, 3}});
  EXPECT_EQ(Summaries(Code(town)), (Strings{"RUS>UKR:192"}));
  // An office or a chance taken, or nothing named: no event.
  TestDoc post("Russia/PROPN/1/nsubj took/VERB/-1/root/take over/ADP/1/compound:prt "
               "the/DET/4/det presidency/NOUN/1/obj of/ADP/6/case UN/PROPN/4/nmod "
               "./PUNCT/1/punct");
  post.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}});
  post.Entity("United Nations", "IGOUNO", EntityType::kOrganization, {{6, 7}});
  EXPECT_TRUE(Code(post).empty());
  TestDoc chance("Russia/PROPN/1/nsubj seized/VERB/-1/root/seize the/DET/3/det "
                 "initiative/NOUN/1/obj ./PUNCT/1/punct");
  chance.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}});
  EXPECT_TRUE(Code(chance).empty());
  // (Assets seized are confiscated: 1711, of the COERCE block.)
  TestDoc assets("Russia/PROPN/1/nsubj seized/VERB/-1/root/seize the/DET/3/det "
                 "assets/NOUN/1/obj ./PUNCT/1/punct");
  assets.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}});
  ASSERT_EQ(Code(assets).size(), 1u);
  EXPECT_EQ(Code(assets)[0].code, "1711");
}

TEST_F(EventCoderTest, ReturningSomewhereIsNoRelease) {
  // "return" without an object is a journey, not a release (084).
  TestDoc d("Putin/PROPN/1/nsubj returned/VERB/-1/root/return to/ADP/3/case "
            "Moscow/PROPN/1/obl ./PUNCT/1/punct");
  d.Entity("Vladimir Putin", "RUSGOV", EntityType::kPerson, {{0, 1}});
  d.Entity("Moscow", "RUS", EntityType::kPlace, {{3, 4}});
  EXPECT_TRUE(Code(d).empty());
  TestDoc freed("Egypt/PROPN/1/nsubj returned/VERB/-1/root/return the/DET/3/det "
                "prisoner/NOUN/1/obj to/ADP/5/case Israel/PROPN/1/obl ./PUNCT/1/punct");
  freed.Entity("Egypt", "EGY", EntityType::kCountry, {{0, 1}});
  freed.Entity("Israel", "ISR", EntityType::kCountry, {{5, 6}});
  auto ev = Code(freed);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code.substr(0, 3), "084");
}

TEST_F(EventCoderTest, WhatSomeoneIsSuspectedOfIsNoEvent) {
  // "Britain suspected Libya of attacking France": a suspicion, no attack.
  TestDoc d("Britain/PROPN/1/nsubj suspected/VERB/-1/root/suspect Libya/PROPN/1/obj "
            "of/SCONJ/4/mark attacking/VERB/1/advcl/attack France/PROPN/4/obj ./PUNCT/1/punct");
  d.Entity("United Kingdom", "GBR", EntityType::kCountry, {{0, 1}});
  d.Entity("Libya", "LBY", EntityType::kCountry, {{2, 3}});
  d.Entity("France", "FRA", EntityType::kCountry, {{5, 6}});
  for (const Event& e : Code(d)) EXPECT_NE(e.code.substr(0, 2), "19") << Summary(e);
}

TEST_F(EventCoderTest, CompoundActorCodesGiveOneEventPerCode) {
  // A user dictionary's compound code ("THE_SHIRE [FRO/BIL/SAM]") names
  // several actors at once: one event per pair of codes.
  TestDoc d("Putin/PROPN/1/nsubj accused/VERB/-1/root/accuse the/DET/3/det "
            "Alliance/PROPN/1/obj ./PUNCT/1/punct");
  d.Entity("Vladimir Putin", "RUSGOV", EntityType::kPerson, {{0, 1}});
  d.Entity("Alliance", "AAA/BBB", EntityType::kCountry, {{3, 4}});
  EXPECT_EQ(Sorted(Summaries(Code(d))), Sorted({"RUSGOV>AAA:112", "RUSGOV>BBB:112"}));
}

TEST_F(EventCoderTest, AccusationWithPatternFillsEveryField) {
  TestDoc d("Putin/PROPN/1/nsubj accused/VERB/-1/root/accuse the/DET/4/det "
            "United/PROPN/4/compound States/PROPN/1/obj of/ADP/6/case "
            "aggression/NOUN/1/obl ./PUNCT/1/punct");
  d.Entity("Vladimir Putin", "RUSGOV", EntityType::kPerson, {{0, 1}});
  d.Entity("United States", "USA", EntityType::kCountry, {{3, 5}});
  auto ev = Code(d);
  ASSERT_EQ(ev.size(), 1u);
  const Event& e = ev[0];
  EXPECT_EQ(e.code, "1123");  // accuse of aggression
  EXPECT_EQ(e.root, "11");
  EXPECT_EQ(e.quad, 3);
  EXPECT_DOUBLE_EQ(e.goldstein, -2.0);
  EXPECT_EQ(e.plover, "ACCUSE");
  EXPECT_EQ(e.source.actor, "RUSGOV");
  EXPECT_EQ(e.source.country, "RUS");
  EXPECT_EQ(e.source.name, "Vladimir Putin");
  ASSERT_TRUE(e.target);
  EXPECT_EQ(e.target->actor, "USA");
  EXPECT_EQ(e.date, "2022-02-01");
  EXPECT_EQ(e.mode, EventMode::kAsserted);
  EXPECT_EQ(d.doc().Text(e.cue), "accused");
  EXPECT_EQ(e.group, 1);
  EXPECT_GT(e.confidence, 0.5f);
}

TEST_F(EventCoderTest, PassiveTakesSourceFromByPhrase) {
  TestDoc d("Ukraine/PROPN/2/nsubj:pass was/AUX/2/aux:pass/be attacked/VERB/-1/root/attack "
            "by/ADP/4/case Russia/PROPN/2/obl:agent ./PUNCT/2/punct");
  d.Entity("Ukraine", "UKR", EntityType::kCountry, {{0, 1}});
  d.Entity("Russia", "RUS", EntityType::kCountry, {{4, 5}});
  EXPECT_EQ(Summaries(Code(d)), (Strings{"RUS>UKR:190"}));
}

TEST_F(EventCoderTest, CoordinatedSubjectsOfSymmetricVerbActOnEachOther) {
  TestDoc d("Lavrov/PROPN/3/nsubj and/CCONJ/2/cc Blinken/PROPN/0/conj spoke/VERB/-1/root/speak "
            "Tuesday/PROPN/3/obl:tmod ./PUNCT/3/punct",
            "2022-02-03");
  d.Entity("Sergei Lavrov", "RUSGOV", EntityType::kPerson, {{0, 1}});
  d.Entity("Antony Blinken", "USAGOV", EntityType::kPerson, {{2, 3}});
  d.Time(4, 5, "2022-02-01");
  auto ev = Code(d);
  EXPECT_EQ(Sorted(Summaries(ev)), Sorted(Strings{"RUSGOV>USAGOV:040", "USAGOV>RUSGOV:040"}));
  for (const Event& e : ev) EXPECT_EQ(e.date, "2022-02-01");  // the clause's date
}

TEST_F(EventCoderTest, CoordinatedSubjectsOfAcceptEachAcceptTheObject) {
  // "agreed" is symmetric; what two actors accept, each accepts.
  TestDoc agreed(
      "Lavrov/PROPN/3/nsubj and/CCONJ/2/cc Blinken/PROPN/0/conj agreed/VERB/-1/root/agree "
      "./PUNCT/3/punct");
  agreed.Entity("Sergei Lavrov", "RUSGOV", EntityType::kPerson, {{0, 1}});
  agreed.Entity("Antony Blinken", "USAGOV", EntityType::kPerson, {{2, 3}});
  EXPECT_EQ(Sorted(Summaries(Code(agreed))),
            Sorted(Strings{"RUSGOV>USAGOV:030", "USAGOV>RUSGOV:030"}));
  TestDoc accepted("Lavrov/PROPN/3/nsubj and/CCONJ/2/cc Blinken/PROPN/0/conj "
                   "accepted/VERB/-1/root/accept the/DET/5/det offer/NOUN/3/obj ./PUNCT/3/punct");
  accepted.Entity("Sergei Lavrov", "RUSGOV", EntityType::kPerson, {{0, 1}});
  accepted.Entity("Antony Blinken", "USAGOV", EntityType::kPerson, {{2, 3}});
  EXPECT_EQ(Sorted(Summaries(Code(accepted))), Sorted(Strings{"RUSGOV>-:030", "USAGOV>-:030"}));
}

TEST_F(EventCoderTest, CoordinatedSubjectsWhoPhonePeoplePhoneOthers) {
  TestDoc d("Labour/PROPN/3/nsubj and/CCONJ/2/cc Tories/PROPN/0/conj "
            "telephoned/VERB/-1/root/telephone voters/NOUN/3/obj/voter");
  d.Entity("Labour Party", "GBRPTY", EntityType::kOrganization, {{0, 1}});
  d.Entity("Conservative Party", "GBRPTY", EntityType::kOrganization, {{2, 3}});
  EXPECT_TRUE(Code(d).empty());
}

TEST_F(EventCoderTest, EndUpIsNoAct) {
  // "ended up with weaker ties to Russia": a result; "ended ties" reduces them.
  TestDoc up("Ukraine/PROPN/1/nsubj ended/VERB/-1/root/end up/ADP/1/compound:prt "
             "with/ADP/5/case weaker/ADJ/5/amod ties/NOUN/1/obl/tie to/ADP/7/case "
             "Russia/PROPN/5/nmod");
  up.Entity("Ukraine", "UKR", EntityType::kCountry, {{0, 1}});
  up.Entity("Russia", "RUS", EntityType::kCountry, {{7, 8}});
  EXPECT_TRUE(Code(up).empty());
  TestDoc ended("Ukraine/PROPN/1/nsubj ended/VERB/-1/root/end ties/NOUN/1/obj/tie "
                "with/ADP/4/case Russia/PROPN/2/nmod");
  ended.Entity("Ukraine", "UKR", EntityType::kCountry, {{0, 1}});
  ended.Entity("Russia", "RUS", EntityType::kCountry, {{4, 5}});
  auto ev = Code(ended);
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0].root, "16");
}

TEST_F(EventCoderTest, CallingSomethingANameIsNoCall) {
  // "called the plan absurd": a predicate after the object names it.
  TestDoc named("Lavrov/PROPN/1/nsubj called/VERB/-1/root/call Blinken/PROPN/1/obj "
                "naive/ADJ/1/xcomp");
  named.Entity("Sergei Lavrov", "RUSGOV", EntityType::kPerson, {{0, 1}});
  named.Entity("Antony Blinken", "USAGOV", EntityType::kPerson, {{2, 3}});
  EXPECT_TRUE(Code(named).empty());
  TestDoc phoned("Lavrov/PROPN/1/nsubj called/VERB/-1/root/call Blinken/PROPN/1/obj "
                 "Tuesday/PROPN/1/obl:tmod");
  phoned.Entity("Sergei Lavrov", "RUSGOV", EntityType::kPerson, {{0, 1}});
  phoned.Entity("Antony Blinken", "USAGOV", EntityType::kPerson, {{2, 3}});
  EXPECT_EQ(Summaries(Code(phoned)), Strings{"RUSGOV>USAGOV:041"});
}

TEST_F(EventCoderTest, NegatedEventIsMarkedNegated) {
  TestDoc d("Russia/PROPN/3/nsubj did/AUX/3/aux/do not/PART/3/advmod attack/VERB/-1/root "
            "Ukraine/PROPN/3/obj ./PUNCT/3/punct");
  d.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}});
  d.Entity("Ukraine", "UKR", EntityType::kCountry, {{4, 5}});
  auto ev = Code(d);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].mode, EventMode::kNegated);
  EXPECT_EQ(ev[0].code, "190");
}

TEST_F(EventCoderTest, MayTalkIsHypotheticalIntentToMeet) {
  TestDoc d("Biden/PROPN/4/nsubj and/CCONJ/2/cc Putin/PROPN/0/conj may/AUX/4/aux "
            "talk/VERB/-1/root ./PUNCT/4/punct");
  d.Entity("Joe Biden", "USAGOV", EntityType::kPerson, {{0, 1}});
  d.Entity("Vladimir Putin", "RUSGOV", EntityType::kPerson, {{2, 3}});
  auto ev = Code(d);
  EXPECT_EQ(Sorted(Summaries(ev)), Sorted(Strings{"USAGOV>RUSGOV:036", "RUSGOV>USAGOV:036"}));
  for (const Event& e : ev) EXPECT_EQ(e.mode, EventMode::kHypothetical);
}

TEST_F(EventCoderTest, ThreatTakesItsCodeAndTargetFromTheInfinitive) {
  TestDoc d("Iran/PROPN/1/nsubj threatened/VERB/-1/root/threaten to/PART/3/mark "
            "shell/VERB/1/xcomp Iraqi/ADJ/5/amod towns/NOUN/3/obj/town ./PUNCT/1/punct");
  d.Entity("Iran", "IRN", EntityType::kCountry, {{0, 1}});
  int iraq = d.Entity("Iraq", "IRQ", EntityType::kCountry, {});
  d.Adjective(iraq, 4);
  auto ev = Code(d);
  // 138: threaten to use military force; the shelling itself is not coded.
  EXPECT_EQ(Summaries(ev), (Strings{"IRN>IRQ:138"}));
}

TEST_F(EventCoderTest, AppealTakesItsCodeFromWhatIsAskedFor) {
  TestDoc d("Germany/PROPN/1/nsubj urged/VERB/-1/root/urge Russia/PROPN/1/obj to/PART/4/mark "
            "withdraw/VERB/1/xcomp its/PRON/6/nmod:poss troops/NOUN/4/obj/troop ./PUNCT/1/punct");
  d.Entity("Germany", "DEU", EntityType::kCountry, {{0, 1}});
  d.Entity("Russia", "RUS", EntityType::kCountry, {{2, 3}});
  EXPECT_EQ(Summaries(Code(d)), (Strings{"DEU>RUS:0256"}));
}

TEST_F(EventCoderTest, FirstPersonInAQuoteIsTheSpeakerAndAWillAttackIsAThreat) {
  TestDoc d("\"/PUNCT/3/punct We/PRON/3/nsubj/we will/AUX/3/aux attack/VERB/8/ccomp "
            "Ukraine/PROPN/3/obj ,/PUNCT/3/punct \"/PUNCT/3/punct Putin/PROPN/8/nsubj "
            "said/VERB/-1/root/say ./PUNCT/8/punct");
  int putin = d.Entity("Vladimir Putin", "RUSGOV", EntityType::kPerson, {{7, 8}});
  d.Entity("Ukraine", "UKR", EntityType::kCountry, {{4, 5}});
  d.Quote(1, 6, putin);
  auto ev = Code(d);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(Summary(ev[0]), "RUSGOV>UKR:138");
  EXPECT_EQ(ev[0].mode, EventMode::kAsserted);  // the threat is Putin's own act
}

TEST_F(EventCoderTest, EventInsideAQuotationIsClaimedByTheSpeaker) {
  TestDoc d("\"/PUNCT/2/punct Russia/PROPN/2/nsubj attacked/VERB/7/ccomp/attack "
            "Ukraine/PROPN/2/obj ,/PUNCT/2/punct \"/PUNCT/2/punct Biden/PROPN/7/nsubj "
            "said/VERB/-1/root/say ./PUNCT/7/punct");
  d.Entity("Russia", "RUS", EntityType::kCountry, {{1, 2}});
  d.Entity("Ukraine", "UKR", EntityType::kCountry, {{3, 4}});
  int biden = d.Entity("Joe Biden", "USAGOV", EntityType::kPerson, {{6, 7}});
  d.Quote(1, 5, biden);
  auto ev = Code(d);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(Summary(ev[0]), "RUS>UKR:190");
  EXPECT_EQ(ev[0].mode, EventMode::kClaimed);
  EXPECT_EQ(ev[0].reported_by, "Joe Biden");
}

TEST_F(EventCoderTest, MustInReportedSpeechIsADemandByTheSpeaker) {
  TestDoc d("Russia/PROPN/1/nsubj said/VERB/-1/root/say Sudan/PROPN/4/nsubj must/AUX/4/aux "
            "return/VERB/1/ccomp the/DET/6/det helicopter/NOUN/4/obj ./PUNCT/1/punct");
  d.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}});
  d.Entity("Sudan", "SDN", EntityType::kCountry, {{2, 3}});
  auto ev = Code(d);
  EXPECT_EQ(Summaries(ev), (Strings{"RUS>SDN:1053"}));  // demand release/return
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].mode, EventMode::kAsserted);
}

TEST_F(EventCoderTest, SupportVerbTakesTheEventOfItsObjectAndPlaceIsTheLocation) {
  TestDoc d("Russia/PROPN/3/nsubj and/CCONJ/2/cc Ukraine/PROPN/0/conj held/VERB/-1/root/hold "
            "talks/NOUN/3/obj/talk in/ADP/6/case Geneva/PROPN/3/obl ./PUNCT/3/punct");
  d.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}});
  d.Entity("Ukraine", "UKR", EntityType::kCountry, {{2, 3}});
  d.Entity("Geneva", "CHE", EntityType::kPlace, {{6, 7}});
  auto ev = Code(d);
  EXPECT_EQ(Sorted(Summaries(ev)), Sorted(Strings{"RUS>UKR:040", "UKR>RUS:040"}));
  for (const Event& e : ev) {
    ASSERT_TRUE(e.location);
    EXPECT_EQ(e.location->name, "Geneva");
    EXPECT_EQ(d.doc().Text(e.cue), "held talks");
  }
}

TEST_F(EventCoderTest, AgentNounWithCountryAdjectiveGetsTheSector) {
  TestDoc d("Russian/ADJ/1/amod troops/NOUN/2/nsubj/troop attacked/VERB/-1/root/attack "
            "Ukrainian/ADJ/4/amod villages/NOUN/2/obj/village ./PUNCT/2/punct");
  int rus = d.Entity("Russia", "RUS", EntityType::kCountry, {});
  int ukr = d.Entity("Ukraine", "UKR", EntityType::kCountry, {});
  d.Adjective(rus, 0);
  d.Adjective(ukr, 3);
  EXPECT_EQ(Summaries(Code(d)), (Strings{"RUSMIL>UKR:190"}));
}

TEST_F(EventCoderTest, ConditionIsNotAnEvent) {
  TestDoc d("If/SCONJ/2/mark Russia/PROPN/2/nsubj attacks/VERB/7/advcl/attack "
            "Ukraine/PROPN/2/obj ,/PUNCT/7/punct it/PRON/7/nsubj will/AUX/7/aux "
            "face/VERB/-1/root sanctions/NOUN/7/obj/sanction ./PUNCT/7/punct");
  d.Entity("Russia", "RUS", EntityType::kCountry, {{1, 2}});
  d.Entity("Ukraine", "UKR", EntityType::kCountry, {{3, 4}});
  EXPECT_TRUE(Code(d).empty());
}

TEST_F(EventCoderTest, DeploymentWhereIsTargetedAtThePlace) {
  TestDoc d("Tensions/NOUN/1/nsubj/tension rose/VERB/-1/root/rise over/ADP/3/case "
            "Ukraine/PROPN/1/obl ,/PUNCT/3/punct where/ADV/8/advmod Russia/PROPN/8/nsubj "
            "has/AUX/8/aux/have deployed/VERB/3/acl:relcl/deploy troops/NOUN/8/obj/troop "
            "./PUNCT/1/punct");
  d.Entity("Ukraine", "UKR", EntityType::kCountry, {{3, 4}});
  d.Entity("Russia", "RUS", EntityType::kCountry, {{6, 7}});
  auto ev = Code(d);
  EXPECT_EQ(Summaries(ev), (Strings{"RUS>UKR:154"}));
  ASSERT_EQ(ev.size(), 1u);
  ASSERT_TRUE(ev[0].location);
  EXPECT_EQ(ev[0].location->name, "Ukraine");
}

TEST_F(EventCoderTest, MentionsOfTheSameInteractionShareAGroup) {
  TestDoc d("Russia/PROPN/1/nsubj accused/VERB/-1/root/accuse Ukraine/PROPN/1/obj "
            "./PUNCT/1/punct || Russia/PROPN/1/nsubj accused/VERB/-1/root/accuse "
            "Ukraine/PROPN/1/obj again/ADV/1/advmod ./PUNCT/1/punct || "
            "Russia/PROPN/1/nsubj criticized/VERB/-1/root/criticize Ukraine/PROPN/1/obj "
            "./PUNCT/1/punct");
  d.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}, {4, 5}, {9, 10}});
  d.Entity("Ukraine", "UKR", EntityType::kCountry, {{2, 3}, {6, 7}, {11, 12}});
  auto ev = Code(d);
  ASSERT_EQ(ev.size(), 3u);
  EXPECT_EQ(ev[0].group, ev[1].group);
  EXPECT_NE(ev[0].group, ev[2].group);
  EXPECT_EQ(ev[1].sentence, 1u);
}

TEST_F(EventCoderTest, WithoutSyntaxTheShallowReadingCodesActorVerbActor) {
  TestDoc d("Russia accused Ukraine of aggression .", "2022-02-01", /*with_syntax=*/false);
  d.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}});
  d.Entity("Ukraine", "UKR", EntityType::kCountry, {{2, 3}});
  EXPECT_EQ(Summaries(Code(d)), (Strings{"RUS>UKR:1123"}));
}

TEST_F(EventCoderTest, NoActorsNoEvents) {
  TestDoc d("They/PRON/1/nsubj/they attacked/VERB/-1/root/attack it/PRON/1/obj ./PUNCT/1/punct");
  EXPECT_TRUE(Code(d).empty());
}

TEST_F(EventCoderTest, MustWithAnyVerbInReportedSpeechIsADemand) {
  TestDoc d("Russia/PROPN/1/nsubj said/VERB/-1/root/say Sudan/PROPN/4/nsubj must/AUX/4/aux "
            "reconsider/VERB/1/ccomp its/PRON/6/nmod:poss plans/NOUN/4/obj/plan ./PUNCT/1/punct");
  d.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}});
  d.Entity("Sudan", "SDN", EntityType::kCountry, {{2, 3}});
  EXPECT_EQ(Summaries(Code(d)), (Strings{"RUS>SDN:100"}));
}

TEST_F(EventCoderTest, RefusedPromiseIsARejection) {
  TestDoc d("Syria/PROPN/3/nsubj will/AUX/3/aux not/PART/3/advmod accept/VERB/-1/root "
            "refugees/NOUN/3/obj/refugee ./PUNCT/3/punct");
  d.Entity("Syria", "SYR", EntityType::kCountry, {{0, 1}});
  auto ev = Code(d);
  EXPECT_EQ(Summaries(ev), (Strings{"SYR>-:120"}));
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].mode, EventMode::kAsserted);
}

TEST_F(EventCoderTest, PronounOfReportedSpeechIsTheSpeakerAndWillingnessAnIntent) {
  TestDoc d("Syria/PROPN/1/nsubj says/VERB/-1/root/say it/PRON/4/nsubj is/AUX/4/cop/be "
            "willing/ADJ/1/ccomp to/PART/6/mark withdraw/VERB/4/xcomp its/PRON/8/nmod:poss "
            "troops/NOUN/6/obj/troop from/ADP/10/case Lebanon/PROPN/6/obl ./PUNCT/1/punct");
  d.Entity("Syria", "SYR", EntityType::kCountry, {{0, 1}});
  d.Entity("Lebanon", "LBN", EntityType::kCountry, {{10, 11}});
  auto ev = Code(d);
  // 0356: express intent to de-escalate military engagement.
  EXPECT_EQ(Summaries(ev), (Strings{"SYR>LBN:0356"}));
}

// A display is a show of force only when what is shown is military; a
// crackdown on credit or prices is a policy.
TEST_F(EventCoderTest, ShowsOfForceAndCrackdownsNeedTheirObjects) {
  EXPECT_TRUE(FranceGermany("France/PROPN/1/nsubj showed/VERB/-1/root/show off/ADP/1/compound:prt "
                            "a/DET/4/det phone/NOUN/1/obj in/ADP/6/case Germany/PROPN/1/obl "
                            "./PUNCT/1/punct",
                            6)
                  .empty());
  EXPECT_EQ(FranceGermany("France/PROPN/1/nsubj showed/VERB/-1/root/show off/ADP/1/compound:prt "
                          "missiles/NOUN/1/obj/missile in/ADP/5/case Germany/PROPN/1/obl "
                          "./PUNCT/1/punct",
                          5),
            (Strings{"FRA>DEU:150"}));
  EXPECT_TRUE(FranceGermany("France/PROPN/1/nsubj clamped/VERB/-1/root/clamp down/ADV/1/compound:prt "
                            "on/ADP/4/case credit/NOUN/1/obl in/ADP/6/case Germany/PROPN/1/obl "
                            "./PUNCT/1/punct",
                            6)
                  .empty());
}

// Harm to what is not property is no destruction of property.
TEST_F(EventCoderTest, DamagingAReputationIsNoAttackOnProperty) {
  EXPECT_TRUE(FranceGermany("France/PROPN/1/nsubj damaged/VERB/-1/root/damage Germany/PROPN/4/nmod:poss "
                            "'s/PART/2/case reputation/NOUN/1/obj ./PUNCT/1/punct",
                            2)
                  .empty());
  EXPECT_EQ(FranceGermany("France/PROPN/1/nsubj damaged/VERB/-1/root/damage Germany/PROPN/4/nmod:poss "
                          "'s/PART/2/case embassy/NOUN/1/obj ./PUNCT/1/punct",
                          2),
            (Strings{"FRA>DEU:1712"}));
}

// Shooting a film is no shooting.
TEST_F(EventCoderTest, ShootingAFilmIsNoAttack) {
  EXPECT_TRUE(FranceGermany("France/PROPN/1/nsubj shot/VERB/-1/root/shoot a/DET/3/det "
                            "film/NOUN/1/obj in/ADP/5/case Germany/PROPN/1/obl ./PUNCT/1/punct",
                            5)
                  .empty());
  EXPECT_EQ(FranceGermany("France/PROPN/1/nsubj shot/VERB/-1/root/shoot two/NUM/4/nummod "
                          "German/ADJ/4/amod soldiers/NOUN/1/obj/soldier in/ADP/6/case "
                          "Germany/PROPN/1/obl ./PUNCT/1/punct",
                          6)
                .size(),
            1u);
}

// Ordering goods is buying them, no demand.
TEST_F(EventCoderTest, OrderingGoodsIsNoDemand) {
  EXPECT_TRUE(FranceGermany("France/PROPN/1/nsubj ordered/VERB/-1/root/order 30/NUM/3/nummod "
                            "planes/NOUN/1/obj/plane in/ADP/5/case Germany/PROPN/1/obl "
                            "./PUNCT/1/punct",
                            5)
                  .empty());
  EXPECT_FALSE(FranceGermany("France/PROPN/1/nsubj ordered/VERB/-1/root/order Germany/PROPN/1/obj "
                             "to/PART/4/mark withdraw/VERB/1/xcomp ./PUNCT/1/punct",
                             2)
                   .empty());
}

// Leaving a market is no resignation.
TEST_F(EventCoderTest, QuittingAMarketIsNoResignation) {
  EXPECT_TRUE(FranceGermany("France/PROPN/1/nsubj quit/VERB/-1/root the/DET/4/det "
                            "phone/NOUN/4/compound market/NOUN/1/obj in/ADP/6/case "
                            "Germany/PROPN/1/obl ./PUNCT/1/punct",
                            6)
                  .empty());
  EXPECT_FALSE(FranceGermany("France/PROPN/1/nsubj quit/VERB/-1/root the/DET/3/det "
                             "coalition/NOUN/1/obj with/ADP/5/case Germany/PROPN/3/nmod "
                             "./PUNCT/1/punct",
                             5)
                   .empty());
}

// "take issue with" criticises; taking issues seriously does not.
TEST_F(EventCoderTest, TakingIssueNeedsWith) {
  EXPECT_EQ(FranceGermany("France/PROPN/1/nsubj took/VERB/-1/root/take issue/NOUN/1/obj "
                          "with/ADP/4/case Germany/PROPN/1/obl ./PUNCT/1/punct",
                          4),
            (Strings{"FRA>DEU:111"}));
  EXPECT_TRUE(FranceGermany("France/PROPN/1/nsubj took/VERB/-1/root/take the/DET/3/det "
                            "issues/NOUN/1/obj/issue of/ADP/5/case Germany/PROPN/3/nmod "
                            "seriously/ADV/1/advmod ./PUNCT/1/punct",
                            5)
                  .empty());
}

// "charge" accuses, unless it asks a price.
TEST_F(EventCoderTest, ChargingAPriceIsNoAccusation) {
  EXPECT_TRUE(FranceGermany("France/PROPN/1/nsubj charged/VERB/-1/root/charge "
                            "Germany/PROPN/1/obj a/DET/4/det fee/NOUN/1/obj ./PUNCT/1/punct",
                            2)
                  .empty());
  EXPECT_TRUE(FranceGermany("France/PROPN/1/nsubj charged/VERB/-1/root/charge "
                            "Germany/PROPN/1/obj for/ADP/4/case gas/NOUN/1/obl ./PUNCT/1/punct",
                            2)
                  .empty());
  EXPECT_EQ(FranceGermany("France/PROPN/1/nsubj charged/VERB/-1/root/charge Germany/PROPN/1/obj "
                          "with/ADP/4/case fraud/NOUN/1/obl ./PUNCT/1/punct",
                          2),
            (Strings{"FRA>DEU:1121"}));
}

// The preposition of a multi-word trigger ("round on") is not one after
// the verb's object ("rounded Germany on Monday").
TEST_F(EventCoderTest, PrepositionAfterTheObjectIsNotTheTriggers) {
  EXPECT_EQ(FranceGermany("France/PROPN/1/nsubj rounded/VERB/-1/root/round on/ADP/3/case "
                          "Germany/PROPN/1/obl ./PUNCT/1/punct",
                          3),
            (Strings{"FRA>DEU:111"}));
  EXPECT_TRUE(FranceGermany("France/PROPN/1/nsubj rounded/VERB/-1/root/round "
                            "Germany/PROPN/1/obj on/ADP/4/case Monday/PROPN/1/obl "
                            "./PUNCT/1/punct",
                            2)
                  .empty());
}

TEST_F(EventCoderTest, FightingProblemsAndPleadingGuiltyAreNoEvents) {
  TestDoc fight("Russia/PROPN/1/nsubj fought/VERB/-1/root/fight inflation/NOUN/1/obj "
                "./PUNCT/1/punct");
  fight.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}});
  EXPECT_TRUE(Code(fight).empty());
  TestDoc plea("Russia/PROPN/1/nsubj pleaded/VERB/-1/root/plead guilty/ADJ/1/xcomp "
               "./PUNCT/1/punct");
  plea.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}});
  EXPECT_TRUE(Code(plea).empty());
  TestDoc rivals("Russia/PROPN/1/nsubj fought/VERB/-1/root/fight competition/NOUN/1/obj "
                 "./PUNCT/1/punct");
  rivals.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}});
  EXPECT_TRUE(Code(rivals).empty());
  // "a legal battle", "a trade war": contests without force; "a battle" is
  // one.
  TestDoc legal("Russia/PROPN/1/nsubj began/VERB/-1/root/begin a/DET/4/det legal/ADJ/4/amod "
                "battle/NOUN/1/obj with/ADP/6/case Ukraine/PROPN/4/nmod ./PUNCT/1/punct");
  legal.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}});
  legal.Entity("Ukraine", "UKR", EntityType::kCountry, {{6, 7}});
  EXPECT_TRUE(Code(legal).empty());
  TestDoc battle("Russia/PROPN/1/nsubj began/VERB/-1/root/begin a/DET/3/det "
                 "battle/NOUN/1/obj with/ADP/5/case Ukraine/PROPN/3/nmod ./PUNCT/1/punct");
  battle.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}});
  battle.Entity("Ukraine", "UKR", EntityType::kCountry, {{5, 6}});
  EXPECT_EQ(Summaries(Code(battle)), (Strings{"RUS>UKR:190"}));
  TestDoc trade("Russia/PROPN/1/nsubj launched/VERB/-1/root/launch a/DET/4/det "
                "trade/NOUN/4/compound war/NOUN/1/obj on/ADP/6/case Ukraine/PROPN/4/nmod "
                "./PUNCT/1/punct");
  trade.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}});
  trade.Entity("Ukraine", "UKR", EntityType::kCountry, {{6, 7}});
  EXPECT_TRUE(Code(trade).empty());
  // Fighting with nobody named: for survival, back, bravely.
  TestDoc alone("Russia/PROPN/1/nsubj fought/VERB/-1/root/fight back/ADV/1/advmod "
                "bravely/ADV/1/advmod ./PUNCT/1/punct");
  alone.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}});
  EXPECT_TRUE(Code(alone).empty());
  TestDoc chord("Russia/PROPN/1/nsubj struck/VERB/-1/root/strike a/DET/3/det chord/NOUN/1/obj "
                "with/ADP/5/case Ukraine/PROPN/1/obl ./PUNCT/1/punct");
  chord.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}});
  chord.Entity("Ukraine", "UKR", EntityType::kCountry, {{5, 6}});
  EXPECT_TRUE(Code(chord).empty());
  // Still an appeal: "Russia pleaded with Ukraine".
  TestDoc appeal("Russia/PROPN/1/nsubj pleaded/VERB/-1/root/plead with/ADP/3/case "
                 "Ukraine/PROPN/1/obl ./PUNCT/1/punct");
  appeal.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}});
  appeal.Entity("Ukraine", "UKR", EntityType::kCountry, {{3, 4}});
  EXPECT_EQ(Summaries(Code(appeal)), (Strings{"RUS>UKR:020"}));
}

TEST_F(EventCoderTest, APlaceAThingIsInIsNotItsOwner) {
  // "Cold weather in the US threatened stocks": no actor threatens.
  TestDoc weather("Weather/NOUN/3/nsubj in/ADP/2/case US/PROPN/0/nmod "
                  "threatened/VERB/-1/root/threaten stocks/NOUN/3/obj ./PUNCT/3/punct");
  weather.Entity("United States", "USA", EntityType::kCountry, {{2, 3}});
  EXPECT_TRUE(Code(weather).empty());
  // People there are: "police units in Zimbabwe demanded ..." (a role word
  // before the head, as in "opposition groups").
  TestDoc groups("Police/NOUN/1/compound units/NOUN/4/nsubj/unit in/ADP/3/case "
                 "Zimbabwe/PROPN/1/nmod demanded/VERB/-1/root/demand elections/NOUN/4/obj "
                 "./PUNCT/4/punct");
  groups.Entity("Zimbabwe", "ZWE", EntityType::kCountry, {{3, 4}});
  ASSERT_EQ(Code(groups).size(), 1u);
}

TEST_F(EventCoderTest, SportsStoriesAreNotCoded) {
  // "Wales host Ireland": national teams, not governments.
  const char* match =
      "Wales/PROPN/1/nsubj host/VERB/-1/root Ireland/PROPN/1/obj in/ADP/4/case "
      "the/DET/4/det rugby/NOUN/1/obl ./PUNCT/1/punct";
  TestDoc plain(match);
  plain.Entity("Wales", "GBR", EntityType::kCountry, {{0, 1}});
  plain.Entity("Ireland", "IRL", EntityType::kCountry, {{2, 3}});
  EXPECT_EQ(Summaries(Code(plain)), (Strings{"GBR>IRL:043"}));
  // With the words of a sports report around it (three kinds, five in all).
  TestDoc sport(std::string(match) +
                " The/DET/9/det coach/NOUN/10/nsubj praised/VERB/-1/root the/DET/12/det "
                "squad/NOUN/10/obj after/ADP/15/case the/DET/15/det tournament/NOUN/10/obl "
                "and/CCONJ/17/cc rugby/NOUN/15/conj squad/NOUN/15/conj ./PUNCT/10/punct");
  sport.Entity("Wales", "GBR", EntityType::kCountry, {{0, 1}});
  sport.Entity("Ireland", "IRL", EntityType::kCountry, {{2, 3}});
  EXPECT_TRUE(Code(sport).empty());
  int distinct = 0, occurrences = 0;
  coder_->StoryWords(sport.Build(), &distinct, &occurrences);
  EXPECT_EQ(distinct, 4);  // rugby, coach, squad, tournament
  EXPECT_EQ(occurrences, 6);
  // A hyphenated member, split by the tokenizer or whole, is one word.
  TestDoc split("At half - time and at half-time the semi-final squad rested .");
  coder_->StoryWords(split.Build(), &distinct, &occurrences);
  EXPECT_EQ(distinct, 3);  // half-time, semi-final, squad
  EXPECT_EQ(occurrences, 4);
  // The words of a football report without the rarer ones.
  TestDoc football("The keeper saved twice as the league leaders scored two goals in the "
                   "cup match , their best of the season .");
  coder_->StoryWords(football.Build(), &distinct, &occurrences);
  EXPECT_EQ(distinct, 7);  // keeper, league, scored, goals, cup, match, season
  EXPECT_EQ(occurrences, 7);
}

TEST_F(EventCoderTest, BrokenIndicesAndCyclesDoNotCrash) {
  // Random heads (cycles included), clauses with out-of-range and cyclic
  // parents, mentions past the end: the coder must neither crash nor hang.
  uint32_t seed = 12345;
  auto next = [&] {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7fff;
  };
  for (int round = 0; round < 200; ++round) {
    TestDoc d("Russia attacked Ukraine and accused NATO of aggression after talks .",
              "2022-02-01", false);
    Document& doc = d.doc();
    int n = static_cast<int>(doc.tokens.size());
    for (Token& t : doc.tokens) {
      t.head = static_cast<int32_t>(next() % (n + 2)) - 1;
      t.dep = static_cast<Dep>(next() % static_cast<int>(Dep::kCount));
      t.pos = static_cast<Upos>(next() % 18);
      t.lemma = ToLowerAscii(doc.Text(t.span));
    }
    d.Entity("Russia", "RUS", EntityType::kCountry, {{0, 1}});
    d.Entity("Ukraine", "UKR", EntityType::kCountry, {{2, 3}});
    for (int c = 0; c < 4; ++c) {
      Clause cl;
      cl.verb = static_cast<int32_t>(next() % (n + 3)) - 1;
      cl.subject = static_cast<int32_t>(next() % (n + 3)) - 1;
      cl.object = static_cast<int32_t>(next() % (n + 3)) - 1;
      cl.parent = static_cast<int32_t>(next() % 7) - 1;  // may be itself or out of range
      cl.complement = static_cast<int32_t>(next() % 7) - 1;
      cl.sentence = next() % 2;
      cl.passive = next() % 2;
      cl.obliques.push_back({static_cast<int32_t>(next() % (n + 3)) - 1,
                             static_cast<int32_t>(next() % (n + 3)) - 1});
      doc.clauses.push_back(cl);
    }
    Mention m;
    m.token_begin = 5;
    m.token_end = 400;
    m.entity = 9;
    doc.mentions.push_back(m);
    coder_->Code(doc);
  }
  SUCCEED();
}

TEST_F(EventCoderTest, EmptyDocumentIsFine) {
  Document doc;
  coder_->Code(doc);
  EXPECT_TRUE(doc.events.empty());
}

// The full pipeline over one article.
Document AnalyzeArticle(const std::string& text, const std::string& published) {
  static const Pipeline* pipeline = [] {
    auto p = Pipeline::Create(PipelineOptions{});
    EXPECT_TRUE(p.ok()) << p.status().ToString();
    return p.ok() ? p->release() : nullptr;
  }();
  if (pipeline == nullptr) return Document();
  ArticleInput in;
  in.id = "t";
  in.text = text;
  in.published = published;
  auto doc = pipeline->Analyze(in);
  EXPECT_TRUE(doc.ok());
  return doc.ok() ? std::move(doc.value()) : Document();
}

// Whether one of doc's events has a CAMEO code starting with `prefix`.
bool HasCode(const Document& doc, std::string_view prefix) {
  for (const Event& e : doc.events)
    if (e.code.starts_with(prefix)) return true;
  return false;
}

// A surname before "administration" or "government" makes that person's
// country's government the actor, whatever the person's own code on that
// date.
TEST(EventCoderPipeline, PersonsAdministrationIsTheirGovernment) {
  Document doc = AnalyzeArticle("The Obama administration accused China of hacking on Monday.",
                                "2004-06-01");  // before his presidency
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].source.actor, "USAGOV");
  ASSERT_TRUE(doc.events[0].target.has_value());
  EXPECT_EQ(doc.events[0].target->country, "CHN");
}

// A two-word agent of the lexicon names the sector, not its head alone
// ("leaders" alone would be the government's).
TEST(EventCoderPipeline, OppositionLeadersAreTheOpposition) {
  Document doc = AnalyzeArticle("Opposition leaders agreed to postpone the protest in Baku.",
                                "2003-10-01");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].source.actor, "OPP");
}

// A person in an international office acts for the organisation: the side
// is of no country, whatever the person's own nationality.
TEST(EventCoderPipeline, PersonInAnInternationalOfficeIsOfNoCountry) {
  Document doc = AnalyzeArticle("U.N. Secretary-General Kofi Annan criticized Iraq on Monday.",
                                "1998-03-01");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].source.actor, "IGOUNO");
  EXPECT_EQ(doc.events[0].source.country, "");
  ASSERT_TRUE(doc.events[0].target.has_value());
  EXPECT_EQ(doc.events[0].target->country, "IRQ");
}

// An agent with its country after it ("police in Nepal") acts, even on that
// country.
TEST(EventCoderPipeline, AgentInACountryIsNotTheCountry) {
  Document doc = AnalyzeArticle("Police in Nepal arrested ten activists on Monday.", "2020-06-01");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].code, "173");
  EXPECT_EQ(doc.events[0].source.actor, "NPLCOP");
}

// Coming together to protest is protesting; planning to is not.
TEST(EventCoderPipeline, GatheringToProtestIsAProtest) {
  Document doc = AnalyzeArticle("Thousands of Nigerians gathered in Lagos to protest the arrests.",
                                "2020-06-01");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].code, "141");
  EXPECT_EQ(doc.events[0].source.country, "NGA");
  Document plan = AnalyzeArticle("Nigerian students planned to protest.", "2020-06-01");
  for (const Event& e : plan.events) EXPECT_NE(e.code, "141");
}

// A condition is no event, however the parse hangs it (here the parser
// makes the "if" clause the root; without the rule "attack" is coded 190).
TEST(EventCoderPipeline, ConditionsAreNotEvents) {
  Document doc = AnalyzeArticle(
      "\"If instead Moldova chooses to walk away from the talks and attack Transnistria, "
      "Moldova will bear the blame, and it will face tough sanctions.\"",
      "2020-06-01");
  for (const Event& e : doc.events) EXPECT_NE(e.code.substr(0, 2), "19") << e.code;
}

// A bare participle before or after the main clause ("Asked about ...",
// "when asked") was done to the main clause's subject: the asker is the
// "by" phrase, or nobody named.
TEST(EventCoderPipeline, BareParticipleIsDoneToTheMainSubject) {
  Document doc = AnalyzeArticle(
      "Asked by reporters about Iraq, President George W. Bush criticised France.",
      "2005-01-01");
  for (const Event& e : doc.events)
    if (e.code == "020") EXPECT_NE(e.source.actor, "USAGOV");
  Document bare = AnalyzeArticle(
      "Asked whether he would resign, Prime Minister Tony Blair said he would not. "
      "Mr Blair did not comment when asked about the poll.",
      "2005-01-01");
  for (const Event& e : bare.events) EXPECT_NE(e.code, "020") << e.cue.begin;
}

// A headline's bare past form is a passive without its auxiliary: the
// subject is what was done to ("Japanese mogul arrested for fraud"); a
// headline in the present and a sentence of the body are active.
TEST(EventCoderPipeline, HeadlinePastFormIsPassive) {
  Document doc = AnalyzeArticle(
      "Japanese minister arrested for fraud\n\nFrench police arrested a Japanese minister "
      "on Monday.",
      "2005-01-01");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].source.country, "FRA");
  Document present = AnalyzeArticle(
      "France rejects Russian offer\n\nThe talks went on.", "2005-01-01");
  ASSERT_EQ(present.events.size(), 1u);
  EXPECT_EQ(present.events[0].source.country, "FRA");
}

// A clause that is the subject of another borrows no actor ("it is hard
// not to ask him" is nobody's request), unless the parse gave its head a
// subject of its own ("X is about to restore ties" stays X's act).
TEST(EventCoderPipeline, SubjectClauseBorrowsNoActor) {
  Document doc = AnalyzeArticle(
      "He is a pivotal figure in British politics, and it is impossible not to ask him why.",
      "2005-01-01");
  for (const Event& e : doc.events) EXPECT_NE(e.code, "020");
  Document about = AnalyzeArticle(
      "The Australian government is about to restore full diplomatic ties with Libya.",
      "2005-01-01");
  ASSERT_FALSE(about.events.empty());
  EXPECT_EQ(about.events[0].source.country, "AUS");
}

// "A and B accuse each other": each acts on the other.
TEST(EventCoderPipeline, EachOtherMakesAPairOfEvents) {
  Document doc = AnalyzeArticle("Russia and Ukraine blamed one another for the attack.",
                                "2005-01-01");
  std::vector<std::string> got;
  for (const Event& e : doc.events)
    got.push_back(e.source.country + ">" + (e.target ? e.target->country : std::string("-")));
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (std::vector<std::string>{"RUS>UKR", "UKR>RUS"}));
}

// Words are not aimed at the speaker's own country, the entity the speaker
// is coded by ("Belgium's finance minister" is BELGOV by way of Belgium);
// one side of a country may address another, and acts may be aimed at it.
TEST(EventCoderPipeline, WordsAreNotAimedAtTheSpeakersOwnCountry) {
  for (const char* text :
       {"In Paris on Thursday, Belgium's finance minister, lashed out at the restrictive "
        "trade policies of the G7 nations.",
        "Many lawmakers in eastern England have been pressing the government to act, saying "
        "villagers are suffering."}) {
    Document doc = AnalyzeArticle(text, "2005-01-01");
    ASSERT_FALSE(doc.events.empty()) << text;
    for (const Event& e : doc.events)
      EXPECT_TRUE(!e.target || e.target->country != e.source.country) << text << " " << e.code;
  }
}

// Striking out at somebody is an attack in words; striking them is force.
TEST(EventCoderPipeline, StrikingOutAtIsCriticism) {
  Document words = AnalyzeArticle(
      "The Dutch government has struck out at Belgian networks with a round of lawsuits.",
      "2005-01-01");
  ASSERT_FALSE(words.events.empty());
  EXPECT_EQ(words.events[0].code, "111");
  Document force = AnalyzeArticle("Dutch troops struck Belgian positions.", "2005-01-01");
  ASSERT_FALSE(force.events.empty());
  EXPECT_EQ(force.events[0].root, "19");
}

// Agreeing that something is so is an opinion; agreeing that something
// will or should happen is an agreement.
TEST(EventCoderPipeline, AgreeingWithAnOpinionIsNoAgreement) {
  Document opinion = AnalyzeArticle(
      "The Dutch minister agreed that the Belgian plan was flawed.", "2005-01-01");
  EXPECT_TRUE(opinion.events.empty()) << opinion.events[0].code;
  Document deal = AnalyzeArticle(
      "The Dutch and Belgian ministers agreed that the talks will resume in March.",
      "2005-01-01");
  EXPECT_FALSE(deal.events.empty());
  // And agreeing that something could be so.
  Document could = AnalyzeArticle(
      "The Dutch minister agreed that the Belgian plan could be very popular.", "2005-01-01");
  EXPECT_TRUE(could.events.empty()) << could.events[0].code;
  // So is accepting that something is so.
  Document accepted = AnalyzeArticle(
      "The Dutch minister accepted that the Belgian plan was fair.", "2005-01-01");
  EXPECT_TRUE(accepted.events.empty()) << accepted.events[0].code;
}

// A relative clause set off by a comma after a name tells what the actor
// did (a restrictive one picks out a noun: "the helicopter that was
// captured").
TEST(EventCoderPipeline, NonRestrictiveRelativeClauseAfterANameIsAnEvent) {
  Document doc = AnalyzeArticle(
      "Belgium, which expelled two Dutch diplomats on Monday, said it would not apologise.",
      "2005-01-01");
  bool expelled = false;
  for (const Event& e : doc.events)
    expelled |= e.root == "16" && e.source.country == "BEL";
  EXPECT_TRUE(expelled) << doc.events.size();
}

// One protests in the street; protesting that something is so is
// disapproval in words, and demonstrating something shows it.
TEST(EventCoderPipeline, ProtestIsInTheStreetNotInWords) {
  Document street = AnalyzeArticle("Belgian farmers demonstrated against the Dutch government.",
                                   "2005-01-01");
  ASSERT_FALSE(street.events.empty());
  EXPECT_EQ(street.events[0].root, "14");
  Document words = AnalyzeArticle(
      "Belgian farmers protested that the Dutch rules were unfair.", "2005-01-01");
  ASSERT_FALSE(words.events.empty());
  EXPECT_EQ(words.events[0].code, "110");
  for (const char* text : {"The Belgian firm demonstrated a new phone in Amsterdam.",
                           "Belgian ministers must demonstrate to voters that they can govern."}) {
    Document doc = AnalyzeArticle(text, "2005-01-01");
    for (const Event& e : doc.events) EXPECT_NE(e.root, "14") << text;
  }
}

// A legal appeal asks nobody to act; appealing to an actor, or for
// something, does.
TEST(EventCoderPipeline, LegalAppealIsNoAppealToAct) {
  for (const char* text : {"The Belgian government will appeal against the Dutch ruling.",
                           "The Belgian government can appeal the decision."}) {
    Document doc = AnalyzeArticle(text, "2005-01-01");
    for (const Event& e : doc.events) EXPECT_NE(e.root, "02") << text;
  }
  for (const char* text :
       {"The Belgian government appealed to the Netherlands to reopen the border.",
        "The Belgian government appealed for talks with the Netherlands."}) {
    Document doc = AnalyzeArticle(text, "2005-01-01");
    ASSERT_FALSE(doc.events.empty()) << text;
    EXPECT_EQ(doc.events[0].root, "02") << text << " " << doc.events[0].code;
  }
}

// Force is what de-escalation, withdrawal and surrender are about: firms
// scaling back investment, money withdrawn from a country and ambitions
// given up are none; a politician who stands down leaves a post.
TEST(EventCoderPipeline, DeescalationIsOfForce) {
  for (const char* text :
       {"Belgian firms continue to scale back investment.",
        "Belgium has withdrawn one billion dollars in assets from the Netherlands.",
        "The Belgian prime minister gave up his ambition."}) {
    Document doc = AnalyzeArticle(text, "2005-01-01");
    for (const Event& e : doc.events) EXPECT_NE(e.root, "08") << text << " " << e.code;
  }
  for (const char* text : {"The Belgian army scaled back its troops in the Netherlands.",
                           "The Belgian government withdrew its troops from the Netherlands.",
                           "The Belgian rebels gave up their weapons."}) {
    Document doc = AnalyzeArticle(text, "2005-01-01");
    ASSERT_FALSE(doc.events.empty()) << text;
    EXPECT_EQ(doc.events[0].root, "08") << text << " " << doc.events[0].code;
  }
  Document post = AnalyzeArticle("The Belgian prime minister stood down on Monday.", "2005-01-01");
  ASSERT_FALSE(post.events.empty());
  EXPECT_EQ(post.events[0].code, "0831");
}

// Products, songs and figures released are no persons or property given
// back.
TEST(EventCoderPipeline, ReleasedProductsAreNoRelease) {
  Document product = AnalyzeArticle("Nokia plans to release a new phone in May.", "2005-01-01");
  for (const Event& e : product.events) EXPECT_NE(e.root, "03") << e.code;
  for (const Event& e : product.events) EXPECT_NE(e.root, "08") << e.code;
  Document prisoners = AnalyzeArticle("The Belgian government released the Dutch hostages.",
                                      "2005-01-01");
  ASSERT_FALSE(prisoners.events.empty());
  EXPECT_EQ(prisoners.events[0].code, "0841");
}

// What one wants another to do is a demand on them; what one expects
// another to do is a forecast; neither is the subject's own intent.
TEST(EventCoderPipeline, WantingOthersToActIsADemand) {
  Document want = AnalyzeArticle("Belgium wants the Netherlands to withdraw its troops.",
                                 "2005-01-01");
  ASSERT_FALSE(want.events.empty());
  EXPECT_EQ(want.events[0].root, "10") << want.events[0].code;
  Document expect = AnalyzeArticle("Belgium expects the Netherlands to withdraw its troops.",
                                   "2005-01-01");
  EXPECT_TRUE(expect.events.empty()) << expect.events[0].code;
  Document own = AnalyzeArticle("Belgium expects to sign the deal with the Netherlands.",
                                "2005-01-01");
  ASSERT_FALSE(own.events.empty());
  EXPECT_EQ(own.events[0].root, "03") << own.events[0].code;
}

// An intent's target is its content's, where the content's own block
// puts it: the country withdrawn from, not the troops withdrawn.
TEST(EventCoderPipeline, IntentTakesItsContentsTarget) {
  Document doc = AnalyzeArticle("Belgium plans to withdraw its troops from the Netherlands.",
                                "2005-01-01");
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].target.has_value());
  EXPECT_EQ(doc.events[0].target->country, "NLD");
}

// A question asks nobody to act; asking somebody to act, or for
// something, is an appeal.
TEST(EventCoderPipeline, AQuestionIsNoAppeal) {
  for (const char* text : {"The Dutch minister asked what the Belgian government had to hide.",
                           "The Dutch minister asked whether Belgium would pay.",
                           "The Dutch minister asked Belgium why it had waited."}) {
    Document doc = AnalyzeArticle(text, "2005-01-01");
    for (const Event& e : doc.events)
      EXPECT_FALSE(e.code.starts_with("02")) << text << " " << e.code;
  }
  for (const char* text : {"The Dutch minister asked Belgium to pay.",
                           "The Dutch minister asked for talks with Belgium."}) {
    Document doc = AnalyzeArticle(text, "2005-01-01");
    ASSERT_FALSE(doc.events.empty()) << text;
    EXPECT_TRUE(doc.events[0].code.starts_with("02")) << text << " " << doc.events[0].code;
  }
}

// A warning threatens when it tells what an actor will face or warns
// somebody; a forecast is no threat.
TEST(EventCoderPipeline, WarningOfAForecastIsNoThreat) {
  for (const char* text : {"The Dutch central bank warned that growth would slow.",
                           "The Belgian carmaker warned of lower margins this year.",
                           "Growth will slow next year, the Dutch central bank warned.",
                           // A group with no actor code is forecast about.
                           "Belgian researchers warned that the ZPKs could weaken the unions.",
                           // What the warning says, before its subject,
                           // read as no clause ("face" a noun).
                           "Dutch farms face hard years after the floods, officials have warned.",
                           // Its "that" clause hung on it as an adverbial.
                           "But in a speech on Friday, the Dutch central bank chief warned that "
                           "in the longer term things are likely to get tricky."}) {
    Document doc = AnalyzeArticle(text, "2005-01-01");
    EXPECT_TRUE(doc.events.empty()) << text << " " << doc.events[0].code;
  }
  for (const char* text :
       {"The Dutch minister warned that Belgium would face sanctions unless it paid.",
        "The Dutch minister warned Belgium on Monday."}) {
    Document doc = AnalyzeArticle(text, "2005-01-01");
    ASSERT_EQ(doc.events.size(), 1u) << text;
    EXPECT_TRUE(doc.events[0].code.starts_with("13")) << text << " " << doc.events[0].code;
    ASSERT_TRUE(doc.events[0].target.has_value()) << text;
    EXPECT_EQ(doc.events[0].target->country, "BEL") << text;
  }
  // What will come of it.
  Document harm = AnalyzeArticle(
      "The Dutch minister warned that the consequences for Belgium would be severe.",
      "2005-01-01");
  ASSERT_EQ(harm.events.size(), 1u);
  EXPECT_EQ(harm.events[0].root, "13");
}

// A partner named inside what the clause is about is no partner.
TEST(EventCoderPipeline, PartnerInsideATopicIsNoTarget) {
  Document topic = AnalyzeArticle(
      "The British minister was speaking amid claims of a rift with France.", "2005-01-01");
  for (const Event& e : topic.events)
    EXPECT_FALSE(e.target.has_value() && e.target->country == "FRA") << e.code;
  Document talks = AnalyzeArticle("Britain talked with France about trade.", "2005-01-01");
  ASSERT_FALSE(talks.events.empty());
  ASSERT_TRUE(talks.events[0].target.has_value());
  EXPECT_EQ(talks.events[0].target->country, "FRA");
}

// A charge with no crime named still accuses; a price charged does not.
TEST(EventCoderPipeline, ChargesWithoutACrimeAccuse) {
  Document charged = AnalyzeArticle("Belgian police charged three Dutch men on Monday.",
                                    "2005-01-01");
  ASSERT_EQ(charged.events.size(), 1u);
  EXPECT_EQ(charged.events[0].code, "112");
  Document price =
      AnalyzeArticle("The Belgian bank will charge Dutch customers a 2 percent fee.", "2005-01-01");
  EXPECT_TRUE(price.events.empty()) << price.events[0].code;
}

// A firm cracks down with rules, not with violent repression; police do.
TEST(EventCoderPipeline, FirmsCrackDownWithoutForce) {
  Document firm = AnalyzeArticle(
      "The Dutch firm Philips is cracking down on shops selling fake razors in Belgium.",
      "2005-01-01");
  EXPECT_FALSE(HasCode(firm, "175"));
  Document police =
      AnalyzeArticle("Belgian police cracked down on Dutch protesters in Brussels.", "2005-01-01");
  EXPECT_TRUE(HasCode(police, "175"));
}

// Refusing to be named or drawn rejects nobody.
TEST(EventCoderPipeline, RefusingSomethingDoneToOneselfIsNoRejection) {
  for (const char* text : {"A Belgian official, who declined to be named, left early.",
                           "The Dutch minister refused to be drawn on the budget."}) {
    Document doc = AnalyzeArticle(text, "2005-01-01");
    EXPECT_TRUE(doc.events.empty()) << text << " " << doc.events[0].code;
  }
  Document refusal = AnalyzeArticle("Belgium refused to accept the Dutch plan.", "2005-01-01");
  ASSERT_FALSE(refusal.events.empty());
  EXPECT_TRUE(refusal.events[0].code.starts_with("12")) << refusal.events[0].code;
}

// "Decline" with nothing declined is a fall.
TEST(EventCoderPipeline, DecliningFiguresAreNoRejection) {
  Document fall = AnalyzeArticle("Belgian car production declined to 35,000 from 38,000.",
                                 "2005-01-01");
  EXPECT_TRUE(fall.events.empty()) << fall.events[0].code;
  // Nor is a declining thing.
  Document health = AnalyzeArticle(
      "The Belgian music manager, who also managed two Dutch bands, had been in declining health.",
      "2005-01-01");
  for (const Event& e : health.events) EXPECT_NE(e.root, "12") << e.code;
  Document refusal =
      AnalyzeArticle("Belgium declined an invitation from the Netherlands.", "2005-01-01");
  ASSERT_EQ(refusal.events.size(), 1u);
  EXPECT_TRUE(refusal.events[0].code.starts_with("12")) << refusal.events[0].code;
}

// A sentence-opening bare verb outside quotation marks is a misread noun,
// no order (the tagger reads this "Demand" as a verb).
TEST(EventCoderPipeline, SentenceOpeningBareVerbIsNoOrder) {
  Document doc = AnalyzeArticle(
      "Demand in India has been driven by cheap loans and rising wages, analysts said.",
      "2005-01-01");
  EXPECT_TRUE(doc.events.empty()) << doc.events[0].code;
}

// So is a bare verb after a conjunction joined to a past-tense verb ("had
// pinned ... but demand for them has been slow"); after a future or a modal
// it is the second act ("will meet ... and demand").
TEST(EventCoderPipeline, BareVerbAfterAPastTenseOneIsNoAct) {
  Document noun = AnalyzeArticle(
      "Ryanair had pinned its hopes on its new routes to Oslo in June but demand for them has "
      "been weak.",
      "2005-01-01");
  EXPECT_TRUE(noun.events.empty()) << noun.events[0].code;
  Document act = AnalyzeArticle("France will meet Germany and demand new talks.", "2005-01-01");
  EXPECT_TRUE(HasCode(act, "10"));
}

// A participle that modifies a noun is a state, no act.
TEST(EventCoderPipeline, ParticipleModifyingANounIsNoEvent) {
  Document doc = AnalyzeArticle(
      "Belgian banks are dealing with damaged or destroyed collateral in the Netherlands.",
      "2005-01-01");
  EXPECT_TRUE(doc.events.empty()) << doc.events[0].code;
}

// What a business offers its customers is no intent to cooperate.
TEST(EventCoderPipeline, OfferingServicesIsNoIntent) {
  Document sells = AnalyzeArticle(
      "The American firm Vantor offers online storage and a music download service.",
      "2005-01-01");
  EXPECT_TRUE(sells.events.empty()) << sells.events[0].code;
  Document aid = AnalyzeArticle("Japan offered aid to Indonesia.", "2005-01-01");
  ASSERT_EQ(aid.events.size(), 1u);
  EXPECT_EQ(aid.events[0].code, "033");
}

// Blame accuses somebody; blaming only things explains, no event.
TEST(EventCoderPipeline, BlamingOnlyThingsIsNoAccusation) {
  Document things = AnalyzeArticle(
      "The Swedish carmaker blamed the losses on weak demand and a strong currency.",
      "2005-01-01");
  EXPECT_TRUE(things.events.empty()) << things.events[0].code;
  Document people = AnalyzeArticle(
      "The Dutch minister blamed the unrest on Belgian activists.", "2005-01-01");
  ASSERT_EQ(people.events.size(), 1u);
  EXPECT_TRUE(people.events[0].code.starts_with("112")) << people.events[0].code;
  ASSERT_TRUE(people.events[0].target.has_value());
  EXPECT_EQ(people.events[0].target->country, "BEL");
}

// The nearest name before a verb with no usable subject is its source,
// unless that name is the subject of another verb: it acts there.
TEST(EventCoderPipeline, NearestNameFallbackSkipsAnotherVerbsSubject) {
  Document doc = AnalyzeArticle(
      "Russia has signed a deal with the envoy, who has yet to agree to the terms.",
      "2005-01-01");
  for (const Event& e : doc.events)
    EXPECT_FALSE(e.code.starts_with("03") && e.source.country == "RUS") << e.code;
}

// A noun of a relation names someone other than its possessor: "its
// rival" is not the company, "Kyiv's allies" are not Ukraine.
TEST(EventCoderPipeline, RelationNounIsNotItsPossessor) {
  Document doc = AnalyzeArticle(
      "Ukraine said on Monday that its rival had shelled the port.", "2005-01-01");
  for (const Event& e : doc.events)
    EXPECT_NE(e.source.country, "UKR") << e.code;
  Document allies = AnalyzeArticle("Poland's allies condemned the strike.", "2005-01-01");
  for (const Event& e : allies.events)
    EXPECT_NE(e.source.country, "POL") << e.code;
  // A name after the noun is the actor: "challenger Marine Le Pen".
  Document named = AnalyzeArticle("French challenger Marine Le Pen criticised Germany.",
                                  "2017-01-01");
  ASSERT_EQ(named.events.size(), 1u);
  EXPECT_EQ(named.events[0].source.country, "FRA");
}

// An organisation's name the lexicon does not code is that organisation,
// not the role noun it ends in; a country before it is still its own.
TEST(EventCoderPipeline, UncodedNameIsNotTheRoleNounItEndsIn) {
  Document doc = AnalyzeArticle(
      "The Farmers Union Congress called on Thailand to lift the ban.", "2005-01-01");
  for (const Event& e : doc.events) EXPECT_NE(e.source.actor, "LEG") << e.code;
  Document owned = AnalyzeArticle(
      "Japan's National Rice Corporation criticised Thailand on Monday.", "2005-01-01");
  ASSERT_EQ(owned.events.size(), 1u);
  EXPECT_EQ(owned.events[0].source.country, "JPN");
}

// "want the embargo lifted": the participle says what is to be done to
// the object; the object is no sanction the subject means to impose.
TEST(EventCoderPipeline, ObjectAParticipleActsOnIsNoContent) {
  Document doc = AnalyzeArticle("Italy wants the arms embargo on Syria lifted.", "2005-01-01");
  for (const Event& e : doc.events) EXPECT_FALSE(e.code.starts_with("13")) << e.code;
  Document plain = AnalyzeArticle("Italy wants an arms embargo on Syria.", "2005-01-01");
  ASSERT_EQ(plain.events.size(), 1u);
}

// An uncoded person as the object is the target, uncoded: no actor named
// later in the sentence stands in for them.
TEST(EventCoderPipeline, UncodedNamedObjectTakesNoOtherTarget) {
  Document doc = AnalyzeArticle("Russia accused Ivan Dorov of selling secrets to agents in Poland.",
                                "2005-01-01");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_TRUE(!doc.events[0].target || doc.events[0].target->country != "POL");
  // Nor a place in another of the verb's roles ("at").
  Document at = AnalyzeArticle(
      "To a crowd at Moscow's Pushkin Square, the senator accused Ivan Dorov of lying.",
      "2005-01-01");
  ASSERT_EQ(at.events.size(), 1u);
  EXPECT_FALSE(at.events[0].target.has_value());
}

// Whom one quits is the object or what one resigns from, never an actor
// named after it: "resigned over the war in Iraq" does not act on Iraq.
TEST(EventCoderPipeline, ResigningTakesOnlyWhatIsQuit) {
  Document doc = AnalyzeArticle("Dutch Defence Minister Jan Oker resigned over the war in Iraq.",
                                "2005-01-01");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].code, "0831");
  EXPECT_FALSE(doc.events[0].target.has_value());
}

// A frame's content whose verb needs an object and has none is no content:
// "decided to return to Canada" is no intent to release anyone.
TEST(EventCoderPipeline, ObjectlessContentIsNoContent) {
  Document doc = AnalyzeArticle("The banker decided to return to Canada.", "2005-01-01");
  for (const Event& e : doc.events) EXPECT_FALSE(e.code.starts_with("035")) << e.code;
  Document freed = AnalyzeArticle("Iran decided to release the two sailors.", "2005-01-01");
  ASSERT_EQ(freed.events.size(), 1u);
  EXPECT_EQ(freed.events[0].code, "0353");
}

// Refusing to rule something out is no rejection.
TEST(EventCoderPipeline, RefusingToRuleOutIsNoRejection) {
  Document doc =
      AnalyzeArticle("Russia declined to rule out new talks with Georgia.", "2005-01-01");
  for (const Event& e : doc.events) EXPECT_FALSE(e.code.starts_with("12")) << e.code;
  Document plain = AnalyzeArticle("Russia refused to meet Georgia.", "2005-01-01");
  ASSERT_EQ(plain.events.size(), 1u);
  EXPECT_TRUE(plain.events[0].code.starts_with("12"));
}

// Wanting to talk about a topic, with no partner, is no intent to meet.
TEST(EventCoderPipeline, TalkingAboutATopicIsNoIntentToMeet) {
  Document doc = AnalyzeArticle("Russia wants to talk about the future of its economy.",
                                "2005-01-01");
  for (const Event& e : doc.events) EXPECT_FALSE(e.code.starts_with("036")) << e.code;
  Document partner = AnalyzeArticle("Russia wants to talk with Ukraine about the gas price.",
                                    "2005-01-01");
  ASSERT_EQ(partner.events.size(), 1u);
  EXPECT_EQ(partner.events[0].code, "036");
}

}  // namespace
}  // namespace newsmill
