// Word folding for lexicon lookup, and the case shape of a word.
//
// The lexicon compares words case- and accent-insensitively ("Orbán" ==
// "ORBAN" == "orban") and checks case separately, per pattern (an acronym
// such as "US" must be written in capitals, a name capitalised, a role noun
// in any case). FoldWord produces the lookup key; CaseShapeOf the case.
//
//   std::string key;
//   FoldWord("Orbán", &key);   // key == "orban"
//   FoldWord("U.S.", &key);    // key == "us"  (dotted acronym: dots dropped)
//   FoldWord("Inc.", &key);    // key == "inc" (a trailing dot is dropped)
//   CaseShapeOf("NATO")        // kAllCaps
//
// Thread safety: pure functions.
#ifndef NEWSMILL_LEXICON_FOLD_H_
#define NEWSMILL_LEXICON_FOLD_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace newsmill {

// Longest word (in bytes) that FoldWord accepts; longer words are not in any
// lexicon and are skipped by the matcher.
inline constexpr size_t kMaxFoldedWord = 96;

// Writes the lookup key of `word` to *out: lower case (Unicode case
// folding), combining accents removed, typographic apostrophes (’ ‘) folded
// to ', non-ASCII hyphens (‐ ‑) to -, a trailing dot removed, and the dots of
// a dotted acronym ("U.S.", "U.N") removed. Returns false (and leaves *out
// empty) for an empty word or one longer than kMaxFoldedWord.
bool FoldWord(std::string_view word, std::string* out);

// FoldWord for callers that do not care about failure: "" on failure.
std::string Fold(std::string_view word);

// Folds a phrase word by word (words split on ASCII spaces and underscores),
// joining the keys with single spaces: "the  United_States" -> "the united
// states". Used to compare names.
std::string FoldPhrase(std::string_view phrase);

// A stable key for a name: folded words joined by '-', letters and digits
// only ("Côte d'Ivoire" -> "cote-divoire", "Vladimir Putin" ->
// "vladimir-putin"). Entities the lexicon does not know get this as their
// key, so the same name gives the same key in every article.
std::string NameKey(std::string_view name);

enum class CaseShape : uint8_t {
  kNoLetters,    // "100", "-"
  kLower,        // "said" (no upper-case letter)
  kMixed,        // "iPhone", "al-Qaeda" (first letter lower, another upper)
  kCapitalized,  // "Putin", "McDonald", "U.s" (first letter upper, some lower)
  kAllCaps,      // "NATO", "U.S.", "A" (every letter upper case)
};

// The case shape of a word. Letters outside ASCII are classified with
// Unicode properties.
CaseShape CaseShapeOf(std::string_view word);

// The length in bytes of a hyphen at word[i] (ASCII '-', U+2010, U+2011),
// else 0.
size_t HyphenAt(std::string_view word, size_t i);

// The fast path of FoldWord + CaseShapeOf for ASCII words, used where
// every token of an article is folded: writes the key to buf (REQUIRES: at
// least kMaxFoldedWord + 8 bytes; bytes after the key may be written too),
// its length to *n and the word's case shape to *shape; *inner_hyphen tells
// whether the word has a '-' between other characters. Returns false for
// words that are not ASCII (or too long): use FoldWord then. Same results as
// FoldWord and CaseShapeOf (lexicon/fold_test.cc checks it). `readable`:
// how many bytes from word.data() may be read (at least word.size(); with
// 8 or more a short word is read in one load instead of byte by byte).
bool FoldWordFast(std::string_view word, char* buf, size_t* n, CaseShape* shape,
                  bool* inner_hyphen, size_t readable = 0);

// True when the word ends with a possessive 's or ’s ("Russia’s"); the
// length of the stem is written to *stem_len.
bool SplitPossessive(std::string_view word, size_t* stem_len);

}  // namespace newsmill

#endif  // NEWSMILL_LEXICON_FOLD_H_
