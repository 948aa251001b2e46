// Lexicon: the actors, places, roles and name cues newsmill knows, with
// their CAMEO codes, and the phrase matcher that finds them in text.
//
// The built-in lexicon is written by the project (data/lexicon/*.tsv, format
// in docs/lexicon.md): countries and territories, places, international and
// national organisations, news outlets, office holders with the dates they
// held each office, agents (role nouns: "president", "army", "protesters"),
// and the word lists that help recognise names the lexicon does not know.
// PETRARCH/Phoenix dictionaries (actors and agents) can be added on top
// (LexiconOptions::user_dirs, the CLI's --lexicon DIR).
//
//   LexiconOptions options;
//   options.user_dirs = {"../shared/dictionaries/petrarch2"};
//   Result<std::unique_ptr<Lexicon>> lex = Lexicon::Load(options);
//   if (!lex.ok()) return lex.status();     // names the file and line
//   for (uint32_t id : (*lex)->FindEntries("Vladimir Putin")) {
//     const LexEntry& e = (*lex)->entry(id);
//     std::string code = Lexicon::CodeAt(e, 20190301);   // "RUSGOV"
//   }
//   const Agent* a = (*lex)->FindAgent("foreign minister");  // sector "GOV"
//
// Uses by later stages (see docs/lexicon.md, "API"):
//   quotes: IsOutlet(entry) for "The Hill reported"; FindAgent(noun)->kind ==
//           AgentKind::kPerson for role nouns that can speak ("the spokesman");
//           HasClass(word, kWordSpeechVerb) for "he added".
//   events: CodePhrase (entities/actor_code.h) codes any noun phrase from
//           its country words, names and agent nouns.
//   times:  CodeAt / Candidates give the tenures of office holders;
//           entities/dating.h intersects them to bound an undated article.
//
// Thread safety: a loaded Lexicon is immutable and shared by all threads.
#ifndef NEWSMILL_LEXICON_LEXICON_H_
#define NEWSMILL_LEXICON_LEXICON_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "lexicon/matcher.h"
#include "newsmill/document.h"

namespace newsmill {

// Word classes: bits in WordTable::classes, from data/lexicon/words.tsv and
// the lexicon's own names.
enum WordClass : uint32_t {
  kWordConnector = 1u << 0,     // of, the, and, al, bin, de, von: lower case inside names
  kWordGivenMale = 1u << 1,     // John, Vladimir
  kWordGivenFemale = 1u << 2,   // Mary, Angela
  kWordOrgSuffix = 1u << 3,     // Corp, Inc, Ministry, Party, University
  kWordPlaceSuffix = 1u << 4,   // River, Province, County, Island
  kWordHonorific = 1u << 5,     // Mr, Mrs, Dr, Sen, Rep, Gen (before a name)
  kWordCommon = 1u << 6,        // common English words: not names at sentence start
  kWordMonth = 1u << 7,
  kWordWeekday = 1u << 8,
  kWordPronounMale = 1u << 9,   // he, him, his
  kWordPronounFemale = 1u << 10,
  kWordSpeechVerb = 1u << 11,   // said, added, told: "he added" is a quote speaker
  kWordOrgNoun = 1u << 12,      // alliance, bloc, company: "the NATO alliance"
  kWordDeterminer = 1u << 13,   // the, a, an, this
  kWordNameSuffix = 1u << 14,   // Jr, Sr, II, III
  kWordPlacePrep = 1u << 15,    // in, at, from, near: cue a place after them
  kWordPersonVerb = 1u << 16,   // verbs that want a person subject (resigned, married)
  kWordNotName = 1u << 17,      // capitalised words that are never names (I, OK, TV)
  kWordSurnameMarker = 1u << 18,  // words of the form "Mc", "O'": name-like
  kWordEventSuffix = 1u << 19,  // Cup, Awards, Festival: names of events, no actors
  kWordSport = 1u << 20,        // striker, referee, innings: words of sports stories
  kWordPersonNoun = 1u << 21,   // man, woman, national: "the Egyptian man" is one person
  kWordStrongOrgSuffix = 1u << 22,  // Corp, Bank, Railways: never a surname ("Adam Corp")
  kWordGivenName = kWordGivenMale | kWordGivenFemale,
};

// An actor code and the dates it applies to (YYYYMMDD, 0 = open).
struct Tenure {
  std::string code;    // "USAGOV"
  std::string office;  // "president"; "" when a dictionary gives none
  int from = 0;
  int to = 0;
  uint32_t roles = 0;  // Role bits of the office (see Role)
};

// Role classes of offices and role nouns: "the Russian leader" refers to a
// head of state or of government, "the Kremlin spokesman" to a spokesperson.
enum Role : uint32_t {
  kRoleHeadOfState = 1u << 0,   // president, king, emir
  kRoleHeadOfGov = 1u << 1,     // prime minister, chancellor, premier
  kRoleForeign = 1u << 2,       // foreign minister, secretary of state
  kRoleDefence = 1u << 3,       // defence minister, defense secretary
  kRoleSpokes = 1u << 4,        // spokesman, press secretary
  kRoleMinister = 1u << 5,      // any minister or secretary
  kRoleMilitary = 1u << 6,      // general, commander, chief of staff
  kRoleLegislator = 1u << 7,    // senator, lawmaker, speaker
  kRoleDiplomat = 1u << 8,      // ambassador, envoy
  kRoleDeputy = 1u << 9,        // vice president, deputy prime minister
  kRoleOrgHead = 1u << 10,      // secretary-general, director-general, CEO
  kRoleJudge = 1u << 11,
  kRoleJustice = 1u << 12,      // justice minister, attorney general
  kRoleLeader = kRoleHeadOfState | kRoleHeadOfGov,  // "leader"
};

// Entry flags.
enum EntryFlag : uint16_t {
  kEntryOutlet = 1u << 0,    // a news outlet or wire service
  kEntrySeat = 1u << 1,      // a seat of government used for it (the Kremlin)
  kEntryCapital = 1u << 2,   // a capital city (Moscow)
  kEntryUser = 1u << 3,      // from a user dictionary (--lexicon)
  kEntryFormer = 1u << 4,    // a state that no longer exists (Soviet Union)
  kEntryRegion = 1u << 5,    // a region or continent (Europe, Middle East)
  kEntryNotActor = 1u << 6,  // a name that is no actor (a stock index, a
                             // product, an event): recognised so that its
                             // words are not taken for an unknown actor
  kEntryCity = 1u << 7,      // a city or town (places.tsv kind `city`)
  kEntryState = 1u << 8,     // a state, province or county (kind `state` or `area`)
};

// One actor: a country, place, organisation, outlet or person.
struct LexEntry {
  std::string key;       // stable id: "vladimir-putin", "russia"
  std::string name;      // canonical name
  EntityType type = EntityType::kOrganization;
  std::string code;      // undated CAMEO code; for people, the code outside
                         // any tenure (e.g. "RUSELI"); "" if none
  std::string country;   // ISO 3166 alpha-3, "" if none
  std::vector<Tenure> tenures;  // dated codes
  char gender = 0;       // 'm', 'f' or 0
  uint16_t flags = 0;    // EntryFlag bits
  std::string as_of;     // when the entry was last known true ("2025-06")
  std::string source;    // "people.tsv:12" or "Phoenix.Countries.actors.txt:39559"
  int32_t same_as = -1;  // user entry that names a built-in entry: that entry
};

enum class AgentKind : uint8_t {
  kPerson,  // president, spokesman, minister: one person
  kGroup,   // protesters, troops, rebels: people in the plural
  kBody,    // army, police, ministry, government: an institution
};

// A role noun and its CAMEO sector: "foreign minister" -> GOV.
struct Agent {
  std::string noun;     // as written in the data, singular: "foreign minister"
  std::string sector;   // CAMEO sector code(s) appended to the country: "GOV"
  bool prefix = false;  // "IGO~"-style: the sector goes before the country
  AgentKind kind = AgentKind::kPerson;
  uint32_t roles = 0;   // Role bits
  bool title = false;   // used before a name as a title ("President Biden")
  // Types its person but codes no actor ("actor", "singer": sector "=" in
  // agents.tsv): CAMEO codes no event of theirs.
  bool uncoded = false;
  std::string source;
};

// What a matched phrase stands for.
struct PatternInfo {
  enum Kind : uint8_t { kEntry, kAgent };
  // Flags.
  static constexpr uint8_t kContextOnly = 1;  // surname alone: only once the
                                              // entity is named or titled
  static constexpr uint8_t kLeadingThe = 2;   // starts with "the"
  static constexpr uint8_t kPlural = 4;       // plural agent noun

  uint32_t target = 0;  // entry or agent index
  Kind kind = kEntry;
  MentionForm form = MentionForm::kName;
  uint8_t flags = 0;
};

struct LexiconOptions {
  // Directory whose files override the embedded data/ files. Default "".
  std::string data_dir;
  // Load data/lexicon/*.tsv. Default true.
  bool builtin = true;
  // Directories (or single files) of PETRARCH/Phoenix dictionaries added to
  // the built-in lexicon: every *.actors.txt / *actors*.txt file is read as
  // actors, every *agents*.txt file as agents. Default: none.
  std::vector<std::string> user_dirs;
};

// What was read from one file (for reports and benchmarks).
struct LexiconFileStats {
  std::string file;
  size_t entries = 0;
  size_t aliases = 0;
  size_t agents = 0;
  size_t tenures = 0;
  size_t skipped_lines = 0;  // lines a user dictionary had that were not understood
};

class LexiconBuilder;

class Lexicon {
 public:
  // Loads the built-in lexicon and the user dictionaries. Errors name the
  // file and line (a broken built-in file is an error; unreadable lines of
  // user dictionaries are counted in files() and skipped, as PETRARCH does).
  static Result<std::unique_ptr<Lexicon>> Load(const LexiconOptions& options);

  uint32_t entry_count() const { return static_cast<uint32_t>(entries_.size()); }
  const LexEntry& entry(uint32_t id) const { return entries_[id]; }
  uint32_t agent_count() const { return static_cast<uint32_t>(agents_.size()); }
  const Agent& agent(uint32_t id) const { return agents_[id]; }

  // The matcher over every name, adjective and role noun; its phrase index
  // is an index into patterns.
  const PhraseMatcher& matcher() const { return matcher_; }
  const PatternInfo& pattern(uint32_t phrase) const { return patterns_[phrase]; }
  const WordTable& words() const { return matcher_.words(); }

  // WordClass bits of a word as written ("Said" -> kWordSpeechVerb | ...).
  uint32_t ClassesOf(std::string_view word) const;
  bool HasClass(std::string_view word, uint32_t bits) const {
    return (ClassesOf(word) & bits) != 0;
  }

  // Entries one of whose names (or adjectives, with adjectives = true) is
  // `name`, compared folded ("KREMLIN", "the kremlin" and "Kremlin" are
  // equal). User entries that name a built-in entry come back as the
  // built-in entry. Empty if none.
  std::vector<uint32_t> FindEntries(std::string_view name,
                                    bool adjectives = false) const;
  // The entry with this key, or -1.
  int32_t FindKey(std::string_view key) const;
  // The country entry for an ISO alpha-3 code ("RUS"), or -1.
  int32_t FindCountry(std::string_view iso3) const;
  // The agent whose noun (singular or plural) is `noun`, folded; null if none.
  const Agent* FindAgent(std::string_view noun) const;

  bool IsOutlet(uint32_t entry) const {
    return (entries_[entry].flags & kEntryOutlet) != 0;
  }
  // The entry whose identity an entry carries (a user entry that names a
  // built-in entry -> the built-in one).
  uint32_t Canonical(uint32_t entry) const {
    int32_t s = entries_[entry].same_as;
    return s >= 0 ? static_cast<uint32_t>(s) : entry;
  }

  // The entry's code on a date (YYYYMMDD): the first tenure that contains
  // it, else the undated code. With date 0 (unknown): the code if every
  // tenure and the undated code agree, else "".
  static std::string CodeAt(const LexEntry& e, int date);
  // Every code the entry can have, as DatedCodes: tenures with the same code
  // that touch or overlap are merged; the undated code comes last with
  // from = to = 0. With `roles` != 0 only tenures of offices with one of
  // those Role bits are listed, and no undated code (the text named the
  // office, so the person held it).
  static std::vector<DatedCode> Candidates(const LexEntry& e, uint32_t roles = 0);
  // Role bits of an office or role noun ("prime minister" -> kRoleHeadOfGov).
  uint32_t RolesOf(std::string_view office) const;

  // Identifies the data (hash of every file read).
  const std::string& id() const { return id_; }
  const std::vector<LexiconFileStats>& files() const { return files_; }
  size_t MemoryBytes() const;

 private:
  friend class LexiconBuilder;
  Lexicon() = default;

  std::vector<LexEntry> entries_;
  std::vector<Agent> agents_;
  std::vector<PatternInfo> patterns_;
  PhraseMatcher matcher_;
  std::unordered_map<std::string, int32_t> by_key_;
  std::unordered_map<std::string, int32_t> by_country_;
  std::unordered_map<std::string, uint32_t> agent_by_noun_;          // folded -> agent
  std::vector<LexiconFileStats> files_;
  std::string id_;
};

// Builds a Lexicon; used by the file readers (builtin_reader.cc,
// phoenix_reader.cc) and by tests that need a small lexicon.
class LexiconBuilder {
 public:
  LexiconBuilder();

  uint32_t AddEntry(LexEntry e);
  LexEntry& entry(uint32_t id) { return entries_[id]; }
  uint32_t entry_count() const { return static_cast<uint32_t>(entries_.size()); }
  // Adds a name (or adjective) of an entry. Words are split on spaces and
  // underscores; punctuation at either end of a word becomes its own word.
  // Returns false if the alias has no words.
  bool AddAlias(uint32_t entry, std::string_view alias, MentionForm form,
                CasePolicy policy, uint8_t flags = 0);
  // The same with the alias already split (SplitPhrase(alias)): readers
  // that look a name up before adding it split it once.
  bool AddAliasWords(uint32_t entry, const std::vector<std::string>& words,
                     MentionForm form, CasePolicy policy, uint8_t flags = 0);
  // The case policy a built-in alias gets from its own spelling: lower case
  // -> kAny; capitals only and short or a common word ("US", "WHO") ->
  // kAcronym; else kProper.
  CasePolicy PolicyFromSpelling(std::string_view alias) const;

  uint32_t AddAgent(Agent a);
  // Adds a form of an agent's noun (its singular, plural or other spelling).
  bool AddAgentForm(uint32_t agent, std::string_view form, bool plural);
  const Agent* FindAgentNoun(std::string_view noun) const;
  // FindAgentNoun for a noun already split (SplitPhrase(noun)).
  const Agent* FindAgentWords(const std::vector<std::string>& words) const;

  void AddWordClass(std::string_view word, uint32_t bits);
  uint32_t WordClasses(std::string_view word) const;
  // Role bits of an office; *known (if given) says whether the office is an
  // agent noun at all.
  uint32_t RolesOf(std::string_view office, bool* known = nullptr) const;

  // Finds built-in entries (those added before MarkBuiltinEnd) by one of
  // their names (form kName) or adjectives (kAdjective).
  std::vector<uint32_t> FindBuiltin(std::string_view name,
                                    MentionForm form = MentionForm::kName) const;
  // FindBuiltin for a name already split (SplitPhrase(name)).
  std::vector<uint32_t> FindBuiltinWords(const std::vector<std::string>& words,
                                         MentionForm form = MentionForm::kName) const;
  // What a name already split (SplitPhrase(name)) is, from one walk of the
  // trie: FindBuiltin of both forms and whether FindAgentNoun finds it.
  struct NameLookup {
    std::vector<uint32_t> builtin_names;       // FindBuiltin(name, kName)
    std::vector<uint32_t> builtin_adjectives;  // FindBuiltin(name, kAdjective)
    bool agent = false;                        // FindAgentNoun(name) != null
  };
  NameLookup LookUpName(const std::vector<std::string>& words) const;
  // The built-in country entry with this alpha-3 code, or -1.
  int32_t FindBuiltinCountry(std::string_view iso3) const;
  void MarkBuiltinEnd();

  void AddFileStats(LexiconFileStats stats) { files_.push_back(std::move(stats)); }
  void HashData(std::string_view bytes);

  Result<std::unique_ptr<Lexicon>> Build() &&;

 private:
  // Adds the one pattern of AddAliasWords.
  void AddPattern(uint32_t entry, const std::vector<std::string>& words, MentionForm form,
                  CasePolicy policy, uint8_t flags);
  PhraseMatcher::Builder matcher_;
  std::vector<LexEntry> entries_;
  std::vector<Agent> agents_;
  std::vector<PatternInfo> patterns_;
  std::unordered_map<std::string, uint32_t> agent_by_noun_;
  std::vector<LexiconFileStats> files_;
  uint32_t builtin_end_ = 0;
  std::unordered_map<std::string, int32_t> builtin_countries_;
  uint64_t hash_ = 1469598103934665603ULL;
};

// Splits a name into folded words as the matcher sees them: on spaces and
// underscores, punctuation at either end of a word as a word of its own.
std::vector<std::string> SplitPhrase(std::string_view alias);
// SplitPhrase's words joined by single spaces: the key of agent nouns.
std::string PhraseKey(std::string_view phrase);
// Words joined by single spaces (PhraseKey of an already split phrase).
std::string JoinWords(const std::vector<std::string>& words);

// Readers (builtin_reader.cc, phoenix_reader.cc).

// Adds the built-in data files (data/lexicon/*.tsv) to the builder.
Status ReadBuiltinLexicon(const std::string& data_dir, LexiconBuilder* b);

// Adds one PETRARCH/Phoenix actor dictionary (file contents; `name` names it
// in messages). Latin-1 bytes are converted to UTF-8.
Status ReadPhoenixActors(std::string_view name, std::string_view contents,
                         LexiconBuilder* b);
// Adds one PETRARCH/Phoenix agent dictionary.
Status ReadPhoenixAgents(std::string_view name, std::string_view contents,
                         LexiconBuilder* b);

// Parses a PETRARCH date: YYMMDD (00-30 -> 20YY, else 19YY) or YYYYMMDD.
// Returns YYYYMMDD, or 0 if invalid.
int ParsePetrarchDate(std::string_view s);

// Converts Latin-1 bytes that are not valid UTF-8 to UTF-8 (valid UTF-8 is
// kept as is, line by line, so a file that mixes both reads right).
std::string LatinToUtf8(std::string_view bytes);

}  // namespace newsmill

#endif  // NEWSMILL_LEXICON_LEXICON_H_
