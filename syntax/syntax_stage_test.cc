// The syntax stage end to end (trained model, lemmatizer, clause layer) on
// sentences written for the project, and on bad input.
#include "syntax/syntax_stage.h"

#include <gtest/gtest.h>

#include <string>

#include "syntax/plain_tokens.h"
#include "syntax/syntax.h"

namespace newsmill::syntax {
namespace {

class SyntaxStageTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    PipelineOptions options;
    auto res = LoadSyntaxResources(options);
    ASSERT_TRUE(res.ok()) << res.status().ToString();
    Resources r;
    r.syntax = *res;
    auto stage = NewSyntaxStage(r);
    ASSERT_TRUE(stage.ok());
    stage_ = stage->release();
  }
  static void TearDownTestSuite() { delete stage_; }

  static Document Run(std::string_view text) {
    Document doc = PlainDocument(text);
    Status st = stage_->Annotate(doc);
    EXPECT_TRUE(st.ok()) << st.ToString();
    return doc;
  }
  static const Clause* ClauseOf(const Document& doc, std::string_view verb) {
    for (const Clause& c : doc.clauses)
      if (doc.TokenText(c.verb) == verb) return &c;
    return nullptr;
  }
  static std::string Word(const Document& doc, int32_t t) {
    return t < 0 ? "" : std::string(doc.TokenText(t));
  }
  // The part of speech of the first token written `word` (a failure, and
  // kNone, when there is none).
  static Upos PosOf(const Document& doc, std::string_view word) {
    for (size_t i = 0; i < doc.tokens.size(); ++i)
      if (doc.TokenText(i) == word) return doc.tokens[i].pos;
    ADD_FAILURE() << "no token " << word;
    return Upos::kNone;
  }

  static Stage* stage_;
};

Stage* SyntaxStageTest::stage_ = nullptr;

struct Case {
  const char* sentence;
  const char* verb;
  const char* subject;  // head word of the subject
  const char* object;
  bool passive;
  bool negated;
  Tense tense;
  Modality modality;
};

TEST_F(SyntaxStageTest, ClauseFeaturesOnNewsSentences) {
  const Case cases[] = {
      {"The minister was accused by critics.", "accused", "minister", "", true,
       false, Tense::kPast, Modality::kNone},
      {"Russia did not attack Kyiv on Monday.", "attack", "Russia", "Kyiv",
       false, true, Tense::kPast, Modality::kNone},
      {"NATO will not send troops to Ukraine.", "send", "NATO", "troops", false,
       true, Tense::kFuture, Modality::kNone},
      {"Moscow may hold talks with Washington.", "hold", "Moscow", "talks",
       false, false, Tense::kNone, Modality::kPossibility},
      {"Officials are going to meet again in March.", "meet", "Officials", "",
       false, false, Tense::kFuture, Modality::kIntent},
      {"The talks have been postponed.", "postponed", "talks", "", true, false,
       Tense::kPresent, Modality::kNone},
      {"Biden warned that Russia would face severe sanctions.", "face",
       "Russia", "sanctions", false, false, Tense::kNone,
       Modality::kConditional},
      {"The government never recognised the vote.", "recognised", "government",
       "vote", false, true, Tense::kPast, Modality::kNone},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.sentence);
    Document doc = Run(c.sentence);
    const Clause* cl = ClauseOf(doc, c.verb);
    ASSERT_NE(cl, nullptr) << DescribeSyntax(doc);
    EXPECT_EQ(Word(doc, cl->subject), c.subject) << DescribeSyntax(doc);
    EXPECT_EQ(Word(doc, cl->object), c.object) << DescribeSyntax(doc);
    EXPECT_EQ(cl->passive, c.passive) << DescribeSyntax(doc);
    EXPECT_EQ(cl->negated, c.negated);
    EXPECT_EQ(TenseName(cl->tense), TenseName(c.tense)) << DescribeSyntax(doc);
    EXPECT_EQ(ModalityName(cl->modality), ModalityName(c.modality));
  }
}

// A conjunctive adverb set off by commas between subject and verb is an
// adverb (data/syntax/fixed_tags.tsv), not the clause's subject.
TEST_F(SyntaxStageTest, ConjunctiveAdverbsAreNotSubjects) {
  const struct {
    const char* sentence;
    const char* adverb;
    const char* verb;
    const char* subject;
  } cases[] = {
      {"The ministry, meanwhile, rejected the proposal.", "meanwhile",
       "rejected", "ministry"},
      {"Officials, however, denied the report.", "however", "denied",
       "Officials"},
      {"The union, moreover, threatened a strike.", "moreover", "threatened",
       "union"},
      {"Meanwhile, the army withdrew its troops.", "Meanwhile", "withdrew",
       "army"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.sentence);
    Document doc = Run(c.sentence);
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
      if (doc.TokenText(i) == c.adverb) {
        EXPECT_EQ(doc.tokens[i].pos, Upos::kAdv) << DescribeSyntax(doc);
      }
    }
    const Clause* cl = ClauseOf(doc, c.verb);
    ASSERT_NE(cl, nullptr) << DescribeSyntax(doc);
    EXPECT_EQ(Word(doc, cl->subject), c.subject) << DescribeSyntax(doc);
  }
}

TEST_F(SyntaxStageTest, PartyLabelsAfterNamesAreLeftToTheirName) {
  // "(D-N.Y.)", "(R)": the model never saw them; they hang on the name and
  // the sentence is parsed as without them.
  const struct {
    const char* sentence;
    const char* name;
    const char* party;
    const char* verb;
    const char* subject;  // the name's first word heads it
  } cases[] = {
      {"In a statement released Friday, Ann Lee (D-N.Y.) reacted to the news.", "Lee", "D",
       "reacted", "Ann"},
      {"Tom Hale (R) rejected the bill on Monday.", "Hale", "R", "rejected", "Tom"},
      {"Jane Roe (I-Vt.) signed the order.", "Roe", "I", "signed", "Jane"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.sentence);
    Document doc = Run(c.sentence);
    int32_t name = -1, party = -1;
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
      if (doc.TokenText(i) == c.name) name = static_cast<int32_t>(i);
      if (doc.TokenText(i) == c.party) party = static_cast<int32_t>(i);
    }
    ASSERT_GE(party, 0);
    EXPECT_EQ(doc.tokens[party].head, name) << DescribeSyntax(doc);
    EXPECT_EQ(doc.tokens[party].dep, Dep::kAppos);
    EXPECT_EQ(doc.tokens[party - 1].pos, Upos::kPunct);  // "("
    const Clause* cl = ClauseOf(doc, c.verb);
    ASSERT_NE(cl, nullptr) << DescribeSyntax(doc);
    EXPECT_EQ(Word(doc, cl->subject), c.subject) << DescribeSyntax(doc);
  }
  // Not a letter in parentheses after a common word: "(a)" lists.
  Document list = Run("The rules say (a) nothing and (D) less.");
  for (size_t i = 0; i < list.tokens.size(); ++i) {
    if (list.TokenText(i) == "D") {
      EXPECT_NE(list.tokens[i].dep, Dep::kAppos);
    }
  }
}

TEST_F(SyntaxStageTest, AdjectiveHeadingItsPhraseBeforeARelativeIsANoun) {
  // "official" after "The" and before ", who": the head of the subject.
  Document doc = Run("The official, who asked not to be named, said the talks had failed.");
  ASSERT_GT(doc.tokens.size(), 2u);
  EXPECT_EQ(doc.tokens[1].pos, Upos::kNoun) << DescribeSyntax(doc);
  const Clause* said = ClauseOf(doc, "said");
  ASSERT_NE(said, nullptr) << DescribeSyntax(doc);
  EXPECT_EQ(Word(doc, said->subject), "official") << DescribeSyntax(doc);
}

TEST_F(SyntaxStageTest, ParticipleAfterAPossessiveModifiesTheNoun) {
  // No verb follows "its" or "his": "alleged" and "planned" are the noun's.
  const std::pair<const char*, std::string_view> cases[] = {
      {"The minister faced questions about the country and its alleged arms programme.",
       "alleged"},
      {"The board rejected his planned merger with the rival bank.", "planned"}};
  for (const auto& [text, word] : cases) {
    Document doc = Run(text);
    EXPECT_EQ(PosOf(doc, word), Upos::kAdj) << text << "\n" << DescribeSyntax(doc);
    EXPECT_EQ(ClauseOf(doc, word), nullptr) << text;
  }
}

TEST_F(SyntaxStageTest, ParticipleAfterAPrepositionAndAdverbModifiesTheNoun) {
  // "by widely accepted rules": no verb follows "by" and an -ly adverb.
  const char* text = "The accounts were not prepared by widely accepted accounting rules.";
  Document doc = Run(text);
  EXPECT_EQ(PosOf(doc, "accepted"), Upos::kAdj) << DescribeSyntax(doc);
  EXPECT_EQ(ClauseOf(doc, "accepted"), nullptr) << DescribeSyntax(doc);
}

TEST_F(SyntaxStageTest, CapitalisedInterjectionBeforeAVerbIsAName) {
  // "Welch" (WordNet: to welch) read as an interjection opening the
  // sentence: before a verb it is the subject's name.
  Document doc = Run("Welch added that the vote would be close.");
  ASSERT_GT(doc.tokens.size(), 1u);
  EXPECT_EQ(doc.tokens[0].pos, Upos::kPropn) << DescribeSyntax(doc);
  const Clause* added = ClauseOf(doc, "added");
  ASSERT_NE(added, nullptr) << DescribeSyntax(doc);
  EXPECT_EQ(Word(doc, added->subject), "Welch") << DescribeSyntax(doc);
  // A true interjection before its comma stays one.
  Document well = Run("Well, the vote was close.");
  EXPECT_NE(well.tokens[0].pos, Upos::kPropn) << DescribeSyntax(well);
}

TEST_F(SyntaxStageTest, VerbRightAfterAnOpeningQuotationMarkIsAVerb) {
  // A quotation that opens with the reported clause's verb, after its
  // subject: the verb, not a noun.
  Document doc = Run("The audit says the bank \"keeps 40 accounts in tax havens.\"");
  EXPECT_EQ(PosOf(doc, "keeps"), Upos::kVerb) << DescribeSyntax(doc);
  // After a closing mark the word is left as the tagger read it (a noun
  // after a title: '"Dear Ann" letters that ...').
  Document closing = Run("They wrote \"Dear Ann\" letters that mocked her.");
  EXPECT_EQ(PosOf(closing, "letters"), Upos::kNoun) << DescribeSyntax(closing);
}

TEST_F(SyntaxStageTest, ParticipleBeforeANounThatAnAuxiliaryFollowsIsAnAdjective) {
  // "unsettled" between "the heat and" and "weather could": it modifies
  // the noun; the verb of saying keeps its reported clause.
  Document doc = Run("Ms. Diaz said the heat and unsettled weather could last a week.");
  EXPECT_EQ(PosOf(doc, "unsettled"), Upos::kAdj) << DescribeSyntax(doc);
  // A verb's conjunct keeps its verb: "cut taxes and raised fees to ...".
  Document verb = Run("The city cut taxes and raised fees to pay for roads.");
  EXPECT_EQ(PosOf(verb, "raised"), Upos::kVerb) << DescribeSyntax(verb);
}

TEST_F(SyntaxStageTest, OnlyAuxiliariesAreAuxiliaries) {
  // The model reads this "Bob" as an auxiliary; data/syntax/closed_classes.tsv
  // lets no word outside its list be one, so "said" gets its subject.
  Document doc = Run("Bob said he first heard gunfire about 9:42 p.m.");
  ASSERT_FALSE(doc.tokens.empty());
  EXPECT_NE(doc.tokens[0].pos, Upos::kAux) << DescribeSyntax(doc);
  const Clause* said = ClauseOf(doc, "said");
  ASSERT_NE(said, nullptr) << DescribeSyntax(doc);
  EXPECT_EQ(Word(doc, said->subject), "Bob") << DescribeSyntax(doc);
  // Listed words keep the reading.
  Document aux = Run("The talks have been postponed.");
  for (size_t i = 0; i < aux.tokens.size(); ++i) {
    if (aux.TokenText(i) == "have" || aux.TokenText(i) == "been") {
      EXPECT_EQ(aux.tokens[i].pos, Upos::kAux) << DescribeSyntax(aux);
    }
  }
}

TEST_F(SyntaxStageTest, ReportedSpeechAndQuotes) {
  Document doc =
      Run("Dmitry Peskov denied that troops had crossed the border.\n"
          "\"We will defend our country,\" Zelensky said.\n");
  SyntaxView view(doc);
  const Clause* denied = ClauseOf(doc, "denied");
  ASSERT_NE(denied, nullptr);
  int reported =
      view.ReportedClause(static_cast<int>(denied - doc.clauses.data()));
  ASSERT_GE(reported, 0) << DescribeSyntax(doc);
  EXPECT_EQ(Word(doc, doc.clauses[reported].verb), "crossed");
  EXPECT_EQ(doc.clauses[reported].aspect, Aspect::kPerfect);
  EXPECT_EQ(std::string(doc.Text(view.SubjectSpan(
                static_cast<int>(denied - doc.clauses.data())))),
            "Dmitry Peskov");

  const Clause* said = ClauseOf(doc, "said");
  ASSERT_NE(said, nullptr);
  reported = view.ReportedClause(static_cast<int>(said - doc.clauses.data()));
  ASSERT_GE(reported, 0) << DescribeSyntax(doc);
  EXPECT_EQ(Word(doc, doc.clauses[reported].verb), "defend");
  EXPECT_TRUE(doc.clauses[reported].in_quote);
  EXPECT_FALSE(said->in_quote);
}

TEST_F(SyntaxStageTest, CoordinationAppositionAndParticles) {
  Document doc =
      Run("Lavrov and Blinken met in Geneva.\n"
          "Dmitry Peskov, the Kremlin spokesman, denied the report.\n"
          "China lashed out at the United States.\n"
          "The president called on allies to increase their support.\n");
  SyntaxView view(doc);
  const Clause* met = ClauseOf(doc, "met");
  ASSERT_NE(met, nullptr);
  std::vector<int> members = view.Conjuncts(view.PhraseOfHead(met->subject));
  ASSERT_EQ(members.size(), 2u) << DescribeSyntax(doc);
  EXPECT_EQ(std::string(doc.Text(view.PhraseSpan(members[1]))), "Blinken");

  const Clause* denied = ClauseOf(doc, "denied");
  ASSERT_NE(denied, nullptr);
  EXPECT_EQ(Word(doc, denied->subject), "Dmitry") << DescribeSyntax(doc);
  std::vector<int> appos = view.Appositions(view.PhraseOfHead(denied->subject));
  ASSERT_EQ(appos.size(), 1u) << DescribeSyntax(doc);
  EXPECT_EQ(std::string(doc.Text(view.PhraseSpan(appos[0]))),
            "the Kremlin spokesman");

  const Clause* lashed = ClauseOf(doc, "lashed");
  ASSERT_NE(lashed, nullptr);
  EXPECT_EQ(Word(doc, lashed->particle), "out") << DescribeSyntax(doc);
  ASSERT_FALSE(lashed->obliques.empty());
  EXPECT_EQ(Word(doc, lashed->obliques[0].marker), "at");

  const Clause* called = ClauseOf(doc, "called");
  ASSERT_NE(called, nullptr);
  ASSERT_FALSE(called->obliques.empty()) << DescribeSyntax(doc);
  EXPECT_EQ(Word(doc, called->obliques[0].marker), "on");
  EXPECT_EQ(Word(doc, called->obliques[0].head), "allies");
}

TEST_F(SyntaxStageTest, EveryTokenGetsTagLemmaAndHeadInItsSentence) {
  Document doc =
      Run("Putin said on Tuesday that the West had ignored Moscow's demands.\n"
          "Talks, he said, were useful.\n");
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    int roots = 0;
    for (uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
      const Token& t = doc.tokens[i];
      EXPECT_NE(t.pos, Upos::kNone);
      EXPECT_FALSE(t.lemma.empty());
      EXPECT_NE(t.dep, Dep::kNone);
      if (t.head < 0) {
        ++roots;
        EXPECT_EQ(t.dep, Dep::kRoot);
      } else {
        EXPECT_GE(t.head, static_cast<int32_t>(sent.token_begin));
        EXPECT_LT(t.head, static_cast<int32_t>(sent.token_end));
      }
    }
    EXPECT_EQ(roots, 1);
  }
  EXPECT_EQ(doc.tokens[1].lemma, "say");
}

// A word the document writes as a name inside a sentence is a name at the
// start of one too, where its capital says nothing; not when the document
// also writes it in lower case, nor on the evidence of a title-case line.
TEST_F(SyntaxStageTest, NameAtSentenceStartReadAsTheDocumentWritesIt) {
  auto first = [](const Document& doc, size_t sentence) {
    return doc.sentences[sentence].token_begin;
  };
  Document named =
      Run("The deal was brokered by Tim Cook.\nCook signed the contract on "
          "Friday.\n");
  ASSERT_EQ(named.sentences.size(), 2u);
  const uint32_t cook = first(named, 1);
  ASSERT_EQ(Word(named, cook), "Cook");
  EXPECT_EQ(named.tokens[cook].pos, Upos::kPropn);
  EXPECT_EQ(named.tokens[cook].dep, Dep::kNsubj);
  EXPECT_EQ(Word(named, named.tokens[cook].head), "signed");
  // Also after an opening quotation mark.
  Document quoted = Run(
      "The deal was brokered by Tim Cook.\nHe said: \"Cook signed the "
      "contract.\"\n");
  bool found = false;
  for (uint32_t i = first(quoted, 1); i < quoted.tokens.size(); ++i) {
    if (Word(quoted, i) != "Cook") continue;
    found = true;
    EXPECT_EQ(quoted.tokens[i].pos, Upos::kPropn);
  }
  EXPECT_TRUE(found);

  // Without the evidence the model's reading stands (a verb here).
  Document alone = Run("Cook signed the contract on Friday.");
  const Upos unhinted = alone.tokens[0].pos;
  EXPECT_NE(unhinted, Upos::kPropn);
  Document lower = Run(
      "The deal was brokered by Tim Cook, a cook by training.\nCook signed "
      "the contract on Friday.\n");
  EXPECT_EQ(lower.tokens[first(lower, 1)].pos, unhinted);
  Document title = Run(
      "Tim Cook Brokers Deal With Suppliers\nCook signed the contract on "
      "Friday.\n");
  ASSERT_EQ(title.sentences.size(), 2u);
  EXPECT_EQ(title.tokens[first(title, 1)].pos, unhinted);

  // Nor as an adverb ("jolly").
  Document adverb = Run("Jolly said he had worked on it.");
  ASSERT_EQ(adverb.tokens[0].pos, Upos::kAdv);
  Document surname = Run(
      "The bill was backed by Rep. David Jolly.\nJolly said he had worked on it.\n");
  ASSERT_EQ(surname.sentences.size(), 2u);
  EXPECT_EQ(surname.tokens[first(surname, 1)].pos, Upos::kPropn);
}

// A title-case line is tagged as the document writes its words: a word
// the document writes in lower case (and never capitalised inside a
// sentence) is read in lower case there; a name stays a name.
TEST_F(SyntaxStageTest, TitleCaseLineReadAsTheDocumentWritesItsWords) {
  Document doc = Run(
      "Senator Tells Voters Reform Will Wait\nSenator Jane Rowe tells voters "
      "the reform will wait.\n");
  ASSERT_EQ(doc.sentences.size(), 2u);
  ASSERT_EQ(Word(doc, 1), "Tells");
  EXPECT_EQ(doc.tokens[1].pos, Upos::kVerb);
  EXPECT_EQ(doc.tokens[2].pos, Upos::kNoun);  // "voters"
  EXPECT_EQ(doc.tokens[4].pos, Upos::kAux);   // "will"
  // Without the lower-case words the model reads the line alone.
  Document alone = Run("Senator Tells Voters Reform Will Wait\n");
  EXPECT_NE(alone.tokens[1].pos, Upos::kVerb);
}

TEST_F(SyntaxStageTest, BadAndHugeInputs) {
  Document empty;
  EXPECT_TRUE(stage_->Annotate(empty).ok());
  EXPECT_TRUE(empty.clauses.empty());

  // Punctuation and junk only.
  Document junk =
      Run("!!! ??? ... \xEF\xBF\xBD \xEF\xBF\xBD $$$ %%% ((( )))\n");
  EXPECT_FALSE(junk.tokens.empty());

  // A sentence far longer than kMaxParseWords is parsed in pieces: every
  // head stays inside the sentence, every piece has its root.
  std::string long_line;
  for (int i = 0; i < 2000; ++i) long_line += (i % 7 == 6) ? "and " : "troops ";
  Document big = Run(long_line);
  ASSERT_EQ(big.sentences.size(), 1u);
  int roots = 0;
  for (const Token& t : big.tokens) {
    EXPECT_GE(t.head, -1);
    EXPECT_LT(t.head, static_cast<int32_t>(big.tokens.size()));
    roots += t.head < 0;
  }
  EXPECT_GE(roots, static_cast<int>(big.tokens.size() / kMaxParseWords));

  // Tokens outside every sentence are left alone.
  Document loose = PlainDocument("Putin spoke.\n");
  loose.sentences.clear();
  EXPECT_TRUE(stage_->Annotate(loose).ok());
  EXPECT_EQ(loose.tokens[0].pos, Upos::kNone);
}

TEST_F(SyntaxStageTest, SameOutputOnEveryRun) {
  const char* text = "Moscow plans to hold talks, Peskov said on Monday.\n";
  std::string first = DescribeSyntax(Run(text));
  for (int i = 0; i < 3; ++i) EXPECT_EQ(DescribeSyntax(Run(text)), first);
}

}  // namespace
}  // namespace newsmill::syntax
