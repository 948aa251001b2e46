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

class Tagger {
 public:
  Tagger() = default;
  // dictionary: (WordAtoms::form, class) of words tagged without scoring.
  Tagger(WeightTable weights,
         std::vector<std::pair<uint64_t, uint8_t>> dictionary);

  int num_classes() const { return weights_.num_classes(); }
  // Tags n words; tags[i] is a class number.
  void Tag(const WordAtoms* words, int n, uint8_t* tags) const;
  const WeightTable& weights() const { return weights_; }
  // Adds (WordAtoms::form, class) entries to the dictionary, replacing the
  // class of a form it already has.
  void AddToDictionary(const std::vector<std::pair<uint64_t, uint8_t>>& more);
  const std::vector<std::pair<uint64_t, uint8_t>>& dictionary() const {
    return entries_;
  }

 private:
  WeightTable weights_;
  std::vector<std::pair<uint64_t, uint8_t>> entries_;
  KeyIndex dictionary_;  // WordAtoms::form -> class
};

}  // namespace newsmill::syntax

#endif  // NEWSMILL_SYNTAX_TAGGER_H_
