// Tests of the scanner's token shapes, the rule file parser (its errors name
// the file and line) and the number parser.
#include "time/time_grammar.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>

#include "base/embedded_data.h"
#include "base/strings.h"
#include "time/time_scanner.h"

namespace newsmill {
namespace {

const char kVocab[] =
    "# test vocabulary\n"
    "feb.\tMONTH\t2\n"
    "february\tMONTH\t2\n"
    "tuesday\tWEEKDAY\t2\n"
    "week\tUNIT\tW\n"
    "weeks\tUNITS\tW\n"
    "last\tREL\t-1\n"
    "two\tNUMWORD\t2\n"
    "twenty\tNUMWORD\t20\n"
    "five\tNUMWORD\t5\n"
    "hundred\tNUMWORD\t100\n"
    "million\tNUMWORD\t1000000\n"
    "dozen\tNUMWORD\t12\n"
    "first\tORDWORD\t1\n"
    "p.m.\tAMPM\t12\n";

std::unique_ptr<TimeGrammar> Grammar(std::string_view rules) {
  auto g = TimeGrammar::FromText({{"test.tsv", kVocab}}, rules);
  EXPECT_TRUE(g.ok()) << g.status().ToString();
  return g.ok() ? std::move(g.value()) : nullptr;
}

std::vector<TimeToken> Scan(const TimeGrammar& g, std::string_view text) {
  std::vector<TimeToken> toks;
  ScanTimeTokens(text, 0, static_cast<uint32_t>(text.size()), g.vocab(),
                 &toks);
  return toks;
}

TEST(TimeScanner, ShapesNumbersAndKeepsOffsets) {
  auto g = Grammar("MONTH => DATE m=MONTH\n");
  ASSERT_TRUE(g);
  std::string text =
      "On Feb. 1 2022-02-01 02/01/2022 15:00 1990s '98 3rd 100,000 1.5 10-20 "
      "Q3 FY2007 3pm";
  std::vector<TimeToken> t = Scan(*g, text);
  auto text_of = [&](const TimeToken& k) {
    return text.substr(k.begin, k.end - k.begin);
  };
  ASSERT_GE(t.size(), 16u);
  EXPECT_EQ(text_of(t[1]), "Feb.");  // the vocabulary knows "feb."
  EXPECT_TRUE(t[1].Has(kTcMonth));
  EXPECT_TRUE(t[2].Has(kTcDayNum));
  EXPECT_TRUE(t[3].Has(kTcIsoDate));
  EXPECT_EQ(t[3].a * 10000 + t[3].b * 100 + t[3].c, 20220201);
  EXPECT_TRUE(t[4].Has(kTcSlashDate));
  EXPECT_EQ(t[4].b, 2);  // month first
  EXPECT_TRUE(t[5].Has(kTcClock));
  EXPECT_EQ(t[5].a, 15);
  EXPECT_TRUE(t[6].Has(kTcDecade));
  EXPECT_EQ(t[6].a, 199);
  EXPECT_TRUE(t[7].Has(kTcYear2));
  EXPECT_TRUE(t[8].Has(kTcOrdNum));
  EXPECT_TRUE(t[9].Has(kTcNumber));
  EXPECT_DOUBLE_EQ(t[9].num, 100000);
  EXPECT_DOUBLE_EQ(t[10].num, 1.5);
  EXPECT_TRUE(t[11].Has(kTcRange));
  EXPECT_EQ(t[11].b, 20);
  EXPECT_TRUE(t[12].Has(kTcQuarterTok));
  EXPECT_TRUE(t[13].Has(kTcFiscalTok));
  EXPECT_EQ(t[13].a, 2007);
  EXPECT_EQ(text_of(t[14]), "3");
  EXPECT_EQ(text_of(t[15]), "pm");
  EXPECT_FALSE(t[15].HasFlag(TimeToken::kSpaceBefore));
}

TEST(TimeScanner, WordsOfEveryLengthAreLookedUpWhole) {
  // The fast path reads a word's letters sixteen bytes at a time: words of
  // 1 to 20 letters (vocabulary words and others, any case) between marks,
  // near the end of the buffer too, are one token each, with the entry of
  // their lower-cased text (none past 16 letters), and the marks of the
  // space before every token are right.
  auto made = TimeGrammar::Create("");
  ASSERT_TRUE(made.ok()) << made.status().ToString();
  const TimeVocabulary& v = (*made)->vocab();
  std::vector<std::string> pool;
  for (size_t id = 0; id < v.size(); ++id) {
    const std::string& k = v.entry(static_cast<int32_t>(id)).key;
    if (!k.empty() && std::all_of(k.begin(), k.end(), IsAsciiLower))
      pool.push_back(k);
  }
  const std::vector<std::string> marks = {" ", ", ", " - ", "; ", "\n",
                                          ") (", "  ", "\"", ":"};
  std::mt19937 rng(3);
  for (int n = 0; n < 3000; ++n) {
    std::string text;
    std::vector<std::string> words;
    const int count = 1 + static_cast<int>(rng() % 8);
    for (int w = 0; w < count; ++w) {
      std::string word;
      if (rng() % 2 == 0) {
        word = pool[rng() % pool.size()];
      } else {
        const size_t len = 1 + rng() % 20;
        for (size_t k = 0; k < len; ++k)
          word += static_cast<char>('a' + rng() % 26);
      }
      for (char& c : word)
        if (rng() % 4 == 0) c = AsciiUpper(c);
      if (w > 0) text += marks[rng() % marks.size()];
      text += word;
      words.push_back(word);
    }
    std::vector<TimeToken> t = Scan(**made, text);
    std::vector<std::string> found;
    for (const TimeToken& k : t) {
      // The first token, and every one after a space, has a space before.
      EXPECT_EQ(k.HasFlag(TimeToken::kSpaceBefore),
                k.begin == 0 || IsAsciiSpace(text[k.begin - 1]))
          << k.begin << " in " << text;
      if (k.kind != TimeTokenKind::kWord) continue;
      std::string word = text.substr(k.begin, k.end - k.begin);
      found.push_back(word);
      std::string lower = word;
      for (char& c : lower) c = AsciiLower(c);
      EXPECT_EQ(k.entry, v.Find(lower)) << word << " in " << text;
      if (k.entry >= 0) {
        EXPECT_EQ(k.classes & v.ClassesOf(k.entry), v.ClassesOf(k.entry));
      }
      EXPECT_EQ(k.HasFlag(TimeToken::kCapitalized), IsAsciiUpper(word[0]));
    }
    EXPECT_EQ(found, words) << text;
  }
}

TEST(TimeScanner, SplitsHyphensAndPossessives) {
  auto g = Grammar("MONTH => DATE m=MONTH\n");
  ASSERT_TRUE(g);
  std::string text = "a 12-year plan, Tuesday's vote, p.m. and U.S. ties";
  std::vector<TimeToken> t = Scan(*g, text);
  std::vector<std::string> words;
  for (const TimeToken& k : t) words.emplace_back(text.substr(k.begin, k.end - k.begin));
  std::vector<std::string> want = {"a", "12", "-", "year", "plan", ",",
                                   "Tuesday", "'s", "vote", ",", "p.m.",
                                   "and", "U.S", ".", "ties"};
  EXPECT_EQ(words, want);
}

TEST(TimeGrammar, RuleErrorsNameTheLine) {
  struct {
    const char* rules;
    const char* message;
  } cases[] = {
      {"MONTH DATE m=MONTH\n", "rules.txt:1: expected '=>'"},
      {"\n\nNOSUCH => DATE\n", "rules.txt:3: unknown class 'NOSUCH'"},
      {"MONTH => WHEN m=MONTH\n", "rules.txt:1: unknown type 'WHEN'"},
      {"MONTH => DATE zz=1\n", "rules.txt:1: unknown field 'zz'"},
      {"MONTH => DATE d=DAYNUM\n", "which the pattern does not have"},
      {"MONTH? => DATE\n", "every span element is optional"},
      {"[NUM] MONTH => DATE\n", "NUM and ORD stand alone"},
      {"@NOPE MONTH => DATE\n", "unknown macro '@NOPE'"},
  };
  for (const auto& c : cases) {
    auto g = TimeGrammar::FromText({{"test.tsv", kVocab}}, c.rules);
    ASSERT_FALSE(g.ok()) << c.rules;
    EXPECT_NE(g.status().message().find(c.message), std::string::npos)
        << g.status().message();
  }
}

TEST(TimeGrammar, VocabularyErrorsNameTheLine) {
  auto g = TimeGrammar::FromText({{"v.tsv", "week\tUNIT\tW\nfoo\tBAR\t1\n"}},
                                 "UNIT => DATE\n");
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().message().find("v.tsv:2: unknown class 'BAR'"),
            std::string::npos);
  g = TimeGrammar::FromText({{"v.tsv", "Week\tUNIT\tW\n"}}, "UNIT => DATE\n");
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().message().find("lower case"), std::string::npos);
}

TEST(TimeVocabulary, LookupFindsEveryWordAndNothingElse) {
  // Enough words that many share a slot and entries move (cuckoo hashing),
  // and the table is rebuilt as it grows.
  TimeVocabulary v;
  std::string file;
  std::vector<std::string> words;
  for (int n = 0; n < 5000; ++n) {
    std::string w;
    for (int k = n; k > 0 || w.empty(); k /= 26)
      w += static_cast<char>('a' + k % 26);
    if (n % 7 == 0) w += std::string(16 - std::min<size_t>(w.size(), 16), 'x');
    words.push_back(w);
    file += w + "\t" + (n % 2 ? "UNIT\tD\n" : "NUMWORD\t3\n");
  }
  ASSERT_TRUE(v.Load(file, "v.tsv").ok());
  v.Finalize();
  for (size_t n = 0; n < words.size(); ++n) {
    const int32_t id = v.Find(words[n]);
    ASSERT_GE(id, 0) << words[n];
    EXPECT_EQ(v.entry(id).key, words[n]);
    TimeVocabulary::Hit hit = v.Lookup(TimeVocabulary::Pack(words[n]));
    EXPECT_EQ(hit.id, id) << words[n];
    EXPECT_EQ(hit.classes, v.ClassesOf(id)) << words[n];
    EXPECT_EQ(hit.classes, uint64_t{1} << (n % 2 ? kTcUnit : kTcNumWord));
    // Absent: one letter more or less, or a key too long for any word.
    for (const std::string& other :
         {words[n] + "!", words[n].substr(0, words[n].size() - 1) + "!",
          std::string(17, 'a')}) {
      EXPECT_EQ(v.Find(other), -1) << other;
      hit = v.Lookup(TimeVocabulary::Pack(other));
      EXPECT_EQ(hit.id, -1) << other;
      EXPECT_EQ(hit.classes, 0u) << other;
    }
  }
}

TEST(TimeGrammar, LongestMatchWinsAndContextIsOutsideTheSpan) {
  auto g = Grammar(
      "WEEKDAY => DATE wd=WEEKDAY\n"
      "WEEKDAY ,? MONTH DAYNUM => DATE wd=WEEKDAY m=MONTH d=DAYNUM\n"
      "[for] UNITS => DURATION n=X unit=UNITS\n");
  ASSERT_TRUE(g);
  std::string text = "On Tuesday, Feb. 1 they talked for weeks, not weeks.";
  std::vector<TimeToken> t = Scan(*g, text);
  std::vector<TimeMatch> m;
  g->Match(t, &m);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(text.substr(t[m[0].tok_begin].begin,
                        t[m[0].tok_end - 1].end - t[m[0].tok_begin].begin),
            "Tuesday, Feb. 1");
  EXPECT_EQ(m[0].frame.get(FrameField::kDay), 1);
  EXPECT_EQ(text.substr(t[m[1].tok_begin].begin,
                        t[m[1].tok_end - 1].end - t[m[1].tok_begin].begin),
            "weeks");
}

TEST(TimeGrammar, ParsesCardinals) {
  auto g = Grammar("UNIT => DATE\n");
  ASSERT_TRUE(g);
  struct {
    const char* text;
    double value;
    size_t tokens;
  } cases[] = {
      {"100,000 troops", 100000, 1},
      {"1.5 million barrels", 1500000, 2},
      {"two hundred", 200, 2},
      {"twenty-five", 25, 3},
      {"two dozen", 24, 2},
      {"a dozen eggs", 12, 2},
      {"2 1/2 years", 2.5, 2},
      {"two and a half", 2.5, 4},
      {"five million", 5000000, 2},
  };
  for (const auto& c : cases) {
    std::vector<TimeToken> t = Scan(*g, c.text);
    double v = 0;
    uint32_t end = g->ParseCardinal(t, 0, static_cast<uint32_t>(t.size()), &v);
    EXPECT_DOUBLE_EQ(v, c.value) << c.text;
    EXPECT_EQ(end, c.tokens) << c.text;
  }
}

// Match's indexes and filters (anchor sets, the tokens that may stand beside
// an anchor, start masks, the window) only rule out what cannot match: its
// matches are those of the slow definition.
std::string Differences(const TimeGrammar& g, std::string_view text,
                        uint32_t begin, uint32_t end) {
  std::vector<TimeToken> toks;
  ScanTimeTokens(text, begin, end, g.vocab(), &toks);
  std::vector<TimeMatch> fast, slow;
  g.Match(toks, &fast);
  g.MatchSlowly(toks, &slow);
  auto describe = [&](const std::vector<TimeMatch>& ms) {
    std::string out;
    for (const TimeMatch& m : ms) {
      out += "[" + std::string(text.substr(toks[m.tok_begin].begin,
                                           toks[m.tok_end - 1].end -
                                               toks[m.tok_begin].begin)) +
             " " + g.RuleName(m.rule);
      for (int f = 0; f < static_cast<int>(FrameField::kNumFields); ++f)
        if (IsSet(m.frame.f[f]))
          out += " " + std::to_string(f) + "=" + std::to_string(m.frame.f[f]);
      out += "] ";
    }
    return out;
  };
  std::string a = describe(fast), b = describe(slow);
  if (a == b) return "";
  return std::string(text.substr(begin, end - begin)) + "\n  fast: " + a +
         "\n  slow: " + b;
}

TEST(TimeGrammar, MatchFindsWhatTheSlowDefinitionFinds) {
  auto made = TimeGrammar::Create("");
  ASSERT_TRUE(made.ok()) << made.status().ToString();
  const TimeGrammar& g = **made;
  // Every vocabulary word (lower case and capitalised) among numbers of
  // every shape, marks and filler words, in random order.
  std::vector<std::string> pool = {
      "1",    "3",        "12",   "31",       "2022",  "1998",     "0800",
      "15:00", "9:30",    "3rd",  "21st",     "1990s", "'98",      "'90s",
      "1/2",  "02/01/2022", "2022-02-01", "10-20", "100,000", "1.5",
      "Q3",   "FY2021",   "H1",   ",",        "-",     "'s",       ".",
      "(",    "\u2014",   "the",  "a",        "an",    "of",       "and",
      "in",   "on",       "said", "will",     "people", "it",      "%",
      "$",    "\u00a3",   "x"};
  const TimeVocabulary& v = g.vocab();
  for (size_t id = 0; id < v.size(); ++id) {
    std::string k = v.entry(static_cast<int32_t>(id)).key;
    if (k.empty()) continue;
    pool.push_back(k);
    k[0] = static_cast<char>(AsciiUpper(k[0]));
    pool.push_back(k);
  }
  std::mt19937 rng(11);
  int with_matches = 0;
  for (int n = 0; n < 40000; ++n) {
    std::string s;
    int words = 1 + static_cast<int>(rng() % 14);
    for (int w = 0; w < words; ++w) {
      if (!s.empty() && rng() % 5 != 0) s += ' ';
      s += pool[rng() % pool.size()];
    }
    std::string diff = Differences(g, s, 0, static_cast<uint32_t>(s.size()));
    ASSERT_EQ(diff, "");
    std::vector<TimeToken> toks = Scan(g, s);
    std::vector<TimeMatch> m;
    g.Match(toks, &m);
    with_matches += !m.empty();
  }
  EXPECT_GT(with_matches, 8000);
}

TEST(TimeGrammar, MatchFindsWhatTheSlowDefinitionFindsInNews) {
  // Every fifth article of the BBC corpus, when ../shared has it.
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(NEWSMILL_SHARED_DIR) / "corpora/bbc-news";
  if (!fs::is_directory(dir)) GTEST_SKIP() << dir << " not found";
  auto made = TimeGrammar::Create("");
  ASSERT_TRUE(made.ok()) << made.status().ToString();
  const TimeGrammar& g = **made;
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".txt")
      files.push_back(e.path());
  std::sort(files.begin(), files.end());
  size_t lines = 0;
  for (size_t f = 0; f < files.size(); f += 5) {
    auto text = ReadFileToString(files[f].string());
    ASSERT_TRUE(text.ok());
    size_t b = 0;
    while (b < text->size()) {
      size_t e = std::min(text->find('\n', b), text->size());
      if (e > b && g.MayHaveMatches(*text, static_cast<uint32_t>(b),
                                    static_cast<uint32_t>(e))) {
        ++lines;
        ASSERT_EQ(Differences(g, *text, static_cast<uint32_t>(b),
                              static_cast<uint32_t>(e)),
                  "")
            << files[f];
      }
      b = e + 1;
    }
  }
  EXPECT_GT(lines, 1000u);
}

}  // namespace
}  // namespace newsmill
