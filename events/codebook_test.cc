// The project's CAMEO codebook against the field's own tables, read in
// place from ../shared/dictionaries (cameo/ for names and Goldstein values,
// plover/ for the CAMEO -> PLOVER mapping). Any disagreement fails.
#include "events/codebook.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "base/embedded_data.h"
#include "base/strings.h"

namespace newsmill {
namespace {

std::unique_ptr<Codebook> Builtin() {
  auto book = Codebook::Load("");
  EXPECT_TRUE(book.ok()) << book.status().ToString();
  return book.ok() ? std::move(book.value()) : nullptr;
}

TEST(Codebook, HasEveryRootWithItsQuadClass) {
  auto book = Builtin();
  ASSERT_TRUE(book);
  const int quads[21] = {0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3,
                         3, 3, 3, 3, 4, 4, 4, 4, 4, 4};
  for (int r = 1; r <= 20; ++r) {
    char root[3];
    std::snprintf(root, sizeof root, "%02d", r);
    const CameoCode* c = book->Find(root);
    ASSERT_NE(c, nullptr) << root;
    EXPECT_EQ(c->quad, quads[r]) << root;
    EXPECT_EQ(c->root, root);
  }
  EXPECT_GT(book->codes().size(), 300u);
}

TEST(Codebook, FillsEventFields) {
  auto book = Builtin();
  ASSERT_TRUE(book);
  Event e;
  book->Fill("112", &e);
  EXPECT_EQ(e.code, "112");
  EXPECT_EQ(e.root, "11");
  EXPECT_EQ(e.quad, 3);
  EXPECT_DOUBLE_EQ(e.goldstein, -2.0);
  EXPECT_EQ(e.plover, "ACCUSE");
  book->Fill("043", &e);
  EXPECT_EQ(e.root, "04");
  EXPECT_EQ(e.quad, 1);
  EXPECT_EQ(e.plover, "CONSULT");
  book->Fill("010", &e);
  EXPECT_EQ(e.plover, "");  // statements have no PLOVER type
}

TEST(Codebook, UnknownCodeKeepsRoot) {
  auto book = Builtin();
  ASSERT_TRUE(book);
  Event e;
  book->Fill("19X", &e);
  EXPECT_EQ(e.code, "19X");
  EXPECT_EQ(e.root, "19");
  EXPECT_EQ(e.quad, 4);
  EXPECT_EQ(e.plover, "ASSAULT");
}

TEST(Codebook, RejectsBrokenLines) {
  struct Case {
    const char* text;
    const char* message_part;
  } cases[] = {
      {"01\t0.0\tNAME ONLY\n", "4 tab-separated"},
      {"1x\t0.0\t-\tx\n", "bad code"},
      {"01\tabc\t-\tx\n", "Goldstein"},
      {"01\t0.0\t-\tx\n01\t0.0\t-\tx\n", "twice"},
      {"21\t0.0\t-\tx\n", "root"},
      {"# only a comment\n", "no codes"},
  };
  for (const Case& c : cases) {
    auto r = Codebook::Parse(c.text, "t.tsv");
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_NE(r.status().message().find(c.message_part), std::string::npos)
        << r.status().message();
  }
}

// ---- Against the published tables ------------------------------------------

std::string SharedDir() { return NEWSMILL_SHARED_DIR "/dictionaries"; }

// code -> second field of a GDELT lookup file (header line skipped).
std::map<std::string, std::string> ReadLookup(const std::string& path) {
  std::map<std::string, std::string> out;
  auto text = ReadFileToString(path);
  if (!text.ok()) return out;
  bool header = true;
  for (std::string_view line : Split(*text, '\n')) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (header) {
      header = false;
      continue;
    }
    auto f = Split(line, '\t');
    if (f.size() >= 2) out[std::string(f[0])] = std::string(f[1]);
  }
  return out;
}

// Lower-case letters only, with "not specified below" (and GDELT's "not
// spec below") dropped: the lookup file has typos and mojibake ("matyerial",
// a mangled 'third'), so names are compared letter by letter within a small
// edit distance.
std::string Letters(std::string_view s) {
  std::string t = ToLowerAscii(s);
  for (const char* drop : {"not specified below", "not spec below"}) {
    size_t p = t.find(drop);
    if (p != std::string::npos) t.erase(p, std::string_view(drop).size());
  }
  std::string out;
  for (char c : t)
    if (IsAsciiAlpha(c)) out += c;
  return out;
}

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1,
                         prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

TEST(CodebookAgainstShared, CodesNamesAndGoldsteinMatchTheCameoTables) {
  std::string names_path = SharedDir() + "/cameo/CAMEO.eventcodes.txt";
  std::string gold_path = SharedDir() + "/cameo/CAMEO.goldsteinscale.txt";
  if (!std::filesystem::exists(names_path) || !std::filesystem::exists(gold_path))
    GTEST_SKIP() << "../shared/dictionaries/cameo not present; skipped";
  auto book = Builtin();
  ASSERT_TRUE(book);
  auto names = ReadLookup(names_path);
  auto goldstein = ReadLookup(gold_path);
  ASSERT_GT(names.size(), 300u);
  std::set<std::string> ours;
  for (const CameoCode& c : book->codes()) ours.insert(c.code);
  for (const auto& [code, name] : names) {
    const CameoCode* c = book->Find(code);
    if (!c) {
      ADD_FAILURE() << "code " << code << " (" << name << ") missing";
      continue;
    }
    std::string a = Letters(c->name), b = Letters(name);
    EXPECT_LE(EditDistance(a, b), 2u)
        << code << ": ours '" << c->name << "', published '" << name << "'";
    ASSERT_TRUE(goldstein.count(code)) << code;
    EXPECT_DOUBLE_EQ(c->goldstein, std::strtod(goldstein[code].c_str(), nullptr))
        << code << " Goldstein";
    ours.erase(code);
  }
  for (const std::string& extra : ours) ADD_FAILURE() << "code " << extra << " not published";
}

TEST(CodebookAgainstShared, PloverTypesMatchCameo2Plover) {
  std::string path = SharedDir() + "/plover/CAMEO2PLOVER-2021.txt";
  if (!std::filesystem::exists(path))
    GTEST_SKIP() << "../shared/dictionaries/plover not present; skipped";
  auto book = Builtin();
  ASSERT_TRUE(book);
  auto text = ReadFileToString(path);
  ASSERT_TRUE(text.ok());
  // "030: AGREE,  , diplomatic # ..." ; a code may be listed twice ("08").
  std::map<std::string, std::set<std::string>> table;
  for (std::string_view line : Split(*text, '\n')) {
    size_t colon = line.find(':');
    if (line.empty() || !IsAsciiDigit(line[0]) || colon == std::string_view::npos) continue;
    std::string code(TrimAscii(line.substr(0, colon)));
    std::string_view rest = TrimAscii(line.substr(colon + 1));
    size_t end = 0;
    while (end < rest.size() && (IsAsciiUpper(rest[end]) || rest[end] == '_')) ++end;
    table[code].insert(std::string(rest.substr(0, end)));
  }
  ASSERT_GT(table.size(), 250u);
  for (const CameoCode& c : book->codes()) {
    auto it = table.find(c.code);
    if (it == table.end()) {
      EXPECT_EQ(c.plover, "") << c.code << " is not in CAMEO2PLOVER";
    } else {
      EXPECT_TRUE(it->second.count(c.plover))
          << c.code << ": ours '" << c.plover << "', published '"
          << *it->second.begin() << "'";
    }
  }
}

}  // namespace
}  // namespace newsmill
