// Reader of the built-in lexicon: data/lexicon/*.tsv (format in
// docs/lexicon.md). Every error names the file and the line.
#include <algorithm>
#include <string>
#include <unordered_set>

#include "base/date.h"
#include "base/embedded_data.h"
#include "base/strings.h"
#include "lexicon/lexicon.h"

namespace newsmill {
namespace {

// The built-in files, in load order: words first (their classes decide the
// case policy of acronyms), agents before people (offices get their roles).
constexpr std::string_view kWordsFile = "lexicon/words.tsv";
constexpr std::string_view kAgentsFile = "lexicon/agents.tsv";
constexpr std::string_view kCountriesFile = "lexicon/countries.tsv";
constexpr std::string_view kPlacesFile = "lexicon/places.tsv";
constexpr std::string_view kOrganizationsFile = "lexicon/organizations.tsv";
constexpr std::string_view kOutletsFile = "lexicon/outlets.tsv";
constexpr std::string_view kPeopleFile = "lexicon/people.tsv";

struct Line {
  int number = 0;
  bool indented = false;  // began with a tab (people.tsv tenure lines)
  std::vector<std::string_view> fields;
};

// Splits a data file into lines of tab-separated fields, skipping comments
// and blank lines.
std::vector<Line> ReadLines(std::string_view data) {
  std::vector<Line> out;
  int number = 0;
  size_t pos = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    std::string_view line = data.substr(pos, nl - pos);
    pos = nl + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view trimmed = TrimAscii(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    Line l;
    l.number = number;
    l.indented = line[0] == '\t';
    if (l.indented) line.remove_prefix(1);
    for (std::string_view f : Split(line, '\t')) l.fields.push_back(TrimAscii(f));
    out.push_back(std::move(l));
  }
  return out;
}

std::vector<std::string_view> ListField(std::string_view f) {
  std::vector<std::string_view> out;
  if (f.empty() || f == "-") return out;
  for (std::string_view item : Split(f, '|')) {
    item = TrimAscii(item);
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

std::string Where(std::string_view file, int line) {
  return "data/" + std::string(file) + ":" + std::to_string(line);
}

bool ValidAsOf(std::string_view s) {
  if (s.size() == 7) return ParseIsoDate(std::string(s) + "-01").has_value();
  if (s.size() == 10) return ParseIsoDate(s).has_value();
  return false;
}

// "2004-03-09", "2004-03", "2004" or "-" (open). `end` picks the last day of
// a month or year. Returns false if malformed.
bool ParseDataDate(std::string_view s, bool end, int* out) {
  if (s == "-" || s.empty()) {
    *out = 0;
    return true;
  }
  int y = 0, m = 0, d = 0;
  auto num = [](std::string_view v, int* r) {
    if (v.empty()) return false;
    int x = 0;
    for (char c : v) {
      if (!IsAsciiDigit(c)) return false;
      x = x * 10 + (c - '0');
    }
    *r = x;
    return true;
  };
  std::vector<std::string_view> parts = Split(s, '-');
  if (parts.empty() || parts.size() > 3 || parts[0].size() != 4 ||
      !num(parts[0], &y))
    return false;
  if (parts.size() >= 2 && !num(parts[1], &m)) return false;
  if (parts.size() == 3 && !num(parts[2], &d)) return false;
  if (parts.size() == 1) {
    m = end ? 12 : 1;
    d = end ? 31 : 1;
  } else if (parts.size() == 2) {
    if (m < 1 || m > 12) return false;
    d = end ? DaysInMonth(y, m) : 1;
  }
  Date date{y, m, d};
  if (!date.valid()) return false;
  *out = date.ToInt();
  return true;
}

std::optional<EntityType> ParseType(std::string_view s) {
  if (s == "PERSON") return EntityType::kPerson;
  if (s == "ORGANIZATION") return EntityType::kOrganization;
  if (s == "COUNTRY") return EntityType::kCountry;
  if (s == "PLACE") return EntityType::kPlace;
  if (s == "GROUP") return EntityType::kGroup;
  return std::nullopt;
}

bool ValidCode(std::string_view code) {
  if (code.size() < 3 || code.size() % 3 != 0) return false;
  for (char c : code)
    if (!(IsAsciiUpper(c) || IsAsciiDigit(c))) return false;
  return true;
}

class BuiltinReader {
 public:
  BuiltinReader(const std::string& data_dir, LexiconBuilder* b)
      : data_dir_(data_dir), b_(b) {}

  Status ReadAll() {
    NEWSMILL_RETURN_IF_ERROR(Read(kWordsFile, &BuiltinReader::Words));
    NEWSMILL_RETURN_IF_ERROR(Read(kAgentsFile, &BuiltinReader::Agents));
    NEWSMILL_RETURN_IF_ERROR(Read(kCountriesFile, &BuiltinReader::Countries));
    NEWSMILL_RETURN_IF_ERROR(Read(kPlacesFile, &BuiltinReader::Places));
    NEWSMILL_RETURN_IF_ERROR(
        Read(kOrganizationsFile, &BuiltinReader::Organizations));
    NEWSMILL_RETURN_IF_ERROR(Read(kOutletsFile, &BuiltinReader::Outlets));
    NEWSMILL_RETURN_IF_ERROR(Read(kPeopleFile, &BuiltinReader::People));
    return Status::Ok();
  }

 private:
  using Handler = Status (BuiltinReader::*)(const std::vector<Line>&);

  Status Read(std::string_view file, Handler handler) {
    file_ = file;
    stats_ = LexiconFileStats{};
    stats_.file = "data/" + std::string(file);
    std::string owned;
    std::string_view data;
    if (!data_dir_.empty()) {
      Result<std::string> r = ReadDataFile(file, data_dir_);
      if (!r.ok()) return r.status();
      owned = std::move(r.value());
      data = owned;
    } else {
      std::optional<std::string_view> e = EmbeddedDataFile(file);
      if (!e) return Status::NotFound("data/" + std::string(file) + " is not embedded");
      data = *e;
    }
    b_->HashData(data);
    std::vector<Line> lines = ReadLines(data);
    NEWSMILL_RETURN_IF_ERROR((this->*handler)(lines));
    b_->AddFileStats(stats_);
    return Status::Ok();
  }

  Status Fields(const Line& l, size_t n) {
    if (l.fields.size() != n) {
      return Status::InvalidArgument(
          Where(file_, l.number) + ": expected " + std::to_string(n) +
          " tab-separated fields, found " + std::to_string(l.fields.size()));
    }
    if (!ValidAsOf(l.fields.back())) {
      return Status::InvalidArgument(Where(file_, l.number) + ": as_of '" +
                                     std::string(l.fields.back()) +
                                     "' is not YYYY-MM or YYYY-MM-DD");
    }
    return Status::Ok();
  }

  Status Error(const Line& l, const std::string& what) {
    return Status::InvalidArgument(Where(file_, l.number) + ": " + what);
  }

  std::string UniqueKey(std::string key, std::string_view qualifier) {
    if (key.empty()) key = "entry";
    if (keys_.count(key)) key += "-" + ToLowerAscii(qualifier);
    int n = 2;
    std::string base = key;
    while (keys_.count(key)) key = base + "-" + std::to_string(n++);
    keys_.insert(key);
    return key;
  }

  void Alias(uint32_t id, std::string_view alias, MentionForm form,
             uint8_t flags = 0) {
    bool context_only = false;
    if (!alias.empty() && alias[0] == '~') {
      context_only = true;
      alias.remove_prefix(1);
    }
    if (b_->AddAlias(id, alias, form, b_->PolicyFromSpelling(alias),
                     flags | (context_only ? PatternInfo::kContextOnly : 0)))
      ++stats_.aliases;
  }

  // Adds the dotted or undotted twin of an acronym ("UN" <-> "U.N.").
  void AcronymTwin(uint32_t id, std::string_view alias, MentionForm form) {
    if (alias.find(' ') != std::string_view::npos) return;
    bool caps = alias.size() >= 2 && alias.size() <= 4;
    for (char c : alias) caps = caps && IsAsciiUpper(c);
    if (caps) {
      std::string dotted;
      for (char c : alias) {
        dotted.push_back(c);
        dotted.push_back('.');
      }
      b_->AddAlias(id, dotted, form, CasePolicy::kAcronym);
    }
  }

  // words.tsv: class <TAB> words (| separated) <TAB> as_of
  Status Words(const std::vector<Line>& lines) {
    static const std::pair<std::string_view, uint32_t> kClasses[] = {
        {"connector", kWordConnector},
        {"given_male", kWordGivenMale},
        {"given_female", kWordGivenFemale},
        {"given", kWordGivenMale | kWordGivenFemale},
        {"org_suffix", kWordOrgSuffix},
        {"strong_org_suffix", kWordOrgSuffix | kWordStrongOrgSuffix},
        {"place_suffix", kWordPlaceSuffix},
        {"honorific", kWordHonorific},
        {"common", kWordCommon},
        {"month", kWordMonth},
        {"weekday", kWordWeekday},
        {"pronoun_male", kWordPronounMale},
        {"pronoun_female", kWordPronounFemale},
        {"speech_verb", kWordSpeechVerb},
        {"org_noun", kWordOrgNoun},
        {"determiner", kWordDeterminer},
        {"name_suffix", kWordNameSuffix},
        {"place_prep", kWordPlacePrep},
        {"person_verb", kWordPersonVerb},
        {"not_name", kWordNotName},
        {"event_suffix", kWordEventSuffix},
        {"sport", kWordSport},
        {"person_noun", kWordPersonNoun},
    };
    for (const Line& l : lines) {
      NEWSMILL_RETURN_IF_ERROR(Fields(l, 3));
      uint32_t bits = 0;
      for (const auto& [name, b] : kClasses)
        if (l.fields[0] == name) bits = b;
      if (bits == 0) {
        return Error(l, "unknown word class '" + std::string(l.fields[0]) + "'");
      }
      for (std::string_view w : ListField(l.fields[1])) {
        b_->AddWordClass(w, bits);
        ++stats_.aliases;
      }
    }
    return Status::Ok();
  }

  // agents.tsv: noun <TAB> plural <TAB> sector <TAB> kind <TAB> roles <TAB>
  // title <TAB> as_of
  Status Agents(const std::vector<Line>& lines) {
    static const std::pair<std::string_view, uint32_t> kRoles[] = {
        {"head_of_state", kRoleHeadOfState}, {"head_of_gov", kRoleHeadOfGov},
        {"leader", kRoleLeader},             {"foreign", kRoleForeign},
        {"defence", kRoleDefence},           {"spokes", kRoleSpokes},
        {"minister", kRoleMinister},         {"military", kRoleMilitary},
        {"legislator", kRoleLegislator},     {"diplomat", kRoleDiplomat},
        {"deputy", kRoleDeputy},             {"org_head", kRoleOrgHead},
        {"judge", kRoleJudge},               {"justice", kRoleJustice},
    };
    for (const Line& l : lines) {
      NEWSMILL_RETURN_IF_ERROR(Fields(l, 7));
      std::vector<std::string_view> nouns = ListField(l.fields[0]);
      if (nouns.empty()) return Error(l, "agent without a noun");
      Agent a;
      a.noun = std::string(nouns[0]);
      a.sector = std::string(l.fields[2]);
      if (a.sector == "-") a.sector.clear();
      if (a.sector == "=") {
        a.sector.clear();
        a.uncoded = true;
      }
      if (!a.sector.empty() && !ValidCode(a.sector))
        return Error(l, "sector '" + a.sector + "' is not a CAMEO code");
      std::string_view kind = l.fields[3];
      if (kind == "person") a.kind = AgentKind::kPerson;
      else if (kind == "group") a.kind = AgentKind::kGroup;
      else if (kind == "body") a.kind = AgentKind::kBody;
      else return Error(l, "kind must be person, group or body");
      for (std::string_view r : ListField(l.fields[4])) {
        uint32_t bit = 0;
        for (const auto& [name, b] : kRoles)
          if (r == name) bit = b;
        if (bit == 0) return Error(l, "unknown role '" + std::string(r) + "'");
        a.roles |= bit;
      }
      if (l.fields[5] != "yes" && l.fields[5] != "no")
        return Error(l, "title must be yes or no");
      a.title = l.fields[5] == "yes";
      a.source = Where(file_, l.number).substr(5);
      uint32_t id = b_->AddAgent(a);
      ++stats_.agents;
      std::string_view plural = l.fields[1];
      for (std::string_view n : nouns) {
        b_->AddAgentForm(id, n, false);
        if (plural == "-") b_->AddAgentForm(id, RegularPlural(n), true);
      }
      if (plural != "-" && plural != "=")
        for (std::string_view p : ListField(plural)) b_->AddAgentForm(id, p, true);
    }
    return Status::Ok();
  }

  // The plural of a noun phrase: its head ("secretary of state" ->
  // "secretaries of state"; "prime minister" -> "prime ministers").
  static std::string RegularPlural(std::string_view noun) {
    size_t of = noun.find(" of ");
    if (of != std::string_view::npos)
      return RegularPlural(noun.substr(0, of)) + std::string(noun.substr(of));
    std::string s(noun);
    if (s.empty()) return s;
    char last = s.back();
    char before = s.size() >= 2 ? s[s.size() - 2] : ' ';
    bool vowel = before == 'a' || before == 'e' || before == 'i' ||
                 before == 'o' || before == 'u';
    if (last == 'y' && !vowel) {
      s.pop_back();
      return s + "ies";
    }
    if (last == 's' || last == 'x' || last == 'z' || EndsWith(s, "ch") ||
        EndsWith(s, "sh"))
      return s + "es";
    if (EndsWith(s, "man")) return s.substr(0, s.size() - 3) + "men";
    return s + "s";
  }

  // countries.tsv: iso3 <TAB> name <TAB> aliases <TAB> adjectives <TAB>
  // capital <TAB> flags <TAB> as_of
  Status Countries(const std::vector<Line>& lines) {
    for (const Line& l : lines) {
      NEWSMILL_RETURN_IF_ERROR(Fields(l, 7));
      std::string_view code = l.fields[0];
      if (code.size() != 3 || !ValidCode(code))
        return Error(l, "'" + std::string(code) + "' is not an alpha-3 code");
      LexEntry e;
      e.name = std::string(l.fields[1]);
      e.type = EntityType::kCountry;
      e.code = std::string(code);
      e.country = std::string(code);
      e.as_of = std::string(l.fields[6]);
      e.source = Where(file_, l.number).substr(5);
      for (std::string_view f : ListField(l.fields[5])) {
        if (f == "former") e.flags |= kEntryFormer;
        else if (f != "territory") return Error(l, "unknown flag '" + std::string(f) + "'");
      }
      e.key = UniqueKey(NameKey(e.name), code);
      uint32_t id = b_->AddEntry(e);
      ++stats_.entries;
      Alias(id, e.name, MentionForm::kName);
      for (std::string_view a : ListField(l.fields[2])) {
        Alias(id, a, MentionForm::kName);
        AcronymTwin(id, a, MentionForm::kName);
      }
      for (std::string_view a : ListField(l.fields[3]))
        Alias(id, a, MentionForm::kAdjective);
      std::vector<std::string_view> capital = ListField(l.fields[4]);
      if (!capital.empty()) {
        LexEntry c;
        c.name = std::string(capital[0]);
        c.type = EntityType::kPlace;
        c.code = std::string(code);
        c.country = std::string(code);
        c.flags = kEntryCapital;
        c.as_of = e.as_of;
        c.source = e.source;
        c.key = UniqueKey(NameKey(c.name), code);
        uint32_t cid = b_->AddEntry(c);
        ++stats_.entries;
        for (std::string_view a : capital) Alias(cid, a, MentionForm::kName);
      }
    }
    return Status::Ok();
  }

  // places.tsv: name <TAB> aliases <TAB> adjectives <TAB> country <TAB> kind
  // <TAB> as_of
  Status Places(const std::vector<Line>& lines) {
    for (const Line& l : lines) {
      NEWSMILL_RETURN_IF_ERROR(Fields(l, 6));
      LexEntry e;
      // "~Reading": a name that is also a common word or a person's name
      // names the place only in a place's context (see docs/lexicon.md).
      std::string_view name = l.fields[0];
      if (!name.empty() && name[0] == '~') name.remove_prefix(1);
      e.name = std::string(name);
      e.type = EntityType::kPlace;
      std::string_view country = l.fields[3];
      if (country != "-") {
        if (country.size() != 3 || !ValidCode(country))
          return Error(l, "country '" + std::string(country) + "' is not alpha-3");
        e.country = std::string(country);
        e.code = e.country;
      }
      std::string_view kind = l.fields[4];
      if (kind == "city") e.flags |= kEntryCity;
      if (kind == "state" || kind == "area") e.flags |= kEntryState;
      // `nation`: England, Scotland, Wales, Northern Ireland: countries of
      // their own in sport, never a club.
      if (kind == "region" || kind == "continent") e.flags |= kEntryRegion;
      else if (kind != "city" && kind != "state" && kind != "water" &&
               kind != "other" && kind != "area" && kind != "nation")
        return Error(l, "unknown place kind '" + std::string(kind) + "'");
      e.as_of = std::string(l.fields[5]);
      e.source = Where(file_, l.number).substr(5);
      e.key = UniqueKey(NameKey(e.name), country == "-" ? kind : country);
      uint32_t id = b_->AddEntry(e);
      ++stats_.entries;
      Alias(id, l.fields[0], MentionForm::kName);
      for (std::string_view a : ListField(l.fields[1])) Alias(id, a, MentionForm::kName);
      for (std::string_view a : ListField(l.fields[2]))
        Alias(id, a, MentionForm::kAdjective);
    }
    return Status::Ok();
  }

  // organizations.tsv: name <TAB> aliases <TAB> code <TAB> type <TAB> country
  // <TAB> flags <TAB> as_of
  Status Organizations(const std::vector<Line>& lines) {
    for (const Line& l : lines) {
      NEWSMILL_RETURN_IF_ERROR(Fields(l, 7));
      LexEntry e;
      e.name = std::string(l.fields[0]);
      std::string_view code = l.fields[2];
      if (code != "-") {
        if (!ValidCode(code))
          return Error(l, "'" + std::string(code) + "' is not a CAMEO code");
        e.code = std::string(code);
      }
      std::optional<EntityType> type = ParseType(l.fields[3]);
      if (!type) return Error(l, "unknown type '" + std::string(l.fields[3]) + "'");
      e.type = *type;
      if (l.fields[4] != "-") e.country = std::string(l.fields[4]);
      for (std::string_view f : ListField(l.fields[5])) {
        if (f == "seat") e.flags |= kEntrySeat;
        else if (f == "outlet") e.flags |= kEntryOutlet;
        else if (f == "former") e.flags |= kEntryFormer;
        else if (f == "not_actor") e.flags |= kEntryNotActor;
        else return Error(l, "unknown flag '" + std::string(f) + "'");
      }
      e.as_of = std::string(l.fields[6]);
      e.source = Where(file_, l.number).substr(5);
      e.key = UniqueKey(NameKey(e.name), e.country.empty() ? "org" : e.country);
      uint32_t id = b_->AddEntry(e);
      ++stats_.entries;
      Alias(id, e.name, MentionForm::kName);
      AcronymTwin(id, e.name, MentionForm::kName);
      for (std::string_view a : ListField(l.fields[1])) {
        Alias(id, a, MentionForm::kName);
        AcronymTwin(id, a, MentionForm::kName);
      }
    }
    return Status::Ok();
  }

  // outlets.tsv: name <TAB> aliases <TAB> country <TAB> as_of
  Status Outlets(const std::vector<Line>& lines) {
    for (const Line& l : lines) {
      NEWSMILL_RETURN_IF_ERROR(Fields(l, 4));
      LexEntry e;
      e.name = std::string(l.fields[0]);
      e.type = EntityType::kOrganization;
      e.flags = kEntryOutlet;
      std::string_view country = l.fields[2];
      if (country != "-") {
        if (country.size() != 3 || !ValidCode(country))
          return Error(l, "country '" + std::string(country) + "' is not alpha-3");
        e.country = std::string(country);
        e.code = e.country + "MED";
      } else {
        e.code = "MED";
      }
      e.as_of = std::string(l.fields[3]);
      e.source = Where(file_, l.number).substr(5);
      e.key = UniqueKey(NameKey(e.name), "media");
      uint32_t id = b_->AddEntry(e);
      ++stats_.entries;
      Alias(id, e.name, MentionForm::kName);
      for (std::string_view a : ListField(l.fields[1])) {
        Alias(id, a, MentionForm::kName);
        AcronymTwin(id, a, MentionForm::kName);
      }
    }
    return Status::Ok();
  }

  // people.tsv: a person line, name <TAB> gender <TAB> country <TAB> aliases
  // <TAB> undated code <TAB> as_of, then one tab-indented line per office:
  // office <TAB> code <TAB> from <TAB> to.
  Status People(const std::vector<Line>& lines) {
    int32_t current = -1;
    for (const Line& l : lines) {
      if (l.indented) {
        if (current < 0) return Error(l, "office line before any person");
        if (l.fields.size() != 4)
          return Error(l, "office lines have 4 fields: office, code, from, to");
        Tenure t;
        t.office = std::string(l.fields[0]);
        t.code = std::string(l.fields[1]);
        if (!ValidCode(t.code))
          return Error(l, "'" + t.code + "' is not a CAMEO code");
        if (!ParseDataDate(l.fields[2], false, &t.from) ||
            !ParseDataDate(l.fields[3], true, &t.to))
          return Error(l, "dates must be YYYY-MM-DD, YYYY-MM, YYYY or -");
        if (t.from != 0 && t.to != 0 && t.to < t.from)
          return Error(l, "office ends before it starts");
        bool known = false;
        t.roles = b_->RolesOf(t.office, &known);
        if (!known)
          return Error(l, "office '" + t.office + "' is not a noun of agents.tsv");
        b_->entry(static_cast<uint32_t>(current)).tenures.push_back(std::move(t));
        ++stats_.tenures;
        continue;
      }
      NEWSMILL_RETURN_IF_ERROR(Fields(l, 6));
      LexEntry e;
      e.name = std::string(l.fields[0]);
      e.type = EntityType::kPerson;
      std::string_view g = l.fields[1];
      if (g == "m" || g == "f") e.gender = g[0];
      else if (g != "-") return Error(l, "gender must be m, f or -");
      std::string_view country = l.fields[2];
      // "-": a person of no country (Santa Claus), who then has no elite code.
      if (country != "-" && (country.size() != 3 || !ValidCode(country)))
        return Error(l, "country '" + std::string(country) + "' is not alpha-3");
      if (country != "-") e.country = std::string(country);
      std::string_view code = l.fields[4];
      if (code == "-" && e.country.empty()) {
        return Error(l, "a person of no country takes an undated code or none, not -");
      } else if (code == "-") {
        e.code = e.country + "ELI";
      } else if (code != "none") {
        if (!ValidCode(code)) return Error(l, "'" + std::string(code) + "' is not a CAMEO code");
        e.code = std::string(code);
      }
      e.as_of = std::string(l.fields[5]);
      e.source = Where(file_, l.number).substr(5);
      e.key = UniqueKey(NameKey(e.name), country);
      uint32_t id = b_->AddEntry(e);
      current = static_cast<int32_t>(id);
      ++stats_.entries;
      Alias(id, e.name, MentionForm::kName);
      std::vector<std::string_view> aliases = ListField(l.fields[3]);
      for (std::string_view a : aliases) Alias(id, a, MentionForm::kName);
      // The surname alone names the person only in context (after the full
      // name or with a title), unless the data lists a one-word alias (for
      // names written family name first, "Xi Jinping" -> "Xi").
      bool one_word = false;
      for (std::string_view a : aliases) {
        std::string_view bare = a[0] == '~' ? a.substr(1) : a;
        one_word |= bare.find(' ') == std::string_view::npos;
      }
      size_t sp = e.name.rfind(' ');
      if (!one_word && sp != std::string::npos) {
        std::string_view surname = std::string_view(e.name).substr(sp + 1);
        if (surname.size() > 2)
          Alias(id, surname, MentionForm::kName, PatternInfo::kContextOnly);
      }
    }
    return Status::Ok();
  }

  std::string data_dir_;
  LexiconBuilder* b_;
  std::string_view file_;
  LexiconFileStats stats_;
  std::unordered_set<std::string> keys_;
};

}  // namespace

Status ReadBuiltinLexicon(const std::string& data_dir, LexiconBuilder* b) {
  BuiltinReader reader(data_dir, b);
  return reader.ReadAll();
}

}  // namespace newsmill
