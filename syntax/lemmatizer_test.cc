#include "syntax/lemmatizer.h"

#include <gtest/gtest.h>

#include "base/embedded_data.h"

namespace newsmill::syntax {
namespace {

std::unique_ptr<Lemmatizer> Make(std::shared_ptr<const WordNet> wn) {
  auto table = ReadDataFile("syntax/lemmas.tsv", "");
  auto irregular = ReadDataFile("syntax/irregular_verbs.tsv", "");
  EXPECT_TRUE(table.ok() && irregular.ok());
  auto l = Lemmatizer::Create(*table, *irregular, std::move(wn));
  EXPECT_TRUE(l.ok()) << l.status().ToString();
  return std::move(l.value());
}

struct Case {
  const char* form;
  Upos pos;
  const char* lemma;
};

// Cases the project's own rules and tables must get right, with or without
// WordNet.
const Case kRuleCases[] = {
    {"said", Upos::kVerb, "say"},        {"went", Upos::kVerb, "go"},
    {"accused", Upos::kVerb, "accuse"},  {"attacked", Upos::kVerb, "attack"},
    {"stopped", Upos::kVerb, "stop"},    {"running", Upos::kVerb, "run"},
    {"tries", Upos::kVerb, "try"},       {"tried", Upos::kVerb, "try"},
    {"watches", Upos::kVerb, "watch"},   {"going", Upos::kVerb, "go"},
    {"bringing", Upos::kVerb, "bring"},  {"lay", Upos::kVerb, "lay"},
    {"was", Upos::kAux, "be"},           {"'re", Upos::kAux, "be"},
    {"’m", Upos::kAux, "be"},            {"has", Upos::kAux, "have"},
    {"did", Upos::kAux, "do"},           {"ca", Upos::kAux, "can"},
    {"wo", Upos::kAux, "will"},          {"'ll", Upos::kAux, "will"},
    {"n't", Upos::kPart, "not"},         {"n’t", Upos::kPart, "not"},
    {"me", Upos::kPron, "I"},            {"I", Upos::kPron, "I"},
    {"them", Upos::kPron, "they"},       {"us", Upos::kPron, "we"},
    {"an", Upos::kDet, "a"},             {"those", Upos::kDet, "that"},
    {"troops", Upos::kNoun, "troop"},    {"countries", Upos::kNoun, "country"},
    {"crises", Upos::kNoun, "crisis"},   {"women", Upos::kNoun, "woman"},
    {"people", Upos::kNoun, "person"},   {"news", Upos::kNoun, "news"},
    {"NGOs", Upos::kNoun, "NGO"},        {"Talks", Upos::kNoun, "talk"},
    {"Kremlin", Upos::kPropn, "Kremlin"}, {"better", Upos::kAdj, "good"},
    {"“", Upos::kPunct, "\""},           {"’", Upos::kPunct, "'"},
    {"–", Upos::kPunct, "-"},            {"One", Upos::kNum, "one"},
};

TEST(Lemmatizer, RulesAndTablesWithoutWordNet) {
  auto l = Make(nullptr);
  for (const Case& c : kRuleCases) {
    EXPECT_EQ(l->Lemma(c.form, c.pos, {}), c.lemma) << c.form;
  }
}

TEST(Lemmatizer, WordNetWhenInstalled) {
  auto wn = WordNet::Load("/usr/share/wordnet");
  if (!wn.ok()) GTEST_SKIP() << "WordNet (wordnet-base) is not installed";
  auto l = Make(std::shared_ptr<const WordNet>(std::move(wn.value())));
  for (const Case& c : kRuleCases) {
    EXPECT_EQ(l->Lemma(c.form, c.pos, {}), c.lemma) << c.form;
  }
  const Case wn_cases[] = {
      {"sanctions", Upos::kNoun, "sanction"}, {"buses", Upos::kNoun, "bus"},
      {"used", Upos::kVerb, "use"},           {"hoped", Upos::kVerb, "hope"},
      {"fled", Upos::kVerb, "flee"},          {"bigger", Upos::kAdj, "big"},
      {"Americans", Upos::kPropn, "American"},
  };
  for (const Case& c : wn_cases) {
    EXPECT_EQ(l->Lemma(c.form, c.pos, {}), c.lemma) << c.form;
  }
}

TEST(Lemmatizer, ContractionsDependOnTheNextWord) {
  auto l = Make(nullptr);
  Lemmatizer::Context been{"been", Upos::kAux, false};
  Lemmatizer::Context going{"going", Upos::kVerb, false};
  Lemmatizer::Context gone{"gone", Upos::kVerb, false};
  Lemmatizer::Context go{"go", Upos::kVerb, false};
  EXPECT_EQ(l->Lemma("'s", Upos::kAux, been), "have");
  EXPECT_EQ(l->Lemma("'s", Upos::kAux, going), "be");
  EXPECT_EQ(l->Lemma("’d", Upos::kAux, gone), "have");
  EXPECT_EQ(l->Lemma("'d", Upos::kAux, go), "would");
  Lemmatizer::Context house{"house", Upos::kNoun, false};
  Lemmatizer::Context dot{".", Upos::kPunct, false};
  EXPECT_EQ(l->Lemma("her", Upos::kPron, house), "her");
  EXPECT_EQ(l->Lemma("her", Upos::kPron, dot), "she");
}

TEST(Lemmatizer, NameAdjectivesKeepTheirCapital) {
  auto l = Make(nullptr);
  EXPECT_EQ(l->Lemma("Russian", Upos::kAdj, {}), "Russian");
  Lemmatizer::Context first{"", Upos::kNone, true};
  EXPECT_EQ(l->Lemma("Severe", Upos::kAdj, first), "severe");
}

TEST(Lemmatizer, VerbForms) {
  auto l = Make(nullptr);
  EXPECT_EQ(l->FormOf("said"), VerbForm::kPast);
  EXPECT_EQ(l->FormOf("went"), VerbForm::kPast);
  EXPECT_EQ(l->FormOf("gone"), VerbForm::kParticiple);
  EXPECT_EQ(l->FormOf("attacking"), VerbForm::kGerund);
  EXPECT_EQ(l->FormOf("attacks"), VerbForm::kPresent3);
  EXPECT_EQ(l->FormOf("attack"), VerbForm::kBase);
  EXPECT_EQ(l->FormOf("attacked"), VerbForm::kPast);
}

TEST(Lemmatizer, BadTablesAreReportedWithTheirLine) {
  auto bad = Lemmatizer::Create("# comment\nform\tNOTATAG\tlemma\n", "", nullptr);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("lemmas.tsv:2"), std::string::npos);
  auto bad2 = Lemmatizer::Create("", "go\twent\n", nullptr);
  ASSERT_FALSE(bad2.ok());
  EXPECT_NE(bad2.status().message().find("irregular_verbs.tsv:1"), std::string::npos);
}

TEST(Lemmatizer, OddInputDoesNotCrash) {
  auto l = Make(nullptr);
  for (const char* f : {"", "'", "s", "ing", "ed", "\xE2\x80\x99", "12,000", "ÉTATS"}) {
    for (Upos p : {Upos::kNoun, Upos::kVerb, Upos::kAdj, Upos::kAux, Upos::kPropn}) {
      (void)l->Lemma(f, p, {});
    }
  }
}

}  // namespace
}  // namespace newsmill::syntax
