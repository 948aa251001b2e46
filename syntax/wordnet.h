// WordNet as a word list: which parts of speech a word can have as a lemma
// and, through WordNet's morphology (the "morphy" detachment rules and the
// exception lists), which lemmas an inflected form can come from.
//
// Read at start-up from Debian's wordnet-base (/usr/share/wordnet: the
// index.{noun,verb,adj,adv} files and their *.exc exception lists), never
// copied into newsmill. When the files are absent the syntax layer runs
// without them: the tagger loses its WordNet features and the lemmatizer
// falls back to its own rules.
//
//   auto wn = WordNet::Load("/usr/share/wordnet");
//   uint8_t m = (*wn)->LemmaMask("attack");            // kNoun | kVerb
//   std::string base;
//   (*wn)->Morph("accused", WordNet::kVerb, &base);    // true, "accuse"
//
// Thread safety: immutable after Load.
#ifndef NEWSMILL_SYNTAX_WORDNET_H_
#define NEWSMILL_SYNTAX_WORDNET_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "syntax/weights.h"

namespace newsmill::syntax {

class WordNet {
 public:
  static constexpr uint8_t kNoun = 1;
  static constexpr uint8_t kVerb = 2;
  static constexpr uint8_t kAdj = 4;
  static constexpr uint8_t kAdv = 8;

  // Loads the index and exception files of dir. NotFound when dir has no
  // index.verb; Corruption naming the file for a malformed one.
  static Result<std::unique_ptr<WordNet>> Load(const std::string& dir);

  // Parts of speech (kNoun | ...) under which the lower-case word is a
  // WordNet lemma; 0 if none.
  uint8_t LemmaMask(std::string_view lower) const;
  // Parts of speech under which the word is an inflection of another lemma
  // (by the exception lists or the detachment rules).
  uint8_t InflectedMask(std::string_view lower) const;
  // The lemma of the lower-case word as part of speech pos (one of kNoun,
  // kVerb, kAdj, kAdv): the exception list first, then the detachment rules
  // whose result is a WordNet lemma. False when none applies (the word may
  // itself be the lemma).
  bool Morph(std::string_view lower, uint8_t pos, std::string* lemma) const;

  size_t size() const { return masks_.size(); }

 private:
  WordNet() = default;
  KeyIndex index_;              // hash of lemma -> row
  std::vector<uint8_t> masks_;  // row -> parts of speech
  // inflected form -> (pos, lemma)
  std::unordered_map<std::string, std::vector<std::pair<uint8_t, std::string>>>
      exceptions_;
};

}  // namespace newsmill::syntax

#endif  // NEWSMILL_SYNTAX_WORDNET_H_
