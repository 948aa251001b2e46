// Tests of the built-in lexicon: it loads, and table-driven facts about
// names, codes, roles and dates hold.
#include "lexicon/lexicon.h"

#include <gtest/gtest.h>

namespace newsmill {
namespace {

const Lexicon& Builtin() {
  static const Lexicon* lex = [] {
    auto r = Lexicon::Load(LexiconOptions{});
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::move(r).value().release() : nullptr;
  }();
  return *lex;
}

TEST(BuiltinLexicon, Loads) {
  auto r = Lexicon::Load(LexiconOptions{});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_GT((*r)->entry_count(), 1000u);
  EXPECT_GT((*r)->agent_count(), 50u);
}

TEST(BuiltinLexicon, NamesResolveToCodedEntries) {
  struct Case {
    const char* name;
    EntityType type;
    const char* code;  // CodeAt(date 0)
  } cases[] = {
      {"Russia", EntityType::kCountry, "RUS"},
      {"the United States", EntityType::kCountry, "USA"},
      {"U.S.", EntityType::kCountry, "USA"},
      {"Kremlin", EntityType::kOrganization, "RUSGOV"},
      {"the White House", EntityType::kOrganization, "USAGOV"},
      {"NATO", EntityType::kOrganization, "IGOWSTNAT"},
      {"UN Security Council", EntityType::kOrganization, "IGOUNO"},
      {"Moscow", EntityType::kPlace, "RUS"},
      {"Kiev", EntityType::kPlace, "UKR"},
      {"Kyiv", EntityType::kPlace, "UKR"},
      {"The Hill", EntityType::kOrganization, "USAMED"},
      {"Associated Press", EntityType::kOrganization, "USAMED"},
      {"Downing Street", EntityType::kOrganization, "GBRGOV"},
  };
  const Lexicon& lex = Builtin();
  for (const Case& c : cases) {
    std::vector<uint32_t> ids = lex.FindEntries(c.name);
    ASSERT_FALSE(ids.empty()) << c.name;
    const LexEntry& e = lex.entry(ids[0]);
    EXPECT_EQ(e.type, c.type) << c.name;
    EXPECT_EQ(Lexicon::CodeAt(e, 0), c.code) << c.name;
  }
}

TEST(BuiltinLexicon, NamesMatchInBritishAndAmericanSpelling) {
  // The lexicon writes "Organization"; British copy writes "Organisation",
  // and the same holds the other way for the words of OtherSpelling.
  const Lexicon& lex = Builtin();
  for (const char* name : {"World Health Organisation", "World Health Organization",
                           "Organisation for Security and Co-operation in Europe"}) {
    std::vector<uint32_t> ids = lex.FindEntries(name);
    ASSERT_FALSE(ids.empty()) << name;
    EXPECT_EQ(Lexicon::CodeAt(lex.entry(ids[0]), 0).substr(0, 3), "IGO") << name;
  }
  EXPECT_TRUE(lex.FindEntries("World Health Organisasion").empty());
}

TEST(BuiltinLexicon, AdjectivesNameTheirCountry) {
  const Lexicon& lex = Builtin();
  for (const char* adj : {"Russian", "Hungarian", "Ukrainian", "American", "British"}) {
    std::vector<uint32_t> ids = lex.FindEntries(adj, /*adjectives=*/true);
    ASSERT_FALSE(ids.empty()) << adj;
    EXPECT_EQ(lex.entry(ids[0]).type, EntityType::kCountry) << adj;
  }
  EXPECT_TRUE(lex.FindEntries("Russian").empty());  // not a name
}

TEST(BuiltinLexicon, PersonCodesDependOnTheDate) {
  const Lexicon& lex = Builtin();
  struct Case {
    const char* name;
    int date;
    const char* code;
  } cases[] = {
      {"Donald Trump", 20190301, "USAGOV"},
      {"Donald Trump", 20220301, "USAELI"},
      {"Donald Trump", 20250301, "USAGOV"},
      {"Joe Biden", 20220201, "USAGOV"},
      {"Joe Biden", 20190601, "USAELI"},
      {"Vladimir Putin", 20100101, "RUSGOV"},
      {"Antony Blinken", 20220201, "USAGOV"},
      {"Sergey Lavrov", 20220201, "RUSGOV"},
      {"Sergei Lavrov", 20220201, "RUSGOV"},
      {"Jens Stoltenberg", 20200101, "IGOWSTNAT"},
      {"Jens Stoltenberg", 20100101, "NORGOV"},
      {"Viktor Orban", 20220201, "HUNGOV"},
  };
  for (const Case& c : cases) {
    std::vector<uint32_t> ids = lex.FindEntries(c.name);
    ASSERT_FALSE(ids.empty()) << c.name;
    EXPECT_EQ(Lexicon::CodeAt(lex.entry(ids[0]), c.date), c.code)
        << c.name << " " << c.date;
  }
}

TEST(BuiltinLexicon, TitledCandidatesBoundTheDate) {
  const Lexicon& lex = Builtin();
  std::vector<uint32_t> ids = lex.FindEntries("Joe Biden");
  ASSERT_FALSE(ids.empty());
  std::vector<DatedCode> all = Lexicon::Candidates(lex.entry(ids[0]));
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.back().from, 0);  // the undated code comes last
  EXPECT_EQ(all.back().code, "USAELI");
  std::vector<DatedCode> president =
      Lexicon::Candidates(lex.entry(ids[0]), lex.RolesOf("president"));
  ASSERT_EQ(president.size(), 1u);
  EXPECT_EQ(president[0].code, "USAGOV");
  EXPECT_EQ(president[0].from, 20210120);
  EXPECT_EQ(president[0].to, 20250120);
}

TEST(BuiltinLexicon, AgentsCarrySectorsAndRoles) {
  const Lexicon& lex = Builtin();
  struct Case {
    const char* noun;
    const char* sector;
    uint32_t role;
  } cases[] = {
      {"president", "GOV", kRoleHeadOfState},
      {"prime minister", "GOV", kRoleHeadOfGov},
      {"foreign minister", "GOV", kRoleForeign},
      {"Secretary of State", "GOV", kRoleForeign},
      {"spokesman", "", kRoleSpokes},
      {"protesters", "OPP", 0},
      {"soldiers", "MIL", 0},
      {"police", "COP", 0},
      {"rebels", "REB", 0},
  };
  for (const Case& c : cases) {
    const Agent* a = lex.FindAgent(c.noun);
    ASSERT_NE(a, nullptr) << c.noun;
    EXPECT_EQ(a->sector, c.sector) << c.noun;
    if (c.role != 0) {
      EXPECT_NE(a->roles & c.role, 0u) << c.noun;
    }
  }
  EXPECT_NE(lex.RolesOf("leader") & kRoleHeadOfState, 0u);
  EXPECT_EQ(lex.RolesOf("deputy prime minister") & kRoleHeadOfGov, 0u);
}

TEST(BuiltinLexicon, EveryEntryHasAsOfAndValidKeys) {
  const Lexicon& lex = Builtin();
  for (uint32_t i = 0; i < lex.entry_count(); ++i) {
    const LexEntry& e = lex.entry(i);
    EXPECT_FALSE(e.as_of.empty()) << e.name;
    EXPECT_FALSE(e.key.empty()) << e.name;
    EXPECT_EQ(lex.FindKey(e.key), static_cast<int32_t>(i)) << e.key;
  }
}

TEST(BuiltinLexicon, WordClasses) {
  const Lexicon& lex = Builtin();
  EXPECT_TRUE(lex.HasClass("May", kWordMonth));
  EXPECT_TRUE(lex.HasClass("added", kWordSpeechVerb));
  EXPECT_TRUE(lex.HasClass("he", kWordPronounMale));
  EXPECT_TRUE(lex.HasClass("Viktor", kWordGivenMale));
  EXPECT_TRUE(lex.HasClass("Corp.", kWordOrgSuffix));
  EXPECT_TRUE(lex.HasClass("Tensions", kWordCommon));
}

}  // namespace
}  // namespace newsmill
