// Part-of-speech tagger: a greedy left-to-right averaged perceptron over
// hashed lexical and context features (the word, its affixes and shape, the
// two words on each side, the two tags already chosen on the left).
//
// Classes are whatever the model was trained on: UPOS alone ("NOUN") or
// UPOS joined with the Penn tag ("VERB|VBD"); the parser and the clause
// layer use the finer tag when the model has it. Frequent words that took a
// single tag in training are tagged from a dictionary without scoring.
//
//   std::vector<WordAtoms> atoms = ...;   // ComputeWordAtoms per word
//   std::vector<uint8_t> tags(atoms.size());
//   tagger.Tag(atoms.data(), atoms.size(), tags.data());
//
// Thread safety: a Tagger is immutable after loading; Tag may run on many
// threads at once.
#ifndef NEWSMILL_SYNTAX_TAGGER_H_
#define NEWSMILL_SYNTAX_TAGGER_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "syntax/features.h"
#include "syntax/weights.h"

namespace newsmill::syntax {

inline constexpr int kMaxTaggerFeatures = 40;
inline constexpr uint8_t kNoTag = 0xFF;

// Features of word i given the tags of words i-1 and i-2 (kNoTag outside
// the sentence). Writes at most kMaxTaggerFeatures keys; returns the count.
int TaggerFeatures(const WordAtoms* words, int n, int i, uint8_t prev,
                   uint8_t prev2, uint64_t* keys);

// The keys of TaggerFeatures in another order: the ones TagCache caches
// first (for tests).
int TaggerFeatureParts(const WordAtoms* words, int n, int i, uint8_t prev,
                       uint8_t prev2, uint64_t* keys);

// Per-thread cache of the parts of the tagger's scores that depend on one
// word alone (see Tagger::Tag with types): for each word type, the summed
// weights of its own features and of the features it gives its neighbours
// (as the word before, two before, after, two after).
class TagCache {
 public:
  // Forgets every type (call when the type numbering is reset).
  void Clear() {
    rows_.clear();
    ready_.clear();
  }

 private:
  friend class Tagger;
  static constexpr int kSelf = 0, kPrev = 1, kPrev2 = 2, kNext = 3, kNext2 = 4,
                       kRoles = 5;
  std::vector<int16_t> rows_;   // type x kRoles x stride
  std::vector<uint8_t> ready_;  // per type
  // The rows of the positions outside the sentence (kPrev/kPrev2 of the
  // start, kNext/kNext2 of the end), stride each.
  std::vector<int16_t> edge_;
  bool edge_wordnet_ = false;  // whether edge_ has the WordNet features
};

class Tagger {
 public:
  Tagger() = default;
  // dictionary: (WordAtoms::form, class) of words tagged without scoring.
  Tagger(WeightTable weights,
         std::vector<std::pair<uint64_t, uint8_t>> dictionary);

  int num_classes() const { return weights_.num_classes(); }
  // Tags n words; tags[i] is a class number.
  void Tag(const WordAtoms* words, int n, uint8_t* tags) const;
  // The same tags, faster: types[i] numbers the type of words[i] (equal
  // numbers, equal atoms, all computed with the same WordNet), and cache
  // keeps the one-word parts of the scores of the types seen so far.
  // name_hint (optional): per word, whether the document writes its form
  // as a name where a capital means one (see SetNameClass).
  void Tag(const WordAtoms* words, const uint32_t* types, int n, uint8_t* tags,
           TagCache* cache, const uint8_t* name_hint = nullptr) const;
  const WeightTable& weights() const { return weights_; }
  // Adds (WordAtoms::form, class) entries to the dictionary, replacing the
  // class of a form it already has.
  void AddToDictionary(const std::vector<std::pair<uint64_t, uint8_t>>& more);
  const std::vector<std::pair<uint64_t, uint8_t>>& dictionary() const {
    return entries_;
  }
  // Makes cls a closed class: a word whose WordAtoms::form is not in forms
  // never takes it, but the best of the open classes (open[c] true: nouns,
  // names, verbs, adjectives, adverbs...). One closed class.
  void SetClosedClass(uint8_t cls, const std::vector<uint64_t>& forms,
                      const std::vector<bool>& open);
  // A word with a name hint that the model reads as one of the classes
  // replaced[c] (a verb: "Cook signed the deal" at the start of a sentence,
  // "trump" being a verb; "Ask Jeeves said") takes class name instead.
  void SetNameClass(uint8_t name, const std::vector<bool>& replaced) {
    name_class_ = name;
    name_replaced_ = replaced;
  }
  // The classes verb[c] (verbs) are not taken by a word that WordNet knows
  // only in other parts of speech ("individuals", "shootings"): the best
  // of the other classes instead. Words WordNet does not know are left to
  // the model.
  void SetVerbClasses(const std::vector<bool>& verb) { verb_classes_ = verb; }

 private:
  size_t PairRow(int prev, int prev2) const {
    return (static_cast<size_t>(prev) * (weights_.num_classes() + 1) + prev2) *
           weights_.stride();
  }
  WeightTable weights_;
  // Scores of the features of the two tags before, by PairRow.
  std::vector<int32_t> pair_rows_;
  std::vector<std::pair<uint64_t, uint8_t>> entries_;
  KeyIndex dictionary_;  // WordAtoms::form -> class
  // SetClosedClass's class (kNoClosedClass: none) and its words.
  static constexpr int kNoClosedClass = -1;
  int closed_class_ = kNoClosedClass;
  KeyIndex closed_forms_;
  std::vector<bool> open_classes_;
  int name_class_ = -1;  // SetNameClass's; -1: none
  std::vector<bool> name_replaced_;
  std::vector<bool> verb_classes_;  // SetVerbClasses's
  // The best class of scores[0..classes) for word, closed class and verb
  // rules applied.
  uint8_t Best(const int32_t* scores, int classes, const WordAtoms& word) const;
};

}  // namespace newsmill::syntax

#endif  // NEWSMILL_SYNTAX_TAGGER_H_
