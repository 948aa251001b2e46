// Feature atoms of the syntax models: what the tagger and the parser know
// about one word before looking at its neighbours.
//
// Both models are linear (averaged perceptron) over hashed features. A
// feature is a 64-bit key mixed from a template number and a few atoms (word
// hashes, tags, labels, distances); the weight tables map keys to one weight
// per class. Hashing the atoms of each word once (WordAtoms) keeps the inner
// loops free of string work.
//
//   WordAtoms a = ComputeWordAtoms("Kremlin");
//   uint64_t key = FeatureKey(kSomeTemplate, a.lower, a.suffix[2]);
//
// Thread safety: pure functions and plain values.
#ifndef NEWSMILL_SYNTAX_FEATURES_H_
#define NEWSMILL_SYNTAX_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace newsmill::syntax {

// 64-bit string hash (FNV-1a with a final avalanche); stable across machines.
uint64_t HashString(std::string_view s);

// Combines a hash with a value (order-sensitive, well mixed).
inline uint64_t Mix(uint64_t h, uint64_t v) {
  h ^= v * 0x9E3779B97F4A7C15ULL;
  h *= 0xBF58476D1CE4E5B9ULL;
  h ^= h >> 29;
  h *= 0x94D049BB133111EBULL;
  return h ^ (h >> 32);
}

// Feature keys: a template number and up to three atoms, combined with
// distinct odd multipliers. Cheap (a few multiply-adds) because the weight
// table mixes the key once more before indexing; atoms are either hashes or
// small integers (tags, labels, distances), and distinct tuples of either
// give distinct keys but for a negligible chance.
inline constexpr uint64_t kKeyT = 0xD6E8FEB86659FD93ULL;
inline constexpr uint64_t kKeyA = 0x9E3779B97F4A7C15ULL;
inline constexpr uint64_t kKeyB = 0xC2B2AE3D27D4EB4FULL;
inline constexpr uint64_t kKeyC = 0x165667B19E3779F9ULL;
inline uint64_t FeatureKey(uint32_t tmpl, uint64_t a) {
  return tmpl * kKeyT + a * kKeyA;
}
inline uint64_t FeatureKey(uint32_t tmpl, uint64_t a, uint64_t b) {
  return tmpl * kKeyT + a * kKeyA + b * kKeyB;
}
inline uint64_t FeatureKey(uint32_t tmpl, uint64_t a, uint64_t b, uint64_t c) {
  return tmpl * kKeyT + a * kKeyA + b * kKeyB + c * kKeyC;
}

// Templates switched off (by number), for feature ablation in training;
// all on by default. Not thread-safe to change: set before any use.
inline uint64_t g_disabled_templates[16] = {};
inline bool g_any_disabled = false;  // set along with g_disabled_templates
inline bool TemplateEnabled(uint32_t tmpl) {
  return !g_any_disabled || tmpl >= 1024 ||
         !((g_disabled_templates[tmpl >> 6] >> (tmpl & 63)) & 1);
}
// Writes the key of an enabled template to *out; returns 1, else 0.
template <typename... Atoms>
inline int Emit(uint64_t* out, uint32_t tmpl, Atoms... atoms) {
  if (!TemplateEnabled(tmpl)) return 0;
  *out = FeatureKey(tmpl, static_cast<uint64_t>(atoms)...);
  return 1;
}

// Word shape flags.
inline constexpr uint32_t kWordHasUpper = 1;
inline constexpr uint32_t kWordInitialUpper = 2;
inline constexpr uint32_t kWordAllUpper = 4;
inline constexpr uint32_t kWordHasDigit = 8;
inline constexpr uint32_t kWordAllDigit = 16;
inline constexpr uint32_t kWordHasAlpha = 32;
inline constexpr uint32_t kWordHasHyphen = 64;
inline constexpr uint32_t kWordHasPeriod = 128;
inline constexpr uint32_t kWordPunctOnly = 256;
inline constexpr uint32_t kWordNonAscii = 512;

// What the models know about a word on its own. Hashes of strings derived
// from the word; 0 stands for "none" (e.g. no fourth suffix of a 2-letter
// word).
struct WordAtoms {
  uint64_t form = 0;        // the word as written (typographic quotes folded)
  uint64_t lower = 0;       // lower-cased normalised form ("!DIGITS" for 1,000)
  uint64_t suffix[4] = {};  // last 1..4 characters of lower
  uint64_t prefix[3] = {};  // first 1..3 characters of lower
  uint64_t shape = 0;       // "Xxxxx", "dd.d", "X.X."
  uint32_t flags = 0;
  uint32_t length = 0;  // code points, capped at 15
  // WordNet: parts of speech of the word as a lemma, and as an inflection
  // (WordNet::kNoun...); 0xFF in wn_lemma when WordNet was not available.
  uint8_t wn_lemma = 0xFF;
  uint8_t wn_inflected = 0;
};

class WordNet;

// The normalised lower-case form used for word features: ASCII and Latin
// letters lower-cased, typographic apostrophes and quotes folded to ASCII,
// numbers collapsed to "!YEAR" (four digits) or "!DIGITS".
std::string NormalizeWord(std::string_view word);

// Shape: upper -> X, lower -> x, digit -> d, other characters kept; runs of
// the same class longer than four are cut to four ("Xxxxx" for "Kremlin").
std::string WordShape(std::string_view word);

// wordnet may be null (no WordNet features).
WordAtoms ComputeWordAtoms(std::string_view word,
                           const WordNet* wordnet = nullptr);

}  // namespace newsmill::syntax

#endif  // NEWSMILL_SYNTAX_FEATURES_H_
