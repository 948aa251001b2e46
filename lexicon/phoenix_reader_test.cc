// The PETRARCH/Phoenix reader on small inline dictionaries (every syntax
// the format has) and on the field's own files, read in place.
#include <gtest/gtest.h>

#include <filesystem>

#include "base/embedded_data.h"
#include "base/strings.h"
#include "lexicon/lexicon.h"

namespace newsmill {
namespace {

std::unique_ptr<Lexicon> BuildWith(std::string_view actors, std::string_view agents,
                                   bool builtin) {
  LexiconBuilder b;
  if (builtin) {
    Status st = ReadBuiltinLexicon("", &b);
    EXPECT_TRUE(st.ok()) << st.ToString();
  }
  b.MarkBuiltinEnd();
  if (!actors.empty()) {
    EXPECT_TRUE(ReadPhoenixActors("test.actors.txt", actors, &b).ok());
  }
  if (!agents.empty()) {
    EXPECT_TRUE(ReadPhoenixAgents("test.agents.txt", agents, &b).ok());
  }
  auto r = std::move(b).Build();
  EXPECT_TRUE(r.ok());
  return std::move(r).value();
}

const LexEntry* Find(const Lexicon& lex, std::string_view name) {
  // The user's own entry (not the built-in identity it may carry).
  std::vector<std::string> words = SplitPhrase(name);
  std::vector<uint32_t> ids;
  for (const std::string& w : words) ids.push_back(lex.words().Find(w));
  for (uint32_t p : lex.matcher().FindExact(ids)) {
    const PatternInfo& info = lex.pattern(p);
    if (info.kind == PatternInfo::kEntry &&
        (lex.entry(info.target).flags & kEntryUser))
      return &lex.entry(info.target);
  }
  return nullptr;
}

constexpr std::string_view kActors =
    "# a comment line\n"
    "<!-- a comment\n"
    "   over lines -->\n"
    "ARNOR_  [ARN]\n"
    "+ARNORIAN_\n"
    "\n"
    "ARAGORN_  # the king\n"
    "+STRIDER\n"
    "\t[ARNELI 310101-990101]\n"
    "\t[ARNGOV >19990102]\n"
    "\t[ARNREB]\n"
    "GANDALF_THE_GREY_\n"
    "GANDALF_THE_WHITE_\n"
    "\t[WIZGOV 010101-011231]\n"
    "\n"
    "BOROMIR_ [---]\n"
    "GONDOR_ [gon] # lower-case code\n"
    "MINAS_TIRITH_\t[GONGOV <030301]\t# dated on the root line\n"
    "+MINAS_ANOR_  <!-- inline comment -->\n"
    "BREE_ [BRE 990101-051231]\n"
    "EOWYN_\n"
    "\t[ROHGOV 1234]\n"
    "\t[ROHGOV 050101-040101]\n"
    "\t[ROHELI]\n";

TEST(PhoenixActors, ReadsRootsSynonymsAndDatedCodes) {
  auto lex = BuildWith(kActors, "", /*builtin=*/false);
  const LexEntry* arnor = Find(*lex, "Arnor");
  ASSERT_NE(arnor, nullptr);
  EXPECT_EQ(arnor->code, "ARN");
  EXPECT_EQ(arnor->type, EntityType::kCountry);
  EXPECT_EQ(Find(*lex, "Arnorian"), arnor);

  const LexEntry* aragorn = Find(*lex, "Aragorn");
  ASSERT_NE(aragorn, nullptr);
  EXPECT_EQ(Find(*lex, "Strider"), aragorn);
  EXPECT_EQ(aragorn->type, EntityType::kPerson);
  EXPECT_EQ(Lexicon::CodeAt(*aragorn, 19500101), "ARNELI");  // 31 -> 1931
  EXPECT_EQ(Lexicon::CodeAt(*aragorn, 20000101), "ARNGOV");
  EXPECT_EQ(Lexicon::CodeAt(*aragorn, 0), "");  // dates disagree
  EXPECT_EQ(aragorn->name, "Aragorn");
}

TEST(PhoenixActors, RootWithoutCodeSharesTheNextRootsCodes) {
  auto lex = BuildWith(kActors, "", false);
  const LexEntry* grey = Find(*lex, "Gandalf the Grey");
  const LexEntry* white = Find(*lex, "Gandalf the White");
  ASSERT_NE(grey, nullptr);
  ASSERT_NE(white, nullptr);
  EXPECT_EQ(Lexicon::CodeAt(*grey, 20010601), "WIZGOV");
  EXPECT_EQ(Lexicon::CodeAt(*white, 20010601), "WIZGOV");
}

TEST(PhoenixActors, NullCodesLowerCaseCodesAndInlineDates) {
  auto lex = BuildWith(kActors, "", false);
  const LexEntry* boromir = Find(*lex, "Boromir");
  ASSERT_NE(boromir, nullptr);
  EXPECT_EQ(boromir->code, "");
  EXPECT_EQ(Find(*lex, "Gondor")->code, "GON");
  const LexEntry* minas = Find(*lex, "Minas Tirith");
  ASSERT_NE(minas, nullptr);
  EXPECT_EQ(Find(*lex, "Minas Anor"), minas);
  EXPECT_EQ(Lexicon::CodeAt(*minas, 20020101), "GONGOV");
  EXPECT_EQ(Lexicon::CodeAt(*minas, 20040101), "");
  EXPECT_EQ(Lexicon::CodeAt(*Find(*lex, "Bree"), 20000101), "BRE");
}

TEST(PhoenixActors, BadDatesAreSkippedAndCounted) {
  auto lex = BuildWith(kActors, "", false);
  const LexEntry* eowyn = Find(*lex, "Eowyn");
  ASSERT_NE(eowyn, nullptr);
  EXPECT_EQ(eowyn->code, "ROHELI");
  EXPECT_TRUE(eowyn->tenures.empty());
  ASSERT_FALSE(lex->files().empty());
  EXPECT_EQ(lex->files().back().skipped_lines, 2u);  // bad date, reversed range
}

TEST(PhoenixActors, Latin1BytesBecomeUtf8) {
  std::string actors = "JOS\xC9_MAR\xCD" "A_AZNAR_ [ESPGOV]\n";
  auto lex = BuildWith(actors, "", false);
  const LexEntry* e = Find(*lex, "José María Aznar");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->code, "ESPGOV");
  EXPECT_EQ(Find(*lex, "Jose Maria Aznar"), e);  // accents fold
}

TEST(PhoenixActors, NamesOfBuiltinActorsKeepTheBuiltinIdentity) {
  auto lex = BuildWith("VLADIMIR_PUTIN_\n+PUTIN_\n\t[RUSGOV 991231-080507]\n\t[RUSELI]\n"
                       "RUSSIA_ [RUS]\n+RUSSIAN_\n",
                       "", /*builtin=*/true);
  const LexEntry* user = Find(*lex, "Vladimir Putin");
  ASSERT_NE(user, nullptr);
  ASSERT_GE(user->same_as, 0);
  EXPECT_EQ(user->key, "vladimir-putin");
  EXPECT_EQ(user->type, EntityType::kPerson);
  EXPECT_EQ(Lexicon::CodeAt(*user, 20050101), "RUSGOV");
  EXPECT_EQ(Lexicon::CodeAt(*user, 20200101), "RUSELI");  // the user's data wins
  std::vector<uint32_t> ids = lex->FindEntries("Russian", /*adjectives=*/true);
  ASSERT_FALSE(ids.empty());
  EXPECT_EQ(lex->entry(ids[0]).type, EntityType::kCountry);
}

TEST(PhoenixDates, TwoDigitYearsPivotAt30) {
  EXPECT_EQ(ParsePetrarchDate("090120"), 20090120);
  EXPECT_EQ(ParsePetrarchDate("300101"), 20300101);
  EXPECT_EQ(ParsePetrarchDate("310101"), 19310101);
  EXPECT_EQ(ParsePetrarchDate("19411207"), 19411207);
  // As PETRARCH: seven characters or fewer are YYMMDD (a typo in Phoenix).
  EXPECT_EQ(ParsePetrarchDate("2004017"), 20200401);
  EXPECT_EQ(ParsePetrarchDate("201301"), 0);  // month 13
  EXPECT_EQ(ParsePetrarchDate("abc"), 0);
}

constexpr std::string_view kAgents =
    "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON\n"
    "CONGRESS!PERSON! [~LEG] # substitution\n"
    "POLICE {} [~COP]\n"
    "THIEF {THIEVES} [~CRM]\n"
    "FARMER [~AGR]\n"
    "SECRETARY [~GOV]\n"
    "BOSS [~BUS]\n"
    "HUMAN_RIGHTS_BODY [NGO~]\n"
    "DEPARMENT_OF_ENVIRONMENT [~ENV}\n"
    "NO CODE HERE\n";

TEST(PhoenixAgents, PluralsSubstitutionsAndPrefixCodes) {
  auto lex = BuildWith("", kAgents, false);
  struct Case {
    const char* noun;
    const char* sector;
    bool prefix;
  } cases[] = {
      {"congressman", "LEG", false}, {"congresswomen", "LEG", false},
      {"police", "COP", false},      {"thieves", "CRM", false},
      {"farmers", "AGR", false},     {"secretaries", "GOV", false},
      {"bosses", "BUS", false},      {"human rights body", "NGO", true},
      {"deparment of environment", "ENV", false},
  };
  for (const Case& c : cases) {
    const Agent* a = lex->FindAgent(c.noun);
    ASSERT_NE(a, nullptr) << c.noun;
    EXPECT_EQ(a->sector, c.sector) << c.noun;
    EXPECT_EQ(a->prefix, c.prefix) << c.noun;
  }
  EXPECT_EQ(lex->FindAgent("polices"), nullptr);
  EXPECT_EQ(lex->files().back().skipped_lines, 1u);
}

// The field's dictionaries, read in place (never copied).
TEST(PhoenixFiles, ReadsThePetrarch2Dictionaries) {
  std::string dir = std::string(NEWSMILL_SHARED_DIR) + "/dictionaries/petrarch2";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << dir << " not present";
  LexiconOptions o;
  o.user_dirs = {dir};
  auto r = Lexicon::Load(o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Lexicon& lex = **r;
  size_t user_files = 0;
  for (const LexiconFileStats& f : lex.files()) {
    if (f.file.find("petrarch2") == std::string::npos) continue;
    ++user_files;
    EXPECT_GT(f.entries + f.agents, 500u) << f.file;
    EXPECT_LT(f.skipped_lines, 100u) << f.file;
  }
  EXPECT_EQ(user_files, 4u);  // three actor files and the agents
  // PETRARCH's own example: Obama's dated code.
  const LexEntry* obama = nullptr;
  for (uint32_t i = 0; i < lex.entry_count(); ++i) {
    const LexEntry& e = lex.entry(i);
    if ((e.flags & kEntryUser) && e.key == "barack-obama" && !e.tenures.empty()) obama = &e;
  }
  ASSERT_NE(obama, nullptr);
  EXPECT_EQ(Lexicon::CodeAt(*obama, 20100101), "USAGOV");
  ASSERT_NE(lex.FindAgent("riot police"), nullptr);
}

// The reader looks every name up once (LookUpName, one trie walk) instead
// of through the string lookups: both agree on every name of the petrarch2
// actor files, against a builder that holds the built-in lexicon, the
// petrarch2 agents and the first actor file (so that user names are in the
// trie too).
TEST(PhoenixFiles, OneLookupAgreesWithTheStringLookupsOnEveryName) {
  std::string dir = std::string(NEWSMILL_SHARED_DIR) + "/dictionaries/petrarch2";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << dir << " not present";
  LexiconBuilder b;
  ASSERT_TRUE(ReadBuiltinLexicon("", &b).ok());
  b.MarkBuiltinEnd();
  auto agents = ReadFileToString(dir + "/Phoenix.agents.txt");
  ASSERT_TRUE(agents.ok());
  ASSERT_TRUE(ReadPhoenixAgents("Phoenix.agents.txt", *agents, &b).ok());
  std::vector<std::string> names;
  bool first_file = true;
  for (const char* file : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                           "Phoenix.MilNonState.actors.txt"}) {
    auto text = ReadFileToString(dir + "/" + file);
    ASSERT_TRUE(text.ok()) << file;
    std::string utf8 = LatinToUtf8(*text);
    // Naive reading: a name is what a line has before '#' or '[', without
    // a leading '+', underscores as spaces.
    for (std::string_view line : Split(utf8, '\n')) {
      line = line.substr(0, line.find('#'));
      line = line.substr(0, line.find('['));
      if (!line.empty() && line[0] == '+') line.remove_prefix(1);
      std::string name;
      for (char c : line) name.push_back(c == '_' ? ' ' : c);
      if (!TrimAscii(name).empty()) names.emplace_back(TrimAscii(name));
    }
    if (first_file) {
      ASSERT_TRUE(ReadPhoenixActors(file, *text, &b).ok());
      first_file = false;
    }
  }
  ASSERT_GT(names.size(), 10000u);
  size_t agents_found = 0, builtin_found = 0;
  for (const std::string& n : names) {
    LexiconBuilder::NameLookup found = b.LookUpName(SplitPhrase(n));
    EXPECT_EQ(found.builtin_names, b.FindBuiltin(n, MentionForm::kName)) << n;
    EXPECT_EQ(found.builtin_adjectives, b.FindBuiltin(n, MentionForm::kAdjective)) << n;
    EXPECT_EQ(found.agent, b.FindAgentNoun(n) != nullptr) << n;
    agents_found += found.agent;
    builtin_found += !found.builtin_names.empty();
  }
  EXPECT_GT(agents_found, 0u);
  EXPECT_GT(builtin_found, 100u);
}

TEST(PhoenixFiles, ReadsTheValidationDictionaries) {
  std::string dir = std::string(NEWSMILL_SHARED_DIR) + "/dictionaries/validation/petrarch2";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << dir << " not present";
  LexiconOptions o;
  o.builtin = false;
  o.user_dirs = {dir};
  auto r = Lexicon::Load(o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  std::vector<uint32_t> ids = (*r)->FindEntries("Arnor");
  ASSERT_FALSE(ids.empty());
  EXPECT_EQ((*r)->entry(ids[0]).code, "ARN");
  ASSERT_NE((*r)->FindAgent("foreign minister"), nullptr);
}

TEST(LexiconLoad, MissingUserDirectoryIsAClearError) {
  LexiconOptions o;
  o.user_dirs = {"/nonexistent/dictionaries"};
  auto r = Lexicon::Load(o);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("/nonexistent/dictionaries"), std::string::npos);
}

}  // namespace
}  // namespace newsmill
