#include "syntax/tagger.h"

#include <algorithm>

#include "syntax/wordnet.h"

namespace newsmill::syntax {
namespace {

// Atoms standing for positions outside the sentence.
constexpr uint64_t kStartWord = 0x51A27ULL;
constexpr uint64_t kEndWord = 0xE2DULL;

enum TaggerTemplate : uint32_t {
  kTBias = 100,
  kTWord,
  kTForm,
  kTSuffix1,
  kTSuffix2,
  kTSuffix3,
  kTSuffix4,
  kTPrefix1,
  kTPrefix2,
  kTPrefix3,
  kTShape,
  kTShapeFirst,
  kTFlags,
  kTPrevWord,
  kTPrev2Word,
  kTNextWord,
  kTNext2Word,
  kTPrevSuffix3,
  kTNextSuffix3,
  kTPrevShape,
  kTNextShape,
  kTPrevTag,
  kTPrev2Tag,
  kTPrevTags,
  kTPrevTagWord,
  kTWordNext,
  kTPrevWordWord,
  kTPrevTagNext,
  kTPrevTagSuffix3,
  kTNextSuffix1,
  kTWordNet,
  kTWordNetSuffix,
  kTWordNetPrevTag,
  kTNextWordNet,
  kTPrevWordNet,
};

}  // namespace

int TaggerFeatures(const WordAtoms* w, int n, int i, uint8_t prev,
                   uint8_t prev2, uint64_t* keys) {
  int k = 0;
  const WordAtoms& a = w[i];
  uint64_t pw = i >= 1 ? w[i - 1].lower : kStartWord;
  uint64_t ppw = i >= 2 ? w[i - 2].lower : kStartWord;
  uint64_t nw = i + 1 < n ? w[i + 1].lower : kEndWord;
  uint64_t nnw = i + 2 < n ? w[i + 2].lower : kEndWord;
  uint64_t ps3 = i >= 1 ? w[i - 1].suffix[2] : kStartWord;
  uint64_t ns3 = i + 1 < n ? w[i + 1].suffix[2] : kEndWord;
  uint64_t ns1 = i + 1 < n ? w[i + 1].suffix[0] : kEndWord;
  uint64_t psh = i >= 1 ? w[i - 1].shape : kStartWord;
  uint64_t nsh = i + 1 < n ? w[i + 1].shape : kEndWord;
  k += Emit(keys + k, kTBias, 0);
  k += Emit(keys + k, kTWord, a.lower);
  k += Emit(keys + k, kTForm, a.form);
  for (int s = 0; s < 4; ++s)
    if (a.suffix[s] != 0) k += Emit(keys + k, kTSuffix1 + s, a.suffix[s]);
  for (int p = 0; p < 3; ++p)
    if (a.prefix[p] != 0) k += Emit(keys + k, kTPrefix1 + p, a.prefix[p]);
  k += Emit(keys + k, kTShape, a.shape);
  k += Emit(keys + k, kTShapeFirst, a.shape, i == 0);
  k += Emit(keys + k, kTFlags, a.flags);
  k += Emit(keys + k, kTPrevWord, pw);
  k += Emit(keys + k, kTPrev2Word, ppw);
  k += Emit(keys + k, kTNextWord, nw);
  k += Emit(keys + k, kTNext2Word, nnw);
  k += Emit(keys + k, kTPrevSuffix3, ps3);
  k += Emit(keys + k, kTNextSuffix3, ns3);
  k += Emit(keys + k, kTNextSuffix1, ns1);
  k += Emit(keys + k, kTPrevShape, psh);
  k += Emit(keys + k, kTNextShape, nsh);
  k += Emit(keys + k, kTPrevTag, prev);
  k += Emit(keys + k, kTPrev2Tag, prev2);
  k += Emit(keys + k, kTPrevTags, prev, prev2);
  k += Emit(keys + k, kTPrevTagWord, prev, a.lower);
  k += Emit(keys + k, kTWordNext, a.lower, nw);
  k += Emit(keys + k, kTPrevWordWord, pw, a.lower);
  k += Emit(keys + k, kTPrevTagNext, prev, nw);
  k += Emit(keys + k, kTPrevTagSuffix3, prev, a.suffix[2]);
  if (a.wn_lemma != 0xFF) {
    uint64_t wn = a.wn_lemma | (a.wn_inflected << 4);
    k += Emit(keys + k, kTWordNet, wn);
    k += Emit(keys + k, kTWordNetSuffix, wn, a.suffix[1]);
    k += Emit(keys + k, kTWordNetPrevTag, wn, prev);
    uint64_t nwn =
        i + 1 < n ? (w[i + 1].wn_lemma | (w[i + 1].wn_inflected << 4)) : 0x100;
    uint64_t pwn =
        i >= 1 ? (w[i - 1].wn_lemma | (w[i - 1].wn_inflected << 4)) : 0x100;
    k += Emit(keys + k, kTNextWordNet, nwn);
    k += Emit(keys + k, kTPrevWordNet, pwn, prev);
  }
  return k;
}

namespace {

uint64_t WordNetAtom(const WordAtoms& a) {
  return a.wn_lemma | (a.wn_inflected << 4);
}

// TaggerFeatures split by what they depend on, for TagCache: the word alone
// (with kTShapeFirst as for a word inside the sentence); the word as the
// neighbour before, two before, after, two after (null: outside the
// sentence); and the rest (tags chosen so far, pairs of words). Together
// they are exactly TaggerFeatures' keys (tagger_test checks it).
int SelfFeatures(const WordAtoms& a, uint64_t* keys) {
  int k = 0;
  k += Emit(keys + k, kTBias, 0);
  k += Emit(keys + k, kTWord, a.lower);
  k += Emit(keys + k, kTForm, a.form);
  for (int s = 0; s < 4; ++s)
    if (a.suffix[s] != 0) k += Emit(keys + k, kTSuffix1 + s, a.suffix[s]);
  for (int p = 0; p < 3; ++p)
    if (a.prefix[p] != 0) k += Emit(keys + k, kTPrefix1 + p, a.prefix[p]);
  k += Emit(keys + k, kTShape, a.shape);
  k += Emit(keys + k, kTShapeFirst, a.shape, false);
  k += Emit(keys + k, kTFlags, a.flags);
  if (a.wn_lemma != 0xFF) {
    k += Emit(keys + k, kTWordNet, WordNetAtom(a));
    k += Emit(keys + k, kTWordNetSuffix, WordNetAtom(a), a.suffix[1]);
  }
  return k;
}

int NeighbourFeatures(const WordAtoms* a, int role, bool wordnet,
                      uint64_t* keys) {
  int k = 0;
  switch (role) {
    case 1:  // TagCache::kPrev
      k += Emit(keys + k, kTPrevWord, a ? a->lower : kStartWord);
      k += Emit(keys + k, kTPrevSuffix3, a ? a->suffix[2] : kStartWord);
      k += Emit(keys + k, kTPrevShape, a ? a->shape : kStartWord);
      break;
    case 2:  // TagCache::kPrev2
      k += Emit(keys + k, kTPrev2Word, a ? a->lower : kStartWord);
      break;
    case 3:  // TagCache::kNext
      k += Emit(keys + k, kTNextWord, a ? a->lower : kEndWord);
      k += Emit(keys + k, kTNextSuffix3, a ? a->suffix[2] : kEndWord);
      k += Emit(keys + k, kTNextSuffix1, a ? a->suffix[0] : kEndWord);
      k += Emit(keys + k, kTNextShape, a ? a->shape : kEndWord);
      if (wordnet)
        k += Emit(keys + k, kTNextWordNet, a ? WordNetAtom(*a) : 0x100);
      break;
    case 4:  // TagCache::kNext2
      k += Emit(keys + k, kTNext2Word, a ? a->lower : kEndWord);
      break;
  }
  return k;
}

// The features of the two tags before (Tagger keeps their scores in a table).
int TagPairFeatures(uint8_t prev, uint8_t prev2, uint64_t* keys) {
  int k = 0;
  k += Emit(keys + k, kTPrevTag, prev);
  k += Emit(keys + k, kTPrev2Tag, prev2);
  k += Emit(keys + k, kTPrevTags, prev, prev2);
  return k;
}

int ContextFeatures(const WordAtoms* w, int n, int i, uint8_t prev,
                    uint8_t prev2, bool tag_pairs, uint64_t* keys) {
  const WordAtoms& a = w[i];
  uint64_t pw = i >= 1 ? w[i - 1].lower : kStartWord;
  uint64_t nw = i + 1 < n ? w[i + 1].lower : kEndWord;
  int k = tag_pairs ? TagPairFeatures(prev, prev2, keys) : 0;
  k += Emit(keys + k, kTPrevTagWord, prev, a.lower);
  k += Emit(keys + k, kTWordNext, a.lower, nw);
  k += Emit(keys + k, kTPrevWordWord, pw, a.lower);
  k += Emit(keys + k, kTPrevTagNext, prev, nw);
  k += Emit(keys + k, kTPrevTagSuffix3, prev, a.suffix[2]);
  if (a.wn_lemma != 0xFF) {
    k += Emit(keys + k, kTWordNetPrevTag, WordNetAtom(a), prev);
    uint64_t pwn = i >= 1 ? WordNetAtom(w[i - 1]) : 0x100;
    k += Emit(keys + k, kTPrevWordNet, pwn, prev);
  }
  return k;
}

}  // namespace

int TaggerFeatureParts(const WordAtoms* w, int n, int i, uint8_t prev,
                       uint8_t prev2, uint64_t* keys) {
  const bool wordnet = w[i].wn_lemma != 0xFF;
  int k = SelfFeatures(w[i], keys);
  k += NeighbourFeatures(i >= 1 ? &w[i - 1] : nullptr, 1, wordnet, keys + k);
  k += NeighbourFeatures(i >= 2 ? &w[i - 2] : nullptr, 2, wordnet, keys + k);
  k += NeighbourFeatures(i + 1 < n ? &w[i + 1] : nullptr, 3, wordnet, keys + k);
  k += NeighbourFeatures(i + 2 < n ? &w[i + 2] : nullptr, 4, wordnet, keys + k);
  // At the start, kTShapeFirst of the first word instead of the inside one.
  uint64_t inside, first;
  if (i == 0 && Emit(&inside, kTShapeFirst, w[i].shape, false) &&
      Emit(&first, kTShapeFirst, w[i].shape, true))
    std::replace(keys, keys + k, inside, first);
  k += ContextFeatures(w, n, i, prev, prev2, true, keys + k);
  return k;
}

Tagger::Tagger(WeightTable weights,
               std::vector<std::pair<uint64_t, uint8_t>> dictionary)
    : weights_(std::move(weights)), entries_(std::move(dictionary)) {
  dictionary_.Reserve(entries_.size());
  for (const auto& [key, cls] : entries_) dictionary_.Insert(key, cls);
  // Tags are classes 0..classes-1 or kNoTag (index classes).
  const int classes = weights_.num_classes();
  const int stride = weights_.stride();
  if (classes == 0) return;
  pair_rows_.assign(static_cast<size_t>(classes + 1) * (classes + 1) * stride,
                    0);
  uint64_t keys[kMaxTaggerFeatures];
  for (int p = 0; p <= classes; ++p)
    for (int pp = 0; pp <= classes; ++pp) {
      int nk = TagPairFeatures(p == classes ? kNoTag : p,
                               pp == classes ? kNoTag : pp, keys);
      weights_.AddAll(keys, nk, &pair_rows_[PairRow(p, pp)]);
    }
}

void Tagger::SetClosedClass(uint8_t cls, const std::vector<uint64_t>& forms,
                            const std::vector<bool>& open) {
  closed_class_ = cls;
  open_classes_ = open;
  closed_forms_ = KeyIndex();
  for (uint64_t f : forms) closed_forms_.Insert(f, 1);
}

namespace {

// The highest-scoring class c of [0, classes) for which ok(c), or -1.
template <typename Ok>
int BestWhere(const int32_t* scores, int classes, Ok ok) {
  int best = -1;
  for (int c = 0; c < classes; ++c)
    if (ok(c) && (best < 0 || scores[c] > scores[best])) best = c;
  return best;
}

}  // namespace

uint8_t Tagger::Best(const int32_t* scores, int classes, const WordAtoms& word) const {
  uint8_t best =
      static_cast<uint8_t>(std::max(0, BestWhere(scores, classes, [](int) { return true; })));
  auto verb = [&](int c) { return c < static_cast<int>(verb_classes_.size()) && verb_classes_[c]; };
  if (verb(best) && word.wn_lemma != 0xFF) {
    const uint8_t known = word.wn_lemma | word.wn_inflected;
    if (known != 0 && (known & WordNet::kVerb) == 0) {
      const int other = BestWhere(scores, classes, [&](int c) { return !verb(c); });
      if (other >= 0) best = static_cast<uint8_t>(other);
    }
  }
  if (best != closed_class_ || closed_forms_.Find(word.form) != KeyIndex::kMissing) return best;
  // "Bob said ..." read as an auxiliary: the best of the open readings.
  const int other = BestWhere(scores, classes, [&](int c) {
    return c != closed_class_ && c < static_cast<int>(open_classes_.size()) && open_classes_[c];
  });
  return other < 0 ? best : static_cast<uint8_t>(other);
}

void Tagger::AddToDictionary(
    const std::vector<std::pair<uint64_t, uint8_t>>& more) {
  for (const auto& [key, cls] : more) {
    uint32_t row = dictionary_.Find(key);
    bool replaced = false;
    if (row != KeyIndex::kMissing) {
      for (auto& entry : entries_) {
        if (entry.first == key) {
          entry.second = cls;
          replaced = true;
        }
      }
    }
    if (!replaced) entries_.emplace_back(key, cls);
  }
  dictionary_ = KeyIndex();
  dictionary_.Reserve(entries_.size());
  for (const auto& [key, cls] : entries_) dictionary_.Insert(key, cls);
}

void Tagger::Tag(const WordAtoms* words, int n, uint8_t* tags) const {
  uint64_t keys[kMaxTaggerFeatures];
  int32_t scores[kMaxClasses];
  const int classes = weights_.num_classes();
  const int stride = weights_.stride();
  uint8_t prev = kNoTag, prev2 = kNoTag;
  for (int i = 0; i < n; ++i) {
    uint32_t d = dictionary_.size() ? dictionary_.Find(words[i].form)
                                    : KeyIndex::kMissing;
    uint8_t best = 0;
    if (d != KeyIndex::kMissing) {
      best = static_cast<uint8_t>(d);
    } else {
      int nk = TaggerFeatures(words, n, i, prev, prev2, keys);
      for (int c = 0; c < stride; ++c) scores[c] = 0;
      weights_.AddAll(keys, nk, scores);
      best = Best(scores, classes, words[i]);
    }
    tags[i] = best;
    prev2 = prev;
    prev = best;
  }
}

void Tagger::Tag(const WordAtoms* words, const uint32_t* types, int n,
                 uint8_t* tags, TagCache* cache,
                 const uint8_t* name_hint) const {
  if (pair_rows_.empty()) return Tag(words, n, tags);  // no model
  constexpr int R = TagCache::kRoles;
  const int classes = weights_.num_classes();
  const int stride = weights_.stride();
  const bool wordnet = n > 0 && words[0].wn_lemma != 0xFF;
  uint64_t keys[kMaxTaggerFeatures];
  int32_t scores[kMaxClasses];
  auto fill = [&](const WordAtoms* a, int role, int16_t* row) {
    int nk = role == TagCache::kSelf
                 ? SelfFeatures(*a, keys)
                 : NeighbourFeatures(a, role, wordnet, keys);
    for (int c = 0; c < stride; ++c) scores[c] = 0;
    weights_.AddAll(keys, nk, scores);
    for (int c = 0; c < stride; ++c) row[c] = static_cast<int16_t>(scores[c]);
  };
  if (cache->edge_.empty() || cache->edge_wordnet_ != wordnet) {
    cache->edge_wordnet_ = wordnet;
    cache->edge_.assign(static_cast<size_t>(R) * stride, 0);
    for (int r = 1; r < R; ++r)
      fill(nullptr, r, &cache->edge_[static_cast<size_t>(r) * stride]);
  }
  // The rows of every type of the sentence.
  for (int i = 0; i < n; ++i) {
    const uint32_t t = types[i];
    if (t >= cache->ready_.size()) {
      cache->ready_.resize(t + 1024, 0);
      cache->rows_.resize(cache->ready_.size() * R * stride);
    }
    if (cache->ready_[t]) continue;
    for (int r = 0; r < R; ++r)
      fill(&words[i], r,
           &cache->rows_[(static_cast<size_t>(t) * R + r) * stride]);
    cache->ready_[t] = 1;
  }
  auto row = [&](int j, int role) -> const int16_t* {
    if (j < 0 || j >= n)
      return &cache->edge_[static_cast<size_t>(role) * stride];
    return &cache->rows_[(static_cast<size_t>(types[j]) * R + role) * stride];
  };
  uint8_t prev = kNoTag, prev2 = kNoTag;
  for (int i = 0; i < n; ++i) {
    uint32_t d = dictionary_.size() ? dictionary_.Find(words[i].form)
                                    : KeyIndex::kMissing;
    uint8_t best = 0;
    if (d != KeyIndex::kMissing) {
      best = static_cast<uint8_t>(d);
    } else {
      const int16_t* r0 = row(i, TagCache::kSelf);
      const int16_t* r1 = row(i - 1, TagCache::kPrev);
      const int16_t* r2 = row(i - 2, TagCache::kPrev2);
      const int16_t* r3 = row(i + 1, TagCache::kNext);
      const int16_t* r4 = row(i + 2, TagCache::kNext2);
      for (int c = 0; c < stride; ++c)
        scores[c] = r0[c] + r1[c] + r2[c] + r3[c] + r4[c];
      const int32_t* pr = &pair_rows_[PairRow(
          prev == kNoTag ? classes : prev, prev2 == kNoTag ? classes : prev2)];
      for (int c = 0; c < stride; ++c) scores[c] += pr[c];
      int nk = ContextFeatures(words, n, i, prev, prev2, false, keys);
      if (i == 0) {
        // The self row has kTShapeFirst of a word inside the sentence.
        uint64_t inside;
        if (Emit(&inside, kTShapeFirst, words[0].shape, false)) {
          nk += Emit(keys + nk, kTShapeFirst, words[0].shape, true);
          const int8_t* w = weights_.Row(inside);
          if (w != nullptr)
            for (int c = 0; c < stride; ++c) scores[c] -= w[c];
        }
      }
      weights_.AddAll(keys, nk, scores);
      best = Best(scores, classes, words[i]);
      if (name_hint != nullptr && name_hint[i] && name_class_ >= 0 &&
          best < name_replaced_.size() && name_replaced_[best])
        best = static_cast<uint8_t>(name_class_);
    }
    tags[i] = best;
    prev2 = prev;
    prev = best;
  }
}

}  // namespace newsmill::syntax
