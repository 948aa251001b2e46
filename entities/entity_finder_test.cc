// The entities stage end to end on short articles written for these tests.
#include <gtest/gtest.h>

#include <optional>

#include "entities/actor_code.h"
#include "entities/dating.h"
#include "newsmill/pipeline.h"
#include "pipeline/resources.h"

namespace newsmill {
namespace {

const Pipeline& Entities() {
  static const Pipeline* p = [] {
    PipelineOptions o;
    o.stages = {"entities"};
    auto r = Pipeline::Create(o);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.value().release();
  }();
  return *p;
}

// The same with the syntax layer first.
const Pipeline& ParsedEntities() {
  static const Pipeline* p = [] {
    PipelineOptions o;
    o.stages = {"syntax", "entities"};
    auto r = Pipeline::Create(o);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.value().release();
  }();
  return *p;
}

Document Analyze(const std::string& text, const std::string& published = "",
                 bool parse = false) {
  ArticleInput in;
  in.id = "t";
  in.text = text;
  in.published = published;
  auto r = (parse ? ParsedEntities() : Entities()).Analyze(in);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? std::move(r).value() : Document{};
}

// The entity one of whose mentions is exactly `text`, or null.
const Entity* ByMention(const Document& doc, std::string_view text,
                        MentionForm form = MentionForm::kName) {
  for (const Mention& m : doc.mentions)
    if (doc.Text(m.span) == text && m.form == form && m.entity >= 0)
      return &doc.entities[m.entity];
  return nullptr;
}

// The type of the entity one of whose mentions is exactly `text`, or none.
std::optional<EntityType> TypeOf(const Document& doc, std::string_view text) {
  const Entity* e = ByMention(doc, text);
  if (e == nullptr) return std::nullopt;
  return e->type;
}

// The actor code of the entity one of whose mentions is exactly `text`, or
// none when no entity has that mention.
std::optional<std::string> ActorOf(const Document& doc, std::string_view text) {
  const Entity* e = ByMention(doc, text);
  if (e == nullptr) return std::nullopt;
  return e->actor;
}

std::vector<std::string> MentionTexts(const Document& doc, const Entity& e) {
  std::vector<std::string> out;
  for (uint32_t m : e.mentions) out.emplace_back(doc.Text(doc.mentions[m].span));
  return out;
}

// A surname alone that the lexicon knows is the person the article named
// in full with it, until the lexicon's person is named in full.
TEST(Entities, KnownSurnameAloneIsThePersonNamedInFull) {
  Document doc = Analyze(
      "Greta Pistorius, a Hamburg architect, opened the museum on Monday. Pistorius said the "
      "archive would stay open.",
      "2024-05-01");
  const Entity* greta = ByMention(doc, "Greta Pistorius");
  ASSERT_NE(greta, nullptr);
  EXPECT_EQ(ByMention(doc, "Pistorius"), greta);
  EXPECT_EQ(greta->actor, "");
  Document named = Analyze(
      "Boris Pistorius visited the museum on Monday with Greta Pistorius, its architect. "
      "Pistorius said the army would help.",
      "2024-05-01");
  const Entity* minister = ByMention(named, "Boris Pistorius");
  ASSERT_NE(minister, nullptr);
  EXPECT_EQ(ByMention(named, "Pistorius"), minister);
}

TEST(Entities, TitledPeopleWithAffiliationAreOneMention) {
  Document doc = Analyze(
      "German Chancellor Olaf Scholz met French President Emmanuel Macron in "
      "Paris on Monday. Scholz said the talks were useful.",
      "2022-05-02");
  const Entity* scholz = ByMention(doc, "German Chancellor Olaf Scholz");
  ASSERT_NE(scholz, nullptr);
  EXPECT_EQ(scholz->name, "Olaf Scholz");
  EXPECT_EQ(scholz->type, EntityType::kPerson);
  EXPECT_EQ(scholz->actor, "DEUGOV");
  EXPECT_EQ(scholz->key, "olaf-scholz");
  EXPECT_EQ(MentionTexts(doc, *scholz),
            (std::vector<std::string>{"German Chancellor Olaf Scholz", "Scholz"}));
  const Entity* macron = ByMention(doc, "French President Emmanuel Macron");
  ASSERT_NE(macron, nullptr);
  EXPECT_EQ(macron->actor, "FRAGOV");
  const Entity* germany = ByMention(doc, "German", MentionForm::kAdjective);
  ASSERT_NE(germany, nullptr);
  EXPECT_EQ(germany->type, EntityType::kCountry);
  EXPECT_EQ(germany->actor, "DEU");
  EXPECT_EQ(TypeOf(doc, "Paris"), EntityType::kPlace);
  EXPECT_EQ(ByMention(doc, "Monday"), nullptr);
}

// A person's role written with capitals after an article, with no name
// after it, is the role ("the Chief Executive of Acme"), not a name; a
// body's ("the Court of Appeal") and a name that goes on ("the General
// Electric Company") stay names.
TEST(Entities, CapitalisedRoleAfterAnArticleIsNoName) {
  Document doc = Analyze(
      "Ruth Okafor, the Chief Executive of Brightwater, said sales rose. Jim Tran, "
      "the Vice Chairman of Brightwater, agreed. The case went to the Court of Appeal.",
      "2022-05-02");
  const Entity* okafor = ByMention(doc, "Ruth Okafor");
  ASSERT_NE(okafor, nullptr);
  EXPECT_EQ(okafor->type, EntityType::kPerson);
  EXPECT_EQ(MentionTexts(doc, *okafor),
            (std::vector<std::string>{"Ruth Okafor", "the Chief Executive"}));
  EXPECT_EQ(TypeOf(doc, "Brightwater"), EntityType::kOrganization);
  EXPECT_EQ(ByMention(doc, "Vice Chairman"), nullptr);
  EXPECT_EQ(ByMention(doc, "Vice Chairman of Brightwater"), nullptr);
  EXPECT_EQ(TypeOf(doc, "Court of Appeal"), EntityType::kOrganization);
  // So at a sentence's start, after the capitalised article.
  Document opening = Analyze("The Minister of Justice resigned. The Secretary of State arrived.",
                             "2022-05-02", /*parse=*/true);
  EXPECT_EQ(ByMention(opening, "Justice"), nullptr);
  EXPECT_EQ(ByMention(opening, "State"), nullptr);
}

// "of" and a role noun that is no title there go on with a body's name
// ("the Royal Courts of Justice", "the National Union of Students"); not
// after a title ("the Commissioner of Police") or a law ("an Act of
// Parliament").
TEST(Entities, RoleNounAfterOfInsideABodysName) {
  Document doc = Analyze(
      "The hearing moved to the Royal Courts of Justice. Later the National Union of "
      "Students met. Ministers said the change needed an Act of Parliament.",
      "2022-05-02");
  EXPECT_EQ(TypeOf(doc, "Royal Courts of Justice"), EntityType::kOrganization);
  EXPECT_EQ(ByMention(doc, "Royal Courts"), nullptr);
  EXPECT_EQ(TypeOf(doc, "National Union of Students"), EntityType::kOrganization);
  EXPECT_EQ(ByMention(doc, "Act of Parliament"), nullptr);
  EXPECT_EQ(TypeOf(doc, "Parliament"), EntityType::kOrganization);
}

// Before a flight's number, "Flight" ends an airline's name, no person's.
TEST(Entities, AirlineBeforeAFlightNumber) {
  Document doc = Analyze("Relatives of those aboard Kestrel Air Flight 208 gathered at the airport.",
                         "2022-05-02");
  EXPECT_EQ(TypeOf(doc, "Kestrel Air"), EntityType::kOrganization);
  EXPECT_EQ(ByMention(doc, "Kestrel Air Flight"), nullptr);
}

// A known organisation's name with its legal form after it is the same
// organisation, not one named "Company"; another capitalised word after it
// names a part of it ("Boeing Commercial Airplanes").
TEST(Entities, LegalFormAfterAKnownOrganisationIsTheSameOrganisation) {
  Document doc = Analyze(
      "The Boeing Company said orders fell in March. Boeing Corp expects a better year. "
      "The Walt Disney Company opened a park.",
      "2022-05-02");
  const Entity* boeing = ByMention(doc, "Boeing Company");
  ASSERT_NE(boeing, nullptr);
  EXPECT_EQ(boeing->name, "Boeing");
  EXPECT_EQ(ByMention(doc, "Boeing Corp"), boeing);
  const Entity* disney = ByMention(doc, "Walt Disney Company");
  ASSERT_NE(disney, nullptr);
  EXPECT_NE(disney, boeing);
  for (const Entity& e : doc.entities) EXPECT_NE(e.name, "Company");
}

// A given name before an institution's word is the institution's name
// ("the Fabian Society"), not a person's; before other words it stays a
// person ("Jim Press").
TEST(Entities, GivenNameBeforeAnInstitutionWordIsAnOrganisation) {
  Document doc = Analyze("She spoke to the Dorothy Society in Leeds. Jim Press said nothing.");
  EXPECT_EQ(TypeOf(doc, "Dorothy Society"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(doc, "Jim Press"), EntityType::kPerson);
  // "St" and a given name: a place named after a saint.
  Document saint = Analyze("The match was played at St Mary's on Saturday.");
  EXPECT_EQ(TypeOf(saint, "St Mary"), EntityType::kPlace);
}

// A common word opening the sentence is no affiliation of the titled
// person after it ("And Mr. Smith", "Since President ...").
TEST(Entities, SentenceOpeningWordBeforeAnHonorificIsNotInTheName) {
  for (const char* opener : {"And", "But", "Meanwhile", "Since"}) {
    Document doc = Analyze(std::string("The vote was close. ") + opener +
                           " Mr. Smith said nothing.");
    const Entity* smith = ByMention(doc, "Mr. Smith");
    ASSERT_NE(smith, nullptr) << opener;
    EXPECT_EQ(smith->type, EntityType::kPerson) << opener;
  }
  // A name before the title still is one: "Apple Chief Executive ...".
  Document apple = Analyze("Acme Chief Executive Jane Rowe said nothing.");
  EXPECT_NE(ByMention(apple, "Acme Chief Executive Jane Rowe"), nullptr);
}

// Nor of a group or of an organisation named after a place: "But critics
// say", "But Paris Rugby Union said"; a noun opening a name stays in it.
TEST(Entities, SentenceOpeningConjunctionIsInNoName) {
  // (With the parse: the tagger tells the conjunction from a noun.)
  Document doc = Analyze(
      "The vote was close. But Lyon Rugby Union said nothing. But critics said it was unfair.",
      "", true);
  EXPECT_NE(ByMention(doc, "Lyon Rugby Union"), nullptr);
  EXPECT_EQ(ByMention(doc, "But Lyon Rugby Union"), nullptr);
  EXPECT_EQ(ByMention(doc, "But critics"), nullptr);
  Document air = Analyze("Air Lyon will fly to Rome.", "", true);
  EXPECT_NE(ByMention(air, "Air Lyon"), nullptr);
}

// A town's one-word name opening the sentence before an apposition naming
// a person's role is a person's name; a country's is not.
TEST(Entities, PlaceNameBeforeAPersonsRoleIsAPerson) {
  Document doc = Analyze("Leeds, a retired teacher, said the school would close.", "", true);
  const Entity* leeds = ByMention(doc, "Leeds");
  ASSERT_NE(leeds, nullptr);
  EXPECT_EQ(leeds->type, EntityType::kPerson);
  EXPECT_TRUE(leeds->country.empty());
  Document place = Analyze("Leeds, a northern city, voted on Friday.", "", true);
  ASSERT_NE(ByMention(place, "Leeds"), nullptr);
  EXPECT_EQ(ByMention(place, "Leeds")->type, EntityType::kPlace);
}

TEST(Entities, UnknownPersonGetsCodeFromTitleAndNationality) {
  Document doc = Analyze("Czech Foreign Minister Jan Lipavsky warned on Friday.");
  const Entity* e = ByMention(doc, "Czech Foreign Minister Jan Lipavsky");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::kPerson);
  EXPECT_EQ(e->name, "Jan Lipavsky");
  EXPECT_EQ(e->actor, "CZEGOV");
  EXPECT_EQ(e->country, "CZE");
}

TEST(Entities, CodesDependOnThePublicationDate) {
  const char* text = "Donald Trump spoke to reporters.";
  EXPECT_EQ(ByMention(Analyze(text, "2019-03-01"), "Donald Trump")->actor, "USAGOV");
  EXPECT_EQ(ByMention(Analyze(text, "2022-03-01"), "Donald Trump")->actor, "USAELI");
  Document undated = Analyze(text);
  const Entity* t = ByMention(undated, "Donald Trump");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->actor, "");  // resolved later, by the times stage
  ASSERT_GE(t->candidates.size(), 2u);
  EXPECT_EQ(t->candidates.back().from, 0);
}

TEST(Entities, TitleSelectsTheOfficeAndBoundsTheDate) {
  Document doc = Analyze(
      "President Joe Biden spoke with Secretary of State Antony Blinken. "
      "Lavrov said nothing.");
  const Entity* biden = ByMention(doc, "President Joe Biden");
  ASSERT_NE(biden, nullptr);
  EXPECT_EQ(biden->actor, "USAGOV");
  ASSERT_EQ(biden->candidates.size(), 1u);
  EXPECT_EQ(biden->candidates[0].from, 20210120);
  std::optional<DateWindow> w = TenureWindow(doc);
  ASSERT_TRUE(w.has_value());
  EXPECT_EQ(w->from, 20210126);
  // Lavrov is untitled: his code comes from the window the others allow.
  const Entity* lavrov = ByMention(doc, "Lavrov");
  ASSERT_NE(lavrov, nullptr);
  EXPECT_EQ(lavrov->actor, "RUSGOV");
}

TEST(Entities, CaseAwareAcronyms) {
  Document doc = Analyze("The US told us that the U.S. would act.", "2022-01-01");
  const Entity* us = ByMention(doc, "US");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->actor, "USA");
  EXPECT_EQ(ByMention(doc, "us"), nullptr);
  EXPECT_EQ(ByMention(doc, "U.S."), us);
}

TEST(Entities, BracketedAcronymAfterAnUnknownNameAbbreviatesIt) {
  // "AKK" is also a known politician's nickname in the lexicon; here it
  // abbreviates the association's name.
  Document d = Analyze(
      "Montenegro Municipality Association (AKK) officials met on Monday.",
      "2020-01-01");
  for (const Entity& e : d.entities) EXPECT_NE(e.country, "DEU") << e.name;
  // A known name keeps its own acronym.
  Document n = Analyze("The North Atlantic Treaty Organization (NATO) met.", "2020-01-01");
  const Entity* nato = ByMention(n, "NATO");
  ASSERT_NE(nato, nullptr);
  EXPECT_EQ(nato->actor, "IGOWSTNAT");
}

TEST(Entities, AcronymBeforeTheNameItAbbreviatesJoinsIt) {
  // The acronym in the headline, the name in the text.
  Document doc = Analyze(
      "NRB profits fall\n\nThe Northern Rail Board said profits fell. NRB said costs rose.",
      "2020-01-01");
  const Entity* board = ByMention(doc, "Northern Rail Board");
  ASSERT_NE(board, nullptr);
  EXPECT_EQ(ByMention(doc, "NRB"), board);
  EXPECT_EQ(board->mentions.size(), 3u);
  // Not when two of the document's organisations have those initials.
  Document two = Analyze(
      "NRB profits fall\n\nThe Northern Rail Board and the National Road Bureau met.",
      "2020-01-01");
  const Entity* nrb = ByMention(two, "NRB");
  ASSERT_NE(nrb, nullptr);
  EXPECT_EQ(nrb->name, "NRB");
}

TEST(Entities, RoleNounsAndPronounsReferToPeople) {
  Document doc = Analyze(
      "Kremlin spokesman Dmitry Peskov said talks were possible, although he "
      "added that no date was set. The Kremlin spokesman later declined to comment.",
      "2022-02-01");
  const Entity* peskov = ByMention(doc, "Kremlin spokesman Dmitry Peskov");
  ASSERT_NE(peskov, nullptr);
  EXPECT_EQ(peskov->actor, "RUSGOV");
  EXPECT_EQ(ByMention(doc, "he", MentionForm::kPronoun), peskov);
  EXPECT_EQ(ByMention(doc, "The Kremlin spokesman", MentionForm::kNominal), peskov);
  const Entity* kremlin = ByMention(doc, "Kremlin");
  ASSERT_NE(kremlin, nullptr);
  EXPECT_EQ(kremlin->type, EntityType::kOrganization);
  EXPECT_EQ(kremlin->actor, "RUSGOV");
}

// A text (parsed) and the name its first "he" (or "He") refers to.
struct PronounCase {
  const char* text;
  const char* person;
};

void ExpectHeRefersTo(const PronounCase& c) {
  Document doc = Analyze(c.text, "2021-05-04", /*parse=*/true);
  const Entity* he = ByMention(doc, "he", MentionForm::kPronoun);
  if (he == nullptr) he = ByMention(doc, "He", MentionForm::kPronoun);
  const Entity* want = ByMention(doc, c.person);
  ASSERT_NE(want, nullptr) << c.text;
  EXPECT_EQ(he, want) << c.text;
}

// With a parse, a subject "he" or "she" of any verb refers too: to the
// subject before it in its own sentence, else to the person the sentences
// before were about (their subject first).
TEST(Entities, SubjectPronounsReferToPeople) {
  const PronounCase cases[] = {
      {"Peter Hale spoke in Leeds on Monday. He praised the council.", "Peter Hale"},
      {"Peter Hale will attack Mark Stone's plan as he begins a tour.", "Peter Hale"},
      {"Peter Hale met Mark Stone on Monday. He praised the council.", "Peter Hale"},
  };
  for (const PronounCase& c : cases) ExpectHeRefersTo(c);
  // Without a parse only a speaking pronoun does.
  Document plain = Analyze("Peter Hale spoke in Leeds on Monday. He praised the council.",
                           "2021-05-04");
  EXPECT_EQ(ByMention(plain, "He", MentionForm::kPronoun), nullptr);
  // "They" acting: the group or organisation that was the subject before.
  Document group = Analyze("Russian officials met in Minsk on Monday. They blocked a new vote.",
                           "2021-05-04", /*parse=*/true);
  const Entity* they = ByMention(group, "They", MentionForm::kPronoun);
  ASSERT_NE(they, nullptr);
  EXPECT_EQ(they->type, EntityType::kGroup);
}

// A speaking pronoun after a quotation is not a name inside it (speakers do
// not name themselves), nor, with no marks, a name in the clause it reports
// ("X made the decisions, he said" is about someone else); in an earlier
// sentence it continues that sentence's subject before its objects.
TEST(Entities, SpeakingPronounSkipsTheNamesItReports) {
  const PronounCase cases[] = {
      {"Peter Hale spoke first. \"I never met Mark Stone,\" he said.", "Peter Hale"},
      {"Peter Hale spoke first. \"I met Mark Stone once. It was brief,\" he said.",
       "Peter Hale"},
      {"Peter Hale spoke to reporters. Mark Stone made the decisions, he said.",
       "Peter Hale"},
      {"Peter Hale rejected claims that he pressured Mark Stone. Later, he said "
       "the claims were false.",
       "Peter Hale"},
      // Still the nearest name when nothing says otherwise.
      {"Peter Hale left early. Mark Stone stayed, and he said the talks went well.",
       "Mark Stone"},
  };
  for (const PronounCase& c : cases) ExpectHeRefersTo(c);
}

TEST(Entities, NamesDoNotStartWithAConnectorLeftByADroppedWord) {
  for (const char* text : {"According to Smith, the deal failed.",
                           "According to Bellamy's agent, the player refused."}) {
    Document doc = Analyze(text, "2021-05-04");
    for (const Mention& m : doc.mentions)
      EXPECT_NE(doc.Text(m.span).substr(0, 3), "to ") << text;
  }
}

TEST(Entities, CountiesAndCompassRegionsArePlaces) {
  Document doc = Analyze(
      "Voters in Hinckley, Leicestershire, and across the East Midlands were "
      "asked. Floods hit Northamptonshire.",
      "2021-05-04");
  for (const char* name : {"Leicestershire", "East Midlands", "Northamptonshire"}) {
    EXPECT_EQ(TypeOf(doc, name), EntityType::kPlace) << name;
  }
}

TEST(Entities, PronounBeforeAnAuxiliaryAndASpeechVerbSpeaks) {
  Document doc = Analyze(
      "Party leader Roger Knapman was scathing. However, he did say the "
      "former host had been useful.",
      "2021-05-04", /*parse=*/true);
  const Entity* he = ByMention(doc, "he", MentionForm::kPronoun);
  ASSERT_NE(he, nullptr);
  EXPECT_EQ(he->name, "Roger Knapman");
}

TEST(Entities, GazetteerPlacesAndTheirAmbiguousNames) {
  auto expect = [](const Document& doc, const char* name, EntityType type, const char* country) {
    const Entity* e = ByMention(doc, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->type, type) << name;
    if (country != nullptr) {
      EXPECT_EQ(e->country, country) << name;
    }
  };
  // Towns, regions and islands of the built-in places, with their country.
  Document doc = Analyze(
      "Police in Livorno said the ferry had left for Mallorca. Flooding hit Lombardy and "
      "Kowloon, and the mayor of Arlington, Texas, flew to Aberdeen.");
  for (auto [name, country] : {std::pair{"Livorno", "ITA"}, {"Mallorca", "ESP"},
                               {"Lombardy", "ITA"}, {"Kowloon", "HKG"},
                               {"Arlington", "USA"}, {"Aberdeen", "GBR"}})
    expect(doc, name, EntityType::kPlace, country);
  // A name that is also a word or a person's name ("~Reading" in places.tsv)
  // is the place only where a place stands: after "in", before ", Country".
  Document word = Analyze("Reading is good for children, Mobile said.");
  EXPECT_EQ(ByMention(word, "Reading"), nullptr);
  const Entity* mobile = ByMention(word, "Mobile");
  EXPECT_TRUE(mobile == nullptr || mobile->type != EntityType::kPlace);
  Document town = Analyze("Officers in Reading arrested a man who had driven from Mobile, Alabama.");
  expect(town, "Reading", EntityType::kPlace, "GBR");
  expect(town, "Mobile", EntityType::kPlace, "USA");
  // A town next to capitalised words the lexicon does not know is part of a
  // longer name; an acronym in capitals is not the town of its letters (Gao).
  Document club = Analyze("Fans in Leicester Square cheered Borussia Dortmund, the GAO said.");
  expect(club, "Leicester Square", EntityType::kPlace, nullptr);
  expect(club, "Borussia Dortmund", EntityType::kOrganization, nullptr);
  const Entity* gao = ByMention(club, "GAO");
  EXPECT_TRUE(gao == nullptr || gao->type != EntityType::kPlace);
}

// "Will" is a given name before a surname ("Will Greenwood"), and the
// surname alone is that person.
TEST(Entities, WillIsAGivenName) {
  Document doc = Analyze(
      "Flanker Will Marlowe is set to miss the match. Marlowe said he was fit.", "2005-01-10");
  const Entity* will = ByMention(doc, "Will Marlowe");
  ASSERT_NE(will, nullptr);
  EXPECT_EQ(will->type, EntityType::kPerson);
  EXPECT_EQ(ByMention(doc, "Marlowe"), will);
}

TEST(Entities, GivenNameBeforeAKnownSurname) {
  // One of the known person's own given names joins the mention.
  Document doc = Analyze("Turkish premier Recep Erdogan had to accept the deal.", "2004-12-20");
  const Entity* pm = ByMention(doc, "Turkish premier Recep Erdogan");
  ASSERT_NE(pm, nullptr);
  EXPECT_EQ(pm->actor, "TURGOV");
  // Another given name: someone else, not the known person.
  Document other = Analyze("Ali Erdogan spoke to reporters.", "2004-12-20");
  const Entity* ali = ByMention(other, "Ali Erdogan");
  ASSERT_NE(ali, nullptr);
  EXPECT_EQ(ali->type, EntityType::kPerson);
  EXPECT_EQ(ali->actor, "");
  EXPECT_EQ(ByMention(other, "Erdogan"), nullptr);
  // A first name the lexicon does not know as one: still someone else.
  Document third = Analyze("Turnaround expert Enrico Bondi sued the bank.", "2005-02-01");
  const Entity* bondi = ByMention(third, "Enrico Bondi");
  ASSERT_NE(bondi, nullptr);
  EXPECT_EQ(bondi->actor, "");
}

TEST(Entities, NameIntroducingItsInitialsIsAnOrganisation) {
  Document doc = Analyze("Video game giant Electronic Arts (EA) says it wants to grow.",
                         "2005-02-01");
  const Entity* ea = ByMention(doc, "Electronic Arts");
  ASSERT_NE(ea, nullptr);
  EXPECT_EQ(ea->type, EntityType::kOrganization);
  EXPECT_EQ(ByMention(doc, "EA"), ea);
}

TEST(Entities, NamesOfEventsAndPrizesAreNoActors) {
  Document doc = Analyze(
      "Roger Federer won the Davis Cup tie. Stars gathered for the Academy Awards "
      "in Los Angeles and the Grammy Awards. She starred at the Berlin Film Festival.",
      "2005-02-01");
  for (const Mention& m : doc.mentions) {
    std::string_view t = doc.Text(m.span);
    EXPECT_EQ(t.find("Cup"), std::string_view::npos) << t;
    EXPECT_EQ(t.find("Awards"), std::string_view::npos) << t;
    EXPECT_EQ(t.find("Festival"), std::string_view::npos) << t;
  }
  EXPECT_NE(ByMention(doc, "Roger Federer"), nullptr);
  EXPECT_NE(ByMention(doc, "Los Angeles"), nullptr);
}

TEST(Entities, SurnamesThatAreWordsOrPlacesNeedTheFullName) {
  // "Bolton" the club and "Ban" the word are not John Bolton or Ban Ki-moon...
  Document club = Analyze("Bolton beat Arsenal at home. Ban on smoking starts today.",
                          "2005-02-01");
  for (const Entity& e : club.entities) {
    EXPECT_NE(e.name, "John Bolton");
    EXPECT_NE(e.name, "Ban Ki-moon");
  }
  // ... until the person is named.
  Document named = Analyze("US envoy John Bolton said the talks failed. Bolton added more.",
                           "2005-02-01");
  const Entity* bolton = ByMention(named, "Bolton");
  ASSERT_NE(bolton, nullptr);
  EXPECT_EQ(bolton->name, "John Bolton");
}

TEST(Entities, SpeakingItIsTheOrganisationNamedBefore) {
  Document doc = Analyze(
      "Harwick Networks filed an appeal on Monday. The case raises a question of "
      "critical importance, it said.",
      "2005-02-01", /*parse=*/true);
  const Entity* firm = ByMention(doc, "Harwick Networks");
  ASSERT_NE(firm, nullptr);
  EXPECT_EQ(ByMention(doc, "it", MentionForm::kPronoun), firm);
  // No organisation before: "it" stays unresolved.
  Document none = Analyze("The weather was bad, it said.", "2005-02-01", /*parse=*/true);
  EXPECT_EQ(ByMention(none, "it", MentionForm::kPronoun), nullptr);
  // Two sentences back when the sentence between names none as its
  // subject; not a country so far back.
  Document two = Analyze(
      "Dorvan Mills Corp reported a loss of $5m on Monday. Sales fell in Europe as costs rose "
      "sharply. \"We expect a better year,\" it said.",
      "2015-04-01", /*parse=*/true);
  EXPECT_EQ(ByMention(two, "it", MentionForm::kPronoun), ByMention(two, "Dorvan Mills Corp"));
  EXPECT_NE(ByMention(two, "it", MentionForm::kPronoun), nullptr);
  Document country = Analyze(
      "Peru reported a trade deficit on Monday. Sales fell in Europe as costs rose sharply. "
      "\"We expect a better year,\" it said.",
      "2015-04-01", /*parse=*/true);
  EXPECT_EQ(ByMention(country, "it", MentionForm::kPronoun), nullptr);
}

TEST(Entities, SpeakingItPrefersTheSubjectOfItsSentence) {
  // In its own sentence, the body named as a subject, not one named after
  // it in a relative clause or as an object.
  Document doc = Analyze(
      "Harwick Networks, which bought Dorvan Mills Corp last year, said it would cut 300 jobs.",
      "2005-02-01", /*parse=*/true);
  const Entity* firm = ByMention(doc, "Harwick Networks");
  ASSERT_NE(firm, nullptr);
  EXPECT_EQ(ByMention(doc, "it", MentionForm::kPronoun), firm);
}

TEST(Entities, SpeakingPronounContinuesThroughARunOfQuotations) {
  // Four sentences of quotation between the name and the last "he said".
  Document doc = Analyze(
      "Peter Nielson suspended the treasurer on Friday. \"It was necessary,\" he said. "
      "\"We had no choice. The rules are clear. Everyone knows them. Nobody is above "
      "them.\" He added that an inquiry would follow.",
      "2005-02-01", /*parse=*/true);
  const Entity* nielson = ByMention(doc, "Peter Nielson");
  ASSERT_NE(nielson, nullptr);
  int pronouns = 0;
  for (const Mention& m : doc.mentions) {
    if (m.form != MentionForm::kPronoun) continue;
    ++pronouns;
    EXPECT_EQ(&doc.entities[m.entity], nielson) << doc.Text(m.span);
  }
  EXPECT_EQ(pronouns, 2);
  // Not past another man named in between.
  Document other = Analyze(
      "Peter Nielson spoke first. \"It was necessary,\" he said. Mark Stone left early. "
      "\"We had no choice. The rules are clear. Everyone knows them.\" He added more.",
      "2005-02-01", /*parse=*/true);
  for (const Mention& m : other.mentions)
    if (m.form == MentionForm::kPronoun && other.Text(m.span) == "He") {
      EXPECT_NE(other.entities[m.entity].name, "Peter Nielson");
    }
}

TEST(Entities, LeaderNominalFindsTheHeadOfState) {
  Document doc = Analyze(
      "Turkish President Recep Tayyip Erdogan visited Berlin. The Turkish leader "
      "called for talks.",
      "2023-01-10");
  const Entity* erdogan = ByMention(doc, "Turkish President Recep Tayyip Erdogan");
  ASSERT_NE(erdogan, nullptr);
  EXPECT_EQ(ByMention(doc, "The Turkish leader", MentionForm::kNominal), erdogan);
}

TEST(Entities, OrganisationWithItsTypeNoun) {
  Document doc = Analyze("Finland asked to join the NATO alliance, and NATO agreed.",
                         "2022-05-18");
  const Entity* nato = ByMention(doc, "NATO");
  ASSERT_NE(nato, nullptr);
  EXPECT_EQ(nato->actor, "IGOWSTNAT");
  EXPECT_EQ(ByMention(doc, "the NATO alliance"), nato);
}

TEST(Entities, TheBelongsToTheNameOnlyWhenItHeadsThePhrase) {
  Document doc = Analyze(
      "The White House said the UN Security Council meeting was useful.",
      "2022-01-01");
  EXPECT_NE(ByMention(doc, "The White House"), nullptr);
  EXPECT_NE(ByMention(doc, "UN Security Council"), nullptr);
}

TEST(Entities, UnknownNamesAreTypedAndMerged) {
  Document doc = Analyze(
      "Accenture Chief Executive Julie Sweet said Boeing Co would buy parts. "
      "Sweet added that Boeing had agreed. The European Aeronautic Defence and "
      "Space Company (EADS) declined to comment.",
      "2021-06-01");
  const Entity* sweet = ByMention(doc, "Sweet");
  ASSERT_NE(sweet, nullptr);
  EXPECT_EQ(sweet->type, EntityType::kPerson);
  EXPECT_EQ(sweet->name, "Julie Sweet");
  EXPECT_EQ(TypeOf(doc, "Boeing"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(doc, "EADS"), EntityType::kOrganization);
}

// The last word of a company's name says it is one ("Financial",
// "Healthcare", "Railways"): no person.
TEST(Entities, CompanyNameEndingsMakeOrganisations) {
  Document doc = Analyze(
      "Shares of Greenpoint Financial fell after Harlow Healthcare cut its "
      "forecast, and Tamsin Railways said nothing.",
      "2021-06-01");
  EXPECT_EQ(TypeOf(doc, "Greenpoint Financial"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(doc, "Harlow Healthcare"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(doc, "Tamsin Railways"), EntityType::kOrganization);
}

TEST(Entities, CommonWordsAreNotNames) {
  Document doc = Analyze(
      "Tensions rose during the talks. Our Allies and partners met, and the allies "
      "agreed.",
      "2022-01-01");
  EXPECT_EQ(ByMention(doc, "Tensions"), nullptr);
  EXPECT_EQ(ByMention(doc, "Allies"), nullptr);
  EXPECT_EQ(ByMention(doc, "Our"), nullptr);
  Document holidays = Analyze(
      "Shops expect strong Christmas sales, and the ministers will hold their "
      "Autumn meetings after Easter.",
      "2022-01-01");
  EXPECT_EQ(ByMention(holidays, "Christmas"), nullptr);
  EXPECT_EQ(ByMention(holidays, "Autumn"), nullptr);
  EXPECT_EQ(ByMention(holidays, "Easter"), nullptr);
}

TEST(Entities, GroupsOfRoleNouns) {
  Document doc = Analyze("Russian soldiers crossed the border as Ukrainian protesters gathered.",
                         "2022-02-24");
  const Entity* soldiers = ByMention(doc, "Russian soldiers", MentionForm::kNominal);
  ASSERT_NE(soldiers, nullptr);
  EXPECT_EQ(soldiers->type, EntityType::kGroup);
  EXPECT_EQ(soldiers->actor, "RUSMIL");
}

TEST(Entities, CapitalisedPluralAgentAfterANameIsAnOrganisation) {
  Document doc = Analyze(
      "Mexico Airlines said on Monday that it would buy new planes, while "
      "Brazilian airlines waited. Chile Airlines declined to comment.",
      "2022-02-01");
  const Entity* mx = ByMention(doc, "Mexico Airlines");
  ASSERT_NE(mx, nullptr);
  EXPECT_EQ(mx->type, EntityType::kOrganization);
  EXPECT_EQ(mx->actor.substr(0, 3), "MEX");
  EXPECT_EQ(ByMention(doc, "Mexico"), nullptr);  // no mention of the country
  const Entity* cl = ByMention(doc, "Chile Airlines");
  ASSERT_NE(cl, nullptr);
  EXPECT_NE(cl, mx);  // two companies, not one group
  const Entity* br = ByMention(doc, "Brazilian airlines", MentionForm::kNominal);
  ASSERT_NE(br, nullptr);
  EXPECT_EQ(br->type, EntityType::kGroup);  // lower case: a group
}

TEST(Entities, SurnameBeforeAdministrationNamesThePerson) {
  Document doc = Analyze("The Obama administration and the Merkel government met.", "2012-05-01");
  const Entity* obama = ByMention(doc, "Obama");
  ASSERT_NE(obama, nullptr);
  EXPECT_EQ(obama->type, EntityType::kPerson);
  EXPECT_EQ(obama->name, "Barack Obama");
  const Entity* merkel = ByMention(doc, "Merkel");
  ASSERT_NE(merkel, nullptr);
  EXPECT_EQ(merkel->name, "Angela Merkel");
}

TEST(Entities, PlaceNameInAPersonsNameIsNoPlace) {
  // A given name before a place or a country: the person's surname.
  Document doc = Analyze(
      "Two players were sent off by referee Hugh Dallas. Dallas said he had no choice. "
      "Midfielder Matt Holland scored twice, and Holland's goals won it.", "2005-02-01");
  const Entity* dallas = ByMention(doc, "Hugh Dallas");
  ASSERT_NE(dallas, nullptr);
  EXPECT_EQ(dallas->type, EntityType::kPerson);
  EXPECT_EQ(ByMention(doc, "Dallas"), dallas);
  EXPECT_EQ(TypeOf(doc, "Matt Holland"), EntityType::kPerson);
  // A given name that is also a place, before a surname.
  // ("actress" is a title: the mention takes it in.)
  Document v = Analyze("The actress Virginia Madsen arrived late.", "2005-02-01");
  EXPECT_EQ(TypeOf(v, "actress Virginia Madsen"), EntityType::kPerson);
  Document w = Analyze("On Friday Virginia Madsen arrived late.", "2005-02-01");
  EXPECT_EQ(TypeOf(w, "Virginia Madsen"), EntityType::kPerson);
  // Places stay places elsewhere.
  Document p = Analyze("Flights from Dallas to Holland were cancelled.", "2005-02-01");
  EXPECT_EQ(TypeOf(p, "Dallas"), EntityType::kPlace);
}

TEST(Entities, PersonOfAnOrganisationIsTwoNames) {
  // "Given Surname of Organisation": the person and the employer.
  Document doc = Analyze("Rates will rise, said Peter Vellinen of Kestrel Securities.",
                         "2005-02-01");
  EXPECT_EQ(TypeOf(doc, "Peter Vellinen"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(doc, "Kestrel Securities"), EntityType::kOrganization);
  // One word before "of" is still one name.
  Document one = Analyze("The Bank of Kestrel raised rates.", "2005-02-01");
  EXPECT_NE(ByMention(one, "Bank of Kestrel"), nullptr);
}

TEST(Entities, StanceIsNoMention) {
  // "pro-Beijing", "anti-Trump": a stance, not the place or the person.
  Document doc = Analyze("The pro-Beijing camp won, and anti-Trump protesters marched.",
                         "2016-09-05");
  EXPECT_EQ(ByMention(doc, "Beijing"), nullptr);
  EXPECT_EQ(ByMention(doc, "Trump"), nullptr);
  Document plain = Analyze("Protesters marched in Beijing.", "2016-09-05");
  EXPECT_NE(ByMention(plain, "Beijing"), nullptr);
}

TEST(Entities, SurnameFirstNamesWithHyphenatedGivenNames) {
  Document doc = Analyze("Pan-democrat Lam Cheuk-ting won, as did Kwok Wai-keung. "
                         "The Blair-led government and Obama-era rules stayed.", "2016-09-05");
  for (const char* name : {"Lam Cheuk-ting", "Kwok Wai-keung"}) {
    EXPECT_EQ(TypeOf(doc, name), EntityType::kPerson) << name;
  }
  // The syllable after the hyphen may be capitalised ("Hwang Hee-Chan"),
  // not when it is a name the lexicon knows ("the Sri Lanka-India talks").
  Document caps = Analyze("The striker Hwang Hee-Chan scored. The Sri Lanka-India talks ended.",
                          "2016-09-05");
  EXPECT_EQ(TypeOf(caps, "Hwang Hee-Chan"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(caps, "India"), EntityType::kCountry);
  Document of = Analyze("Leung Yiu-chung of NWSC was elected.", "2016-09-05");
  EXPECT_EQ(TypeOf(of, "Leung Yiu-chung"), EntityType::kPerson);
  EXPECT_NE(ByMention(of, "NWSC"), nullptr);
  EXPECT_EQ(ByMention(doc, "Blair-led"), nullptr);
  EXPECT_EQ(ByMention(doc, "Obama-era"), nullptr);
}

TEST(Entities, SpeakingTheyContinuesTheGroupThatIsSubject) {
  Document doc = Analyze(
      "Russian officials met their Ukrainian counterparts in Geneva on Monday. "
      "They said the talks had been useful.", "2022-02-01", /*parse=*/true);
  const Entity* officials = ByMention(doc, "Russian officials", MentionForm::kNominal);
  ASSERT_NE(officials, nullptr);
  EXPECT_EQ(ByMention(doc, "They", MentionForm::kPronoun), officials);
  // Other plural subjects in between ("experts"): no guess.
  Document other = Analyze(
      "Russian officials met their Ukrainian counterparts in Geneva on Monday. "
      "Experts warned that the talks would fail. They said the gap was too wide.",
      "2022-02-01", /*parse=*/true);
  EXPECT_EQ(ByMention(other, "They", MentionForm::kPronoun), nullptr);
}

TEST(Entities, LawsWarsAndStormsAreNoActors) {
  Document doc = Analyze(
      "The Data Protection Act and the Maastricht Treaty were signed after World War II. "
      "Hurricane Ivan hit Grenada.", "2004-09-10");
  for (const char* name : {"Data Protection Act", "Maastricht Treaty", "World War II",
                           "Hurricane Ivan", "Ivan"}) {
    EXPECT_EQ(ByMention(doc, name), nullptr) << name;
  }
  EXPECT_NE(ByMention(doc, "Grenada"), nullptr);
}

TEST(Entities, UnknownNameWherePlacesStandIsAPlace) {
  Document doc = Analyze("They stayed at a motel in Kelbourne. Rates rose in Kelbourne too. "
                         "He bought a stake in Vantrex.", "2020-01-01");
  EXPECT_EQ(TypeOf(doc, "Kelbourne"), EntityType::kPlace);
  EXPECT_EQ(TypeOf(doc, "Vantrex"), EntityType::kOrganization);
  // Once "in" among several mentions as an organisation: no place.
  Document org = Analyze("Vantrex said profits fell. Vantrex blamed costs. Vantrex cut jobs. "
                         "Few believed in Vantrex.", "2020-01-01");
  EXPECT_EQ(TypeOf(org, "Vantrex"), EntityType::kOrganization);
}

TEST(Entities, UnknownNameThatDoesWhatPeopleDoIsAPerson) {
  Document doc = Analyze("The coach praised Kelvane. Later Kelvane smiled at the fans. "
                         "Nobody died.", "2020-01-01");
  EXPECT_EQ(TypeOf(doc, "Kelvane"), EntityType::kPerson);
  EXPECT_EQ(ByMention(doc, "Nobody"), nullptr);
  Document age = Analyze("Officers arrested Dravenko, 45, on Monday.", "2020-01-01");
  EXPECT_EQ(TypeOf(age, "Dravenko"), EntityType::kPerson);
}

TEST(Entities, TownsAreClubsInSportsStories) {
  const std::string story =
      "Leicester beat Newcastle 2-1 in the Premiership on Saturday. Newcastle striker Ian Moss "
      "missed a penalty and the referee booked two players. The match in Leicester was the best "
      "of the season for the squad; the coach praised the goalkeeper and the midfielder.";
  Document doc = Analyze(story, "2005-01-01");
  const Entity* club = ByMention(doc, "Newcastle");
  ASSERT_NE(club, nullptr);
  EXPECT_EQ(club->type, EntityType::kOrganization);
  // Where the match was played stays a place.
  bool place = false;
  for (const Mention& m : doc.mentions)
    place = place || (doc.Text(m.span) == "Leicester" && m.entity >= 0 &&
                      doc.entities[m.entity].type == EntityType::kPlace);
  EXPECT_TRUE(place);
  // A town that is also a given name ("Chelsea", context-only in the
  // lexicon) is the club too, unless the article writes it in a name.
  Document given = Analyze(
      "Chelsea beat Arsenal 2-1 in the Premiership on Saturday. The striker scored twice and "
      "the referee booked two players. The match was the best of the season for the squad; "
      "the coach praised Chelsea and the goalkeeper.", "2005-01-01", /*parse=*/true);
  EXPECT_EQ(TypeOf(given, "Chelsea"), EntityType::kOrganization);
  // The town of an event held there stays a place ("the Leicester
  // marathon").
  Document venue = Analyze(
      "Hamble won the Leicester marathon on Sunday. The athlete beat the champion and the "
      "sprinters at the meeting; the coach praised the referee, the squad and the medal "
      "winners of the season.", "2005-01-01");
  EXPECT_EQ(TypeOf(venue, "Leicester"), EntityType::kPlace);
  // Outside sports stories a town is a town.
  Document news = Analyze("Newcastle council raised taxes on Monday.", "2005-01-01");
  EXPECT_EQ(TypeOf(news, "Newcastle"), EntityType::kPlace);
}

TEST(Entities, LoneNamesInSportsStoriesArePlayers) {
  // In a sports story an unknown one-word name is a player, a coach or a
  // referee, not the organisation an unknown name is elsewhere: the clubs
  // there are towns or names the lexicon knows (Arsenal), nicknames after
  // "the" or in the plural, and grounds are places.
  Document doc = Analyze(
      "Arsenal beat the Lions 2-1 at Highbury on Saturday. Then Dorvan scored twice and Keswell "
      "praised Oduya after the match. The striker and the midfielder were booked by the referee "
      "in the league game, and the coach said the season was long. Kelborough boss Tam Fenn "
      "said the result was fair, and the game GoalQuest, made by publishers Velmora, sold "
      "well.\n"
      "Arsenal: Dorvan, Oduya, Brisk, Maltin.",
      "2005-01-01", /*parse=*/true);
  for (const char* name : {"Dorvan", "Keswell", "Oduya", "Brisk", "Maltin"})
    EXPECT_EQ(TypeOf(doc, name), EntityType::kPerson) << name;
  EXPECT_EQ(TypeOf(doc, "Arsenal"), EntityType::kOrganization);
  // A club's short name (a context-only alias) once its full name is out:
  // "Real" after "Real Madrid", not "Real wages".
  Document real = Analyze("Real Madrid beat Dunmore 2-1. Real were better. Real wages fell.",
                          "2005-01-01", /*parse=*/true);
  const Entity* madrid = ByMention(real, "Real Madrid");
  ASSERT_NE(madrid, nullptr);
  int reals = 0;
  for (const Mention& m : real.mentions)
    reals += real.Text(m.span) == "Real" && m.entity >= 0 && &real.entities[m.entity] == madrid;
  EXPECT_EQ(reals, 1);
  EXPECT_EQ(TypeOf(doc, "Lions"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(doc, "Highbury"), EntityType::kPlace);
  // A side named before its people ("Kelborough boss") is no player; nor
  // is a firm after a noun that says what it is, or a game spelled as
  // brands are.
  EXPECT_NE(TypeOf(doc, "Kelborough"), EntityType::kPerson);
  EXPECT_NE(TypeOf(doc, "Velmora"), EntityType::kPerson);
  EXPECT_NE(TypeOf(doc, "GoalQuest"), EntityType::kPerson);
  // Outside sports stories the rule does not apply.
  Document news = Analyze("Keswell expanded its factory. Profits at Keswell rose.", "2005-01-01",
                          /*parse=*/true);
  EXPECT_NE(TypeOf(news, "Keswell"), EntityType::kPerson);
}

TEST(Entities, BodyNounOfAPlaceIsOneOrganisation) {
  // A capitalised role noun of a body before "of" and a place is one
  // organisation's name; a name between "a" and a word for someone who
  // works there is the organisation's, even after a given name.
  Document doc = Analyze(
      "The Bank of East Asia lent money to the University of Chicago. A Morgan Harwick "
      "official declined to comment. Steel output in West Germany fell.", "1987-03-27");
  EXPECT_EQ(TypeOf(doc, "Bank of East Asia"), EntityType::kOrganization);
  // Named after a country after "of", it is of that country.
  Document china = Analyze("The Bank of China said profits rose.", "2005-01-01");
  const Entity* bank = ByMention(china, "Bank of China");
  ASSERT_NE(bank, nullptr);
  EXPECT_EQ(bank->actor, "CHNBUS");  // the country, and the role noun's sector
  Document gov = Analyze("The Government of Japan said it would act.", "2005-01-01");
  const Entity* japan = ByMention(gov, "Government of Japan");
  ASSERT_NE(japan, nullptr);
  EXPECT_EQ(japan->actor, "JPNGOV");
  EXPECT_EQ(china.entities.size(), 1u);
  EXPECT_EQ(TypeOf(doc, "University of Chicago"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(doc, "East Asia"), std::nullopt);
  EXPECT_EQ(TypeOf(doc, "Morgan Harwick"), EntityType::kOrganization);
  // "X and Co" is a firm's name ("Co-operative" is no such ending).
  Document firm = Analyze("The auditors, Dorvan Keel and Co, said the accounts were clean. "
                          "Brisk and Co-operative members met.", "1987-03-27");
  EXPECT_EQ(TypeOf(firm, "Dorvan Keel and Co"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(firm, "Brisk and Co"), std::nullopt);
  // A point of the compass: "the West" is a region, "West" before a
  // nationality part of the adjective.
  Document west = Analyze("Moscow warned the West. Other West European banks lent money.",
                          "1987-03-27");
  EXPECT_EQ(TypeOf(west, "West"), EntityType::kPlace);
  int wests = 0;
  for (const Mention& m : west.mentions) wests += west.Text(m.span) == "West";
  EXPECT_EQ(wests, 1);
  const Entity* germany = ByMention(doc, "West Germany");
  ASSERT_NE(germany, nullptr);
  EXPECT_EQ(germany->actor, "DEU");
}

TEST(Entities, RowsOfFigureTablesAreNoTeams) {
  // A table of trade figures: its rows are named by common nouns the tagger
  // reads as such, no teams. A table of standings under a wire sports
  // headline whose sport is its third word still names clubs.
  Document figures = Analyze(
      "Harwick grain supply ( mln tonnes ) :\n"
      "Production 1,018 1,018 1,230\n"
      "Exports 450 475 395\n", "1987-03-27", /*parse=*/true);
  EXPECT_EQ(TypeOf(figures, "Production"), std::nullopt);
  EXPECT_EQ(TypeOf(figures, "Exports"), std::nullopt);
  Document standings = Analyze(
      "NHL ICE HOCKEY - STANDINGS .\n"
      "Harwick 4 3 1 0 9 3 10\n"
      "Dunmore 4 2 1 1 5 4 7\n", "", /*parse=*/true);
  EXPECT_EQ(TypeOf(standings, "Harwick"), EntityType::kOrganization);
  // "ICE" in that headline is the sport's word, not the US agency; "US" in
  // a sports headline is still the country.
  EXPECT_EQ(TypeOf(standings, "ICE"), std::nullopt);
  Document us = Analyze("SOCCER - US BEAT MEXICO 2-0 .\nThe United States beat Mexico .", "",
                        /*parse=*/true);
  EXPECT_EQ(TypeOf(us, "US"), EntityType::kCountry);
}

TEST(Entities, ScorersLineUpsAndHeadlineSurnamesInSportsStories) {
  // Scorers in brackets after a side's score, the first player of a
  // line-up after a colon, and a surname alone in a headline in capitals
  // that the story writes with the given name.
  Document doc = Analyze(
      "SOCCER - DORVAN SCORES TWICE FOR HARWICK .\n"
      "Harwick United 3 ( Tom Dorvan 24 , 65 , Brisk 78 ) Dunmore 1 ( Graef 45 ) .\n"
      "Harwick United : Kessel - Oduya , Maltin , Ferrow .\n",
      "", /*parse=*/true);
  for (const char* name : {"Brisk", "Graef", "Kessel", "Oduya"})
    EXPECT_EQ(TypeOf(doc, name), EntityType::kPerson) << name;
  const Entity* dorvan = ByMention(doc, "DORVAN");
  ASSERT_NE(dorvan, nullptr);
  EXPECT_EQ(dorvan, ByMention(doc, "Tom Dorvan"));
}

TEST(Entities, TwoWordPlayersInLineUpsAndScorecards) {
  // An initial and a surname (also "P", no name elsewhere), or two names
  // nothing else types, in a sports story: players; a bowler's figures ("12-1-35-0") are no score
  // and no row of a table. Common words stay out ("Boxing Day").
  Document doc = Analyze(
      "RUGBY UNION - HARWICK NAME SIDE FOR BOXING DAY MATCH .\n"
      "Harwick have named their side for the Boxing Day match against Dunmore .\n"
      "Harwick : J Orrin ; K Vessey , P Quarmby ; Rafiq Dossani , Tolan Brisk .\n"
      "Bowling : Imtiaz Qadri 12-1-35-0 , Tolan Brisk 8-2-20-1\n"
      "The coach said the squad was ready for the tournament and the championship .\n",
      "", /*parse=*/true);
  for (const char* name : {"J Orrin", "K Vessey", "P Quarmby", "Rafiq Dossani", "Tolan Brisk",
                           "Imtiaz Qadri"})
    EXPECT_EQ(TypeOf(doc, name), EntityType::kPerson) << name;
  EXPECT_NE(TypeOf(doc, "Boxing Day"), EntityType::kPerson);
}

TEST(Entities, ApposedPersonNounMakesAPerson) {
  // ", an Australian woman" after a name: a person, even when the name ends
  // in a town's ("Paris"), which then stays hers in the article.
  Document doc = Analyze(
      "Marla Paris, an Australian woman, said she was held for years. Paris said the "
      "Church of Elstow denied it. Dunmore Keel, a retired teacher, agreed.", "2015-05-07");
  const Entity* paris = ByMention(doc, "Marla Paris");
  ASSERT_NE(paris, nullptr);
  EXPECT_EQ(paris->type, EntityType::kPerson);
  EXPECT_EQ(ByMention(doc, "Paris"), paris);
  EXPECT_EQ(TypeOf(doc, "Dunmore Keel"), EntityType::kPerson);
}

TEST(Entities, ClauseAfterCommaIsNoApposition) {
  // A role noun in the clause after a comma is no apposition of the name
  // before it ("by a vote of the House, we impeached the President"); a
  // noun before "'s" inside the apposition only modifies the role.
  Document doc = Analyze("By a vote of the Storting, we impeached the President. Kofi Wanjala, "
                         "the company's chief executive, said profits rose.", "2020-01-01",
                         /*parse=*/true);
  EXPECT_NE(TypeOf(doc, "Storting"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(doc, "Kofi Wanjala"), EntityType::kPerson);
}

TEST(Entities, TwoProperNounsBeforeTheirVerbOpenASentence) {
  // Two unknown capitalised words that open a sentence are a person's name
  // when the tagger reads them as proper nouns before their verb; a
  // capitalised ordinary word is not ("Many Britons say").
  Document doc = Analyze("Kofi Mensah said the vote was fair. Many Britons say it was not.",
                         "2020-01-01", /*parse=*/true);
  EXPECT_EQ(TypeOf(doc, "Kofi Mensah"), EntityType::kPerson);
  EXPECT_EQ(ByMention(doc, "Many Britons"), nullptr);
}

TEST(Entities, ThingNamedAfterSomeoneIsNoPerson) {
  // "the Dorvan Polaroids" after "Tomas Dorvan": a thing named after him,
  // not a person whose surname would be "Polaroids"; a second person of the
  // same surname with a given name stays a person.
  Document doc = Analyze("The museum showed the Dorvan Polaroids. Tomas Dorvan took them in "
                         "1970. The Polaroids were given by Mira Dorvan.", "2014-01-28",
                         /*parse=*/true);
  EXPECT_EQ(ByMention(doc, "Dorvan Polaroids"), nullptr);
  EXPECT_EQ(ByMention(doc, "Polaroids"), nullptr);
  // The surname itself is a person's mention.
  EXPECT_EQ(TypeOf(doc, "Dorvan"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(doc, "Tomas Dorvan"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(doc, "Mira Dorvan"), EntityType::kPerson);
}

TEST(Entities, RelativeWhoMakesAPerson) {
  // An unknown name with a relative clause of "who" is a person; a group
  // given "who" and a plural verb (British usage for bands and firms) or a
  // name spelled as brands are is not made one.
  Document doc = Analyze("Talks stalled, according to Quarles, who chairs the panel. Vornak, "
                         "who are touring, cancelled. zTrade, who sell online, agreed.",
                         "2020-01-01", /*parse=*/true);
  EXPECT_EQ(TypeOf(doc, "Quarles"), EntityType::kPerson);
  EXPECT_NE(TypeOf(doc, "Vornak"), EntityType::kPerson);
  EXPECT_NE(TypeOf(doc, "zTrade"), EntityType::kPerson);
}

TEST(Entities, ArabicParticlesAndKoreanGivenNames) {
  // An Arabic particle joined by a hyphen stays inside the name, which is
  // a person's (not a movement's: "Jabhat al-Nusra"); a Korean given name
  // whose first syllable is a word that is no name alone ("Sun") stays
  // whole, also after a description opening the sentence.
  Document doc = Analyze("Jassem al-Huwaidi equalised for Kuwait. Striker Hwang Sun-hong scored "
                         "later. He said Jabhat al-Nusra attacked the town.",
                         "1996-12-06", /*parse=*/true);
  EXPECT_EQ(TypeOf(doc, "Jassem al-Huwaidi"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(doc, "Hwang Sun-hong"), EntityType::kPerson);
  EXPECT_EQ(ByMention(doc, "Jassem"), nullptr);
  EXPECT_NE(TypeOf(doc, "Jabhat al-Nusra"), EntityType::kPerson);
  // A particle between two hyphens: one name.
  Document ul = Analyze("The side was led by Tariq-ul-Hassan, who said it was ready.",
                        "1996-12-06", /*parse=*/true);
  EXPECT_EQ(TypeOf(ul, "Tariq-ul-Hassan"), EntityType::kPerson);
  EXPECT_EQ(ByMention(ul, "Hassan"), nullptr);
}

TEST(Entities, TownOfNameIsAPlace) {
  Document doc = Analyze("Rebels seized a post near the town of Sorno on Saturday. Sorno was "
                         "quiet.", "1996-12-07", /*parse=*/true);
  EXPECT_EQ(TypeOf(doc, "Sorno"), EntityType::kPlace);
}

TEST(Entities, InOrAtLeadsOutOfAPlainName) {
  // "in" or "at" after capitalised words is no part of the name; inside a
  // name with connectors it is ("Co-operation in Europe", whose lower-case
  // "operation" after a hyphen fits the lexicon's capitalised name).
  Document doc = Analyze("He met Dragan Velkovic in Sorno last month. The Organisation for "
                         "Security and Co-operation in Europe called for a ceasefire.",
                         "1996-08-22", /*parse=*/true);
  EXPECT_EQ(TypeOf(doc, "Dragan Velkovic"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(doc, "Sorno"), EntityType::kPlace);
  const Entity* osce = ByMention(doc, "Organisation for Security and Co-operation in Europe");
  ASSERT_NE(osce, nullptr);
  EXPECT_EQ(osce->actor, "IGOEUROSC");
}

TEST(Entities, NameAfterOfIsItsOrganisationsShortForm) {
  // "Marlowism" alone after "the Church of Marlowism" is that church, even
  // opening a sentence; "England" after "the Bank of England" is the
  // country (the lexicon knows it).
  Document doc = Analyze("The Church of Marlowism said the protest was illegal. Marlowism has "
                         "many members. The Bank of England raised rates. England won the match.",
                         "2020-01-01", /*parse=*/true);
  const Entity* church = ByMention(doc, "Church of Marlowism");
  ASSERT_NE(church, nullptr);
  EXPECT_EQ(ByMention(doc, "Marlowism"), church);
  EXPECT_NE(ByMention(doc, "England"), ByMention(doc, "Bank of England"));
}

TEST(Entities, TwoParticlesInsideAName) {
  Document doc = Analyze("He said Tomas van der Velt had met Lena de la Riva.", "2005-01-01");
  EXPECT_EQ(TypeOf(doc, "Tomas van der Velt"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(doc, "Lena de la Riva"), EntityType::kPerson);
}

TEST(Entities, PlaceBeforeItsStateOrCountry) {
  // A place named before its state or country is the one there; US state
  // abbreviations of wire copy name the states.
  Document us = Analyze("The firm, based in San Jose, Calif., and Trenton, N.J., grew.",
                        "1996-08-30");
  const Entity* sj = ByMention(us, "San Jose");
  ASSERT_NE(sj, nullptr);
  EXPECT_EQ(sj->country, "USA");
  EXPECT_EQ(TypeOf(us, "Calif."), EntityType::kPlace);
  EXPECT_EQ(TypeOf(us, "N.J."), EntityType::kPlace);
  Document cr = Analyze("Officials in San Jose, Costa Rica, said the vote was fair.", "1996-08-30");
  const Entity* sj2 = ByMention(cr, "San Jose");
  ASSERT_NE(sj2, nullptr);
  EXPECT_EQ(sj2->country, "CRI");
}

TEST(Entities, BodyNounAloneIsTheOrganisationNamedBefore) {
  Document doc = Analyze("The Bank of Harwick left rates unchanged. The Bank also warned on "
                         "prices, and the Dunmore Commission agreed. The Commission met.",
                         "2005-01-01");
  const Entity* bank = ByMention(doc, "Bank of Harwick");
  ASSERT_NE(bank, nullptr);
  EXPECT_EQ(ByMention(doc, "The Bank"), bank);
  const Entity* commission = ByMention(doc, "Dunmore Commission");
  ASSERT_NE(commission, nullptr);
  EXPECT_EQ(ByMention(doc, "Commission"), commission);
}

TEST(Entities, BodyOfNoStatedCountryServesTheSentencesCountry) {
  Document doc = Analyze("The Finance Ministry said Harwick's exports to Japan rose.",
                         "1987-03-27");
  const Entity* ministry = ByMention(doc, "The Finance Ministry");
  ASSERT_NE(ministry, nullptr);
  EXPECT_EQ(ministry->actor, "JPNGOV");
}

TEST(Entities, PlaceBeforeAPeopleNamesTheAffiliation) {
  // "Bosnian Serb leader", "Kosovo Albanian leader": the place's country.
  Document doc = Analyze("Bosnian Serb leader Dragan Vekic met Kosovo Albanian leader Arben Hoxa.",
                         "1996-08-30");
  const Entity* vekic = ByMention(doc, "Bosnian Serb leader Dragan Vekic");
  ASSERT_NE(vekic, nullptr);
  EXPECT_EQ(vekic->actor.substr(0, 3), "BIH");
  const Entity* hoxa = ByMention(doc, "Kosovo Albanian leader Arben Hoxa");
  ASSERT_NE(hoxa, nullptr);
  EXPECT_EQ(hoxa->actor.substr(0, 3), "KSV");
}

TEST(Entities, SentenceOpeningVerbIsNoActor) {
  // No built-in alias may turn a common word at a sentence start into an
  // actor ("Let" once matched the acronym of a militant group).
  Document doc = Analyze("Let me be clear. Let us pray for peace. Car sales rose. Ice melted.",
                         "2020-01-01");
  EXPECT_TRUE(doc.entities.empty());
  // The acronyms themselves still name their actors.
  Document acronyms = Analyze("The CAR government and ICE agents met.", "2020-01-01");
  const Entity* car = ByMention(acronyms, "CAR");
  ASSERT_NE(car, nullptr);
  EXPECT_EQ(car->actor, "CAF");
}

TEST(Entities, PlacePrefixesAndFamiliarGivenNames) {
  Document doc = Analyze("The base at Fort Lee was closed. Actor Clive Owen and Pete Doherty met.",
                         "2005-01-01");
  EXPECT_EQ(TypeOf(doc, "Fort Lee"), EntityType::kPlace);
  for (const char* name : {"Clive Owen", "Pete Doherty"}) {
    const Entity* e = ByMention(doc, name);
    if (e == nullptr) e = ByMention(doc, std::string("Actor ") + name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->type, EntityType::kPerson) << name;
  }
}

TEST(Entities, WireSportsStoryInCapitalsHeadline) {
  // A CoNLL-style wire story: a headline in capitals naming the sport,
  // tokens split by spaces. The towns are clubs, headline and text alike.
  Document doc = Analyze(
      "SOCCER - LEEDS BEAT NEWCASTLE AS CHELSEA STUMBLE .\n"
      "Leeds beat Newcastle 2-1 on Saturday while Chelsea drew 0-0 with Wimbledon .",
      "", /*parse=*/true);
  for (const char* name : {"LEEDS", "Leeds", "NEWCASTLE", "Newcastle", "CHELSEA", "Chelsea"}) {
    EXPECT_EQ(TypeOf(doc, name), EntityType::kOrganization) << name;
  }
  EXPECT_EQ(ByMention(doc, "LEEDS")->name, "Leeds");  // not the headline's capitals
}

TEST(Entities, ScorecardNamesAndCounties) {
  Document doc = Analyze(
      "CRICKET - ENGLISH COUNTY CHAMPIONSHIP SCORES .\n"
      "At Chester-le-Street : Glamorgan 259 ( A. Dale 69 , H. Morris 69 ) , Durham 114 .\n"
      "Glamorgan beat Durham and Somerset drew with Kent .", "", /*parse=*/true);
  for (const char* name : {"A. Dale", "H. Morris"}) {
    const Entity* e = ByMention(doc, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->type, EntityType::kPerson) << name;
  }
  EXPECT_EQ(TypeOf(doc, "Chester-le-Street"), EntityType::kPlace);
  for (const char* name : {"Somerset", "Kent"}) {
    const Entity* e = ByMention(doc, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->type, EntityType::kOrganization) << name;  // county sides
  }
  // England stays a country in sport (CoNLL tags national sides LOC).
  Document nation = Analyze(
      "CRICKET - ENGLAND WIN .\nEngland beat Pakistan by five wickets in the final Test .",
      "", /*parse=*/true);
  const Entity* england = ByMention(nation, "England");
  ASSERT_NE(england, nullptr);
  EXPECT_NE(england->type, EntityType::kOrganization);
}

TEST(Entities, AcronymsOfThingsAreNoActors) {
  Document doc = Analyze(
      "Schools teach information and communication technology (ICT) to pupils. ICT budgets "
      "grew. The Electronic Frontier Foundation (EFF) objected; EFF said so.", "2005-01-01");
  EXPECT_EQ(ByMention(doc, "ICT"), nullptr);
  EXPECT_EQ(TypeOf(doc, "EFF"), EntityType::kOrganization);
}

TEST(Entities, LoneSurnameGoesToThePersonNamedMost) {
  Document doc = Analyze(
      "Media seek Jackson notes.\n"
      "Reporters covering singer Marvin Jackson's trial want notes. Marvin Jackson denies the "
      "charges. Marvin Jackson arrived with his mother, Ruth Jackson. Police met in Santa Maria.",
      "2005-01-01");
  const Entity* lone = ByMention(doc, "Jackson");
  ASSERT_NE(lone, nullptr);
  EXPECT_EQ(lone->name, "Marvin Jackson");
  EXPECT_EQ(TypeOf(doc, "Santa Maria"), EntityType::kPlace);
  // A person of no country in people.tsv, not a place of the "Santa" kind.
  EXPECT_EQ(TypeOf(Analyze("Children wrote to Santa Claus.", "2005-01-01"), "Santa Claus"),
            EntityType::kPerson);
}

TEST(Entities, NameEndsBeforeATitlesArticle) {
  // A title-case work after a possessive name: "The" starts the title, and
  // "The" opening later sentences is nobody's surname.
  Document doc = Analyze(
      "The finalists include Andrew Taylor's The American Boy. The list was published on "
      "Monday. The winner gets a prize.", "2005-01-01");
  EXPECT_EQ(TypeOf(doc, "Andrew Taylor"), EntityType::kPerson);
  EXPECT_EQ(ByMention(doc, "The"), nullptr);
}

TEST(Entities, MonthIsNoSurname) {
  Document doc = Analyze(
      "Theresa May spoke on Monday. The election will take place in May. May said she was "
      "ready. The vote is on May 5.", "2005-01-01");
  const Entity* may = ByMention(doc, "Theresa May");
  ASSERT_NE(may, nullptr);
  int mentions = 0;
  for (uint32_t m : may->mentions) mentions += doc.Text(doc.mentions[m].span) == "May";
  EXPECT_EQ(mentions, 1);  // "May said", not "in May" nor "May 5"
}

TEST(Entities, OfficeHoldersOfTheNinetiesAreDated) {
  // Wire archives of the 1990s name their leaders by surname alone.
  Document doc = Analyze("Yeltsin met Kohl in Moscow on Friday.", "1996-08-30");
  const Entity* yeltsin = ByMention(doc, "Yeltsin");
  ASSERT_NE(yeltsin, nullptr);
  EXPECT_EQ(yeltsin->type, EntityType::kPerson);
  EXPECT_EQ(yeltsin->actor, "RUSGOV");
  const Entity* kohl = ByMention(doc, "Kohl");
  ASSERT_NE(kohl, nullptr);
  EXPECT_EQ(kohl->actor, "DEUGOV");
  // Out of office, the code of an elite.
  Document later = Analyze("Yeltsin spoke on Friday.", "2003-05-02");
  const Entity* retired = ByMention(later, "Yeltsin");
  ASSERT_NE(retired, nullptr);
  EXPECT_EQ(retired->actor, "RUSELI");
}

TEST(Entities, KnownPeopleInOtherNames) {
  // A place named after a person is the place.
  Document airport = Analyze("The plane landed at Khomeini International Airport.", "1995-01-01");
  EXPECT_EQ(ByMention(airport, "Khomeini"), nullptr);
  EXPECT_NE(ByMention(airport, "Khomeini International Airport"), nullptr);
  // A known surname used as a given name is someone else.
  Document other = Analyze("Courts minister Christopher Leslie said so.", "1995-01-01");
  const Entity* leslie = ByMention(other, "minister Christopher Leslie");
  if (leslie == nullptr) leslie = ByMention(other, "Christopher Leslie");
  ASSERT_NE(leslie, nullptr);
  EXPECT_EQ(leslie->actor, "");
  // A side's word before a title gives its sector.
  Document rebel = Analyze("Chechen separatist leader Aslan Maskhadov signed the deal.",
                           "1996-08-30");
  const Entity* m = ByMention(rebel, "Chechen separatist leader Aslan Maskhadov");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->actor, "RUSREB");
  Document opp = Analyze("Zimbabwean opposition leader Morgan Tsvangirai spoke.", "2000-01-01");
  const Entity* t = ByMention(opp, "Zimbabwean opposition leader Morgan Tsvangirai");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->actor, "ZWEOPP");
}

TEST(Entities, TitledPersonOfNoNationalityServesTheSentencesCountry) {
  Document doc = Analyze("Prime Minister Ivo Dranek resigned on Monday, Moldova's parliament said.",
                         "2003-01-01");
  const Entity* e = ByMention(doc, "Prime Minister Ivo Dranek");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor, "MDAGOV");
  // Two countries in the sentence: no guess.
  Document two = Analyze("Prime Minister Ivo Dranek met officials of Romania and Ukraine.",
                         "2003-01-01");
  const Entity* t = ByMention(two, "Prime Minister Ivo Dranek");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->actor, "");
  // A country naming what a thing is about is not the one served.
  Document about = Analyze(
      "Former minister Ann Rowe, who resigned over the Iraq war, said the statement was old.",
      "2005-01-01", /*parse=*/true);
  const Entity* rowe = ByMention(about, "Former minister Ann Rowe");
  ASSERT_NE(rowe, nullptr);
  EXPECT_FALSE(rowe->actor.starts_with("IRQ")) << rowe->actor;
  // Nor one inside a hyphenated modifier ("the US-led coalition").
  Document led = Analyze("Former minister Ann Rowe has criticised the US-led aid coalition.",
                         "2005-01-01", /*parse=*/true);
  const Entity* critic = ByMention(led, "Former minister Ann Rowe");
  ASSERT_NE(critic, nullptr);
  EXPECT_FALSE(critic->actor.starts_with("USA")) << critic->actor;
  // Nor the nationality of one person ("the Egyptian man"); a group of
  // nationals still names the country ("Moldovan students").
  Document man = Analyze("Interior Minister Ivo Dranek said he would free the Egyptian man.",
                         "2005-01-01", /*parse=*/true);
  const Entity* minister = ByMention(man, "Interior Minister Ivo Dranek");
  ASSERT_NE(minister, nullptr);
  EXPECT_FALSE(minister->actor.starts_with("EGY")) << minister->actor;
  Document group = Analyze("Interior Minister Ivo Dranek said he would help Moldovan students.",
                           "2005-01-01", /*parse=*/true);
  const Entity* helper = ByMention(group, "Interior Minister Ivo Dranek");
  ASSERT_NE(helper, nullptr);
  EXPECT_EQ(helper->actor, "MDAGOV");
}

TEST(Entities, TitleInAnAppositionAfterTheName) {
  Document doc = Analyze("Ivo Dranek, the Moldovan foreign minister, visited Kenya.", "2003-01-01",
                         /*parse=*/true);
  const Entity* e = ByMention(doc, "Ivo Dranek");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor, "MDAGOV");
  Document of = Analyze("Ivo Dranek, the president of Moldova, visited Kenya.", "2003-01-01",
                        /*parse=*/true);
  const Entity* p = ByMention(of, "Ivo Dranek");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->actor, "MDAGOV");
  // A former holder is not the office's.
  Document former = Analyze("Ivo Dranek, a former Moldovan foreign minister, visited Kenya.",
                            "2003-01-01", /*parse=*/true);
  const Entity* f = ByMention(former, "Ivo Dranek");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->actor, "");
}

TEST(Entities, BodyNamedAfterItsCountryIsOfThatCountry) {
  Document doc = Analyze(
      "Deputy Minister Ivo Dranek resigned after an inquiry by the Moldova Anti-Fraud Commission.",
      "2003-01-01");
  const Entity* body = ByMention(doc, "Moldova Anti-Fraud Commission");
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(body->actor.substr(0, 3), "MDA");
  const Entity* person = ByMention(doc, "Deputy Minister Ivo Dranek");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->actor, "MDAGOV");
}

TEST(Entities, SidesOfAResultsLineAreTeams) {
  Document doc = Analyze("Results : Harwick 21 Dunmore 18 , Elstow 9 Brackley 30 .", "1997-02-03");
  for (const char* team : {"Harwick", "Dunmore", "Elstow", "Brackley"}) {
    const Entity* e = ByMention(doc, team);
    ASSERT_NE(e, nullptr) << team;
    EXPECT_EQ(e->type, EntityType::kOrganization) << team;
  }
  Document multi = Analyze("Harwick United 2 West Dunmore 0", "1997-02-03");
  for (const char* team : {"Harwick United", "West Dunmore"}) {
    EXPECT_EQ(TypeOf(multi, team), EntityType::kOrganization) << team;
  }
  // A list of names in title case keeps its case evidence.
  Document list = Analyze("Moldova - Ivo Dranek , Petru Lucinschi , Mihai Ghimpu .", "1997-02-03");
  EXPECT_NE(ByMention(list, "Ivo Dranek"), nullptr);
  // A name numbered by what follows is still no actor.
  Document flight = Analyze("Flight 370 vanished over the sea.", "2014-03-08");
  EXPECT_EQ(ByMention(flight, "Flight"), nullptr);
}

// Pre-tokenised newswire in the CoNLL-2003 shape: tokens joined by spaces,
// one sentence per line, a headline in capitals, a dateline, tables.
TEST(Entities, TokenisedNewswireLines) {
  struct Case {
    const char* text;
    const char* mention;
    EntityType type;
    MentionForm form = MentionForm::kName;
  };
  const Case cases[] = {
      // A name of the article found again in its headline in capitals.
      {"RUGBY - HARWICK NAME UNCHANGED SIDE FOR DUNMORE GAME .\n"
       "Kevin Marlow named an unchanged side for Harwick 's game against Dunmore .",
       "HARWICK", EntityType::kOrganization},
      {"RUGBY - HARWICK NAME UNCHANGED SIDE FOR DUNMORE GAME .\n"
       "Kevin Marlow named an unchanged side for Harwick 's game against Dunmore .",
       "DUNMORE", EntityType::kOrganization},
      // A dateline: capitals and a date in digits.
      {"Talks end without a deal .\nBRAXTOWN 1996-08-30\nThe talks ended on Friday .", "BRAXTOWN",
       EntityType::kPlace},
      {"Talks end without a deal .\nVILLA DEL ESTERO 1996-08-30\nThe talks ended on Friday .",
       "VILLA DEL ESTERO", EntityType::kPlace},
      {"Talks end without a deal .\nBRAXTOWN , Norway 1996-08-23\nThe talks ended on Friday .",
       "BRAXTOWN", EntityType::kPlace},
      // A name before "( Country )" in a list of results is a player.
      {"Results on Friday :\n2. Selwyn Odongo ( Namibia ) 20.11", "Selwyn Odongo",
       EntityType::kPerson},
      // ... but the sides of a fixture are clubs.
      {"Draw :\nSporting Elstow ( Portugal ) v Real Harwick ( Spain )", "Sporting Elstow",
       EntityType::kOrganization},
      {"Draw :\nSporting Elstow ( Portugal ) v Real Harwick ( Spain )", "Real Harwick",
       EntityType::kOrganization},
      // A country in brackets after a player is the country, not an acronym
      // of the name.
      {"Results on Friday :\nKarel Dvorsky ( U.S. ) beat Tim Fenwick ( Britain ) 6-3 6-4", "U.S.",
       EntityType::kCountry},
      {"Results on Friday :\nKarel Dvorsky ( U.S. ) beat Tim Fenwick ( Britain ) 6-3 6-4",
       "Britain", EntityType::kCountry},
      // A team before a score, in a sentence and in a table of standings.
      {"Harwick beat Dunmore 2-1 on Saturday .", "Dunmore", EntityType::kOrganization},
      {"Standings :\nHarwick 4 3 1 0 9 3 10\nDunmore 4 2 1 1 5 4 7", "Dunmore",
       EntityType::kOrganization},
      // A town in a line of results or a table row is a club; a country
      // there stays a country (a national team); a town's name after a
      // club's name is part of it.
      {"Results :\nBristol 2 Dunmore 0", "Bristol", EntityType::kOrganization},
      {"Standings :\nBristol 4 3 1 0 9 3 10\nElstow 4 2 1 1 5 4 7", "Bristol",
       EntityType::kOrganization},
      {"Results :\nGermany 2 Italy 1", "Germany", EntityType::kCountry},
      {"Results :\nHarwick Amsterdam 1 Elstow 1", "Harwick Amsterdam", EntityType::kOrganization},
      {"Standings :\nBRISTOL 74 57 .565 -\nDUNMORE 70 61 .534 4", "BRISTOL",
       EntityType::kOrganization},
      {"Closing prices :\nParis 12.50 13.00 14.25 15.00", "Paris", EntityType::kPlace},
      // A name the article gives elsewhere, before a number.
      {"Elstow led Brackley on the second day .\nScores :\nBrackley 243 ( Mark Pollard 65 )",
       "Brackley", EntityType::kOrganization},
      // Names with numbers in a list are players.
      {"Scorers : Elstow 23 , Brackley 56 , Harwick 89", "Brackley", EntityType::kPerson},
      {"Yorkston 243 ( Pollard 65 , Gough 41 ; Chapple 4-54 )", "Chapple", EntityType::kPerson},
      // An initial opening a line is no article.
      {"A. Ranatunga not out 75", "A. Ranatunga", EntityType::kPerson},
      // A cricket scorecard's fielders and bowlers.
      {"CRICKET - SCOREBOARD . Elstow won the toss . J. Marlow c Brackley b Harwick 44 , "
       "R. Pollard lbw b Yorkston 12 , wickets and runs in the one-day match , the bowler said .",
       "Harwick", EntityType::kPerson},
      // A possessor and a person are two names, with the clitic spaced or
      // not; a name holding "'s" stays one.
      {"He said Elstow 's Ben Marlow scored twice .", "Ben Marlow", EntityType::kPerson},
      {"He said Elstow's Ben Marlow scored twice .", "Ben Marlow", EntityType::kPerson},
      {"He said Elstow 's Ben Marlow scored twice .", "Elstow", EntityType::kOrganization},
      {"He sailed into Harwick 's Bay on Friday .", "Harwick 's Bay", EntityType::kPlace},
      {"He said Elstow 's Marlowe agreed .", "Elstow", EntityType::kOrganization},
      // A description opening the sentence is no part of the name.
      {"Striker Mario Bettencourt scored twice .", "Mario Bettencourt", EntityType::kPerson},
      {"Opener Saeed Anwar hit 112 .", "Saeed Anwar", EntityType::kPerson},
      {"Kenyan President Daniel arap Moi called a summit .", "Kenyan President Daniel arap Moi",
       EntityType::kPerson},
      // French, German and Italian particles inside a name.
      {"The charity Pharmaciens sans Frontieres said .", "Pharmaciens sans Frontieres",
       EntityType::kOrganization},
      // An unknown name before an organisation noun is an organisation's,
      // also at a sentence start.
      {"IG Metall union leader Klaus Zwickel warned of strikes .", "IG Metall",
       EntityType::kOrganization},
      {"Fujimori rejected demands by Tupac Amaru guerrillas .", "Tupac Amaru",
       EntityType::kOrganization},
      // A name after a noun for what a firm is, is the firm's.
      {"Profits rose at its U.S. unit LaSalle .", "LaSalle", EntityType::kOrganization},
      {"Striker Hong Myung-bo scored twice .", "Hong Myung-bo", EntityType::kPerson},
      // Nationality adjectives keep their form.
      {"The Dutch central bank left its rates unchanged .", "Dutch", EntityType::kCountry,
       MentionForm::kAdjective},
      {"Japan 's Nikkei average rose 1.2 percent .", "Japan", EntityType::kCountry},
  };
  for (const Case& c : cases) {
    Document doc = Analyze(c.text);
    const Entity* e = ByMention(doc, c.mention, c.form);
    ASSERT_NE(e, nullptr) << c.mention << " in: " << c.text;
    EXPECT_EQ(e->type, c.type) << c.mention << " in: " << c.text;
  }
  // Not names: a common word of a headline the lexicon also knows as a
  // name, a word numbered by what follows (a series of models too), a word
  // of a sign-off line, a table's heading in capitals, the common word
  // ending a longer name written in capitals.
  const std::pair<const char*, const char*> absent[] = {
      {"MINISTERS BACK EU BAN ON IMPORTS .\nMinisters backed the ban on Friday .", "BAN"},
      {"Flight 370 vanished over the sea .", "Flight"},
      {"The talks ended .\n-- Braxtown Newsroom +44 171 542 7658", "Newsroom"},
      {"Standings :\nWESTERN CONFERENCE\nHARWICK 74 57 .565 -", "WESTERN CONFERENCE"},
      {"The Cruzer 1 , Cruzer 2 and Cruzer 3 sell well .", "Cruzer"},
      {"TENNIS - RESULTS AT THE HARWICK OPEN .\nResults from the Harwick Open on Friday :", "OPEN"},
  };
  for (const auto& [text, mention] : absent)
    EXPECT_EQ(ByMention(Analyze(text), mention), nullptr) << mention << " in: " << text;
}

TEST(Entities, PortfolioBeforeMinisterIsNoOrganisation) {
  Document doc = Analyze("Moldovan Tourism Minister Ivo Dranek said talks were useful.",
                         "2003-01-01");
  EXPECT_EQ(ByMention(doc, "Tourism"), nullptr);
  const Entity* person = nullptr;
  for (const Entity& e : doc.entities)
    if (e.name == "Ivo Dranek") person = &e;
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->actor, "MDAGOV");
}

TEST(Entities, NationalityWordAfterAGivenNameIsASurname) {
  // "Chris French said": a surname; "met French officials": the country.
  Document doc = Analyze("Chris French said the talks had failed. Ivo Dranek met French officials.",
                         "2003-01-01");
  const Entity* person = ByMention(doc, "Chris French");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->type, EntityType::kPerson);
  const Entity* france = nullptr;
  for (const Entity& e : doc.entities)
    if (e.name == "France") france = &e;
  ASSERT_NE(france, nullptr);
  EXPECT_EQ(france->mentions.size(), 1u);
}

TEST(Entities, NameAfterAnOfficeIsItsHolder) {
  // A known organisation whose name is an office, then a name no lexicon
  // knows: the office's holder, of the organisation.
  Document doc = Analyze(
      "UN High Commissioner for Refugees Ivo Dranek visited the camps on Monday.", "2003-01-01");
  const Entity* person = ByMention(doc, "Ivo Dranek");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->type, EntityType::kPerson);
  EXPECT_EQ(person->actor, "IGOUNOREFHCR");
  const Entity* office = ByMention(doc, "UN High Commissioner for Refugees");
  ASSERT_NE(office, nullptr);
  EXPECT_EQ(office->type, EntityType::kOrganization);
  // A known organisation that is no office, then capitalised words: a part
  // or a namesake of it, one organisation.
  Document part = Analyze("UNICEF Supply Division said the vaccines had arrived.", "2003-01-01");
  const Entity* division = ByMention(part, "UNICEF Supply Division");
  ASSERT_NE(division, nullptr);
  EXPECT_EQ(division->type, EntityType::kOrganization);
}

TEST(Entities, OfficeNounsFindTheirHolders) {
  // A nominal that opens a sentence ("The prime minister") is resolved like
  // one inside it, and in an undated article it narrows its person's codes
  // to that office.
  Document opening = Analyze("Tony Blair spoke in Leeds. The prime minister also urged Europe to act.");
  const Entity* blair = ByMention(opening, "Tony Blair");
  ASSERT_NE(blair, nullptr);
  EXPECT_EQ(ByMention(opening, "The prime minister", MentionForm::kNominal), blair);
  EXPECT_EQ(blair->actor, "GBRGOV");

  // The person the text itself gave the title comes first, before one
  // whose known offices fit.
  Document titled = Analyze(
      "First Minister Ewan Moray opened the debate. Nicola Sturgeon disagreed with him. "
      "The first minister said the ban would stay.");
  const Entity* moray = ByMention(titled, "First Minister Ewan Moray");
  ASSERT_NE(moray, nullptr);
  EXPECT_EQ(ByMention(titled, "The first minister", MentionForm::kNominal), moray);

  // A deputy does not hold the office; a shadow minister does not either.
  Document deputy = Analyze(
      "Mayor Tom Hill opened the park. Deputy Mayor Ann Rowe praised it. "
      "The mayor said it had cost little.");
  const Entity* hill = ByMention(deputy, "Mayor Tom Hill");
  ASSERT_NE(hill, nullptr);
  EXPECT_EQ(ByMention(deputy, "The mayor", MentionForm::kNominal), hill);
  Document shadow = Analyze(
      "Gordon Brown presented his budget. Shadow chancellor Oliver Stane attacked it. "
      "The chancellor said the plans were affordable.");
  const Entity* brown = ByMention(shadow, "Gordon Brown");
  ASSERT_NE(brown, nullptr);
  EXPECT_EQ(ByMention(shadow, "The chancellor", MentionForm::kNominal), brown);
  // A party's officer is the one the text named as that party's (parties
  // share one code).
  Document parties = Analyze(
      "Labour leader Tony Blair spoke first. Tory leader Michael Howard replied. Mr Blair left. "
      "The Tory leader called for calm.");
  // The subject of the clause that reports or takes the role noun is not
  // its holder ("Gordon Brown said the prime minister ...").
  Document report = Analyze(
      "Tony Blair spoke first. Gordon Brown said the prime minister had made the right call.", "",
      /*parse=*/true);
  const Entity* pm = ByMention(report, "Tony Blair");
  ASSERT_NE(pm, nullptr);
  EXPECT_EQ(ByMention(report, "the prime minister", MentionForm::kNominal), pm);
  const Entity* howard = ByMention(parties, "Tory leader Michael Howard");
  ASSERT_NE(howard, nullptr);
  EXPECT_EQ(ByMention(parties, "The Tory leader", MentionForm::kNominal), howard);
}

TEST(Entities, ShortFormOfAnOrganisationIsNoPerson) {
  // "Penn Traffic" after "Penn Traffic Co": the company, though "Penn" can
  // be a given name.
  Document doc = Analyze(
      "Miller Tabak Hirsch and Co said it holds 92 pct of Penn Traffic Co shares. "
      "The broker said its offer for Penn Traffic had expired.");
  EXPECT_EQ(TypeOf(doc, "Penn Traffic"), EntityType::kOrganization);
  EXPECT_EQ(ByMention(doc, "Penn Traffic"), ByMention(doc, "Penn Traffic Co"));
  // Named before the organisation named after them, a person stays one.
  Document namesake = Analyze(
      "Andy Rowe painted the mural in 1970. The Andy Rowe Museum opened last year.");
  EXPECT_EQ(TypeOf(namesake, "Andy Rowe"), EntityType::kPerson);
  // A guild is an organisation.
  EXPECT_EQ(TypeOf(Analyze("The Writers Guild of America said its members would strike."),
                   "Writers Guild of America"),
            EntityType::kOrganization);
}

TEST(Entities, TheCompanyThatSpeaksIsTheBusinessNamedBefore) {
  // "The company said": the business last named as a subject in the
  // sentences before; a government body is no company.
  Document doc = Analyze(
      "Norvell Foods has announced it is cutting 500 jobs. The company said it would retain "
      "most staff.",
      "2005-01-01", /*parse=*/true);
  const Entity* firm = ByMention(doc, "Norvell Foods");
  ASSERT_NE(firm, nullptr);
  EXPECT_EQ(ByMention(doc, "The company", MentionForm::kNominal), firm);
  Document gov = Analyze("The Pentagon said it would act. The company said it disagreed.",
                         "2005-01-01", /*parse=*/true);
  EXPECT_EQ(ByMention(gov, "The company", MentionForm::kNominal), nullptr);
}

TEST(Entities, PlaceNameAfterAnHonorificIsASurname) {
  // "Mr Hamilton", "Lord Hamilton": a person, not the capital of Bermuda;
  // "to miss England" (a verb) changes nothing.
  EXPECT_EQ(TypeOf(Analyze("Mr Hamilton said the case was closed.", "2005-01-01"),
                   "Mr Hamilton"),
            EntityType::kPerson);
  EXPECT_EQ(TypeOf(Analyze("Lord Hamilton ruled on the appeal.", "2005-01-01"), "Lord Hamilton"),
            EntityType::kPerson);
  const auto england =
      TypeOf(Analyze("He is set to miss England's game on Saturday.", "2005-01-01"), "England");
  ASSERT_TRUE(england.has_value());
  EXPECT_NE(*england, EntityType::kPerson);
}

TEST(Entities, CompanyNameAfterAGivenNameIsASurname) {
  // "Kate Shell", "Ms Boeing": people, not the companies; a given name the
  // tagger reads as an adjective ("Roman") opens no person.
  Document doc = Analyze(
      "Yesterday Kate Shell told the council that the harbour would reopen in the spring. "
      "Ms Boeing said the ferry service would start again soon.",
      "2015-04-01", /*parse=*/true);
  EXPECT_EQ(TypeOf(doc, "Kate Shell"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(doc, "Shell"), std::nullopt);
  EXPECT_EQ(TypeOf(doc, "Ms Boeing"), EntityType::kPerson);
  Document firm = Analyze("Shell said on Monday that its profits had fallen in the first quarter.",
                          "2015-04-01", /*parse=*/true);
  EXPECT_EQ(TypeOf(firm, "Shell"), EntityType::kOrganization);
}

TEST(Entities, HyphenatedTitlesPossessiveTitlesAndFlightNumbers) {
  // "Co-Chairman": "Co" belongs to the title, not to the party's name.
  Document doc = Analyze(
      "The Labour Party Co-Chairman Ann Dowel said the vote would be held in the autumn.",
      "2015-04-01", /*parse=*/true);
  bool person = false;
  for (const Entity& e : doc.entities) {
    EXPECT_EQ(e.name.find(" Co"), std::string::npos) << e.name;
    person |= e.name == "Ann Dowel" && e.type == EntityType::kPerson;
  }
  EXPECT_TRUE(person);
  // A title with a possessive is a word of the name after it.
  Document guild = Analyze(
      "The director of the Director's Guild of Scotland said the awards would be held in March.",
      "2015-04-01", /*parse=*/true);
  EXPECT_EQ(TypeOf(guild, "Director's Guild of Scotland"), EntityType::kOrganization);
  // The airline's name ends before a flight's number.
  Document flight = Analyze(
      "Passengers of the Kenya Airways Flight 316 were kept waiting at the airport for hours.",
      "2015-04-01", /*parse=*/true);
  EXPECT_EQ(TypeOf(flight, "Kenya Airways"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(flight, "Airways"), std::nullopt);
}

TEST(Entities, ForTheInsideAnOrganisationsName) {
  // "X Society for the Y": one name; a nationality before it is a word of
  // it and gives its country.
  Document doc = Analyze(
      "The Danish Society for the Protection of Hedgehogs said numbers fell sharply this "
      "year. A spokesman for the Institute for the Study of Rivers said the data was poor.",
      "2015-04-01", /*parse=*/true);
  const Entity* society = ByMention(doc, "Danish Society for the Protection of Hedgehogs");
  ASSERT_NE(society, nullptr);
  EXPECT_EQ(society->type, EntityType::kOrganization);
  EXPECT_EQ(society->country, "DNK");
  EXPECT_EQ(TypeOf(doc, "Institute for the Study of Rivers"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(doc, "Protection of Hedgehogs"), std::nullopt);
  // Not a chamber and the party someone speaks for there.
  Document chamber = Analyze("She spoke in Parliament for the Green Party on the budget.",
                             "2015-04-01", /*parse=*/true);
  EXPECT_EQ(TypeOf(chamber, "Parliament for the Green Party"), std::nullopt);
}

TEST(Entities, PerformersTitlesMakePeopleWithoutActorCodes) {
  // "DJ Ann Rook": a person (not an organisation "DJ Ann Rook"); a
  // performer's role codes no actor and gives no country.
  Document doc = Analyze(
      "DJ Ann Rook has said that dance music is not dead. Rook said she was planning a tour. "
      "French actress Claire Voss is starring in a new film.",
      "2015-04-01", /*parse=*/true);
  const Entity* dj = ByMention(doc, "DJ Ann Rook");
  ASSERT_NE(dj, nullptr);
  EXPECT_EQ(dj->type, EntityType::kPerson);
  EXPECT_EQ(ByMention(doc, "Rook"), dj);
  const Entity* actress = ByMention(doc, "French actress Claire Voss");
  ASSERT_NE(actress, nullptr);
  EXPECT_EQ(actress->type, EntityType::kPerson);
  EXPECT_EQ(actress->actor, "");
  EXPECT_EQ(actress->country, "");
}

TEST(Entities, SpeakingPronounContinuesTheLastSubjectPronoun) {
  // The speaking "she" three sentences after the name: the person the
  // subject "she" before it referred to, with no one else named between.
  Document doc = Analyze(
      "Prop Ann Rook is expecting a hard game in Cardiff on Saturday.\n\n"
      "The Leicester player is in the form of her life, making the shirt her own. But she "
      "knows the scrum will be tested. \"The scrum is a force to be reckoned with,\" she told "
      "reporters.",
      "2015-04-01", /*parse=*/true);
  const Entity* rook = ByMention(doc, "Ann Rook");
  ASSERT_NE(rook, nullptr);
  int shes = 0;
  for (const Mention& m : doc.mentions)
    if (doc.Text(m.span) == "she" && m.entity >= 0 && &doc.entities[m.entity] == rook) ++shes;
  EXPECT_EQ(shes, 2);
}

TEST(Entities, HonorificAloneTakesOnlyAPartyOrAPossessorAsAffiliation) {
  // "told the BBC Mr Harker had ...": the outlet is the verb's object, not
  // Mr Harker's employer; "Labour's Mr Harker" is Labour's.
  Document doc = Analyze("Sources within the party told the BBC Mr Harker had always backed the plan.",
                         "2005-02-01", /*parse=*/true);
  EXPECT_EQ(ActorOf(doc, "Mr Harker"), "");
  Document party = Analyze("Labour's Mr Harker said the plan would work.", "2005-02-01",
                           /*parse=*/true);
  EXPECT_EQ(ActorOf(party, "Labour's Mr Harker"), "GBRPTY");
}

TEST(Entities, KnownSurnameAloneIsTheArticlesNamesake) {
  // "Mr McConnell" after "Jack McConnell" is Jack, not the senator the
  // lexicon knows by that surname.
  Document doc = Analyze(
      "First Minister Jack McConnell set out the ban. Mr McConnell said it would save lives.",
      "2004-11-10");
  const Entity* jack = ByMention(doc, "First Minister Jack McConnell");
  ASSERT_NE(jack, nullptr);
  EXPECT_EQ(ByMention(doc, "Mr McConnell"), jack);
}

TEST(Entities, TownNamedLikeAPersonIsItsClubWhereATeamIsWrittenOf) {
  // "Chelsea" is a town (a context-only one) and a given name; written of
  // as a team, the club.
  Document team = Analyze(
      "Chelsea have yet to confirm the transfer. The striker joined Chelsea last summer.",
      "2005-01-10", /*parse=*/true);
  EXPECT_EQ(TypeOf(team, "Chelsea"), EntityType::kOrganization);
  Document boss = Analyze("Chelsea coach Marco Rossi praised the defence.", "2005-01-10",
                          /*parse=*/true);
  EXPECT_EQ(TypeOf(boss, "Chelsea"), EntityType::kOrganization);
  Document pair = Analyze("Both Chelsea and Arsenal deny the claims.", "2005-01-10",
                          /*parse=*/true);
  EXPECT_EQ(TypeOf(pair, "Chelsea"), EntityType::kOrganization);
  Document leaders = Analyze("The win left them two points behind leaders Chelsea.",
                             "2005-01-10", /*parse=*/true);
  EXPECT_EQ(TypeOf(leaders, "Chelsea"), EntityType::kOrganization);
  // A person with a surname in the article stays one.
  Document person = Analyze(
      "Chelsea Clinton spoke at the rally. Chelsea has campaigned in Iowa for weeks.",
      "2016-01-10", /*parse=*/true);
  EXPECT_EQ(TypeOf(person, "Chelsea Clinton"), EntityType::kPerson);
}

TEST(Entities, PossessiveBeforeARoleIsTheSentencesSubject) {
  // "its" before a role noun: the organisation or country that is the
  // subject of its sentence before it.
  Document doc = Analyze("Norway said its troops would leave the base by May.", "2005-01-10",
                         /*parse=*/true);
  const Entity* norway = ByMention(doc, "Norway");
  ASSERT_NE(norway, nullptr);
  EXPECT_EQ(ByMention(doc, "its", MentionForm::kPronoun), norway);
  // Not before a word of no role ("its future"), nor with no subject body
  // in the sentence.
  Document other = Analyze("Norway said its future was bright. Its troops left.", "2005-01-10",
                           /*parse=*/true);
  EXPECT_EQ(ByMention(other, "its", MentionForm::kPronoun), nullptr);
  EXPECT_EQ(ByMention(other, "Its", MentionForm::kPronoun), nullptr);
}

TEST(Entities, NationalityWordAfterAnHonorificIsASurname) {
  Document doc = Analyze(
      "Critic Paul French praised the film. Mr French said it would win. Ms. Welsh agreed.",
      "2005-01-10", /*parse=*/true);
  const Entity* paul = ByMention(doc, "Critic Paul French");
  if (paul == nullptr) paul = ByMention(doc, "Paul French");
  ASSERT_NE(paul, nullptr);
  EXPECT_EQ(ByMention(doc, "Mr French"), paul);
  EXPECT_EQ(TypeOf(doc, "Ms. Welsh"), EntityType::kPerson);
  EXPECT_EQ(ByMention(doc, "French", MentionForm::kAdjective), nullptr);
}

TEST(Entities, InstitutionWordAfterACountryIsThatCountrys) {
  // The lexicon's bare "Congress" and "Senate" are the United States'; with
  // a country before them they are that country's legislature, and within
  // a longer name they are part of it.
  Document doc = Analyze(
      "The Peruvian Congress rejected the plan. Chile's Senate backed it. The "
      "Senate in Washington said nothing, and the Farmers Union Congress met on Monday.",
      "2005-01-10", /*parse=*/true);
  EXPECT_EQ(ActorOf(doc, "The Peruvian Congress"), "PERLEG");
  EXPECT_EQ(ActorOf(doc, "Chile's Senate"), "CHLLEG");
  EXPECT_EQ(ActorOf(doc, "Senate"), "USALEG");
  Document owned = Analyze("Mexico's old law was changed by the country's Congress.",
                           "2005-01-10", /*parse=*/true);
  for (const Entity& e : owned.entities) EXPECT_NE(e.actor, "USALEG") << e.name;
  const Entity* union_congress = ByMention(doc, "Farmers Union Congress");
  ASSERT_NE(union_congress, nullptr);
  EXPECT_EQ(union_congress->actor, "");
}

TEST(Entities, DepartmentRoleNounIsNotAnotherDepartmentsMinister) {
  // "the attorney general" is not the foreign secretary the text named
  // (undated: the lexicon's offices of the titled people decide).
  Document doc = Analyze(
      "Former foreign secretary Robin Cook said the plan was flawed. Voters should see the "
      "advice which the attorney general gave to the prime minister.",
      "", /*parse=*/true);
  const Entity* cook = ByMention(doc, "Former foreign secretary Robin Cook");
  ASSERT_NE(cook, nullptr);
  for (uint32_t m : cook->mentions)
    EXPECT_NE(std::string(doc.Text(doc.mentions[m].span)), "the attorney general");
}

TEST(CodePhrase, CodesNamesAndRoleNouns) {
  Document doc = Analyze(
      "Russian President Vladimir Putin said Ukrainian protesters and NATO troops "
      "were near the border.",
      "2022-02-01");
  PipelineOptions o;
  LexiconOptions lo;
  auto lex = Lexicon::Load(lo);
  ASSERT_TRUE(lex.ok());
  auto find = [&](std::string_view first, std::string_view last) {
    uint32_t b = 0, e = 0;
    for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
      if (doc.TokenText(i) == first && b == 0) b = i;
      if (doc.TokenText(i) == last) e = i + 1;
    }
    return CodePhrase(**lex, doc, b, e);
  };
  EXPECT_EQ(find("Russian", "Putin").code, "RUSGOV");
  EXPECT_EQ(find("Ukrainian", "protesters").code, "UKROPP");
  EXPECT_EQ(find("NATO", "troops").code, "IGOWSTNATMIL");
}

}  // namespace
}  // namespace newsmill

namespace newsmill {
namespace {

// Bad or odd input never crashes the stage, and every mention's span lies
// inside the text with its entity set.
TEST(Entities, SurvivesGeneratedJunk) {
  const char* pieces[] = {"Putin", "the", "U.S.", "-", "’s", "President", "he", "said",
                          ",", ".", "\"", "Mr.", "Kim", "Jong", "al", "of", "NATO",
                          "\xC3\xA9", "\xE2\x80\x94", "100", "(", ")", "Corp", "in", "\n\n"};
  uint64_t seed = 42;
  for (int doc = 0; doc < 30; ++doc) {
    std::string text;
    for (int i = 0; i < 400; ++i) {
      seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
      text += pieces[(seed >> 33) % (sizeof pieces / sizeof pieces[0])];
      text += (seed >> 20) % 3 ? " " : "";
    }
    Document d = Analyze(text, doc % 2 ? "2020-01-01" : "");
    for (const Mention& m : d.mentions) {
      ASSERT_LE(m.span.end, d.text.size());
      ASSERT_LT(m.span.begin, m.span.end);
      ASSERT_GE(m.entity, 0);
      ASSERT_LT(static_cast<size_t>(m.entity), d.entities.size());
    }
  }
  Document empty = Analyze("");
  EXPECT_TRUE(empty.entities.empty());
}

}  // namespace
}  // namespace newsmill
