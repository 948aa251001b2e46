// The clause layer on parses written by hand, so that these tests check
// BuildClauses alone, whatever the trained model does. Each sentence is
// written for the project as "word/UPOS/head/relation" items (head: the
// 1-based word number, 0 for the root, as in CoNLL-U).
#include "syntax/clauses.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/embedded_data.h"
#include "base/strings.h"
#include "syntax/syntax.h"
#include "syntax/wordnet.h"

namespace newsmill::syntax {
namespace {

class ClausesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto table = ReadDataFile("syntax/lemmas.tsv", "");
    auto irregular = ReadDataFile("syntax/irregular_verbs.tsv", "");
    auto words = ReadDataFile("syntax/clause_words.tsv", "");
    ASSERT_TRUE(table.ok() && irregular.ok() && words.ok());
    // No WordNet: the rules alone, so that the tests do not depend on it.
    lemmatizer_ =
        Lemmatizer::Create(*table, *irregular, nullptr).value().release();
    lexicon_ = ClauseLexicon::Parse(*words).value().release();
  }
  static void TearDownTestSuite() {
    delete lemmatizer_;
    delete lexicon_;
  }

  // Builds a document from "word/UPOS/head/rel" items; "|" ends a sentence;
  // words between "<<" and ">>" are inside quotation marks (the marks are
  // not tokens here).
  static Document Parse(const std::string& notation) {
    Document doc;
    std::vector<std::string_view> items = Split(notation, ' ');
    uint32_t sentence_begin = 0;
    bool in_quote = false;
    std::vector<std::pair<int, std::string>>
        heads;  // per token: 1-based head, rel
    auto close_sentence = [&]() {
      if (doc.tokens.size() == sentence_begin) return;
      Sentence s;
      s.token_begin = sentence_begin;
      s.token_end = static_cast<uint32_t>(doc.tokens.size());
      s.span = {doc.tokens[s.token_begin].span.begin,
                doc.tokens.back().span.end};
      doc.sentences.push_back(s);
      sentence_begin = s.token_end;
    };
    for (std::string_view item : items) {
      if (item.empty()) continue;
      if (item == "|") {
        close_sentence();
        continue;
      }
      if (item == "<<") {
        in_quote = true;
        continue;
      }
      if (item == ">>") {
        in_quote = false;
        continue;
      }
      std::vector<std::string_view> f = Split(item, '/');
      EXPECT_EQ(f.size(), 4u) << item;
      if (f.size() != 4) continue;
      if (!doc.text.empty()) doc.text += ' ';
      Token t;
      t.span.begin = static_cast<uint32_t>(doc.text.size());
      doc.text += std::string(f[0]);
      t.span.end = static_cast<uint32_t>(doc.text.size());
      t.pos = ParseUpos(f[1]).value_or(Upos::kX);
      t.kind = t.pos == Upos::kPunct ? TokenKind::kPunct : TokenKind::kWord;
      if (in_quote) t.flags |= Token::kInQuote;
      int h = std::stoi(std::string(f[2]));
      t.head = h == 0 ? -1 : static_cast<int32_t>(sentence_begin) + h - 1;
      t.dep = ParseDep(f[3]);
      doc.tokens.push_back(t);
    }
    close_sentence();
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
      Lemmatizer::Context ctx;
      if (i + 1 < doc.tokens.size()) {
        ctx.next = doc.TokenText(static_cast<uint32_t>(i + 1));
        ctx.next_pos = doc.tokens[i + 1].pos;
      }
      doc.tokens[i].lemma = lemmatizer_->Lemma(
          doc.TokenText(static_cast<uint32_t>(i)), doc.tokens[i].pos, ctx);
    }
    BuildClauses(*lexicon_, *lemmatizer_, &doc);
    return doc;
  }

  // The clause whose verb is the word `verb`.
  static const Clause* ClauseOfWord(const Document& doc,
                                    std::string_view verb) {
    for (const Clause& c : doc.clauses)
      if (doc.TokenText(c.verb) == verb) return &c;
    return nullptr;
  }
  static std::string Word(const Document& doc, int32_t t) {
    return t < 0 ? "" : std::string(doc.TokenText(t));
  }
  // The subject word of the clause of `verb`, or "(no clause)".
  static std::string SubjectWord(const Document& doc, std::string_view verb) {
    const Clause* c = ClauseOfWord(doc, verb);
    return c == nullptr ? "(no clause)" : Word(doc, c->subject);
  }

  static Lemmatizer* lemmatizer_;
  static ClauseLexicon* lexicon_;
};

Lemmatizer* ClausesTest::lemmatizer_ = nullptr;
ClauseLexicon* ClausesTest::lexicon_ = nullptr;

struct ClauseCase {
  const char* name;
  const char* parse;
  const char* verb;
  const char* subject;
  const char* object;
  const char* agent;
  bool passive;
  bool negated;
  Tense tense;
  Aspect aspect;
  Modality modality;
};

TEST_F(ClausesTest, VoiceNegationTenseAspectModality) {
  const ClauseCase cases[] = {
      {"active past",
       "Russia/PROPN/2/nsubj attacked/VERB/0/root Ukraine/PROPN/2/obj "
       "./PUNCT/2/punct",
       "attacked", "Russia", "Ukraine", "", false, false, Tense::kPast,
       Aspect::kSimple, Modality::kNone},
      {"passive with agent",
       "The/DET/2/det minister/NOUN/4/nsubj:pass was/AUX/4/aux:pass "
       "accused/VERB/0/root by/ADP/6/case "
       "critics/NOUN/4/obl:agent ./PUNCT/4/punct",
       "accused", "minister", "", "critics", true, false, Tense::kPast,
       Aspect::kSimple, Modality::kNone},
      {"passive agent left as plain oblique",
       "Talks/NOUN/3/nsubj:pass were/AUX/3/aux:pass suspended/VERB/0/root "
       "by/ADP/5/case "
       "Moscow/PROPN/3/obl ./PUNCT/3/punct",
       "suspended", "Talks", "", "Moscow", true, false, Tense::kPast,
       Aspect::kSimple, Modality::kNone},
      {"headline passive: an agent and no auxiliary",
       "MP/PROPN/2/nsubj attacked/VERB/0/root by/ADP/4/case muggers/NOUN/2/obl:agent",
       "attacked", "MP", "", "muggers", true, false, Tense::kPast, Aspect::kSimple,
       Modality::kNone},
      {"did not",
       "Russia/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod "
       "attack/VERB/0/root Kyiv/PROPN/4/obj",
       "attack", "Russia", "Kyiv", "", false, true, Tense::kPast,
       Aspect::kSimple, Modality::kNone},
      {"n't",
       "They/PRON/4/nsubj do/AUX/4/aux n't/PART/4/advmod want/VERB/0/root "
       "war/NOUN/4/obj",
       "want", "They", "war", "", false, true, Tense::kPresent, Aspect::kSimple,
       Modality::kNone},
      {"never",
       "He/PRON/3/nsubj never/ADV/3/advmod visited/VERB/0/root "
       "Kyiv/PROPN/3/obj",
       "visited", "He", "Kyiv", "", false, true, Tense::kPast, Aspect::kSimple,
       Modality::kNone},
      {"no longer",
       "The/DET/2/det army/NOUN/5/nsubj no/ADV/4/advmod longer/ADV/5/advmod "
       "controls/VERB/0/root "
       "the/DET/7/det city/NOUN/5/obj",
       "controls", "army", "city", "", false, true, Tense::kPresent,
       Aspect::kSimple, Modality::kNone},
      {"will", "NATO/PROPN/3/nsubj will/AUX/3/aux respond/VERB/0/root",
       "respond", "NATO", "", "", false, false, Tense::kFuture, Aspect::kSimple,
       Modality::kNone},
      {"'ll", "We/PRON/3/nsubj 'll/AUX/3/aux see/VERB/0/root", "see", "We", "",
       "", false, false, Tense::kFuture, Aspect::kSimple, Modality::kNone},
      {"may", "Moscow/PROPN/3/nsubj may/AUX/3/aux talk/VERB/0/root", "talk",
       "Moscow", "", "", false, false, Tense::kNone, Aspect::kSimple,
       Modality::kPossibility},
      {"might", "Troops/NOUN/3/nsubj might/AUX/3/aux withdraw/VERB/0/root",
       "withdraw", "Troops", "", "", false, false, Tense::kNone,
       Aspect::kSimple, Modality::kPossibility},
      {"could", "Sanctions/NOUN/3/nsubj could/AUX/3/aux follow/VERB/0/root",
       "follow", "Sanctions", "", "", false, false, Tense::kNone,
       Aspect::kSimple, Modality::kPossibility},
      {"would",
       "That/PRON/3/nsubj would/AUX/3/aux face/VERB/0/root "
       "consequences/NOUN/3/obj",
       "face", "That", "consequences", "", false, false, Tense::kNone,
       Aspect::kSimple, Modality::kConditional},
      {"should", "Kyiv/PROPN/3/nsubj should/AUX/3/aux negotiate/VERB/0/root",
       "negotiate", "Kyiv", "", "", false, false, Tense::kNone, Aspect::kSimple,
       Modality::kObligation},
      {"must", "Russia/PROPN/3/nsubj must/AUX/3/aux withdraw/VERB/0/root",
       "withdraw", "Russia", "", "", false, false, Tense::kNone,
       Aspect::kSimple, Modality::kObligation},
      {"can", "Diplomacy/NOUN/3/nsubj can/AUX/3/aux work/VERB/0/root", "work",
       "Diplomacy", "", "", false, false, Tense::kNone, Aspect::kSimple,
       Modality::kAbility},
      {"cannot as ca n't",
       "Europe/PROPN/4/nsubj ca/AUX/4/aux n't/PART/4/advmod wait/VERB/0/root",
       "wait", "Europe", "", "", false, true, Tense::kNone, Aspect::kSimple,
       Modality::kAbility},
      {"present perfect",
       "Talks/NOUN/3/nsubj have/AUX/3/aux stalled/VERB/0/root", "stalled",
       "Talks", "", "", false, false, Tense::kPresent, Aspect::kPerfect,
       Modality::kNone},
      {"past perfect",
       "He/PRON/3/nsubj had/AUX/3/aux warned/VERB/0/root them/PRON/3/obj",
       "warned", "He", "them", "", false, false, Tense::kPast, Aspect::kPerfect,
       Modality::kNone},
      {"progressive", "Troops/NOUN/3/nsubj are/AUX/3/aux massing/VERB/0/root",
       "massing", "Troops", "", "", false, false, Tense::kPresent,
       Aspect::kProgressive, Modality::kNone},
      {"perfect progressive",
       "Officials/NOUN/4/nsubj have/AUX/4/aux been/AUX/4/aux "
       "meeting/VERB/0/root",
       "meeting", "Officials", "", "", false, false, Tense::kPresent,
       Aspect::kPerfectProgressive, Modality::kNone},
      {"passive perfect",
       "The/DET/2/det talks/NOUN/5/nsubj:pass have/AUX/5/aux "
       "been/AUX/5/aux:pass postponed/VERB/0/root",
       "postponed", "talks", "", "", true, false, Tense::kPresent,
       Aspect::kPerfect, Modality::kNone},
      {"copula past", "He/PRON/3/nsubj was/AUX/3/cop president/NOUN/0/root",
       "president", "He", "", "", false, false, Tense::kPast, Aspect::kSimple,
       Modality::kNone},
      {"copula negated",
       "The/DET/2/det deal/NOUN/5/nsubj is/AUX/5/cop not/PART/5/advmod "
       "final/ADJ/0/root",
       "final", "deal", "", "", false, true, Tense::kPresent, Aspect::kSimple,
       Modality::kNone},
      {"present third person",
       "Russia/PROPN/2/nsubj denies/VERB/0/root it/PRON/2/obj", "denies",
       "Russia", "it", "", false, false, Tense::kPresent, Aspect::kSimple,
       Modality::kNone},
      {"irregular past",
       "Putin/PROPN/2/nsubj met/VERB/0/root Macron/PROPN/2/obj", "met", "Putin",
       "Macron", "", false, false, Tense::kPast, Aspect::kSimple,
       Modality::kNone},
  };
  for (const ClauseCase& c : cases) {
    SCOPED_TRACE(c.name);
    Document doc = Parse(c.parse);
    const Clause* cl = ClauseOfWord(doc, c.verb);
    ASSERT_NE(cl, nullptr) << DescribeSyntax(doc);
    EXPECT_EQ(Word(doc, cl->subject), c.subject) << DescribeSyntax(doc);
    EXPECT_EQ(Word(doc, cl->object), c.object);
    EXPECT_EQ(Word(doc, cl->agent), c.agent);
    EXPECT_EQ(cl->passive, c.passive);
    EXPECT_EQ(cl->negated, c.negated);
    EXPECT_EQ(TenseName(cl->tense), TenseName(c.tense)) << DescribeSyntax(doc);
    EXPECT_EQ(AspectName(cl->aspect), AspectName(c.aspect))
        << DescribeSyntax(doc);
    EXPECT_EQ(ModalityName(cl->modality), ModalityName(c.modality));
  }
}

struct ControlCase {
  const char* name;
  const char* parse;
  const char* verb;
  const char* subject;
  Modality modality;
  Tense tense;
};

TEST_F(ClausesTest, ControlVerbsLendModalityAndSubject) {
  const ControlCase cases[] = {
      {"plans to",
       "Moscow/PROPN/2/nsubj plans/VERB/0/root to/PART/4/mark "
       "hold/VERB/2/xcomp talks/NOUN/4/obj",
       "hold", "Moscow", Modality::kIntent, Tense::kFuture},
      {"intends to",
       "Kyiv/PROPN/2/nsubj intends/VERB/0/root to/PART/4/mark "
       "join/VERB/2/xcomp NATO/PROPN/4/obj",
       "join", "Kyiv", Modality::kIntent, Tense::kFuture},
      {"wants to",
       "He/PRON/2/nsubj wants/VERB/0/root to/PART/4/mark meet/VERB/2/xcomp "
       "Biden/PROPN/4/obj",
       "meet", "He", Modality::kIntent, Tense::kFuture},
      {"is going to",
       "Russia/PROPN/3/nsubj is/AUX/3/aux going/VERB/0/root to/PART/5/mark "
       "invade/VERB/3/xcomp",
       "invade", "Russia", Modality::kIntent, Tense::kFuture},
      {"went to is not intent",
       "She/PRON/2/nsubj went/VERB/0/root to/PART/4/mark see/VERB/2/xcomp "
       "him/PRON/4/obj",
       "see", "She", Modality::kNone, Tense::kNone},
      {"planned to: intent in the past",
       "Moscow/PROPN/2/nsubj planned/VERB/0/root to/PART/4/mark "
       "attack/VERB/2/xcomp",
       "attack", "Moscow", Modality::kIntent, Tense::kNone},
      {"has to",
       "Europe/PROPN/2/nsubj has/VERB/0/root to/PART/4/mark act/VERB/2/xcomp",
       "act", "Europe", Modality::kObligation, Tense::kNone},
      {"is able to",
       "Ukraine/PROPN/3/nsubj is/AUX/3/cop able/ADJ/0/root to/PART/5/mark "
       "defend/VERB/3/xcomp "
       "itself/PRON/5/obj",
       "defend", "Ukraine", Modality::kAbility, Tense::kNone},
      {"object control",
       "Biden/PROPN/2/nsubj urged/VERB/0/root Putin/PROPN/2/obj to/PART/5/mark "
       "withdraw/VERB/2/xcomp",
       "withdraw", "Putin", Modality::kNone, Tense::kNone},
  };
  for (const ControlCase& c : cases) {
    SCOPED_TRACE(c.name);
    Document doc = Parse(c.parse);
    const Clause* cl = ClauseOfWord(doc, c.verb);
    ASSERT_NE(cl, nullptr) << DescribeSyntax(doc);
    EXPECT_EQ(Word(doc, cl->subject), c.subject) << DescribeSyntax(doc);
    EXPECT_TRUE(cl->subject_inherited);
    EXPECT_EQ(ModalityName(cl->modality), ModalityName(c.modality))
        << DescribeSyntax(doc);
    EXPECT_EQ(TenseName(cl->tense), TenseName(c.tense)) << DescribeSyntax(doc);
  }
}

TEST_F(ClausesTest, ReportedClauses) {
  struct Case {
    const char* name;
    const char* parse;
    const char* reporter;
    const char* reported;  // verb of the reported clause, "" for none
    const char* complementizer;
  };
  const Case cases[] = {
      {"said that",
       "Peskov/PROPN/2/nsubj said/VERB/0/root that/SCONJ/5/mark "
       "talks/NOUN/5/nsubj continue/VERB/2/ccomp",
       "said", "continue", "that"},
      {"said without that",
       "Officials/NOUN/2/nsubj said/VERB/0/root troops/NOUN/5/nsubj "
       "had/AUX/5/aux left/VERB/2/ccomp",
       "said", "left", ""},
      {"denied that",
       "Moscow/PROPN/2/nsubj denied/VERB/0/root that/SCONJ/6/mark "
       "it/PRON/6/nsubj was/AUX/6/aux "
       "planning/VERB/2/ccomp an/DET/8/det attack/NOUN/6/obj",
       "denied", "planning", "that"},
      {"accused X of",
       "Kyiv/PROPN/2/nsubj accused/VERB/0/root Moscow/PROPN/2/obj "
       "of/SCONJ/5/mark "
       "shelling/VERB/2/advcl civilians/NOUN/5/obj",
       "accused", "shelling", "of"},
      {"parenthetical he said",
       "The/DET/2/det talks/NOUN/8/nsubj ,/PUNCT/5/punct he/PRON/5/nsubj "
       "said/VERB/8/parataxis "
       ",/PUNCT/5/punct were/AUX/8/cop useful/ADJ/0/root",
       "said", "useful", ""},
      {"quote then said",
       "<< We/PRON/3/nsubj will/AUX/3/aux win/VERB/6/ccomp >> ,/PUNCT/3/punct "
       "Zelensky/PROPN/6/nsubj "
       "said/VERB/0/root",
       "said", "win", ""},
      {"whether",
       "He/PRON/2/nsubj asked/VERB/0/root whether/SCONJ/5/mark "
       "talks/NOUN/5/nsubj resume/VERB/2/ccomp",
       "asked", "resume", "whether"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    Document doc = Parse(c.parse);
    const Clause* cl = ClauseOfWord(doc, c.reporter);
    ASSERT_NE(cl, nullptr) << DescribeSyntax(doc);
    SyntaxView view(doc);
    int reported =
        view.ReportedClause(static_cast<int>(cl - doc.clauses.data()));
    if (std::string(c.reported).empty()) {
      EXPECT_EQ(reported, -1);
      continue;
    }
    ASSERT_GE(reported, 0) << DescribeSyntax(doc);
    const Clause& r = doc.clauses[reported];
    EXPECT_EQ(Word(doc, r.verb), c.reported);
    EXPECT_EQ(Word(doc, r.complementizer), c.complementizer);
    // The reported clause is embedded in the reporter, or (a parenthetical
    // "he said") the reporter in it.
    EXPECT_TRUE(r.parent == cl - doc.clauses.data() || cl->parent == reported);
  }
}

TEST_F(ClausesTest, QuotedVerbIsInQuote) {
  Document doc = Parse(
      "<< We/PRON/3/nsubj will/AUX/3/aux win/VERB/6/ccomp >> ,/PUNCT/3/punct "
      "Zelensky/PROPN/6/nsubj "
      "said/VERB/0/root");
  ASSERT_NE(ClauseOfWord(doc, "win"), nullptr);
  EXPECT_TRUE(ClauseOfWord(doc, "win")->in_quote);
  EXPECT_FALSE(ClauseOfWord(doc, "said")->in_quote);
}

TEST_F(ClausesTest, ParticlesAndObliques) {
  Document doc = Parse(
      "Beijing/PROPN/2/nsubj lashed/VERB/0/root out/ADP/2/compound:prt "
      "at/ADP/5/case "
      "Washington/PROPN/2/obl | Biden/PROPN/2/nsubj called/VERB/0/root "
      "on/ADP/4/case "
      "allies/NOUN/2/obl to/PART/6/mark act/VERB/2/xcomp | "
      "Blinken/PROPN/2/nsubj met/VERB/0/root "
      "with/ADP/4/case Lavrov/PROPN/2/obl in/ADP/6/case Geneva/PROPN/2/obl | "
      "The/DET/2/det EU/PROPN/3/nsubj imposed/VERB/0/root sanctions/NOUN/3/obj "
      "against/ADP/6/case "
      "Russia/PROPN/4/nmod");
  const Clause* lashed = ClauseOfWord(doc, "lashed");
  ASSERT_NE(lashed, nullptr);
  EXPECT_EQ(Word(doc, lashed->particle), "out");
  EXPECT_EQ(Word(doc, lashed->last_verb_token), "out");
  ASSERT_EQ(lashed->obliques.size(), 1u);
  EXPECT_EQ(Word(doc, lashed->obliques[0].marker), "at");
  EXPECT_EQ(Word(doc, lashed->obliques[0].head), "Washington");

  const Clause* called = ClauseOfWord(doc, "called");
  ASSERT_NE(called, nullptr);
  ASSERT_EQ(called->obliques.size(), 1u);
  EXPECT_EQ(Word(doc, called->obliques[0].marker), "on");

  const Clause* met = ClauseOfWord(doc, "met");
  ASSERT_NE(met, nullptr);
  ASSERT_EQ(met->obliques.size(), 2u);
  EXPECT_EQ(Word(doc, met->obliques[0].marker), "with");
  EXPECT_EQ(Word(doc, met->obliques[1].head), "Geneva");

  const Clause* imposed = ClauseOfWord(doc, "imposed");
  ASSERT_NE(imposed, nullptr);
  ASSERT_EQ(imposed->obliques.size(), 1u);
  EXPECT_EQ(Word(doc, imposed->obliques[0].marker), "against");
  EXPECT_EQ(Word(doc, imposed->obliques[0].head), "Russia");
  EXPECT_EQ(Word(doc, imposed->obliques[0].governor), "sanctions");
}

TEST_F(ClausesTest, MissingSubjectsAreInherited) {
  Document doc = Parse(
      "Putin/PROPN/2/nsubj met/VERB/0/root Macron/PROPN/2/obj and/CCONJ/5/cc "
      "discussed/VERB/2/conj "
      "Ukraine/PROPN/5/obj | Peskov/PROPN/2/nsubj spoke/VERB/0/root "
      ",/PUNCT/4/punct saying/VERB/2/advcl "
      "talks/NOUN/6/nsubj failed/VERB/4/ccomp | The/DET/2/det "
      "troops/NOUN/0/root that/PRON/4/nsubj "
      "attacked/VERB/2/acl:relcl | Troops/NOUN/0/root stationed/VERB/1/acl "
      "near/ADP/4/case "
      "Kharkiv/PROPN/2/obl");
  const Clause* discussed = ClauseOfWord(doc, "discussed");
  ASSERT_NE(discussed, nullptr);
  EXPECT_EQ(Word(doc, discussed->subject), "Putin");
  EXPECT_TRUE(discussed->subject_inherited);
  EXPECT_EQ(discussed->tense, Tense::kPast);

  const Clause* saying = ClauseOfWord(doc, "saying");
  ASSERT_NE(saying, nullptr);
  EXPECT_EQ(Word(doc, saying->subject), "Peskov");

  const Clause* attacked = ClauseOfWord(doc, "attacked");
  ASSERT_NE(attacked, nullptr);
  EXPECT_EQ(Word(doc, attacked->subject), "troops");

  const Clause* stationed = ClauseOfWord(doc, "stationed");
  ASSERT_NE(stationed, nullptr);
  EXPECT_TRUE(stationed->passive);
  EXPECT_EQ(Word(doc, stationed->subject), "Troops");
}

TEST_F(ClausesTest, ObjectOfAVerbOfObjectControlDoesItsInfinitive) {
  // The parse hung the infinitive on the verb as an adverbial clause, or on
  // its object as the noun's: either way the object is to do it.
  Document doc = Parse(
      "Mayor/PROPN/2/nsubj asked/VERB/0/root him/PRON/2/obj to/PART/5/mark "
      "resign/VERB/2/advcl | Defeat/NOUN/2/nsubj forced/VERB/0/root "
      "senator/NOUN/2/obj to/PART/5/mark quit/VERB/3/acl | "
      "Mayor/PROPN/2/nsubj used/VERB/0/root speech/NOUN/2/obj to/PART/5/mark "
      "attack/VERB/2/advcl rivals/NOUN/5/obj");
  EXPECT_EQ(SubjectWord(doc, "resign"), "him") << DescribeSyntax(doc);
  const Clause* resign = ClauseOfWord(doc, "resign");
  EXPECT_TRUE(resign != nullptr && resign->subject_inherited);
  EXPECT_EQ(SubjectWord(doc, "quit"), "senator") << DescribeSyntax(doc);
  // Not a verb of object control: a purpose, done by the subject.
  EXPECT_EQ(SubjectWord(doc, "attack"), "Mayor") << DescribeSyntax(doc);
}

TEST_F(ClausesTest, SubordinatePastVerbIsPastWithoutItsSubject) {
  // The parser left "Russia" as an oblique of "invaded": the clause is
  // still past, and does not borrow the main clause's subject.
  Document doc = Parse(
      "Grain/NOUN/2/nsubj:pass stuck/VERB/0/root since/ADP/4/case "
      "Russia/PROPN/5/obl "
      "invaded/VERB/2/advcl the/DET/7/det country/NOUN/5/obj");
  const Clause* invaded = ClauseOfWord(doc, "invaded");
  ASSERT_NE(invaded, nullptr);
  EXPECT_EQ(invaded->tense, Tense::kPast) << DescribeSyntax(doc);
  EXPECT_EQ(invaded->subject, -1);
}

TEST_F(ClausesTest, NounWithSubjectAndCopulaIsAClauseUnderAnyRelation) {
  // "launched a platform, with Kennedy saying his party was the opposition
  // on the war", the predicate noun hung on "launched" as an oblique: it is
  // a clause of its own, and "war" is not in "launched"'s.
  Document doc = Parse(
      "Party/NOUN/2/nsubj launched/VERB/0/root platform/NOUN/2/obj "
      "party/NOUN/6/nsubj was/AUX/6/cop opposition/NOUN/2/obl on/ADP/8/case "
      "war/NOUN/6/nmod");
  const Clause* opposition = ClauseOfWord(doc, "opposition");
  ASSERT_NE(opposition, nullptr) << DescribeSyntax(doc);
  EXPECT_EQ(Word(doc, opposition->subject), "party");
  // Without a subject it stays an argument.
  Document plain = Parse(
      "Party/NOUN/2/nsubj launched/VERB/0/root platform/NOUN/2/obj on/ADP/5/case "
      "war/NOUN/2/obl");
  EXPECT_EQ(ClauseOfWord(plain, "war"), nullptr);
}

TEST_F(ClausesTest, OfTwoSubjectsOneWithACopulaTheOtherIsTheVerbs) {
  // "Blair is among those ... but the mayor has refused", parsed with
  // "Blair" (a predicate with its copula) and "mayor" both subjects of
  // "refused".
  Document doc = Parse(
      "Blair/PROPN/7/nsubj is/AUX/1/cop among/ADP/4/case those/PRON/1/obl "
      "but/CCONJ/7/cc mayor/NOUN/7/nsubj refused/VERB/0/root");
  const Clause* refused = ClauseOfWord(doc, "refused");
  ASSERT_NE(refused, nullptr);
  EXPECT_EQ(Word(doc, refused->subject), "mayor") << DescribeSyntax(doc);
}

TEST_F(ClausesTest, SubjectAfterACommaRightBeforeItsVerbIsTheVerbs) {
  // "Farms face hard years, experts have warned", parsed with "face" a
  // noun and "years" and "experts" both subjects of "warned".
  Document doc = Parse(
      "Farms/NOUN/2/compound face/NOUN/4/compound hard/ADJ/4/amod years/NOUN/8/nsubj "
      ",/PUNCT/8/punct experts/NOUN/8/nsubj have/AUX/8/aux warned/VERB/0/root");
  const Clause* warned = ClauseOfWord(doc, "warned");
  ASSERT_NE(warned, nullptr);
  EXPECT_EQ(Word(doc, warned->subject), "experts") << DescribeSyntax(doc);
  // Not a relative clause's noun after the comma ("The minister, whose
  // plan is due, rejected ..." parsed with three subjects of "is"), nor
  // when the verb has an object of its own.
  Document relative = Parse(
      "minister/NOUN/6/nsubj ,/PUNCT/1/punct whose/PRON/4/nmod:poss plan/NOUN/6/nsubj "
      "is/AUX/6/cop due/ADJ/0/root");
  const Clause* due = ClauseOfWord(relative, "due");
  ASSERT_NE(due, nullptr);
  EXPECT_EQ(Word(relative, due->subject), "minister") << DescribeSyntax(relative);
  Document object = Parse(
      "Farms/NOUN/5/nsubj ,/PUNCT/3/punct experts/NOUN/5/nsubj have/AUX/5/aux "
      "warned/VERB/0/root banks/NOUN/5/obj");
  const Clause* banks = ClauseOfWord(object, "warned");
  ASSERT_NE(banks, nullptr);
  EXPECT_EQ(Word(object, banks->subject), "Farms") << DescribeSyntax(object);
}

TEST_F(ClausesTest, ConjunctJoinedByNothingKeepsNoBorrowedSubject) {
  // "Insurers sought ... after an earthquake and waves killed 38,000",
  // "killed" hung on "sought" as a conjunct with no "and" of its own.
  Document doc = Parse(
      "Insurers/NOUN/2/nsubj sought/VERB/0/root calm/NOUN/2/obj after/ADP/5/case "
      "earthquake/NOUN/8/obl and/CCONJ/7/cc waves/NOUN/5/conj killed/VERB/2/conj "
      "people/NOUN/8/obj | Putin/PROPN/2/nsubj met/VERB/0/root Macron/PROPN/2/obj "
      "and/CCONJ/5/cc discussed/VERB/2/conj Ukraine/PROPN/5/obj");
  const Clause* killed = ClauseOfWord(doc, "killed");
  ASSERT_NE(killed, nullptr);
  EXPECT_EQ(killed->subject, -1) << DescribeSyntax(doc);
  const Clause* discussed = ClauseOfWord(doc, "discussed");
  ASSERT_NE(discussed, nullptr);
  EXPECT_EQ(Word(doc, discussed->subject), "Putin");
}

TEST_F(ClausesTest, BareParticipleAdverbialIsPassive) {
  // "Asked about X, Y said": Y was asked. "after meeting" and a past verb
  // with its own object are not passive.
  Document doc = Parse(
      "Asked/VERB/6/advcl about/ADP/3/case talks/NOUN/1/obl ,/PUNCT/1/punct "
      "Lavrov/PROPN/6/nsubj said/VERB/0/root | "
      "Peskov/PROPN/3/nsubj did/AUX/3/aux comment/VERB/0/root when/ADV/5/advmod "
      "asked/VERB/3/advcl | "
      "Putin/PROPN/2/nsubj spoke/VERB/0/root after/SCONJ/4/mark "
      "met/VERB/2/advcl Macron/PROPN/4/obj");
  const Clause* asked = ClauseOfWord(doc, "Asked");
  ASSERT_NE(asked, nullptr);
  EXPECT_TRUE(asked->passive) << DescribeSyntax(doc);
  EXPECT_EQ(Word(doc, asked->subject), "Lavrov");
  const Clause* when = ClauseOfWord(doc, "asked");
  ASSERT_NE(when, nullptr);
  EXPECT_TRUE(when->passive);
  EXPECT_EQ(Word(doc, when->subject), "Peskov");
  const Clause* met = ClauseOfWord(doc, "met");
  ASSERT_NE(met, nullptr);
  EXPECT_FALSE(met->passive);
}

TEST_F(ClausesTest, Mood) {
  Document doc = Parse(
      "Will/AUX/3/aux Russia/PROPN/3/nsubj invade/VERB/0/root ?/PUNCT/3/punct "
      "| "
      "Stop/VERB/0/root the/DET/3/det war/NOUN/1/obj !/PUNCT/1/punct | "
      "If/SCONJ/3/mark talks/NOUN/3/nsubj fail/VERB/6/advcl ,/PUNCT/3/punct "
      "sanctions/NOUN/6/nsubj "
      "follow/VERB/0/root");
  EXPECT_EQ(ClauseOfWord(doc, "invade")->mood, Mood::kInterrogative);
  EXPECT_EQ(ClauseOfWord(doc, "Stop")->mood, Mood::kImperative);
  EXPECT_EQ(ClauseOfWord(doc, "fail")->mood, Mood::kConditional);
  EXPECT_EQ(ClauseOfWord(doc, "follow")->mood, Mood::kIndicative);
}

TEST_F(ClausesTest, NounPhrasesCoordinationAndAppositions) {
  Document doc = Parse(
      "Lavrov/PROPN/4/nsubj and/CCONJ/3/cc Blinken/PROPN/1/conj "
      "met/VERB/0/root | "
      "Kremlin/PROPN/2/compound spokesman/NOUN/3/nmod:desc "
      "Dmitry/PROPN/5/nsubj Peskov/PROPN/3/flat "
      "spoke/VERB/0/root | Dmitry/PROPN/7/nsubj Peskov/PROPN/1/flat "
      ",/PUNCT/6/punct the/DET/6/det "
      "Kremlin/PROPN/6/compound spokesman/NOUN/1/appos spoke/VERB/0/root | "
      "Russia/PROPN/4/nmod:poss 's/PART/1/case foreign/ADJ/4/amod "
      "minister/NOUN/5/nsubj "
      "spoke/VERB/0/root");
  SyntaxView view(doc);
  auto text = [&](int p) { return std::string(doc.Text(view.PhraseSpan(p))); };

  int lavrov = view.PhraseOfHead(0);
  ASSERT_GE(lavrov, 0);
  std::vector<int> members = view.Conjuncts(lavrov);
  ASSERT_EQ(members.size(), 2u);
  EXPECT_EQ(text(members[0]), "Lavrov");
  EXPECT_EQ(text(members[1]), "Blinken");
  EXPECT_EQ(view.Conjuncts(members[1]).size(), 2u);

  // "Kremlin spokesman Dmitry Peskov": the name and its title.
  const Clause* spoke = ClauseOfWord(doc, "spoke");
  ASSERT_NE(spoke, nullptr);
  EXPECT_EQ(std::string(doc.Text(view.SubjectSpan(
                static_cast<int>(spoke - doc.clauses.data())))),
            "Dmitry Peskov");
  int name = view.PhraseOfHead(spoke->subject);
  std::vector<int> titles = view.Appositions(name);
  ASSERT_EQ(titles.size(), 1u);
  EXPECT_EQ(text(titles[0]), "Kremlin spokesman");

  // "Dmitry Peskov, the Kremlin spokesman".
  int name2 = view.PhraseOfHead(9);
  ASSERT_GE(name2, 0);
  EXPECT_EQ(text(name2), "Dmitry Peskov");
  std::vector<int> appos = view.Appositions(name2);
  ASSERT_EQ(appos.size(), 1u);
  EXPECT_EQ(text(appos[0]), "the Kremlin spokesman");

  // Possessors stay inside the phrase.
  const Clause* last = &doc.clauses.back();
  EXPECT_EQ(std::string(doc.Text(
                view.SubjectSpan(static_cast<int>(doc.clauses.size() - 1)))),
            "Russia 's foreign minister");
  (void)last;
}

// Parses `notation`, expects RepairParse to make `repairs` changes and
// builds the clauses again.
Document Repaired(const std::string& notation, int repairs, const ClauseLexicon& lexicon,
                  const Lemmatizer& lemmatizer, Document (*parse)(const std::string&)) {
  Document doc = parse(notation);
  EXPECT_EQ(RepairParse(lexicon, &doc), repairs) << notation;
  BuildClauses(lexicon, lemmatizer, &doc);
  return doc;
}

TEST_F(ClausesTest, RepairAppositionWithAConjunction) {
  // The parser's reading: "Turkey" an apposition of "member", and "member"
  // the subject of "insisted".
  Document doc = Repaired(
      "Malta/PROPN/3/nsubj is/AUX/3/cop member/NOUN/9/nsubj ,/PUNCT/6/punct "
      "but/CCONJ/6/cc Turkey/PROPN/3/appos ,/PUNCT/3/punct "
      "previously/ADV/9/advmod insisted/VERB/0/root talks/NOUN/11/nsubj "
      "failed/VERB/9/ccomp",
      1, *lexicon_, *lemmatizer_, &Parse);
  const Clause* insisted = ClauseOfWord(doc, "insisted");
  ASSERT_NE(insisted, nullptr);
  EXPECT_EQ(Word(doc, insisted->subject), "Turkey");
  EXPECT_EQ(doc.tokens[8].dep, Dep::kConj);
  EXPECT_EQ(doc.tokens[8].head, 2);
  EXPECT_EQ(doc.tokens[2].head, -1);
  // A true apposition (no conjunction) stays.
  Document kept = Parse(
      "Peskov/PROPN/4/nsubj ,/PUNCT/3/punct spokesman/NOUN/1/appos "
      "insisted/VERB/0/root talks/NOUN/6/nsubj failed/VERB/4/ccomp");
  EXPECT_EQ(RepairParse(*lexicon_, &kept), 0);
}

TEST_F(ClausesTest, RepairWordHungOnPunctuation) {
  // The quotation's verb under the comma after "said": it is the clause
  // "said" reports.
  Document doc = Repaired(
      "Ann/PROPN/2/nsubj said/VERB/0/root ,/PUNCT/2/punct \"/PUNCT/6/punct "
      "talks/NOUN/6/nsubj failed/VERB/3/dep ./PUNCT/6/punct \"/PUNCT/6/punct",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(doc.tokens[5].head, 1);
  EXPECT_EQ(doc.tokens[5].dep, Dep::kCcomp);
  EXPECT_EQ(SubjectWord(doc, "failed"), "talks");
  // Under a mark after a verb that reports nothing, the word keeps its
  // label.
  Document kept = Repaired(
      "Ann/PROPN/2/nsubj left/VERB/0/root ,/PUNCT/2/punct angry/ADJ/3/advmod",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(kept.tokens[3].head, 1);
  EXPECT_EQ(kept.tokens[3].dep, Dep::kAdvmod);
  // A sentence rooted at its opening mark: the mark's first word is the
  // root.
  Document rooted = Repaired(
      "\"/PUNCT/0/root Rome/PROPN/4/nsubj is/AUX/4/cop Italy/PROPN/1/conj ,/PUNCT/4/punct "
      "\"/PUNCT/8/punct Ann/PROPN/8/nsubj said/VERB/4/parataxis",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(rooted.tokens[3].head, -1);
  EXPECT_EQ(rooted.tokens[0].head, 3);
  EXPECT_EQ(rooted.tokens[0].dep, Dep::kPunct);
}

TEST_F(ClausesTest, RepairSubjectBeforeASubordinator) {
  // "Lee" read as the subject of "leaving", before its "before": the
  // subject of "said".
  Document doc = Repaired(
      "Lee/PROPN/3/nsubj before/SCONJ/3/mark leaving/VERB/5/advcl ,/PUNCT/3/punct "
      "said/VERB/0/root prices/NOUN/7/nsubj rose/VERB/5/ccomp",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(SubjectWord(doc, "said"), "Lee");
  // After the subordinator it is the subordinate clause's.
  Document kept = Parse(
      "before/SCONJ/3/mark Lee/PROPN/3/nsubj left/VERB/6/advcl ,/PUNCT/3/punct "
      "Ann/PROPN/6/nsubj said/VERB/0/root no/INTJ/6/obj");
  EXPECT_EQ(RepairParse(*lexicon_, &kept), 0);
}

TEST_F(ClausesTest, RepairSubordinateClauseReadAsAPhrase) {
  // "after its rival" a phrase of "sued", "accused" a clause without a
  // subject: "rival" is its subject, "after" its subordinator.
  Document doc = Repaired(
      "Acme/PROPN/3/nsubj:pass was/AUX/3/aux:pass sued/VERB/0/root after/ADP/6/case "
      "its/PRON/6/nmod:poss rival/NOUN/3/obl accused/VERB/3/advcl it/PRON/7/obj",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(SubjectWord(doc, "accused"), "rival");
  EXPECT_EQ(doc.tokens[3].dep, Dep::kMark);
  EXPECT_EQ(doc.tokens[3].head, 6);
  // A participle is no finite clause: "after the vote, citing ...".
  Document kept = Parse(
      "Lee/PROPN/2/nsubj resigned/VERB/0/root after/ADP/5/case the/DET/5/det "
      "vote/NOUN/2/obl citing/VERB/2/advcl fraud/NOUN/6/obj");
  EXPECT_EQ(RepairParse(*lexicon_, &kept), 0);
}

TEST_F(ClausesTest, RepairReportedSubjectHungOnTheAddressee) {
  // "the Tories" an apposition of the addressee, "offered" without a
  // subject.
  Document doc = Repaired(
      "Blair/PROPN/2/nsubj told/VERB/0/root party/NOUN/4/compound members/NOUN/2/iobj "
      "the/DET/6/det Tories/PROPN/4/appos offered/VERB/2/ccomp nothing/PRON/7/obj",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(SubjectWord(doc, "offered"), "Tories");
  // A name's second word under its first, before a verb with a subject,
  // stays.
  Document name = Parse(
      "Smith/PROPN/2/nsubj told/VERB/0/root Joe/PROPN/2/iobj Biden/PROPN/3/flat "
      "talks/NOUN/6/nsubj failed/VERB/2/ccomp");
  EXPECT_EQ(RepairParse(*lexicon_, &name), 0);
  // The addressee named after a title, and a copula's predicate hung on
  // the verb as a modifier: "told host Ann Lee a delay is likely".
  Document copula = Repaired(
      "Smith/PROPN/2/nsubj told/VERB/0/root host/NOUN/2/obj Ann/PROPN/3/flat Lee/PROPN/4/flat "
      "a/DET/7/det delay/NOUN/4/appos is/AUX/9/cop likely/ADV/2/advmod",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(copula.tokens[6].head, 8);
  EXPECT_EQ(copula.tokens[6].dep, Dep::kNsubj);
}

TEST_F(ClausesTest, RepairMainVerbReadAsTheConjunctOfAParticiple) {
  // Rooted at "Clarke", "writing" its modifier, "accused" joined to it.
  Document doc = Repaired(
      "Clarke/PROPN/0/root ,/PUNCT/3/punct writing/VERB/1/acl in/ADP/5/case "
      "papers/NOUN/3/obl ,/PUNCT/7/punct accused/VERB/3/conj critics/NOUN/7/obj "
      "./PUNCT/1/punct",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(SubjectWord(doc, "accused"), "Clarke");
  EXPECT_EQ(doc.tokens[6].head, -1);
  EXPECT_EQ(doc.tokens[8].head, 6);  // the final stop
  // Two participles joined stay ("writing ..., and arguing").
  Document pair = Parse(
      "Clarke/PROPN/0/root ,/PUNCT/3/punct writing/VERB/1/acl in/ADP/5/case "
      "papers/NOUN/3/obl ,/PUNCT/8/punct and/CCONJ/8/cc arguing/VERB/3/conj");
  EXPECT_EQ(RepairParse(*lexicon_, &pair), 0);
}

TEST_F(ClausesTest, RepairParticipleReadAsTheRoot) {
  // Rooted at "appearing", with the subject its own and "said" its
  // parataxis.
  Document doc = Repaired(
      "Maier/PROPN/3/nsubj ,/PUNCT/3/punct appearing/VERB/0/root on/ADP/5/case "
      "television/NOUN/3/obl ,/PUNCT/3/punct said/VERB/3/parataxis taxes/NOUN/9/nsubj "
      "rose/VERB/7/ccomp ./PUNCT/3/punct",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(SubjectWord(doc, "said"), "Maier");
  EXPECT_EQ(doc.tokens[6].head, -1);
  EXPECT_EQ(doc.tokens[2].head, 6);
  EXPECT_EQ(doc.tokens[2].dep, Dep::kAdvcl);
  EXPECT_EQ(doc.tokens[9].head, 6);  // the final stop
  // A progressive with its auxiliary is the verb ("Maier is now,
  // appearing ..., said").
  Document progressive = Parse(
      "Maier/PROPN/5/nsubj is/AUX/5/aux now/ADV/5/advmod ,/PUNCT/5/punct "
      "appearing/VERB/0/root ,/PUNCT/7/punct said/VERB/5/parataxis");
  EXPECT_EQ(RepairParse(*lexicon_, &progressive), 0);
}

TEST_F(ClausesTest, RepairRelativeClauseOfTheSubjectReadAsAClauseOfTheVerb) {
  // "Cruz" hung on "seen", and "seen" an adverbial clause of "said".
  Document doc = Repaired(
      "Cruz/PROPN/6/vocative ,/PUNCT/6/punct whose/PRON/4/nmod:poss finish/NOUN/6/nsubj:pass "
      "was/AUX/6/aux:pass seen/VERB/8/advcl ,/PUNCT/6/punct said/VERB/0/root he/PRON/10/nsubj "
      "won/VERB/8/ccomp",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(SubjectWord(doc, "said"), "Cruz");
  EXPECT_EQ(doc.tokens[5].head, 0);
  EXPECT_EQ(doc.tokens[5].dep, Dep::kAclRelcl);
  // A verb with a subject keeps its clauses ("In March, which followed,
  // he said ...").
  Document kept = Parse(
      "March/PROPN/7/obl ,/PUNCT/4/punct which/PRON/4/nsubj followed/VERB/7/advcl "
      ",/PUNCT/4/punct he/PRON/7/nsubj said/VERB/0/root");
  EXPECT_EQ(RepairParse(*lexicon_, &kept), 0);
}

TEST_F(ClausesTest, RepairSubjectHungOnAParticipleBetweenCommas) {
  // "Archer" the subject of "wearing", and "wearing" a clause of "said",
  // which has none.
  Document doc = Repaired(
      "Archer/PROPN/3/nsubj ,/PUNCT/3/punct wearing/VERB/7/advcl a/DET/5/det "
      "badge/NOUN/3/obj ,/PUNCT/7/punct said/VERB/0/root taxes/NOUN/9/nsubj rose/VERB/7/ccomp",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(SubjectWord(doc, "said"), "Archer");
  EXPECT_EQ(doc.tokens[2].head, 6);
  EXPECT_EQ(doc.tokens[2].dep, Dep::kAdvcl);
  // A clause with an auxiliary has a subject of its own ("Archer, who is
  // ..., said" is the relative clause's repair; "When Archer is
  // wearing ..." is not this).
  Document kept = Parse(
      "Archer/PROPN/4/nsubj ,/PUNCT/4/punct is/AUX/4/aux wearing/VERB/8/advcl "
      "a/DET/6/det badge/NOUN/4/obj ,/PUNCT/8/punct said/VERB/0/root");
  EXPECT_EQ(RepairParse(*lexicon_, &kept), 0);
}

TEST_F(ClausesTest, RepairRelativeClauseReadAsTheMainClause) {
  // Rooted at "makes", "firm" its subject beside "which", and "reported"
  // its conjunct with no conjunction.
  Document doc = Repaired(
      "firm/NOUN/4/nsubj ,/PUNCT/4/punct which/PRON/4/nsubj makes/VERB/0/root "
      "phones/NOUN/4/obj ,/PUNCT/7/punct reported/VERB/4/conj a/DET/9/det loss/NOUN/7/obj "
      "./PUNCT/4/punct",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(SubjectWord(doc, "reported"), "firm");
  EXPECT_EQ(doc.tokens[6].head, -1);
  EXPECT_EQ(doc.tokens[3].head, 0);
  EXPECT_EQ(doc.tokens[3].dep, Dep::kAclRelcl);
  EXPECT_EQ(doc.tokens[9].head, 6);  // the final stop
  // Under a verb of saying, the conjunct takes the reported clause's
  // place, with its "that".
  Document reported = Repaired(
      "report/NOUN/2/nsubj says/VERB/0/root that/SCONJ/7/mark Lee/PROPN/7/nsubj ,/PUNCT/7/punct "
      "who/PRON/7/nsubj owns/VERB/2/ccomp shops/NOUN/7/obj ,/PUNCT/2/punct lost/VERB/2/conj "
      "money/NOUN/10/obj",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(SubjectWord(reported, "lost"), "Lee");
  EXPECT_EQ(reported.tokens[9].head, 1);
  EXPECT_EQ(reported.tokens[9].dep, Dep::kCcomp);
  EXPECT_EQ(reported.tokens[2].head, 9);
  // "whose": the possessor of the relative clause's subject.
  Document whose = Repaired(
      "Lee/PROPN/5/nsubj ,/PUNCT/1/punct whose/PRON/4/nmod:poss union/NOUN/5/nsubj "
      "grew/VERB/0/root ,/PUNCT/5/punct said/VERB/5/parataxis prices/NOUN/9/nsubj "
      "rose/VERB/7/ccomp",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(SubjectWord(whose, "said"), "Lee");
  EXPECT_EQ(whose.tokens[6].head, -1);
  EXPECT_EQ(whose.tokens[4].head, 0);
  EXPECT_EQ(whose.tokens[4].dep, Dep::kAclRelcl);
  // The verb after the comma as an adverbial clause of the relative verb,
  // finite and with no subordinator.
  Document adverbial = Repaired(
      "Chile/PROPN/4/nsubj ,/PUNCT/4/punct which/PRON/4/nsubj signed/VERB/0/root "
      "it/PRON/4/obj ,/PUNCT/7/punct owes/VERB/4/advcl Peru/PROPN/7/obj",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(SubjectWord(adverbial, "owes"), "Chile");
  EXPECT_EQ(adverbial.tokens[6].head, -1);
  EXPECT_EQ(adverbial.tokens[3].dep, Dep::kAclRelcl);
  // Coordinated nouns before the clause: the coordination's first is the
  // subject.
  Document coordinated = Repaired(
      "Chile/PROPN/8/nsubj ,/PUNCT/3/punct Peru/PROPN/1/conj and/CCONJ/5/cc Bolivia/PROPN/1/conj "
      ",/PUNCT/8/punct which/PRON/8/nsubj signed/VERB/0/root it/PRON/8/obj ,/PUNCT/11/punct "
      "owe/VERB/8/parataxis Spain/PROPN/11/obj",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(SubjectWord(coordinated, "owe"), "Chile") << DescribeSyntax(coordinated);
  EXPECT_EQ(coordinated.tokens[7].dep, Dep::kAclRelcl);
  // Not one with its own subordinator, nor a participle.
  Document marked = Parse(
      "Chile/PROPN/4/nsubj ,/PUNCT/4/punct which/PRON/4/nsubj signed/VERB/0/root "
      "it/PRON/4/obj ,/PUNCT/8/punct because/SCONJ/8/mark owes/VERB/4/advcl Peru/PROPN/8/obj");
  EXPECT_EQ(RepairParse(*lexicon_, &marked), 0);
  Document participle = Parse(
      "Chile/PROPN/4/nsubj ,/PUNCT/4/punct which/PRON/4/nsubj signed/VERB/0/root "
      "it/PRON/4/obj ,/PUNCT/7/punct hoping/VERB/4/advcl Peru/PROPN/7/obj");
  EXPECT_EQ(RepairParse(*lexicon_, &participle), 0);
  // A conjunct with its own conjunction is one ("who rose, and then
  // fell").
  Document kept = Parse(
      "firm/NOUN/4/nsubj ,/PUNCT/4/punct which/PRON/4/nsubj rose/VERB/0/root ,/PUNCT/8/punct "
      "and/CCONJ/8/cc then/ADV/8/advmod fell/VERB/4/conj");
  EXPECT_EQ(RepairParse(*lexicon_, &kept), 0);
}

TEST_F(ClausesTest, RepairNameHungAsFlatOnAClauseOpener) {
  // "when Ghana , one of the members , vetoed it": "Ghana" flat under
  // "when", "one" the verb's subject.
  Document doc = Repaired(
      "talks/NOUN/2/nsubj failed/VERB/0/root when/ADV/10/advmod Ghana/PROPN/3/flat "
      ",/PUNCT/6/punct one/NUM/10/nsubj of/ADP/9/case the/DET/9/det members/NOUN/6/nmod "
      "vetoed/VERB/2/advcl it/PRON/10/obj",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(SubjectWord(doc, "vetoed"), "Ghana");
  EXPECT_EQ(doc.tokens[5].dep, Dep::kAppos);
  EXPECT_EQ(doc.tokens[5].head, 3);
  // Not under an abbreviation ("e.g. Hartsell-Gundy").
  Document abbreviation = Parse(
      "see/VERB/0/root e.g./ADV/1/advmod Smith/PROPN/2/flat ,/PUNCT/5/punct "
      "one/NUM/6/nsubj wrote/VERB/1/ccomp");
  EXPECT_EQ(RepairParse(*lexicon_, &abbreviation), 0);
}

TEST_F(ClausesTest, RepairVerbHungOnItsSubjectAsAReducedRelative) {
  // Rooted at "ministers", the main verb an acl of it.
  Document doc = Repaired(
      "European/ADJ/2/amod ministers/NOUN/0/root agreed/VERB/2/acl to/PART/5/mark "
      "provide/VERB/3/advcl aid/NOUN/5/obj ./PUNCT/2/punct",
      1, *lexicon_, *lemmatizer_, &Parse);
  const Clause* agreed = ClauseOfWord(doc, "agreed");
  ASSERT_NE(agreed, nullptr);
  EXPECT_EQ(agreed->relation, Dep::kRoot);
  EXPECT_EQ(Word(doc, agreed->subject), "ministers");
  EXPECT_EQ(doc.tokens[6].head, 2);  // the final stop
  // A headline's participle with no object stays one ("soldiers killed").
  Document headline = Parse(
      "Three/NUM/2/nummod soldiers/NOUN/0/root killed/VERB/2/acl in/ADP/5/case "
      "attack/NOUN/3/obl");
  EXPECT_EQ(RepairParse(*lexicon_, &headline), 0);
  // Nor an infinitive ("the best times to visit Athens").
  Document infinitive = Parse(
      "the/DET/3/det best/ADJ/3/amod times/NOUN/0/root to/PART/5/mark visit/VERB/3/acl "
      "Athens/PROPN/5/obj");
  EXPECT_EQ(RepairParse(*lexicon_, &infinitive), 0);
  // Two nominals after a verb of naming: "Sanders called Trump a liar";
  // one is a name ("a party called Veritas").
  Document naming = Repaired(
      "Sanders/PROPN/0/root called/VERB/1/acl Trump/PROPN/2/xcomp a/DET/5/det "
      "liar/NOUN/2/xcomp", 1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(SubjectWord(naming, "called"), "Sanders");
  Document party = Parse(
      "a/DET/2/det party/NOUN/0/root called/VERB/2/acl Veritas/PROPN/3/xcomp");
  EXPECT_EQ(RepairParse(*lexicon_, &party), 0);
}

TEST_F(ClausesTest, RepairReportedClauseReadAsObjectAndModifier) {
  // "said [the polling location] [never shut its doors]": the object of a
  // verb of saying with a finite verb hung on it.
  Document doc = Repaired(
      "Smith/PROPN/2/nsubj said/VERB/0/root the/DET/5/det polling/NOUN/5/compound "
      "location/NOUN/2/obj never/ADV/7/advmod shut/VERB/5/acl its/PRON/9/nmod:poss "
      "doors/NOUN/7/obj ./PUNCT/2/punct",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(doc.tokens[6].head, 1);
  EXPECT_EQ(doc.tokens[6].dep, Dep::kCcomp);
  EXPECT_EQ(doc.tokens[4].head, 6);
  EXPECT_EQ(doc.tokens[4].dep, Dep::kNsubj);
  const Clause* said = ClauseOfWord(doc, "said");
  ASSERT_NE(said, nullptr);
  EXPECT_GE(said->complement, 0);
  // The reported clause's verb read as a conjunct of the verb of saying
  // ("says [the drug] [may have been in a remedy]").
  Document conj = Repaired(
      "She/PRON/2/nsubj says/VERB/0/root the/DET/4/det drug/NOUN/2/obj may/AUX/9/aux "
      "have/AUX/9/aux been/AUX/9/cop in/ADP/9/case remedy/NOUN/2/conj",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(conj.tokens[8].head, 1);
  EXPECT_EQ(conj.tokens[8].dep, Dep::kCcomp);
  EXPECT_EQ(conj.tokens[3].head, 8);
  // A true conjunct, with its conjunction, stays ("says the drug and may
  // ...").
  Document and_conj = Parse(
      "She/PRON/2/nsubj says/VERB/0/root the/DET/4/det drug/NOUN/2/obj and/CCONJ/7/cc "
      "may/AUX/7/aux leave/VERB/2/conj");
  EXPECT_EQ(RepairParse(*lexicon_, &and_conj), 0);
  // A passive participle with its agent stays a modifier ("the messages
  // sent by the pair").
  Document agent = Parse(
      "He/PRON/2/nsubj said/VERB/0/root the/DET/4/det messages/NOUN/2/obj sent/VERB/4/acl "
      "by/ADP/8/case the/DET/8/det pair/NOUN/5/obl:agent");
  EXPECT_EQ(RepairParse(*lexicon_, &agent), 0);
  // So does a clause of the noun ("the view that growth remains strong").
  Document content = Parse(
      "They/PRON/2/nsubj maintain/VERB/0/root the/DET/4/det view/NOUN/2/obj that/SCONJ/7/mark "
      "growth/NOUN/7/nsubj remains/VERB/4/acl strong/ADJ/7/xcomp");
  EXPECT_EQ(RepairParse(*lexicon_, &content), 0);
  // And the object of a verb that is no verb of saying ("sold the shares
  // bought in May").
  Document sold = Parse(
      "They/PRON/2/nsubj sold/VERB/0/root the/DET/4/det shares/NOUN/2/obj bought/VERB/4/acl "
      "in/ADP/7/case May/PROPN/5/obl");
  EXPECT_EQ(RepairParse(*lexicon_, &sold), 0);
}

TEST_F(ClausesTest, RepairPastVerbWithAnObjectReadAsAReducedRelative) {
  // "reflected" hung on "plans", deep in the cue's phrases, with an object
  // of its own.
  Document doc = Repaired(
      "Officials/NOUN/2/nsubj said/VERB/0/root about/ADP/4/case half/NOUN/2/obl "
      "of/ADP/7/case the/DET/7/det cost/NOUN/4/nmod in/ADP/10/case its/PRON/10/nmod:poss "
      "plans/NOUN/2/obl reflected/VERB/10/acl losses/NOUN/11/obj",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(SubjectWord(doc, "reflected"), "half");
  EXPECT_EQ(doc.tokens[10].head, 1);
  EXPECT_EQ(doc.tokens[10].dep, Dep::kCcomp);
  EXPECT_EQ(doc.tokens[9].head, 3);  // "in its plans" now the subject's
  EXPECT_EQ(doc.tokens[2].dep, Dep::kAdvmod);  // "about half"
  // A passive participle with no object stays ("the losses reflected in
  // the plans"; after "said" see RepairLastVerbAfterSaysObject).
  Document kept = Parse(
      "Officials/NOUN/2/nsubj claimed/VERB/0/root losses/NOUN/2/obj reflected/VERB/3/acl "
      "in/ADP/6/case plans/NOUN/4/obl");
  EXPECT_EQ(RepairParse(*lexicon_, &kept), 0);
}

TEST_F(ClausesTest, RepairLastVerbAfterSaysObject) {
  // "said [the firm] [quietly settled with its workers]": an -ed form
  // with no object after "say"'s object, and no verb after its phrase that
  // could be the reported clause's.
  Document doc = Repaired(
      "They/PRON/2/nsubj said/VERB/0/root the/DET/4/det firm/NOUN/2/obj "
      "quietly/ADV/6/advmod settled/VERB/4/acl with/ADP/9/case its/PRON/9/nmod:poss "
      "workers/NOUN/6/obl ./PUNCT/2/punct",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(doc.tokens[5].head, 1);
  EXPECT_EQ(doc.tokens[5].dep, Dep::kCcomp);
  EXPECT_EQ(SubjectWord(doc, "settled"), "firm");
  // With a verb after it, the participle stays one ("said the money
  // raised in May went to schools", the parser's "went" hung elsewhere).
  Document kept = Parse(
      "They/PRON/2/nsubj said/VERB/0/root the/DET/4/det money/NOUN/2/obj "
      "raised/VERB/4/acl in/ADP/7/case May/PROPN/5/obl went/VERB/2/conj to/ADP/10/case "
      "schools/NOUN/8/obl");
  EXPECT_EQ(RepairParse(*lexicon_, &kept), 0);
  // So it does after another verb of saying ("warned the staff posted to
  // Paris").
  Document warned = Parse(
      "They/PRON/2/nsubj warned/VERB/0/root the/DET/4/det staff/NOUN/2/obj "
      "posted/VERB/4/acl to/ADP/7/case Paris/PROPN/5/obl");
  EXPECT_EQ(RepairParse(*lexicon_, &warned), 0);
}

TEST_F(ClausesTest, RepairParticipleOfSayingInsideTheReportedClause) {
  // "said the process could be messy, insisting ...": the participle hung
  // on the reported clause's verb is the speaker's, a clause of "said".
  Document doc = Repaired(
      "Lee/PROPN/2/nsubj said/VERB/0/root the/DET/4/det process/NOUN/7/nsubj "
      "could/AUX/7/aux be/AUX/7/cop messy/ADJ/2/ccomp ,/PUNCT/9/punct "
      "insisting/VERB/7/advcl it/PRON/11/nsubj works/VERB/9/ccomp",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(doc.tokens[8].head, 1);
  EXPECT_EQ(doc.tokens[8].dep, Dep::kAdvcl);
  // Not a verb of thinking ("say he sees no need, believing ..." is his).
  Document believing = Parse(
      "Aides/NOUN/2/nsubj say/VERB/0/root he/PRON/4/nsubj sees/VERB/2/ccomp "
      "no/DET/6/det need/NOUN/4/obj ,/PUNCT/8/punct believing/VERB/4/advcl "
      "she/PRON/10/nsubj wins/VERB/8/ccomp");
  EXPECT_EQ(RepairParse(*lexicon_, &believing), 0);
  // Nor from deeper in the reported clause ("said it does not wish to,
  // while India has rejected aid, saying ...").
  Document deeper = Parse(
      "Thais/PROPN/2/nsubj said/VERB/0/root it/PRON/4/nsubj waits/VERB/2/ccomp "
      ",/PUNCT/8/punct while/SCONJ/8/mark India/PROPN/8/nsubj rejected/VERB/4/advcl "
      "aid/NOUN/8/obj ,/PUNCT/11/punct saying/VERB/8/advcl it/PRON/13/nsubj "
      "copes/VERB/11/ccomp");
  EXPECT_EQ(RepairParse(*lexicon_, &deeper), 0);
  // After a verb that names its hearer: "told reporters the plan works,
  // insisting ...".
  Document told = Repaired(
      "Lee/PROPN/2/nsubj told/VERB/0/root reporters/NOUN/2/iobj plan/NOUN/5/nsubj "
      "works/VERB/2/ccomp ,/PUNCT/7/punct insisting/VERB/5/conj it/PRON/9/nsubj "
      "saves/VERB/7/ccomp",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(told.tokens[6].head, 1);
  EXPECT_EQ(told.tokens[6].dep, Dep::kAdvcl);
}

TEST_F(ClausesTest, RepairParticipleBetweenReportedSubjectAndVerb) {
  // "says [farmers], [numbering 2 million], [lost] crops": the noun read as
  // the cue's object, the participle as the cue's clause and the verb as
  // its conjunct.
  Document doc = Repaired(
      "Agency/PROPN/2/nsubj says/VERB/0/root farmers/NOUN/2/obj ,/PUNCT/5/punct "
      "numbering/VERB/2/advcl millions/NOUN/5/obj ,/PUNCT/8/punct lost/VERB/5/conj "
      "crops/NOUN/8/obj",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(doc.tokens[7].head, 1);
  EXPECT_EQ(doc.tokens[7].dep, Dep::kCcomp);
  EXPECT_EQ(SubjectWord(doc, "lost"), "farmers");
  EXPECT_EQ(doc.tokens[4].head, 2);
  EXPECT_EQ(doc.tokens[4].dep, Dep::kAcl);
  // With a conjunction, the verb is the participle's conjunct.
  Document kept = Parse(
      "Agency/PROPN/2/nsubj says/VERB/0/root farmers/NOUN/2/obj ,/PUNCT/5/punct "
      "numbering/VERB/2/advcl millions/NOUN/5/obj ,/PUNCT/9/punct and/CCONJ/9/cc "
      "lost/VERB/5/conj crops/NOUN/9/obj");
  EXPECT_EQ(RepairParse(*lexicon_, &kept), 0);
}

TEST_F(ClausesTest, RepairForReadAsTheMarkOfASecondSubject) {
  // "A spokeswoman for Ann Lee says ...", read with "for" marking a clause
  // whose subject is "Lee": "for" marks a subject only before "to".
  Document doc = Repaired(
      "A/DET/2/det spokeswoman/NOUN/6/nsubj for/ADP/6/mark Ann/PROPN/6/nsubj "
      "Lee/PROPN/4/flat says/VERB/0/root talks/NOUN/8/nsubj failed/VERB/6/ccomp",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(doc.tokens[3].head, 1);
  EXPECT_EQ(doc.tokens[3].dep, Dep::kNmod);
  EXPECT_EQ(doc.tokens[2].head, 3);
  EXPECT_EQ(doc.tokens[2].dep, Dep::kCase);
  EXPECT_EQ(SubjectWord(doc, "says"), "spokeswoman");
}

TEST_F(ClausesTest, RepairSubjectReadAsAConjunctOfAnOpeningPhrase) {
  // "On Friday, Lee reacted ...", read with "Lee" a conjunct of "Friday":
  // the subject of the verb the phrase hangs on.
  Document doc = Repaired(
      "On/ADP/2/case Friday/PROPN/5/obl ,/PUNCT/4/punct Lee/PROPN/2/conj "
      "reacted/VERB/0/root angrily/ADV/5/advmod",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(SubjectWord(doc, "reacted"), "Lee");
  // A verb with a subject of its own keeps it ("On Friday, Lee and Kim ..."
  // aside: "On Friday, the day of the vote, he left").
  Document kept = Parse(
      "On/ADP/2/case Friday/PROPN/7/obl ,/PUNCT/5/punct the/DET/5/det day/NOUN/2/appos "
      "he/PRON/7/nsubj left/VERB/0/root");
  EXPECT_EQ(RepairParse(*lexicon_, &kept), 0);
}

TEST_F(ClausesTest, RepairCoordinatedSubjectOfAReportedClause) {
  // "said [farmers] and [the banks] [are to blame]": the first noun read as
  // the cue's object, the verb as its conjunct with the second noun.
  Document doc = Repaired(
      "She/PRON/2/nsubj said/VERB/0/root farmers/NOUN/2/obj and/CCONJ/8/cc the/DET/6/det "
      "banks/NOUN/8/nsubj are/AUX/8/cop wrong/ADJ/2/conj",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(doc.tokens[7].head, 1);
  EXPECT_EQ(doc.tokens[7].dep, Dep::kCcomp);
  EXPECT_EQ(doc.tokens[2].head, 7);
  EXPECT_EQ(doc.tokens[5].head, 2);
  EXPECT_EQ(doc.tokens[5].dep, Dep::kConj);
  // Not when the first phrase has a verb ("warned the two were watched and
  // it would act").
  Document kept = Parse(
      "EC/PROPN/2/nsubj warned/VERB/0/root two/NUM/2/obj were/AUX/5/aux:pass "
      "watched/VERB/3/acl and/CCONJ/9/cc it/PRON/9/nsubj would/AUX/9/aux act/VERB/2/conj");
  EXPECT_EQ(RepairParse(*lexicon_, &kept), 0);
}

TEST_F(ClausesTest, RepairPronounAfterAVerbOfSayingOpensItsClause) {
  // "but the senator insisted she had left", with "left" a conjunct of the
  // first clause.
  Document doc = Repaired(
      "Rally/NOUN/2/nsubj ended/VERB/0/root ,/PUNCT/6/punct but/CCONJ/6/cc "
      "senator/NOUN/6/nsubj insisted/VERB/2/conj she/PRON/9/nsubj had/AUX/9/aux "
      "left/VERB/2/conj",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(doc.tokens[8].head, 5);
  EXPECT_EQ(doc.tokens[8].dep, Dep::kCcomp);
}

TEST_F(ClausesTest, RepairGaplessRelativeOfAReportingVerbsAdverbial) {
  // "pulled" a relative clause of "statement", with a subject and an
  // object of its own: the clause "said" reports.
  Document doc = Repaired(
      "group/NOUN/2/nsubj said/VERB/0/root in/ADP/5/case a/DET/5/det statement/NOUN/2/obl "
      "they/PRON/7/nsubj pulled/VERB/5/acl:relcl the/DET/9/det listing/NOUN/7/obj",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(doc.tokens[6].head, 1);
  EXPECT_EQ(doc.tokens[6].dep, Dep::kCcomp);
  // A relative clause with a gap stays ("the statement they issued").
  Document kept = Parse(
      "group/NOUN/2/nsubj said/VERB/0/root in/ADP/5/case the/DET/5/det statement/NOUN/2/obl "
      "they/PRON/7/nsubj issued/VERB/5/acl:relcl on/ADP/9/case Monday/PROPN/7/obl");
  EXPECT_EQ(RepairParse(*lexicon_, &kept), 0);
}

TEST_F(ClausesTest, RepairVerbOfIntentReadAsANoun) {
  // "said the firm plans to grow sales": firm(ADJ) plans(NOUN) as the
  // object of "said"; "plans" is the reported clause's verb, "firm" its
  // subject, "grow" its infinitive.
  Document doc = Repaired(
      "Smith/PROPN/2/nsubj said/VERB/0/root the/DET/5/det firm/ADJ/5/amod plans/NOUN/2/obj "
      "to/PART/7/mark grow/VERB/5/acl sales/NOUN/7/obj ./PUNCT/2/punct",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(doc.tokens[4].pos, Upos::kVerb);
  EXPECT_EQ(doc.tokens[4].head, 1);
  EXPECT_EQ(doc.tokens[4].dep, Dep::kCcomp);
  EXPECT_EQ(doc.tokens[3].head, 4);
  EXPECT_EQ(doc.tokens[3].dep, Dep::kNsubj);
  EXPECT_EQ(doc.tokens[2].head, 3);
  EXPECT_EQ(doc.tokens[6].dep, Dep::kXcomp);
  // Plans that are plans stay: a possessor's ("the firm's plans to
  // expand"), plans to a place ("the travel plans to Europe").
  Document poss = Parse(
      "He/PRON/2/nsubj said/VERB/0/root the/DET/4/det firm/NOUN/6/nmod:poss 's/PART/4/case "
      "plans/NOUN/2/obj to/PART/8/mark expand/VERB/6/acl");
  EXPECT_EQ(RepairParse(*lexicon_, &poss), 0);
  Document trip = Parse(
      "He/PRON/2/nsubj described/VERB/0/root the/DET/5/det travel/NOUN/5/compound "
      "plans/NOUN/2/obj to/ADP/7/case Europe/PROPN/5/nmod");
  EXPECT_EQ(RepairParse(*lexicon_, &trip), 0);
}

TEST_F(ClausesTest, RepairOpeningPhraseOfTime) {
  // Rooted at "Monday", the verb a modifier of the subject.
  Document doc = Repaired(
      "On/ADP/2/case Monday/PROPN/0/root the/DET/4/det president/NOUN/2/appos "
      "met/VERB/4/acl Blair/PROPN/5/obj ./PUNCT/2/punct",
      1, *lexicon_, *lemmatizer_, &Parse);
  const Clause* met = ClauseOfWord(doc, "met");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->relation, Dep::kRoot);
  EXPECT_EQ(Word(doc, met->subject), "president");
  EXPECT_EQ(doc.tokens[1].dep, Dep::kObl);
  EXPECT_EQ(doc.tokens[6].head, 4);  // the final stop
  // "On Tuesday" inside the subject.
  Document inside = Parse(
      "On/ADP/4/case Tuesday/PROPN/4/compound Russian/ADJ/4/amod "
      "troops/NOUN/5/nsubj attacked/VERB/0/root the/DET/7/det town/NOUN/5/obj");
  EXPECT_EQ(RepairParse(*lexicon_, &inside), 1);
  EXPECT_EQ(inside.tokens[1].head, 4);
  EXPECT_EQ(inside.tokens[1].dep, Dep::kObl);
  EXPECT_EQ(inside.tokens[0].head, 1);
  // A well-formed sentence is left alone.
  Document fine = Parse(
      "On/ADP/2/case Monday/PROPN/5/obl the/DET/4/det president/NOUN/5/nsubj "
      "met/VERB/0/root Blair/PROPN/5/obj");
  EXPECT_EQ(RepairParse(*lexicon_, &fine), 0);
}

TEST_F(ClausesTest, RepairPastVerbCoordinatedUnderAModal) {
  // "attacked" hung on "set" (after "would") goes with "said".
  Document doc = Repaired(
      "Blair/PROPN/2/nsubj said/VERB/0/root Labour/PROPN/5/nsubj would/AUX/5/aux "
      "set/VERB/2/ccomp plans/NOUN/5/obj and/CCONJ/8/cc attacked/VERB/5/conj "
      "rivals/NOUN/8/obj",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(doc.tokens[7].head, 1);
  const Clause* attacked = ClauseOfWord(doc, "attacked");
  ASSERT_NE(attacked, nullptr);
  EXPECT_EQ(Word(doc, attacked->subject), "Blair");
  // Two base forms under the modal stay coordinated.
  Repaired(
      "Blair/PROPN/2/nsubj said/VERB/0/root Labour/PROPN/5/nsubj would/AUX/5/aux "
      "set/VERB/2/ccomp plans/NOUN/5/obj and/CCONJ/8/cc attack/VERB/5/conj "
      "rivals/NOUN/8/obj",
      0, *lexicon_, *lemmatizer_, &Parse);
}

TEST_F(ClausesTest, RepairSubjectlessCoordinatedVerbReadAsAReportedClause) {
  // "and said" made the clause the first "said" reports.
  Document doc = Repaired(
      "Ann/PROPN/2/nsubj said/VERB/0/root rents/NOUN/4/nsubj rose/VERB/2/ccomp "
      "and/CCONJ/6/cc warned/VERB/2/ccomp that/SCONJ/9/mark jobs/NOUN/9/nsubj "
      "fell/VERB/6/ccomp",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(doc.tokens[5].head, 1);
  EXPECT_EQ(doc.tokens[5].dep, Dep::kConj);
  EXPECT_EQ(SubjectWord(doc, "warned"), "Ann") << DescribeSyntax(doc);
  // A reported clause with its own subject stays one.
  Repaired(
      "Ann/PROPN/2/nsubj said/VERB/0/root and/CCONJ/5/cc Bo/PROPN/5/nsubj "
      "left/VERB/2/ccomp",
      0, *lexicon_, *lemmatizer_, &Parse);
}

TEST_F(ClausesTest, RepairReducedRelativeAfterASemicolon) {
  // "...; one critic called him a fraud", the noun after the semicolon hung
  // on the first clause's verb, "called" read as its reduced relative.
  Document doc = Repaired(
      "Fans/NOUN/2/nsubj cheered/VERB/0/root ;/PUNCT/5/punct one/NUM/5/nummod "
      "critic/NOUN/2/obj called/VERB/5/acl him/PRON/6/obj a/DET/9/det "
      "fraud/NOUN/6/xcomp",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(doc.tokens[5].head, 1);
  EXPECT_EQ(doc.tokens[5].dep, Dep::kParataxis);
  EXPECT_EQ(SubjectWord(doc, "called"), "critic") << DescribeSyntax(doc);
  // Without a semicolon the reduced relative stays ("a critic called in").
  Repaired(
      "Fans/NOUN/2/nsubj cheered/VERB/0/root one/NUM/4/nummod critic/NOUN/2/obj "
      "called/VERB/4/acl him/PRON/5/obj",
      0, *lexicon_, *lemmatizer_, &Parse);
}

TEST_F(ClausesTest, RepairVerbOfSayingAfterARestrictiveRelativeClause) {
  // "The officials who lost their seats say the change came ...": "say"
  // read as a modifier of the relative verb, the subject hung on "came".
  Document doc = Repaired(
      "The/DET/2/det officials/NOUN/10/nsubj who/PRON/4/nsubj lost/VERB/2/acl:relcl "
      "their/PRON/6/nmod:poss seats/NOUN/4/obj say/VERB/4/discourse the/DET/9/det "
      "change/NOUN/10/nsubj came/VERB/0/root",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(doc.tokens[6].head, -1);
  EXPECT_EQ(doc.tokens[9].head, 6);
  EXPECT_EQ(doc.tokens[9].dep, Dep::kCcomp);
  EXPECT_EQ(SubjectWord(doc, "say"), "officials") << DescribeSyntax(doc);
  // "whose": the relative verb made the root.
  Document whose = Repaired(
      "The/DET/2/det officials/NOUN/6/nsubj whose/PRON/4/nmod:poss laws/NOUN/6/nsubj:pass "
      "were/AUX/6/aux:pass struck/VERB/0/root say/VERB/6/conj rents/NOUN/9/nsubj "
      "rose/VERB/6/parataxis",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(whose.tokens[6].head, -1);
  EXPECT_EQ(whose.tokens[5].head, 1);
  EXPECT_EQ(whose.tokens[5].dep, Dep::kAclRelcl);
  EXPECT_EQ(SubjectWord(whose, "say"), "officials") << DescribeSyntax(whose);
}

TEST_F(ClausesTest, RepairDayAfterAReportingVerb) {
  // "Friday" made the reported clause's subject and "that" its determiner
  // (two repairs: "that" before the plural "talks" is the subordinator
  // anyway).
  Document doc = Repaired(
      "Officials/NOUN/2/nsubj said/VERB/0/root Friday/PROPN/7/nsubj that/PRON/5/det "
      "talks/NOUN/7/nsubj would/AUX/7/aux resume/VERB/2/ccomp",
      2, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(doc.tokens[2].head, 1);
  EXPECT_EQ(doc.tokens[2].dep, Dep::kOblTmod);
  EXPECT_EQ(doc.tokens[3].dep, Dep::kMark);
  const Clause* resume = ClauseOfWord(doc, "resume");
  ASSERT_NE(resume, nullptr);
  EXPECT_EQ(Word(doc, resume->subject), "talks");
  // "Friday" made a compound of the reported clause's head noun.
  Document compound = Repaired(
      "Officials/NOUN/2/nsubj said/VERB/0/root Friday/PROPN/8/compound that/SCONJ/8/mark "
      "Lee/PROPN/8/nsubj would/AUX/8/aux be/AUX/8/cop candidate/NOUN/2/ccomp",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(compound.tokens[2].head, 1);
  EXPECT_EQ(compound.tokens[2].dep, Dep::kOblTmod);
  // "said Friday afternoon talks failed": the day goes with the noun after
  // it.
  Repaired(
      "He/PRON/2/nsubj said/VERB/0/root Friday/PROPN/5/compound afternoon/NOUN/5/compound "
      "talks/NOUN/6/nsubj failed/VERB/2/ccomp",
      0, *lexicon_, *lemmatizer_, &Parse);
  // "said Friday was a good day": Friday is the subject.
  Repaired(
      "He/PRON/2/nsubj said/VERB/0/root Friday/PROPN/7/nsubj was/AUX/7/cop "
      "a/DET/7/det good/ADJ/7/amod day/NOUN/2/ccomp",
      0, *lexicon_, *lemmatizer_, &Parse);
}

TEST_F(ClausesTest, RepairDroppedThatAfterAnObject) {
  // "agreed the figures were wrong", read as agreed -obj-> figures and
  // agreed -advcl-> wrong: the noun is the subject of the clause whose
  // "that" was dropped.
  Document doc = Repaired(
      "Auditors/NOUN/2/nsubj agreed/VERB/0/root the/DET/4/det figures/NOUN/2/obj "
      "were/AUX/6/aux:pass revised/VERB/2/advcl late/ADV/6/advmod",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(doc.tokens[3].head, 5);
  EXPECT_EQ(doc.tokens[3].dep, Dep::kNsubjPass);
  EXPECT_EQ(doc.tokens[5].dep, Dep::kCcomp);
  // Not with a comma between.
  Repaired(
      "Auditors/NOUN/2/nsubj signed/VERB/0/root the/DET/4/det figures/NOUN/2/obj ,/PUNCT/7/punct "
      "were/AUX/7/cop happy/ADJ/2/advcl",
      0, *lexicon_, *lemmatizer_, &Parse);
  // "warned that budget figures were late", "that" read as the plural
  // noun's determiner: the clause's subordinator.
  Document that = Repaired(
      "He/PRON/2/nsubj warned/VERB/0/root that/DET/5/det budget/NOUN/5/compound "
      "figures/NOUN/7/nsubj were/AUX/7/cop late/ADJ/2/ccomp",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(that.tokens[2].dep, Dep::kMark);
  EXPECT_EQ(that.tokens[2].head, 6);
  EXPECT_EQ(that.tokens[2].pos, Upos::kSconj);
}

TEST_F(ClausesTest, RepairSubjectBeforeAGerundsOf) {
  // "accused Ann Lee of hiding ...", read with the name as the gerund's
  // subject: a gerund's subject never comes before its "of".
  Document doc = Repaired(
      "Critics/NOUN/2/nsubj accused/VERB/0/root Ann/PROPN/6/nsubj Lee/PROPN/3/flat "
      "of/SCONJ/6/mark hiding/VERB/2/advcl facts/NOUN/6/obj",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(doc.tokens[2].head, 1);
  EXPECT_EQ(doc.tokens[2].dep, Dep::kObj);
  // Not when the verb has its object.
  Repaired(
      "Critics/NOUN/2/nsubj told/VERB/0/root us/PRON/2/obj Ann/PROPN/7/nsubj Lee/PROPN/4/flat "
      "of/SCONJ/7/mark hiding/VERB/2/advcl facts/NOUN/7/obj",
      0, *lexicon_, *lemmatizer_, &Parse);
}

TEST_F(ClausesTest, RepairPeriodBeforeAThatClause) {
  // "warned last month that talks may end", read with "month" the object
  // and the clause its modifier: the period is when, the clause is what.
  Document doc = Repaired(
      "Ann/PROPN/2/nsubj warned/VERB/0/root only/ADV/4/advmod last/ADJ/5/amod "
      "month/NOUN/2/obj that/SCONJ/9/mark talks/NOUN/9/nsubj may/AUX/9/aux end/VERB/5/acl",
      1, *lexicon_, *lemmatizer_, &Parse);
  EXPECT_EQ(doc.tokens[4].dep, Dep::kOblTmod);
  EXPECT_EQ(doc.tokens[8].head, 1);
  EXPECT_EQ(doc.tokens[8].dep, Dep::kCcomp);
  // Not a thing the clause describes: "sold the house that he built".
  Repaired(
      "Ann/PROPN/2/nsubj sold/VERB/0/root the/DET/4/det house/NOUN/2/obj that/PRON/7/obj "
      "he/PRON/7/nsubj built/VERB/4/acl:relcl",
      0, *lexicon_, *lemmatizer_, &Parse);
}

TEST_F(ClausesTest, ClauseOfTokenAndParents) {
  Document doc = Parse(
      "Peskov/PROPN/2/nsubj said/VERB/0/root that/SCONJ/5/mark "
      "Russia/PROPN/5/nsubj "
      "wanted/VERB/2/ccomp to/PART/7/mark negotiate/VERB/5/xcomp on/ADP/9/case "
      "Monday/PROPN/7/obl");
  SyntaxView view(doc);
  int said = view.ClauseOfVerb(1);
  int wanted = view.ClauseOfVerb(4);
  int negotiate = view.ClauseOfVerb(6);
  ASSERT_GE(said, 0);
  ASSERT_GE(wanted, 0);
  ASSERT_GE(negotiate, 0);
  EXPECT_EQ(view.ClauseOf(8), negotiate);  // "Monday"
  EXPECT_EQ(view.ClauseOf(3), wanted);     // "Russia"
  EXPECT_EQ(doc.clauses[negotiate].parent, wanted);
  EXPECT_EQ(doc.clauses[wanted].parent, said);
  EXPECT_EQ(doc.clauses[wanted].tense, Tense::kPast);
  EXPECT_EQ(doc.clauses[negotiate].modality, Modality::kIntent);
  EXPECT_EQ(doc.clauses[negotiate].tense, Tense::kNone);
}

TEST_F(ClausesTest, EmptyAndUnparsedDocuments) {
  Document empty;
  BuildClauses(*lexicon_, *lemmatizer_, &empty);
  EXPECT_TRUE(empty.clauses.empty());
  EXPECT_TRUE(empty.phrases.empty());
  // Tokens the parser never attached make no clauses.
  Document doc;
  doc.text = "a b";
  Token t;
  t.span = {0, 1};
  doc.tokens.push_back(t);
  t.span = {2, 3};
  doc.tokens.push_back(t);
  doc.sentences.push_back({{0, 3}, 0, 2, 0});
  BuildClauses(*lexicon_, *lemmatizer_, &doc);
  EXPECT_TRUE(doc.clauses.empty());
}

}  // namespace
}  // namespace newsmill::syntax
