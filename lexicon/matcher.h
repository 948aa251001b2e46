// Fast multi-word phrase matching over a document's words: a word table
// (folded word -> id and word classes) and a token trie over word ids.
//
// Every lexicon name ("Vladimir Putin", "the United States", "U.S.",
// "foreign minister") is a Phrase: a sequence of word ids plus a payload and
// a case policy. Matching a document is two steps: each token is folded and
// looked up once in the WordTable (one hash probe), then PhraseMatcher walks
// the trie from every position whose word can start a phrase and reports the
// longest phrase whose case policy the text satisfies ("US" the country must
// be written in capitals, "us" the pronoun never matches it; "May" the name
// must be capitalised).
//
//   PhraseMatcher::Builder b;
//   b.Add({"vladimir", "putin"}, {.payload = 7, .policy = CasePolicy::kProper});
//   PhraseMatcher m = std::move(b).Build();
//   std::vector<uint32_t> words = ...;   // m.words().Find(folded) per token
//   std::vector<CaseShape> shapes = ...;  // CaseShapeOf(token) per token
//   std::vector<PhraseMatch> out;
//   m.FindLongest(words, shapes, &out);   // leftmost-longest, no overlaps
//
// Thread safety: a built PhraseMatcher is immutable and may be shared.
#ifndef NEWSMILL_LEXICON_MATCHER_H_
#define NEWSMILL_LEXICON_MATCHER_H_

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/fold.h"

namespace newsmill {

namespace word_table_internal {
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}
inline uint8_t TagOf(uint64_t h) { return static_cast<uint8_t>((h >> 56) | 1); }
}  // namespace word_table_internal

// Folded word -> dense id (1..size; 0 means "not in the table"), with a bit
// set of word classes per id (see WordClass in lexicon.h). Open addressing,
// no allocation on lookup.
class WordTable {
 public:
  WordTable();
  // Returns the id of `folded`, adding it if new.
  uint32_t Intern(std::string_view folded);
  // 0 when absent.
  uint32_t Find(std::string_view folded) const;
  // Find for a word in a buffer that may be read in 8-byte blocks past its
  // end (REQUIRES: buf has at least n rounded up to 8 readable bytes). The
  // fast path of the entities stage.
  uint32_t FindPadded(const char* buf, size_t n) const;
  std::string_view word(uint32_t id) const {
    return std::string_view(arena_).substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
  }
  uint32_t size() const { return static_cast<uint32_t>(offsets_.size() - 2); }
  uint32_t classes(uint32_t id) const { return classes_[id]; }
  void AddClasses(uint32_t id, uint32_t bits) { classes_[id] |= bits; }
  size_t MemoryBytes() const;

 private:
  void Grow();
  // (Probe and FindPadded are inline below: they run once per token.)
  // Words are stored back to back in one arena (word id i is
  // arena_[offsets_[i], offsets_[i+1])). Slots are split in a byte array of
  // hash tags (0 = empty; small enough to stay in the first-level cache)
  // and the word ids, so that most probes of words not in the table touch
  // one cache line.
  // With kPadded, `word` may be read in 8-byte blocks past its end (see
  // FindPadded): words of up to 8 bytes are compared in one step.
  template <bool kPadded = false>
  uint32_t Probe(uint64_t h, const char* word, size_t n) const;
  std::string arena_;
  std::vector<uint32_t> offsets_;   // [0] is the unused word 0
  std::vector<uint32_t> classes_;
  std::vector<uint8_t> tags_;
  std::vector<uint32_t> ids_;
  uint64_t mask_ = 0;
};

// How the text must be written for a phrase to match.
enum class CasePolicy : uint8_t {
  kAny,      // role nouns: "spokesman", "Spokesman", "SPOKESMAN"
  kProper,   // names: every word capitalised (or all capitals), except the
             // connector words ("of", "the", "al", "bin", ...)
  kAcronym,  // "US", "U.S.", "WHO": every word in capitals
};

// What a phrase stands for; the meaning of `payload` is the lexicon's.
struct PhraseInfo {
  uint32_t payload = 0;
  CasePolicy policy = CasePolicy::kProper;
};

// A match: words [begin, end) of the input and the phrases (indices into
// PhraseMatcher::phrase_info) that end there and whose case policy holds.
struct PhraseMatch {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t first = 0;  // index into the `phrases` output vector
  uint32_t count = 0;
};

class PhraseMatcher {
 public:
  // Builds the trie as phrases are added, so that phrases can be looked up
  // while a lexicon is being read (a user dictionary naming a built-in
  // actor).
  class Builder {
   public:
    Builder();
    // Adds a phrase given as already folded words (see FoldWord). Empty
    // words are skipped; a phrase without words is kept (so that indices
    // stay dense) but never matches. Returns the phrase's index.
    uint32_t Add(const std::vector<std::string>& folded_words, PhraseInfo info);
    // The phrases with exactly these folded words, in the order added.
    std::vector<uint32_t> Find(const std::vector<std::string>& folded_words) const;
    const PhraseInfo& info(uint32_t phrase) const { return infos_[phrase]; }
    size_t size() const { return infos_.size(); }
    // The word table, to intern words or set classes before Build.
    WordTable& words() { return words_; }
    const WordTable& words() const { return words_; }
    PhraseMatcher Build() &&;

   private:
    uint32_t Child(uint32_t node, uint32_t word) const;
    void SetChild(uint32_t node, uint32_t word, uint32_t child);

    WordTable words_;
    std::vector<PhraseInfo> infos_;
    std::vector<uint32_t> phrase_offsets_{0};
    std::vector<uint32_t> phrase_words_;
    std::vector<uint32_t> phrase_node_;   // node where each phrase ends (0: none)
    std::vector<uint32_t> root_child_;
    struct Edge {
      uint64_t key = 0;  // (node << 32 | word) + 1; 0 = empty slot
      uint32_t child = 0;
    };
    std::vector<Edge> edges_;
    size_t edge_count_ = 0;
    uint32_t nodes_ = 1;
    std::vector<uint32_t> node_first_;    // first phrase + 1 ending at node
    std::vector<uint32_t> node_last_;     // last phrase + 1 ending at node
    std::vector<uint32_t> phrase_next_;   // next phrase + 1 at the same node
    friend class PhraseMatcher;
  };

  PhraseMatcher() = default;
  using Edge = Builder::Edge;

  const WordTable& words() const { return words_; }
  size_t phrase_count() const { return infos_.size(); }
  const PhraseInfo& phrase_info(uint32_t i) const { return infos_[i]; }
  std::span<const uint32_t> phrase_words(uint32_t i) const {
    return {phrase_words_.data() + phrase_offsets_[i],
            phrase_offsets_[i + 1] - phrase_offsets_[i]};
  }
  // Word class bit that marks connector words ("of", "the") which may be
  // lower case inside a kProper phrase. Set by the lexicon.
  void set_connector_class(uint32_t bit) { connector_bit_ = bit; }

  // The phrases whose words are exactly `words` (WordTable ids).
  std::span<const uint32_t> FindExact(std::span<const uint32_t> words) const;

  // True when words written with `shapes` satisfy `policy`.
  bool CaseFits(CasePolicy policy, std::span<const uint32_t> words,
                std::span<const CaseShape> shapes) const;

  // For every start position, the longest phrase whose case policy holds
  // (all phrases of that length that hold are listed). Matches may overlap.
  // Appends to *matches and *phrases. `words` holds WordTable ids (0 for
  // unknown words), `shapes` the case shape of each word.
  void FindAll(std::span<const uint32_t> words, std::span<const CaseShape> shapes,
               std::vector<PhraseMatch>* matches,
               std::vector<uint32_t>* phrases) const;

  // Leftmost-longest matches without overlap: scanning left to right, the
  // longest match that starts at the first position where one starts.
  void FindLongest(std::span<const uint32_t> words,
                   std::span<const CaseShape> shapes,
                   std::vector<PhraseMatch>* matches,
                   std::vector<uint32_t>* phrases) const;

  // Longest-first matches without overlap: of the longest match at every
  // position, those with the most words that are not connectors are taken
  // first, then the longest, then the leftmost; so "the Dow Jones" gives
  // "Dow Jones", not "the Dow". Output in text order.
  void FindLongestFirst(std::span<const uint32_t> words,
                        std::span<const CaseShape> shapes,
                        std::vector<PhraseMatch>* matches,
                        std::vector<uint32_t>* phrases) const;

  size_t MemoryBytes() const;

 private:
  uint32_t Child(uint32_t node, uint32_t word) const;
  // Longest match at `start`; returns its length (0 if none) and appends the
  // fitting phrases to *phrases.
  uint32_t LongestAt(std::span<const uint32_t> words,
                     std::span<const CaseShape> shapes, size_t start,
                     std::vector<uint32_t>* phrases) const;

  // Whether words[i] follows a hyphen: the lower-case part of a
  // hyphenated word inside a name ("Co-operation") fits kProper.
  bool AfterHyphen(std::span<const uint32_t> words, size_t i) const {
    return i > 0 && hyphen_word_ != 0 && words[i - 1] == hyphen_word_;
  }

  WordTable words_;
  uint32_t hyphen_word_ = 0;  // the word "-", 0 if the table lacks it
  uint32_t connector_bit_ = 0;
  std::vector<PhraseInfo> infos_;
  std::vector<uint32_t> phrase_offsets_;  // CSR of phrase words
  std::vector<uint32_t> phrase_words_;
  // Trie: node 0 is the root. Root children in a dense array by word id;
  // other edges in an open-addressing table keyed by (node, word).
  std::vector<uint32_t> root_child_;      // word id -> node (0: none)
  std::vector<Edge> edges_;
  uint64_t edge_mask_ = 0;
  std::vector<uint32_t> node_phrase_begin_;  // CSR: phrases ending at node
  std::vector<uint32_t> node_phrases_;
  std::vector<uint8_t> node_has_child_;
};

template <bool kPadded>
inline uint32_t WordTable::Probe(uint64_t h, const char* word, size_t n) const {
  uint8_t tag = word_table_internal::TagOf(h);
  uint64_t i = h & mask_;
  while (true) {
    uint8_t t = tags_[i];
    if (t == 0) return 0;
    if (t == tag) {
      uint32_t id = ids_[i];
      uint32_t b = offsets_[id], e = offsets_[id + 1];
      if (e - b == n) {
        const char* a = arena_.data() + b;
        if (kPadded && n <= 8 && b + 8 <= arena_.size()) {
          // One masked compare instead of a byte loop whose exit the
          // branch predictor cannot learn (word lengths vary).
          uint64_t x, y;
          std::memcpy(&x, a, 8);
          std::memcpy(&y, word, 8);
          uint64_t mask = n == 8 ? ~0ULL : (1ULL << (8 * n)) - 1;
          if (((x ^ y) & mask) == 0) return id;
        } else {
          size_t k = 0;
          while (k < n && a[k] == word[k]) ++k;
          if (k == n) return id;
        }
      }
    }
    i = (i + 1) & mask_;
  }
}

inline uint32_t WordTable::FindPadded(const char* buf, size_t n) const {
  // The same hash as Find's, with the tail read as one masked block.
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ (n * 0x100000001b3ULL);
  size_t i = 0;
  while (i + 8 <= n) {
    uint64_t v;
    std::memcpy(&v, buf + i, 8);
    h = (h ^ v) * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
    i += 8;
  }
  uint64_t v = 0;
  if (i < n) {
    std::memcpy(&v, buf + i, 8);
    v &= ~0ULL >> (8 * (8 - (n - i)));
  }
  return Probe<true>(word_table_internal::Mix64(h ^ v), buf, n);
}

}  // namespace newsmill

#endif  // NEWSMILL_LEXICON_MATCHER_H_
