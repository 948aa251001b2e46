#include "syntax/tagger.h"

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

Tagger::Tagger(WeightTable weights,
               std::vector<std::pair<uint64_t, uint8_t>> dictionary)
    : weights_(std::move(weights)), entries_(std::move(dictionary)) {
  dictionary_.Reserve(entries_.size());
  for (const auto& [key, cls] : entries_) dictionary_.Insert(key, cls);
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
      for (int c = 1; c < classes; ++c)
        if (scores[c] > scores[best]) best = static_cast<uint8_t>(c);
    }
    tags[i] = best;
    prev2 = prev;
    prev = best;
  }
}

}  // namespace newsmill::syntax
