// Reader of the PETRARCH / Phoenix dictionary formats (actors and agents),
// so that users' own dictionaries work with newsmill unchanged.
//
// Actors (Phoenix.Countries.actors.txt and friends), as PETRARCH-2 reads them:
//   VLADIMIR_PUTIN_  # comment          a root name starts a new actor
//   +PUTIN_                             a synonym of the current actor
//   \t[RUSGOV 991231-080507]            a dated code (YYMMDD or YYYYMMDD)
//   \t[RUSGOV >080508]                  from a date on; <date: until it
//   \t[RUSELI]                          the undated code (all other dates)
//   UN_ [IGOUNO]                        a root with its code on the line
// Underscores join the words of a name; a trailing underscore (TABARI's
// "whole word" mark) is ignored: names match whole words. '#' starts a
// comment, <!-- ... --> comments may span lines. Files hold some Latin-1
// bytes; they are converted to UTF-8. Unlike PETRARCH, a root name with no
// code that is directly followed by another root (no blank line between, as
// in DMITRY_MEDVEDEV_ / DMITR_MEDVEDEV_ [codes]) shares that root's codes.
//
// Agents (Phoenix.agents.txt):
//   !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON    a substitution set
//   CONGRESS!PERSON! [~LEG]                      expands to CONGRESSMAN, ...
//   POLICE {} [~COP]                             {}: no plural
//   THIEF {THIEVES} [~CRM]                       {..}: the plural
//   FARMER [~AGR]                                regular plural (S, ES, IES)
//   HUMAN_RIGHTS_BODY [NGO~]                     sector before the country
//
// Entry types are inferred: dated codes or a title word ("PRESIDENT_...")
// make a person; IGO/NGO/... codes an organisation; a bare country code a
// country (when the name is one of the built-in country's names) or a
// place. A root whose name is a built-in name keeps the built-in identity
// (key, name, type) and the dictionary's codes.
#include <algorithm>
#include <deque>
#include <string>

#include "base/strings.h"
#include "base/utf8.h"
#include "lexicon/lexicon.h"

namespace newsmill {
namespace {

// A line of a dictionary with comments removed.
struct DictLine {
  int number = 0;
  bool blank_before = false;  // a blank or comment-only line precedes it
  std::string_view text;      // trimmed; points into the file or `owned`
};

// Splits a dictionary into lines without comments. Lines are views into
// `data`, except the few that had an inline <!-- --> comment cut out, which
// are kept in *owned (a deque, so that the views stay valid).
std::vector<DictLine> CleanLines(std::string_view data,
                                 std::deque<std::string>* owned) {
  std::vector<DictLine> out;
  int number = 0;
  size_t pos = 0;
  bool in_comment = false;
  bool blank = false;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    std::string_view line = data.substr(pos, nl - pos);
    pos = nl + 1;
    ++number;
    if (in_comment) {
      size_t end = line.find("-->");
      if (end == std::string_view::npos) continue;
      line = line.substr(end + 3);
      in_comment = false;
    }
    if (line.find("<!--") != std::string_view::npos) {
      // <!-- ... --> (possibly several on a line, possibly unterminated).
      std::string copy(line);
      while (true) {
        size_t open = copy.find("<!--");
        if (open == std::string::npos) break;
        size_t close = copy.find("-->", open + 4);
        if (close == std::string::npos) {
          copy.resize(open);
          in_comment = true;
          break;
        }
        copy.erase(open, close + 3 - open);
      }
      owned->push_back(std::move(copy));
      line = owned->back();
    }
    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    std::string_view t = TrimAscii(line);
    if (t.empty()) {
      blank = true;
      continue;
    }
    DictLine d;
    d.number = number;
    d.blank_before = blank;
    d.text = t;
    out.push_back(d);
    blank = false;
  }
  return out;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiUpper(c);
  return out;
}

// "VLADIMIR_PUTIN_" -> "VLADIMIR PUTIN".
std::string NameOf(std::string_view raw) {
  std::string out;
  for (char c : raw) {
    if (c == '_' || c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// "VLADIMIR PUTIN" -> "Vladimir Putin"; short words stay as written
// ("UN", "al") so acronyms survive.
std::string TitleCase(std::string_view name) {
  std::string out;
  size_t i = 0;
  while (i <= name.size()) {
    size_t j = name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    std::string_view w = name.substr(i, j - i);
    if (!out.empty()) out.push_back(' ');
    bool all_upper = true;
    for (char c : w) all_upper = all_upper && !IsAsciiLower(c);
    if (!all_upper || w.size() <= 3) {
      std::string lw = ToLowerAscii(w);
      if (lw == "of" || lw == "the" || lw == "and" || lw == "al" || lw == "de" ||
          lw == "bin" || lw == "for")
        out += lw;
      else
        out += w;
    } else {
      bool start = true;
      for (char c : w) {
        out.push_back(start ? c : AsciiLower(c));
        start = !IsAsciiAlpha(c) && c != '\'' && static_cast<unsigned char>(c) < 0x80;
      }
    }
    i = j + 1;
  }
  return out;
}

struct CodeSpec {
  std::string code;
  int from = 0;
  int to = 0;
  bool dated = false;
  bool ok = true;
};

// Parses the inside of "[RUSGOV 991231-080507]", "[RUSGOV >080508]",
// "[USRARM <900823]", "[RUSELI]", "[pse]".
CodeSpec ParseCode(std::string_view inside) {
  CodeSpec c;
  inside = TrimAscii(inside);
  size_t sp = inside.find_first_of(" \t");
  c.code = Upper(inside.substr(0, sp));
  if (c.code == "---") c.code.clear();
  if (sp == std::string_view::npos) return c;
  std::string dates;
  for (char ch : inside.substr(sp))
    if (ch != ' ' && ch != '\t') dates.push_back(ch);
  if (dates.empty()) return c;
  c.dated = true;
  if (dates[0] == '>') {
    c.from = ParsePetrarchDate(std::string_view(dates).substr(1));
    c.ok = c.from != 0;
  } else if (dates[0] == '<') {
    c.to = ParsePetrarchDate(std::string_view(dates).substr(1));
    c.ok = c.to != 0;
  } else {
    size_t dash = dates.find('-');
    if (dash == std::string::npos) {
      c.from = ParsePetrarchDate(dates);  // a lone date: from then on
      c.ok = c.from != 0;
    } else {
      c.from = ParsePetrarchDate(std::string_view(dates).substr(0, dash));
      c.to = ParsePetrarchDate(std::string_view(dates).substr(dash + 1));
      c.ok = c.from != 0 && c.to != 0 && c.from <= c.to;
    }
  }
  return c;
}

bool IsCountryCodeShape(std::string_view code) {
  if (code.size() != 3) return false;
  for (char c : code)
    if (!IsAsciiUpper(c)) return false;
  return true;
}

class ActorReader {
 public:
  ActorReader(std::string_view name, LexiconBuilder* b) : name_(name), b_(b) {
    stats_.file = std::string(name);
  }

  Status Read(std::string_view contents) {
    std::string utf8 = LatinToUtf8(contents);
    std::deque<std::string> owned;  // stable: lines are views into it
    for (const DictLine& l : CleanLines(utf8, &owned)) {
      std::string_view t = l.text;
      if (t[0] == '[') {
        size_t close = t.find(']');
        CodeSpec c = ParseCode(t.substr(1, close == std::string_view::npos
                                               ? std::string_view::npos
                                               : close - 1));
        if (!c.ok || group_.empty()) {
          ++stats_.skipped_lines;
          continue;
        }
        codes_.push_back(c);
        continue;
      }
      if (t[0] == '+') {
        if (group_.empty()) {
          ++stats_.skipped_lines;
          continue;
        }
        std::string n = NameOf(t.substr(1));
        if (!n.empty()) group_.back().names.push_back(n);
        continue;
      }
      // A root name: the previous actor is complete, unless it has no code
      // and this root follows it directly (then they share this one's).
      if (!codes_.empty() || l.blank_before) Flush();
      Root r;
      r.line = l.number;
      std::string_view name = t;
      size_t open = t.find('[');
      if (open != std::string_view::npos) {
        size_t close = t.find(']', open);
        CodeSpec c = ParseCode(t.substr(open + 1, close == std::string_view::npos
                                                      ? std::string_view::npos
                                                      : close - open - 1));
        name = t.substr(0, open);
        if (c.ok) codes_.push_back(c);
        else ++stats_.skipped_lines;
      }
      r.names.push_back(NameOf(name));
      if (r.names[0].empty()) {
        ++stats_.skipped_lines;
        continue;
      }
      group_.push_back(std::move(r));
    }
    Flush();
    b_->AddFileStats(stats_);
    return Status::Ok();
  }

 private:
  struct Root {
    int line = 0;
    std::vector<std::string> names;  // root name first, then synonyms
  };

  void Flush() {
    std::vector<CodeSpec> codes;
    for (CodeSpec& c : codes_)
      if (!c.code.empty()) codes.push_back(c);
    for (Root& r : group_) AddActor(r, codes);
    group_.clear();
    codes_.clear();
  }

  void AddActor(const Root& r, const std::vector<CodeSpec>& codes) {
    LexEntry e;
    e.source = std::string(name_) + ":" + std::to_string(r.line);
    e.flags = kEntryUser;
    for (const CodeSpec& c : codes) {
      if (c.dated) {
        Tenure t;
        t.code = c.code;
        t.from = c.from;
        t.to = c.to;
        e.tenures.push_back(std::move(t));
        ++stats_.tenures;
      } else if (e.code.empty()) {
        e.code = c.code;
      }
    }
    std::string first = e.code.empty() && !e.tenures.empty() ? e.tenures[0].code
                                                             : e.code;
    std::string prefix = first.substr(0, 3);
    // Each name is split into folded words once, for every lookup and for
    // the matcher.
    std::vector<std::string> root_words = SplitPhrase(r.names[0]);
    LexiconBuilder::NameLookup root = b_->LookUpName(root_words);
    const std::vector<uint32_t>& builtin = root.builtin_names;
    int32_t same = -1;
    for (uint32_t id : builtin) {
      const LexEntry& be = b_->entry(id);
      // A country or place of the same name is the same, whatever code the
      // dictionary gives it ("SOVIET_UNION [SUN]", "UKRAINE [USRUKR <910824]");
      // a person or organisation only when the country agrees.
      bool geo = be.type == EntityType::kCountry || be.type == EntityType::kPlace;
      if (geo || be.country.empty() || prefix.empty() || be.country == prefix ||
          be.code.compare(0, 3, prefix) == 0) {
        same = static_cast<int32_t>(id);
        break;
      }
    }
    // A root that is a built-in adjective ("UKRAINIAN", "SOVIET") names that
    // country, whatever code the dictionary gives it.
    bool adjective_root = false;
    if (same < 0) {
      const std::vector<uint32_t>& adj = root.builtin_adjectives;
      if (!adj.empty()) {
        same = static_cast<int32_t>(adj[0]);
        adjective_root = true;
      }
    }
    if (same >= 0) {
      const LexEntry& be = b_->entry(static_cast<uint32_t>(same));
      e.same_as = same;
      e.key = be.key;
      e.name = be.name;
      e.type = be.type;
      e.country = be.country;
      e.gender = be.gender;
      if (e.code.empty() && e.tenures.empty()) e.code = be.code;
    } else {
      e.name = TitleCase(r.names[0]);
      e.key = NameKey(e.name);
      e.type = InferType(r.names[0], e, first);
      if (IsCountryCodeShape(prefix) &&
          (b_->FindBuiltinCountry(prefix) >= 0 || e.type == EntityType::kCountry))
        e.country = prefix;
    }
    uint32_t id = b_->AddEntry(std::move(e));
    ++stats_.entries;
    for (std::string n : r.names) {
      // "THE_U.S.": the article is the entities stage's business.
      if (n.size() > 4 && (n.compare(0, 4, "THE ") == 0 || n.compare(0, 4, "the ") == 0))
        n = n.substr(4);
      std::vector<std::string> words =
          n == r.names[0] ? root_words : SplitPhrase(n);
      LexiconBuilder::NameLookup found = b_->LookUpName(words);
      // "SECRETARY_OF_STATE", "PRESIDENT": role nouns are agents, not names.
      if (found.agent) {
        ++stats_.skipped_lines;
        continue;
      }
      MentionForm form = adjective_root ? MentionForm::kAdjective : MentionForm::kName;
      // "+AFGHAN_" under AFGHANISTAN is the adjective the built-in knows.
      for (uint32_t bid : found.builtin_adjectives)
        if (same >= 0 && bid == static_cast<uint32_t>(same)) form = MentionForm::kAdjective;
      if (b_->AddAliasWords(id, words, form, PolicyFor(n))) ++stats_.aliases;
    }
  }

  CasePolicy PolicyFor(std::string_view n) const {
    bool has_lower = false;
    for (char c : n) has_lower = has_lower || IsAsciiLower(c);
    if (has_lower) return b_->PolicyFromSpelling(n);
    if (n.find(' ') == std::string_view::npos) {
      std::string f = Fold(n);
      if (f.size() <= 3 || (b_->WordClasses(f) & kWordCommon) != 0)
        return CasePolicy::kAcronym;
    }
    return CasePolicy::kProper;
  }

  EntityType InferType(std::string_view name, const LexEntry& e,
                       const std::string& code) const {
    if (!e.tenures.empty()) return EntityType::kPerson;
    size_t sp = name.find(' ');
    std::string first = Fold(name.substr(0, sp));
    const Agent* a = b_->FindAgentNoun(first);
    if (a != nullptr && a->title && sp != std::string_view::npos)
      return EntityType::kPerson;
    if (code.size() == 3 && IsCountryCodeShape(code)) {
      // A country of its own unless the built-in lexicon has it already.
      return b_->FindBuiltinCountry(code) >= 0 ? EntityType::kPlace
                                               : EntityType::kCountry;
    }
    return EntityType::kOrganization;
  }

  std::string_view name_;
  LexiconBuilder* b_;
  LexiconFileStats stats_;
  std::vector<Root> group_;
  std::vector<CodeSpec> codes_;
};

std::string RegularPluralUpper(const std::string& s) {
  if (s.empty()) return s;
  if (s.back() == 'Y') return s.substr(0, s.size() - 1) + "IES";
  if (s.back() == 'S') return s + "ES";
  return s + "S";
}

}  // namespace

int ParsePetrarchDate(std::string_view s) {
  int y = 0, m = 0, d = 0;
  auto digits = [&](size_t from, size_t n, int* out) {
    if (s.size() < from + n) return false;
    int v = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (!IsAsciiDigit(s[i])) return false;
      v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
  };
  if (s.size() > 7) {
    if (!digits(0, 4, &y) || !digits(4, 2, &m) || !digits(6, 2, &d)) return 0;
  } else {
    if (!digits(0, 2, &y) || !digits(2, 2, &m) || !digits(4, 2, &d)) return 0;
    y += y <= 30 ? 2000 : 1900;
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return 0;
  return y * 10000 + m * 100 + d;
}

std::string LatinToUtf8(std::string_view bytes) {
  if (IsValidUtf8(bytes)) return std::string(bytes);
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 16);
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    size_t end = nl == std::string_view::npos ? bytes.size() : nl + 1;
    std::string_view line = bytes.substr(pos, end - pos);
    if (IsValidUtf8(line)) {
      out.append(line);
    } else {
      for (unsigned char c : line) {
        if (c < 0x80) {
          out.push_back(static_cast<char>(c));
        } else {
          out.push_back(static_cast<char>(0xC0 | (c >> 6)));
          out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
      }
    }
    pos = end;
  }
  return out;
}

Status ReadPhoenixActors(std::string_view name, std::string_view contents,
                         LexiconBuilder* b) {
  ActorReader reader(name, b);
  return reader.Read(contents);
}

Status ReadPhoenixAgents(std::string_view name, std::string_view contents,
                         LexiconBuilder* b) {
  LexiconFileStats stats;
  stats.file = std::string(name);
  std::string utf8 = LatinToUtf8(contents);
  std::vector<std::pair<std::string, std::vector<std::string>>> subst;
  std::deque<std::string> owned;
  for (const DictLine& l : CleanLines(utf8, &owned)) {
    std::string_view t = l.text;
    size_t bang = t.find('!');
    if (bang != std::string_view::npos && t.find('=') != std::string_view::npos &&
        t.find('[') == std::string_view::npos) {
      size_t bang2 = t.find('!', bang + 1);
      size_t eq = t.find('=');
      if (bang2 == std::string_view::npos || eq < bang2) {
        ++stats.skipped_lines;
        continue;
      }
      std::vector<std::string> items;
      for (std::string_view item : Split(t.substr(eq + 1), ','))
        if (!TrimAscii(item).empty()) items.emplace_back(TrimAscii(item));
      subst.emplace_back(std::string(t.substr(bang + 1, bang2 - bang - 1)),
                         std::move(items));
      continue;
    }
    size_t open = t.find('[');
    if (open == std::string_view::npos) {
      ++stats.skipped_lines;
      continue;
    }
    size_t close = t.find_first_of("]}", open);
    std::string code = Upper(TrimAscii(
        t.substr(open + 1, close == std::string_view::npos ? std::string_view::npos
                                                           : close - open - 1)));
    Agent a;
    if (!code.empty() && code[0] == '~') {
      a.sector = code.substr(1);
    } else if (!code.empty() && code.back() == '~') {
      a.sector = code.substr(0, code.size() - 1);
      a.prefix = true;
    } else {
      a.sector = code;
    }
    if (a.sector.empty()) {
      ++stats.skipped_lines;
      continue;
    }
    std::string_view phrase = TrimAscii(t.substr(0, open));
    std::vector<std::string> singular, plural;
    bool explicit_plural = false;
    size_t brace = phrase.find('{');
    if (brace != std::string_view::npos) {
      size_t brace2 = phrase.find('}', brace);
      if (brace2 == std::string_view::npos) {
        ++stats.skipped_lines;
        continue;
      }
      std::string p = NameOf(phrase.substr(brace + 1, brace2 - brace - 1));
      if (!p.empty()) plural.push_back(p);
      explicit_plural = true;
      phrase = TrimAscii(phrase.substr(0, brace));
    }
    std::string base = NameOf(phrase);
    if (base.find('!') != std::string::npos) {
      size_t b1 = base.find('!');
      size_t b2 = base.find('!', b1 + 1);
      if (b2 == std::string::npos) {
        ++stats.skipped_lines;
        continue;
      }
      std::string marker = base.substr(b1 + 1, b2 - b1 - 1);
      auto it = std::find_if(subst.begin(), subst.end(),
                             [&](const auto& s) { return s.first == marker; });
      if (it == subst.end()) {
        ++stats.skipped_lines;
        continue;
      }
      for (const std::string& item : it->second)
        singular.push_back(NameOf(base.substr(0, b1) + item + base.substr(b2 + 1)));
      explicit_plural = true;  // substitution sets carry their own plurals
    } else {
      singular.push_back(base);
      if (!explicit_plural) plural.push_back(RegularPluralUpper(base));
    }
    if (singular.empty() || singular[0].empty()) {
      ++stats.skipped_lines;
      continue;
    }
    a.noun = ToLowerAscii(singular[0]);
    a.source = std::string(name) + ":" + std::to_string(l.number);
    // Kind, roles and title come from the built-in agent of the same noun.
    if (const Agent* known = b->FindAgentNoun(singular[0])) {
      a.kind = known->kind;
      a.roles = known->roles;
      a.title = known->title;
    } else {
      a.kind = AgentKind::kPerson;
    }
    uint32_t id = b->AddAgent(a);
    ++stats.agents;
    for (const std::string& s : singular) b->AddAgentForm(id, s, false);
    for (const std::string& p : plural) b->AddAgentForm(id, p, true);
  }
  b->AddFileStats(stats);
  return Status::Ok();
}

}  // namespace newsmill
