// The token trie checked against a naive scan on generated input, plus
// table-driven cases for case-aware matching.
#include "lexicon/matcher.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace newsmill {
namespace {

constexpr uint32_t kConnector = 1;

// The obviously-correct reference: every phrase compared at every position.
struct NaiveMatcher {
  const PhraseMatcher& m;

  void FindAll(const std::vector<uint32_t>& words,
               const std::vector<CaseShape>& shapes,
               std::vector<std::pair<PhraseMatch, std::vector<uint32_t>>>* out) const {
    for (size_t i = 0; i < words.size(); ++i) {
      size_t best = 0;
      std::vector<uint32_t> fits;
      for (uint32_t p = 0; p < m.phrase_count(); ++p) {
        std::span<const uint32_t> pw = m.phrase_words(p);
        if (pw.empty() || i + pw.size() > words.size()) continue;
        if (!std::equal(pw.begin(), pw.end(), words.begin() + i)) continue;
        if (!m.CaseFits(m.phrase_info(p).policy,
                        std::span<const uint32_t>(words).subspan(i, pw.size()),
                        std::span<const CaseShape>(shapes).subspan(i, pw.size())))
          continue;
        if (pw.size() > best) {
          best = pw.size();
          fits.clear();
        }
        if (pw.size() == best) fits.push_back(p);
      }
      if (best > 0) {
        PhraseMatch pm{static_cast<uint32_t>(i), static_cast<uint32_t>(i + best), 0, 0};
        out->emplace_back(pm, fits);
      }
    }
  }
};

std::vector<std::pair<PhraseMatch, std::vector<uint32_t>>> Collect(
    const std::vector<PhraseMatch>& matches, const std::vector<uint32_t>& phrases) {
  std::vector<std::pair<PhraseMatch, std::vector<uint32_t>>> out;
  for (const PhraseMatch& m : matches) {
    std::vector<uint32_t> ps(phrases.begin() + m.first,
                             phrases.begin() + m.first + m.count);
    std::sort(ps.begin(), ps.end());
    out.emplace_back(m, ps);
  }
  return out;
}

TEST(PhraseMatcher, AgreesWithNaiveScanOnGeneratedInput) {
  std::mt19937 rng(12345);
  for (int round = 0; round < 40; ++round) {
    // A small vocabulary makes shared prefixes and repeats likely.
    int vocab = 5 + round % 20;
    PhraseMatcher::Builder b;
    std::uniform_int_distribution<int> word(0, vocab - 1);
    std::uniform_int_distribution<int> len(1, 4);
    std::uniform_int_distribution<int> pol(0, 2);
    int n_phrases = 10 + round * 5;
    for (int p = 0; p < n_phrases; ++p) {
      std::vector<std::string> ws;
      int l = len(rng);
      for (int k = 0; k < l; ++k) ws.push_back("w" + std::to_string(word(rng)));
      b.Add(ws, PhraseInfo{static_cast<uint32_t>(p), static_cast<CasePolicy>(pol(rng))});
    }
    // w0 is a connector word.
    b.words().AddClasses(b.words().Intern("w0"), kConnector);
    PhraseMatcher m = std::move(b).Build();
    m.set_connector_class(kConnector);
    NaiveMatcher naive{m};

    for (int doc = 0; doc < 20; ++doc) {
      int n = 1 + static_cast<int>(rng() % 200);
      std::vector<uint32_t> words;
      std::vector<CaseShape> shapes;
      std::uniform_int_distribution<int> any(0, vocab + 3);  // some unknown words
      std::uniform_int_distribution<int> shape(0, 4);
      for (int i = 0; i < n; ++i) {
        int w = any(rng);
        words.push_back(w < vocab ? m.words().Find("w" + std::to_string(w)) : 0);
        shapes.push_back(static_cast<CaseShape>(shape(rng)));
      }
      std::vector<std::pair<PhraseMatch, std::vector<uint32_t>>> want;
      naive.FindAll(words, shapes, &want);
      for (auto& w : want) std::sort(w.second.begin(), w.second.end());
      std::vector<PhraseMatch> matches;
      std::vector<uint32_t> phrases;
      m.FindAll(words, shapes, &matches, &phrases);
      auto got = Collect(matches, phrases);
      ASSERT_EQ(got.size(), want.size()) << "round " << round << " doc " << doc;
      for (size_t k = 0; k < got.size(); ++k) {
        EXPECT_EQ(got[k].first.begin, want[k].first.begin);
        EXPECT_EQ(got[k].first.end, want[k].first.end);
        EXPECT_EQ(got[k].second, want[k].second);
      }
      // Leftmost-longest is the greedy walk over FindAll's result.
      std::vector<PhraseMatch> longest;
      std::vector<uint32_t> lp;
      m.FindLongest(words, shapes, &longest, &lp);
      auto got_l = Collect(longest, lp);
      size_t next = 0, k = 0;
      for (const auto& w : want) {
        if (w.first.begin < next) continue;
        ASSERT_LT(k, got_l.size());
        EXPECT_EQ(got_l[k].first.begin, w.first.begin);
        EXPECT_EQ(got_l[k].first.end, w.first.end);
        EXPECT_EQ(got_l[k].second, w.second);
        next = w.first.end;
        ++k;
      }
      EXPECT_EQ(k, got_l.size());
    }
  }
}

// Words as a tokenizer would give them, folded, with their shapes.
struct Input {
  std::vector<uint32_t> words;
  std::vector<CaseShape> shapes;
};

Input Prepare(const PhraseMatcher& m, const std::vector<std::string>& tokens) {
  Input in;
  std::string key;
  for (const std::string& t : tokens) {
    FoldWord(t, &key);
    in.words.push_back(m.words().Find(key));
    in.shapes.push_back(CaseShapeOf(t));
  }
  return in;
}

TEST(PhraseMatcher, CaseAwareMatching) {
  PhraseMatcher::Builder b;
  b.Add({"us"}, {1, CasePolicy::kAcronym});
  b.Add({"may"}, {2, CasePolicy::kProper});
  b.Add({"theresa", "may"}, {3, CasePolicy::kProper});
  b.Add({"spokesman"}, {4, CasePolicy::kAny});
  b.Add({"the", "united", "states"}, {5, CasePolicy::kProper});
  b.Add({"united", "states"}, {6, CasePolicy::kProper});
  b.words().AddClasses(b.words().Intern("the"), kConnector);
  PhraseMatcher m = std::move(b).Build();
  m.set_connector_class(kConnector);

  struct Case {
    std::vector<std::string> tokens;
    std::vector<uint32_t> payloads;  // of the leftmost-longest matches
  } cases[] = {
      {{"the", "US", "said"}, {1}},
      {{"the", "U.S.", "said"}, {1}},
      {{"told", "us", "so"}, {}},
      {{"in", "May", "2022"}, {2}},          // the lexicon decides later
      {{"in", "may"}, {}},
      {{"Theresa", "May", "said"}, {3}},
      {{"the", "Kremlin", "Spokesman"}, {4}},
      {{"the", "SPOKESMAN"}, {4}},
      {{"the", "United", "States"}, {5}},
      {{"The", "United", "States"}, {5}},
      {{"THE", "UNITED", "STATES"}, {5}},
      {{"the", "united", "states"}, {}},
  };
  for (const Case& c : cases) {
    Input in = Prepare(m, c.tokens);
    std::vector<PhraseMatch> matches;
    std::vector<uint32_t> phrases;
    m.FindLongest(in.words, in.shapes, &matches, &phrases);
    std::vector<uint32_t> got;
    for (const PhraseMatch& pm : matches)
      for (uint32_t k = 0; k < pm.count; ++k)
        got.push_back(m.phrase_info(phrases[pm.first + k]).payload);
    EXPECT_EQ(got, c.payloads) << c.tokens[0] << " " << c.tokens[1];
  }
}

TEST(PhraseMatcher, FindExactAndBuilderFind) {
  PhraseMatcher::Builder b;
  uint32_t p0 = b.Add({"vladimir", "putin"}, {0, CasePolicy::kProper});
  uint32_t p1 = b.Add({"putin"}, {1, CasePolicy::kProper});
  uint32_t p2 = b.Add({"vladimir", "putin"}, {2, CasePolicy::kProper});
  EXPECT_EQ(b.Find({"vladimir", "putin"}), (std::vector<uint32_t>{p0, p2}));
  EXPECT_EQ(b.Find({"putin"}), (std::vector<uint32_t>{p1}));
  EXPECT_TRUE(b.Find({"vladimir"}).empty());
  PhraseMatcher m = std::move(b).Build();
  std::vector<uint32_t> ids = {m.words().Find("vladimir"), m.words().Find("putin")};
  auto found = m.FindExact(ids);
  EXPECT_EQ(std::vector<uint32_t>(found.begin(), found.end()),
            (std::vector<uint32_t>{p0, p2}));
}

TEST(WordTable, InternsAndGrows) {
  WordTable t;
  for (int i = 0; i < 10000; ++i) EXPECT_EQ(t.Intern("w" + std::to_string(i)), i + 1u);
  for (int i = 0; i < 10000; ++i) EXPECT_EQ(t.Find("w" + std::to_string(i)), i + 1u);
  EXPECT_EQ(t.Find("nope"), 0u);
  EXPECT_EQ(t.size(), 10000u);
}

}  // namespace
}  // namespace newsmill
