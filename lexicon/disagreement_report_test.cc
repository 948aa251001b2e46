// Where the built-in lexicon disagrees with the field's dictionaries
// (CountryInfo and the Phoenix actor files), read in place. This is a report
// to act on, not a test of equality: the dictionaries are older (2012-2014)
// and have their own errors, so differences never fail the test. Run the
// binary (or ctest -V) to read it; set NEWSMILL_REPORT=FILE to also write it
// to a file.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "base/date.h"
#include "base/embedded_data.h"
#include "base/strings.h"
#include "lexicon/lexicon.h"

namespace newsmill {
namespace {

std::string SharedDir() { return NEWSMILL_SHARED_DIR; }

void Emit(const std::string& text) {
  std::fputs(text.c_str(), stdout);
  if (const char* path = std::getenv("NEWSMILL_REPORT")) {
    if (FILE* f = std::fopen(path, "a")) {
      std::fputs(text.c_str(), f);
      std::fclose(f);
    }
  }
}

std::string Pretty(std::string_view raw) {
  std::string out;
  for (char c : raw) out.push_back(c == '_' ? ' ' : c);
  return std::string(TrimAscii(out));
}

// The body of <tag>...</tag> inside `block`, or "".
std::string_view Tag(std::string_view block, std::string_view tag) {
  std::string open = "<" + std::string(tag) + ">";
  std::string close = "</" + std::string(tag) + ">";
  size_t a = block.find(open);
  if (a == std::string_view::npos) return {};
  a += open.size();
  size_t b = block.find(close, a);
  if (b == std::string_view::npos) return {};
  return block.substr(a, b - a);
}

std::vector<std::string> TagLines(std::string_view block, std::string_view tag) {
  std::vector<std::string> out;
  for (std::string_view line : Split(Tag(block, tag), '\n')) {
    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    std::string p = Pretty(line);
    if (!p.empty()) out.push_back(p);
  }
  return out;
}

const Lexicon& BuiltinOnly() {
  static const Lexicon* lex = Lexicon::Load(LexiconOptions{}).value().release();
  return *lex;
}

bool IsCountryEntry(const Lexicon& lex, uint32_t id, std::string_view code) {
  const LexEntry& e = lex.entry(id);
  return e.country == code || e.code.compare(0, 3, code) == 0;
}

TEST(DisagreementReport, CountryInfo) {
  std::string path = SharedDir() + "/dictionaries/countryinfo/CountryInfo.120116.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not present";
  std::string data = LatinToUtf8(ReadFileToString(path).value());
  const Lexicon& lex = BuiltinOnly();
  std::ostringstream r;
  r << "\n==== Built-in lexicon vs CountryInfo.120116.txt ====\n";
  int countries = 0, missing = 0, name_diff = 0, capital_diff = 0;
  int nat_same = 0, nat_other = 0, nat_unknown = 0;
  // Skip the documentation block at the top (it describes the tags).
  size_t pos = data.find("-->");
  pos = pos == std::string::npos ? 0 : pos;
  while ((pos = data.find("<Country>", pos)) != std::string::npos) {
    size_t end = data.find("</Country>", pos);
    if (end == std::string::npos) break;
    std::string_view block(data.data() + pos, end - pos);
    pos = end;
    // CountryCode may be compound ("USAASM", "[YUGBIH <...][BIH >...]") and
    // ISO3166-alpha3 has a few slips; accept a built-in country under any.
    std::string name = Pretty(Tag(block, "CountryName"));
    std::vector<std::string> codes;
    std::string alpha3 = Pretty(Tag(block, "ISO3166-alpha3"));
    if (alpha3.size() == 3) codes.push_back(alpha3);
    std::string cc = Pretty(Tag(block, "CountryCode"));
    for (size_t i = 0; i < cc.size();) {
      size_t j = i;
      while (j < cc.size() && IsAsciiUpper(cc[j])) ++j;
      if (j - i >= 3 && (j - i) % 3 == 0) codes.push_back(cc.substr(j - 3, 3));
      i = j == i ? i + 1 : j;
    }
    if (codes.empty() || name.empty()) continue;
    ++countries;
    int32_t id = -1;
    std::string code;
    for (const std::string& c : codes) {
      if (id < 0 && lex.FindCountry(c) >= 0) {
        id = lex.FindCountry(c);
        code = c;
      }
    }
    if (id < 0) {
      ++missing;
      r << "  country " << cc << " (" << name << "): not in the built-in lexicon\n";
      continue;
    }
    bool named = false;
    for (uint32_t e : lex.FindEntries(name)) named |= IsCountryEntry(lex, e, code);
    if (!named) {
      ++name_diff;
      r << "  country " << code << ": CountryInfo name '" << name
        << "' is not a built-in name of " << lex.entry(id).name << "\n";
    }
    std::vector<std::string> caps = TagLines(block, "Capital");
    if (!caps.empty()) {
      bool found = false;
      for (const std::string& c : caps)
        for (uint32_t e : lex.FindEntries(c))
          found |= lex.entry(e).type == EntityType::kPlace && lex.entry(e).country == code;
      if (!found) {
        ++capital_diff;
        r << "  capital of " << code << ": CountryInfo '" << caps[0]
          << "' is not a built-in place of " << code << "\n";
      }
    }
    for (const std::string& n : TagLines(block, "Nationality")) {
      std::vector<uint32_t> ids = lex.FindEntries(n, /*adjectives=*/true);
      if (ids.empty()) {
        ++nat_unknown;
        continue;
      }
      bool same = false;
      for (uint32_t e : ids) same |= IsCountryEntry(lex, e, code);
      if (same) {
        ++nat_same;
      } else {
        ++nat_other;
        r << "  nationality '" << n << "' of " << code << ": built-in says "
          << lex.entry(ids[0]).name << " (" << lex.entry(ids[0]).code << ")\n";
      }
    }
  }
  r << "  -- summary: " << countries << " countries; " << missing
    << " missing; " << name_diff << " names not known; " << capital_diff
    << " capitals differ; nationality/synonym forms: " << nat_same
    << " agree, " << nat_other << " name another actor, " << nat_unknown
    << " unknown (spelling variants the built-in lexicon does not list)\n";
  Emit(r.str());
  EXPECT_GT(countries, 50);
}

TEST(DisagreementReport, PhoenixActors) {
  std::string dir = SharedDir() + "/dictionaries/petrarch2";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << dir << " not present";
  LexiconOptions o;
  o.user_dirs = {dir};
  auto loaded = Lexicon::Load(o);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  const Lexicon& lex = **loaded;
  // The Phoenix files were generated on 2014-01-30: compare up to then.
  constexpr int kFirst = 20000101, kLast = 20140130;
  std::ostringstream r;
  r << "\n==== Built-in lexicon vs Phoenix actor dictionaries (dates "
    << kFirst << ".." << kLast << ") ====\n";
  std::map<std::string, int> agree, disagree;
  std::set<uint32_t> seen_builtin;
  for (uint32_t i = 0; i < lex.entry_count(); ++i) {
    const LexEntry& u = lex.entry(i);
    if (!(u.flags & kEntryUser) || u.same_as < 0) continue;
    const LexEntry& b = lex.entry(static_cast<uint32_t>(u.same_as));
    seen_builtin.insert(static_cast<uint32_t>(u.same_as));
    std::string kind(EntityTypeName(b.type));
    std::vector<int> probes;
    for (const Tenure& t : b.tenures) {
      int from = std::max(t.from == 0 ? kFirst : t.from, kFirst);
      int to = std::min(t.to == 0 ? kLast : t.to, kLast);
      if (from > to) continue;
      Date a{from / 10000, from / 100 % 100, from % 100};
      Date z{to / 10000, to / 100 % 100, to % 100};
      probes.push_back(Date::FromDays((a.ToDays() + z.ToDays()) / 2).ToInt());
    }
    if (b.tenures.empty()) probes.push_back(kLast);
    for (int d : probes) {
      std::string bc = Lexicon::CodeAt(b, d), uc = Lexicon::CodeAt(u, d);
      if (uc.empty() || bc.empty()) continue;
      if (bc == uc) {
        ++agree[kind];
      } else {
        ++disagree[kind];
        r << "  " << kind << " " << b.name << " on " << d << ": built-in " << bc
          << " (" << b.source << "), Phoenix " << uc << " ("
          << u.source.substr(u.source.rfind('/') + 1) << ")\n";
      }
    }
  }
  // Built-in international organisations Phoenix does not name at all.
  int igo_unknown = 0;
  for (uint32_t i = 0; i < lex.entry_count(); ++i) {
    const LexEntry& e = lex.entry(i);
    if ((e.flags & kEntryUser) || seen_builtin.count(i)) continue;
    if (StartsWith(e.code, "IGO") && e.type == EntityType::kOrganization) {
      ++igo_unknown;
      r << "  organisation " << e.name << " (" << e.code
        << "): no Phoenix entry of that name\n";
    }
  }
  r << "  -- summary (code comparisons of actors both name):";
  for (const char* k : {"COUNTRY", "PLACE", "ORGANIZATION", "PERSON"})
    r << " " << k << " " << agree[k] << " agree / " << disagree[k] << " differ;";
  r << " built-in organisations with IGO codes unknown to Phoenix: " << igo_unknown
    << "\n";
  Emit(r.str());
}

}  // namespace
}  // namespace newsmill
