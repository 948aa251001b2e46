// The transition system, its dynamic oracle and the weight tables.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "base/embedded_data.h"
#include "syntax/conllu.h"
#include "syntax/model.h"
#include "syntax/parser.h"
#include "syntax/weights.h"

namespace newsmill::syntax {
namespace {

// Follows zero-cost moves from the initial configuration; returns the heads.
std::vector<int> FollowOracle(const std::vector<int>& gold) {
  const int n = static_cast<int>(gold.size());
  ParseState s;
  s.Init(n);
  int steps = 0;
  while (!s.Terminal() && steps++ < 4 * n + 4) {
    int costs[kNumMoves];
    TransitionCosts(s, gold, costs);
    int best = -1;
    for (int m = 0; m < kNumMoves; ++m)
      if (costs[m] >= 0 && (best < 0 || costs[m] < costs[best])) best = m;
    EXPECT_GE(best, 0);
    EXPECT_EQ(costs[best], 0) << "no zero-cost move at step " << steps;
    s.Apply(best, 0);
  }
  EXPECT_TRUE(s.Terminal());
  return std::vector<int>(s.head.begin(), s.head.begin() + n);
}

TEST(Parser, OracleRebuildsProjectiveTrees) {
  // Heads with n for the root, trees written for the test.
  const std::vector<std::vector<int>> trees = {
      {1, 5},              // "Putin spoke": 0 <- 1, 1 root (n = 2)
      {1, 3, 1},           // subject, verb, object
      {2, 2, 6, 4, 2, 4},  // nested right and left dependents
      {3, 3, 3, 9, 5, 3, 7, 5, 3},
      {8},  // one word
  };
  for (auto gold : trees) {
    const int n = static_cast<int>(gold.size());
    for (int& h : gold)
      if (h >= n) h = n;  // the root
    EXPECT_EQ(FollowOracle(gold), gold);
  }
}

TEST(Parser, ProjectivizeLiftsCrossingArcs) {
  // 0 <- 2, 1 <- 3 crosses 2's arc span... build a crossing: arcs (2,0) and
  // (3,1): word 1's head 3 crosses word 0 -> 2.
  std::vector<int> heads = {2, 3, 4, 2};  // n = 4 is the root
  int lifted = Projectivize(&heads);
  EXPECT_GE(lifted, 1);
  // The result is projective: the oracle rebuilds it exactly.
  EXPECT_EQ(FollowOracle(heads), heads);
}

TEST(Parser, EveryParseIsOneTree) {
  // With an empty model every move scores 0: the parser still ends in a
  // tree with a single root.
  Parser parser;
  std::vector<WordAtoms> atoms(7, ComputeWordAtoms("word"));
  std::vector<uint8_t> tags(7, 0);
  ParseInput in{atoms.data(), tags.data(), 7};
  ParseState s;
  parser.Parse(in, &s);
  int roots = 0;
  for (int i = 0; i < 7; ++i) {
    EXPECT_GE(s.head[i], 0);
    roots += s.head[i] == 7;
  }
  EXPECT_EQ(roots, 1);
}

// Parser::Parse without its caches: every feature of every configuration
// looked up one by one (as in training).
void ReferenceParse(const Parser& p, const ParseInput& in, ParseState* state) {
  ParseState& s = *state;
  s.Init(in.n);
  uint64_t keys[kMaxParserFeatures];
  while (!s.Terminal()) {
    int32_t scores[kMaxClasses] = {};
    int nk = AllParserFeatures(in, s, keys);
    for (int i = 0; i < nk; ++i) p.moves().AddTo(keys[i], scores);
    int best = -1;
    for (int m = 0; m < kNumMoves; ++m)
      if (s.Legal(m) && (best < 0 || scores[m] > scores[best])) best = m;
    uint8_t lab = 0;
    if (best == kRight && s.stack[s.stack.size() - 2] == s.n) {
      lab = p.root_label();
    } else if (best != kShift &&
               in.fixed_label[in.tags[s.ArcDep()]] != kNoLabel) {
      lab = in.fixed_label[in.tags[s.ArcDep()]];
    } else if (best != kShift) {
      int32_t ls[kMaxClasses] = {};
      int lk = LabelFeatures(in, s, best, keys);
      for (int i = 0; i < lk; ++i) p.labels().AddTo(keys[i], ls);
      int bl = 0;
      for (int c = 1; c < p.labels().num_classes(); ++c)
        if (ls[c] > ls[bl]) bl = c;
      lab = static_cast<uint8_t>(bl);
    }
    s.Apply(best, lab);
  }
}

// Three sentences, and the first 600 or so of GUM dev when present.
std::vector<std::vector<std::string>> TestSentences() {
  std::vector<std::vector<std::string>> sentences = {
      {"Putin", "told", "reporters", "that", "the", "talks", "had", "failed",
       "."},
      {"Shares", "fell", "3.5", "%", "on", "Tuesday"},
      {"Yes"},
  };
  const std::string dir = std::string(NEWSMILL_SHARED_DIR) + "/corpora/gum/dev";
  if (!std::filesystem::is_directory(dir)) return sentences;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() != ".conllu") continue;
    auto content = ReadFileToString(e.path().string());
    EXPECT_TRUE(content.ok());
    if (!content.ok()) continue;
    auto docs = ParseConllu(*content, e.path().string());
    EXPECT_TRUE(docs.ok());
    if (!docs.ok()) continue;
    for (const auto& d : *docs)
      for (const auto& snt : d.sentences) {
        sentences.emplace_back();
        for (const auto& w : snt.words) sentences.back().push_back(w.form);
      }
    if (sentences.size() > 600) break;
  }
  return sentences;
}

TEST(Parser, CachedParsesAreTheReferenceParses) {
  auto bytes = ReadDataFile("syntax/model.bin", "");
  ASSERT_TRUE(bytes.ok());
  auto m = SyntaxModel::Load(*bytes, "model.bin");
  ASSERT_TRUE(m.ok());
  // Every move scored in full (the early decisions are the next test's).
  (*m)->set_parser_margin(0);
  const std::vector<std::vector<std::string>> sentences = TestSentences();
  const Parser& parser = (*m)->parser();
  ParseState a, b, c;
  RoleCache cache;
  std::map<std::string, uint32_t> types;
  for (const auto& words : sentences) {
    std::vector<WordAtoms> atoms;
    std::vector<uint32_t> ids;
    for (const auto& w : words) {
      atoms.push_back(ComputeWordAtoms(w));
      ids.push_back(types.emplace(w, types.size()).first->second);
    }
    const int n = static_cast<int>(atoms.size());
    std::vector<uint8_t> tags(n);
    (*m)->tagger().Tag(atoms.data(), n, tags.data());
    ParseInput in{atoms.data(), tags.data(), n, (*m)->fixed_labels().data(),
                  ids.data()};
    parser.Parse(in, &a);
    parser.Parse(in, &c, &cache);
    ReferenceParse(parser, in, &b);
    for (int i = 0; i < n; ++i) {
      ASSERT_EQ(a.head[i], b.head[i]) << words[0] << " word " << i;
      ASSERT_EQ(a.label[i], b.label[i]) << words[0] << " word " << i;
      ASSERT_EQ(c.head[i], b.head[i]) << words[0] << " word " << i;
      ASSERT_EQ(c.label[i], b.label[i]) << words[0] << " word " << i;
    }
  }
}

// The committed model's margin: the moves decided early from the cheap
// features are, but for about one in 1,000, the moves the full scores
// choose.
TEST(Parser, EarlyDecisionsAreTheFullScoresDecisions) {
  auto bytes = ReadDataFile("syntax/model.bin", "");
  ASSERT_TRUE(bytes.ok());
  auto m = SyntaxModel::Load(*bytes, "model.bin");
  ASSERT_TRUE(m.ok());
  const int32_t margin = (*m)->parser().margin();
  EXPECT_GT(margin, 0);
  const std::vector<std::vector<std::string>> sentences = TestSentences();
  std::vector<std::vector<std::string_view>> views;
  for (const auto& words : sentences) views.emplace_back(words.begin(), words.end());
  SyntaxModel::Scratch scratch;
  std::vector<SentenceParse> early, full;
  (*m)->AnalyzeAll(views, &early, &scratch);
  (*m)->set_parser_margin(0);
  (*m)->AnalyzeAll(views, &full, &scratch);
  long words = 0, differ = 0;
  for (size_t k = 0; k < views.size(); ++k)
    for (size_t i = 0; i < views[k].size(); ++i) {
      ++words;
      differ += early[k].heads[i] != full[k].heads[i] || early[k].labels[i] != full[k].labels[i];
    }
  EXPECT_LE(differ * 500, words) << differ << " of " << words << " words";
  // On sentences it was not calibrated on (GUM dev when present), full
  // scores overturn at most one in 1,000 of the moves (5 of 20,105 when
  // the margin was calibrated).
  MarginStats stats;
  std::vector<SentenceParse> parses;
  (*m)->AnalyzeAll(views, &parses, &scratch, &stats);
  EXPECT_GT(stats.moves, static_cast<long>(words));
  long above = 0;
  for (int32_t lead : stats.overturned) above += lead >= margin;
  EXPECT_LE(above * 1000, stats.moves) << above << " of " << stats.moves;
}

TEST(Parser, BatchedParsesAreOneByOneParses) {
  auto bytes = ReadDataFile("syntax/model.bin", "");
  ASSERT_TRUE(bytes.ok());
  auto m = SyntaxModel::Load(*bytes, "model.bin");
  ASSERT_TRUE(m.ok());
  const Parser& parser = (*m)->parser();
  const std::vector<std::vector<std::string>> sentences = TestSentences();
  const size_t count = sentences.size();
  std::vector<std::vector<WordAtoms>> atoms(count);
  std::vector<std::vector<uint32_t>> ids(count);
  std::vector<std::vector<uint8_t>> tags(count);
  std::vector<ParseInput> inputs;
  std::map<std::string, uint32_t> types;
  for (size_t k = 0; k < count; ++k) {
    for (const auto& w : sentences[k]) {
      atoms[k].push_back(ComputeWordAtoms(w));
      ids[k].push_back(types.emplace(w, types.size()).first->second);
    }
    const int n = static_cast<int>(atoms[k].size());
    tags[k].resize(n);
    (*m)->tagger().Tag(atoms[k].data(), n, tags[k].data());
    inputs.push_back(ParseInput{atoms[k].data(), tags[k].data(), n,
                                (*m)->fixed_labels().data(), ids[k].data()});
  }
  // Batches of every size up to past the lanes, with and without the cache.
  for (int batch : {1, 2, 3, kParseLanes, kParseLanes + 1, 64}) {
    for (bool cached : {false, true}) {
      RoleCache cache;
      std::vector<ParseState> states(count);
      for (size_t k = 0; k < count; k += batch) {
        const int here = static_cast<int>(std::min<size_t>(batch, count - k));
        parser.ParseBatch(&inputs[k], here, &states[k],
                          cached ? &cache : nullptr);
      }
      ParseState one;
      for (size_t k = 0; k < count; ++k) {
        parser.Parse(inputs[k], &one);
        for (int i = 0; i < inputs[k].n; ++i) {
          ASSERT_EQ(states[k].head[i], one.head[i])
              << "batch " << batch << " sentence " << k << " word " << i;
          ASSERT_EQ(states[k].label[i], one.label[i])
              << "batch " << batch << " sentence " << k << " word " << i;
        }
      }
    }
  }
}

TEST(WeightTable, RoundTripsAndFindsOnlyItsKeys) {
  std::vector<uint64_t> keys;
  std::vector<float> w;
  for (uint64_t k = 1; k <= 1000; ++k) {
    keys.push_back(k * 0x9E3779B97F4A7C15ULL);
    for (int c = 0; c < 3; ++c)
      w.push_back(static_cast<float>((k * 7 + c) % 11) - 5.0f);
  }
  WeightTable t = WeightTable::FromFloat(3, keys, w);
  std::string bytes;
  t.AppendTo(&bytes);
  size_t pos = 0;
  auto back = WeightTable::Read(bytes, &pos);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(pos, bytes.size());
  EXPECT_EQ(back->num_rows(), t.num_rows());
  for (size_t i = 0; i < keys.size(); ++i) {
    const int8_t* a = t.Row(keys[i]);
    const int8_t* b = back->Row(keys[i]);
    if (a == nullptr) {  // every weight rounded to zero
      EXPECT_EQ(b, nullptr);
      continue;
    }
    ASSERT_NE(b, nullptr);
    for (int c = 0; c < 3; ++c) EXPECT_EQ(a[c], b[c]);
    int32_t one[8] = {}, all[8] = {};
    back->AddTo(keys[i], one);
    back->AddAll(&keys[i], 1, all);
    for (int c = 0; c < 4; ++c) EXPECT_EQ(one[c], all[c]);
  }
  EXPECT_EQ(t.Row(12345), nullptr);
}

TEST(WeightTable, BucketLookupsAreThePlainOnes) {
  // A three-class table (buckets) with enough keys that some buckets
  // overflow: AddAll (SSE2 where available, no branch) adds what Row (plain
  // C++) finds, for present and absent keys alike.
  std::vector<uint64_t> keys;
  std::vector<float> w;
  for (uint64_t k = 1; k <= 20000; ++k) {
    keys.push_back(k * 0xD6E8FEB86659FD93ULL);
    for (int c = 0; c < 3; ++c)
      w.push_back(static_cast<float>((k * 13 + c * 5) % 17) - 8.0f);
  }
  WeightTable t = WeightTable::FromFloat(3, keys, w);
  for (size_t start = 0; start + 100 < keys.size(); start += 97) {
    uint64_t batch[100];
    int32_t plain[4] = {}, all[4] = {};
    for (int j = 0; j < 100; ++j) {
      // Every other key absent.
      batch[j] = j % 2 ? keys[start + j] : keys[start + j] + 1;
      t.AddTo(batch[j], plain);
    }
    t.AddAll(batch, 100, all);
    for (int c = 0; c < 3; ++c) ASSERT_EQ(plain[c], all[c]) << start;
  }
  for (size_t i = 0; i < keys.size(); i += 7) {
    const int8_t* r = t.Row(keys[i]);
    if (r == nullptr) continue;  // rounded to zero
    for (int c = 0; c < 3; ++c)
      EXPECT_EQ(r[c],
                static_cast<int8_t>(std::lround(w[i * 3 + c] / t.scale())));
  }
  alignas(64) int8_t bucket[64];
  for (uint32_t seed = 1; seed < 200; ++seed) {
    for (int i = 0; i < 64; ++i)
      bucket[i] = static_cast<int8_t>((seed * 31 + i * 7) % 3);
    uint32_t want;
    std::memcpy(&want, bucket + 4 * (seed % 7), 4);
    EXPECT_EQ(WeightTable::MatchBucket(bucket, want),
              WeightTable::MatchBucketPortable(bucket, want));
  }
}

TEST(WeightTable, Avx2SumsAreThePortableOnes) {
  // The tagger's (17 classes) and the labeller's (51) table shapes.
  for (int classes : {17, 51}) {
    std::vector<uint64_t> keys;
    std::vector<float> w;
    for (uint64_t k = 1; k <= 30000; ++k) {
      keys.push_back(k * 0x9E3779B97F4A7C15ULL);
      for (int c = 0; c < classes; ++c)
        w.push_back(static_cast<float>((k * 7 + c * 3) % 23) - 11.0f);
    }
    WeightTable t = WeightTable::FromFloat(classes, keys, w);
    WeightTable portable = t;
    portable.set_avx2(false);
    EXPECT_FALSE(portable.avx2());
    if (!WeightTable::CpuHasAvx2()) GTEST_SKIP() << "no AVX2 here";
    ASSERT_TRUE(t.avx2());
    for (size_t start = 0; start + 200 < keys.size(); start += 1999) {
      uint64_t batch[200];
      for (int j = 0; j < 200; ++j)
        batch[j] = j % 3 ? keys[start + j] : keys[start + j] ^ 0x55;
      int32_t a[kMaxClasses] = {}, b[kMaxClasses] = {};
      t.AddAll(batch, 200, a);
      portable.AddAll(batch, 200, b);
      for (int c = 0; c < t.stride(); ++c) ASSERT_EQ(a[c], b[c]) << classes;
    }
  }
}

TEST(WeightTable, TruncatedInputIsCorruption) {
  std::vector<uint64_t> keys = {11, 22, 33};
  std::vector<float> w = {1, 2, 3, 4, 5, 6, 7, 8, 9};
  std::string bytes;
  WeightTable::FromFloat(3, keys, w).AppendTo(&bytes);
  for (size_t cut : {size_t{0}, size_t{5}, size_t{12}, bytes.size() - 1}) {
    size_t pos = 0;
    auto r = WeightTable::Read(std::string_view(bytes).substr(0, cut), &pos);
    EXPECT_FALSE(r.ok()) << cut;
  }
}

}  // namespace
}  // namespace newsmill::syntax
