// Token trie matching.
//
// The idea: fold each token once and find its id in a hash table of every
// word the lexicon knows (one probe, no allocation); words the lexicon does
// not know get id 0 and can neither start nor continue a phrase, so most
// positions cost one table lookup and one array read (root_child_). From a
// position whose word starts some phrase, the trie is walked one word at a
// time through an open-addressing edge table keyed by (node, word), keeping
// the deepest node that ends a phrase whose case policy the words satisfy.
// Case is checked after the walk, per policy, with shape flags accumulated
// along the path, so one trie serves case-sensitive acronyms ("US"),
// capitalised names and case-free role nouns.
#include "lexicon/matcher.h"

#include <algorithm>
#include <cstring>

namespace newsmill {
namespace {

using word_table_internal::Mix64;
using word_table_internal::TagOf;

inline uint64_t HashBytes(std::string_view s) {
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ (s.size() * 0x100000001b3ULL);
  size_t i = 0;
  while (i + 8 <= s.size()) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    h = (h ^ v) * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
    i += 8;
  }
  // The tail byte by byte: cheaper than a variable-length memcpy call.
  uint64_t v = 0;
  for (size_t k = 0; i + k < s.size(); ++k)
    v |= static_cast<uint64_t>(static_cast<unsigned char>(s[i + k])) << (8 * k);
  return Mix64(h ^ v);
}

}  // namespace

// ---- WordTable ------------------------------------------------------------


WordTable::WordTable() {
  offsets_ = {0, 0};
  classes_.push_back(0);
  tags_.assign(1024, 0);
  ids_.assign(1024, 0);
  mask_ = tags_.size() - 1;
}

uint32_t WordTable::Find(std::string_view folded) const {
  return Probe(HashBytes(folded), folded.data(), folded.size());
}

uint32_t WordTable::Intern(std::string_view folded) {
  uint32_t found = Find(folded);
  if (found != 0) return found;
  if ((offsets_.size() + 1) * 2 > tags_.size()) Grow();
  uint32_t id = static_cast<uint32_t>(offsets_.size() - 1);
  arena_.append(folded);
  offsets_.push_back(static_cast<uint32_t>(arena_.size()));
  classes_.push_back(0);
  uint64_t h = HashBytes(folded);
  uint64_t i = h & mask_;
  while (tags_[i] != 0) i = (i + 1) & mask_;
  tags_[i] = TagOf(h);
  ids_[i] = id;
  return id;
}

void WordTable::Grow() {
  std::vector<uint8_t> tags(tags_.size() * 2, 0);
  std::vector<uint32_t> ids(tags.size(), 0);
  uint64_t mask = tags.size() - 1;
  for (uint32_t id = 1; id + 1 < offsets_.size(); ++id) {
    uint64_t h = HashBytes(word(id));
    uint64_t i = h & mask;
    while (tags[i] != 0) i = (i + 1) & mask;
    tags[i] = TagOf(h);
    ids[i] = id;
  }
  tags_.swap(tags);
  ids_.swap(ids);
  mask_ = mask;
}

size_t WordTable::MemoryBytes() const {
  return tags_.capacity() + ids_.capacity() * sizeof(uint32_t) +
         classes_.capacity() * sizeof(uint32_t) + offsets_.capacity() * sizeof(uint32_t) +
         arena_.capacity();
}

// ---- Builder --------------------------------------------------------------

PhraseMatcher::Builder::Builder() {
  edges_.assign(1024, Edge{});
  node_first_.assign(1, 0);
  node_last_.assign(1, 0);
}

uint32_t PhraseMatcher::Builder::Child(uint32_t node, uint32_t word) const {
  if (node == 0) return word < root_child_.size() ? root_child_[word] : 0;
  uint64_t key = (static_cast<uint64_t>(node) << 32) | word;
  uint64_t mask = edges_.size() - 1;
  uint64_t i = Mix64(key) & mask;
  while (true) {
    const Edge& e = edges_[i];
    if (e.key == 0) return 0;
    if (e.key == key + 1) return e.child;
    i = (i + 1) & mask;
  }
}

void PhraseMatcher::Builder::SetChild(uint32_t node, uint32_t word,
                                      uint32_t child) {
  if (node == 0) {
    if (word >= root_child_.size()) root_child_.resize(word + 1024, 0);
    root_child_[word] = child;
    return;
  }
  if ((edge_count_ + 1) * 2 > edges_.size()) {
    std::vector<Edge> old(edges_.size() * 2, Edge{});
    old.swap(edges_);
    uint64_t mask = edges_.size() - 1;
    for (const Edge& e : old) {
      if (e.key == 0) continue;
      uint64_t i = Mix64(e.key - 1) & mask;
      while (edges_[i].key != 0) i = (i + 1) & mask;
      edges_[i] = e;
    }
  }
  uint64_t key = (static_cast<uint64_t>(node) << 32) | word;
  uint64_t mask = edges_.size() - 1;
  uint64_t i = Mix64(key) & mask;
  while (edges_[i].key != 0) i = (i + 1) & mask;
  edges_[i].key = key + 1;
  edges_[i].child = child;
  ++edge_count_;
}

uint32_t PhraseMatcher::Builder::Add(const std::vector<std::string>& folded_words,
                                     PhraseInfo info) {
  uint32_t index = static_cast<uint32_t>(infos_.size());
  infos_.push_back(info);
  uint32_t node = 0;
  bool any = false;
  for (const std::string& w : folded_words) {
    if (w.empty()) continue;
    uint32_t id = words_.Intern(w);
    phrase_words_.push_back(id);
    uint32_t child = Child(node, id);
    if (child == 0) {
      child = nodes_++;
      node_first_.push_back(0);
      node_last_.push_back(0);
      SetChild(node, id, child);
    }
    node = child;
    any = true;
  }
  phrase_offsets_.push_back(static_cast<uint32_t>(phrase_words_.size()));
  phrase_next_.push_back(0);
  phrase_node_.push_back(any ? node : 0);
  if (any) {
    if (node_last_[node] == 0) {
      node_first_[node] = index + 1;
    } else {
      phrase_next_[node_last_[node] - 1] = index + 1;
    }
    node_last_[node] = index + 1;
  }
  return index;
}

std::vector<uint32_t> PhraseMatcher::Builder::Find(
    const std::vector<std::string>& folded_words) const {
  std::vector<uint32_t> out;
  uint32_t node = 0;
  bool any = false;
  for (const std::string& w : folded_words) {
    if (w.empty()) continue;
    uint32_t id = words_.Find(w);
    if (id == 0) return out;
    node = Child(node, id);
    if (node == 0) return out;
    any = true;
  }
  if (!any) return out;
  for (uint32_t p = node_first_[node]; p != 0; p = phrase_next_[p - 1])
    out.push_back(p - 1);
  return out;
}

PhraseMatcher PhraseMatcher::Builder::Build() && {
  PhraseMatcher m;
  m.hyphen_word_ = words_.Find("-");
  m.words_ = std::move(words_);
  m.infos_ = std::move(infos_);
  m.phrase_offsets_ = std::move(phrase_offsets_);
  m.phrase_words_ = std::move(phrase_words_);
  m.root_child_ = std::move(root_child_);
  m.root_child_.resize(m.words_.size() + 1, 0);
  // Pack the edges into a table at most half full.
  size_t cap = 16;
  while (cap < edge_count_ * 2) cap <<= 1;
  m.edges_.assign(cap, Edge{});
  m.edge_mask_ = cap - 1;
  m.node_has_child_.assign(nodes_, 0);
  for (uint32_t w = 0; w < m.root_child_.size(); ++w)
    if (m.root_child_[w] != 0) m.node_has_child_[0] = 1;
  for (const Edge& e : edges_) {
    if (e.key == 0) continue;
    uint64_t i = Mix64(e.key - 1) & m.edge_mask_;
    while (m.edges_[i].key != 0) i = (i + 1) & m.edge_mask_;
    m.edges_[i] = e;
    m.node_has_child_[(e.key - 1) >> 32] = 1;
  }
  m.node_phrase_begin_.assign(nodes_ + 1, 0);
  m.node_phrases_.reserve(m.infos_.size());
  for (uint32_t n = 0; n < nodes_; ++n) {
    m.node_phrase_begin_[n] = static_cast<uint32_t>(m.node_phrases_.size());
    for (uint32_t p = node_first_[n]; p != 0; p = phrase_next_[p - 1])
      m.node_phrases_.push_back(p - 1);
  }
  m.node_phrase_begin_[nodes_] = static_cast<uint32_t>(m.node_phrases_.size());
  return m;
}

// ---- Matching -------------------------------------------------------------

uint32_t PhraseMatcher::Child(uint32_t node, uint32_t word) const {
  uint64_t key = (static_cast<uint64_t>(node) << 32) | word;
  uint64_t i = Mix64(key) & edge_mask_;
  while (true) {
    const Edge& e = edges_[i];
    if (e.key == 0) return 0;
    if (e.key == key + 1) return e.child;
    i = (i + 1) & edge_mask_;
  }
}

std::span<const uint32_t> PhraseMatcher::FindExact(
    std::span<const uint32_t> words) const {
  if (words.empty() || words[0] == 0 || words[0] >= root_child_.size()) return {};
  uint32_t node = root_child_[words[0]];
  for (size_t i = 1; i < words.size() && node != 0; ++i)
    node = words[i] == 0 ? 0 : Child(node, words[i]);
  if (node == 0) return {};
  return {node_phrases_.data() + node_phrase_begin_[node],
          node_phrase_begin_[node + 1] - node_phrase_begin_[node]};
}

bool PhraseMatcher::CaseFits(CasePolicy policy, std::span<const uint32_t> words,
                             std::span<const CaseShape> shapes) const {
  if (policy == CasePolicy::kAny) return true;
  for (size_t i = 0; i < words.size(); ++i) {
    CaseShape s = shapes[i];
    if (policy == CasePolicy::kAcronym) {
      if (s != CaseShape::kAllCaps && s != CaseShape::kNoLetters) return false;
    } else if (s == CaseShape::kLower) {
      if ((words_.classes(words[i]) & connector_bit_) == 0 && !AfterHyphen(words, i)) return false;
    }
  }
  return true;
}

uint32_t PhraseMatcher::LongestAt(std::span<const uint32_t> words,
                                  std::span<const CaseShape> shapes,
                                  size_t start, std::vector<uint32_t>* out) const {
  uint32_t w = words[start];
  if (w == 0 || w >= root_child_.size()) return 0;
  uint32_t node = root_child_[w];
  if (node == 0) return 0;
  size_t mark = out->size();
  uint32_t best = 0;
  bool acronym_ok = true, proper_ok = true;
  size_t n = words.size();
  for (size_t len = 1;; ++len) {
    size_t i = start + len - 1;
    CaseShape s = shapes[i];
    if (s != CaseShape::kAllCaps && s != CaseShape::kNoLetters) acronym_ok = false;
    if (s == CaseShape::kLower &&
        (words_.classes(words[i]) & connector_bit_) == 0 && !AfterHyphen(words, i))
      proper_ok = false;
    uint32_t b = node_phrase_begin_[node], e = node_phrase_begin_[node + 1];
    if (b != e) {
      size_t here = out->size();
      for (uint32_t k = b; k < e; ++k) {
        uint32_t p = node_phrases_[k];
        CasePolicy pol = infos_[p].policy;
        if (pol == CasePolicy::kAny ||
            (pol == CasePolicy::kProper && proper_ok) ||
            (pol == CasePolicy::kAcronym && acronym_ok))
          out->push_back(p);
      }
      if (out->size() > here) {
        // A longer match replaces the shorter ones found before.
        if (here > mark) out->erase(out->begin() + mark, out->begin() + here);
        best = static_cast<uint32_t>(len);
      }
    }
    if (!node_has_child_[node] || start + len >= n) break;
    w = words[start + len];
    if (w == 0) break;
    node = Child(node, w);
    if (node == 0) break;
  }
  return best;
}

void PhraseMatcher::FindAll(std::span<const uint32_t> words,
                            std::span<const CaseShape> shapes,
                            std::vector<PhraseMatch>* matches,
                            std::vector<uint32_t>* phrases) const {
  const uint32_t n_roots = static_cast<uint32_t>(root_child_.size());
  for (size_t i = 0; i < words.size(); ++i) {
    // Most words start no phrase: one array read.
    uint32_t w = words[i];
    if (w == 0 || w >= n_roots || root_child_[w] == 0) continue;
    uint32_t first = static_cast<uint32_t>(phrases->size());
    uint32_t len = LongestAt(words, shapes, i, phrases);
    if (len > 0) {
      matches->push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + len),
                          first, static_cast<uint32_t>(phrases->size()) - first});
    }
  }
}

void PhraseMatcher::FindLongest(std::span<const uint32_t> words,
                                std::span<const CaseShape> shapes,
                                std::vector<PhraseMatch>* matches,
                                std::vector<uint32_t>* phrases) const {
  size_t i = 0;
  while (i < words.size()) {
    uint32_t first = static_cast<uint32_t>(phrases->size());
    uint32_t len = LongestAt(words, shapes, i, phrases);
    if (len > 0) {
      matches->push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + len),
                          first, static_cast<uint32_t>(phrases->size()) - first});
      i += len;
    } else {
      ++i;
    }
  }
}

void PhraseMatcher::FindLongestFirst(std::span<const uint32_t> words,
                                     std::span<const CaseShape> shapes,
                                     std::vector<PhraseMatch>* matches,
                                     std::vector<uint32_t>* phrases) const {
  // Scratch reused across calls on this thread: no allocation per sentence.
  thread_local std::vector<PhraseMatch> all;
  all.clear();
  FindAll(words, shapes, &all, phrases);
  bool overlap = false;
  for (size_t i = 1; i < all.size() && !overlap; ++i) overlap = all[i].begin < all[i - 1].end;
  if (!overlap) {
    matches->insert(matches->end(), all.begin(), all.end());
    return;
  }
  thread_local std::vector<uint32_t> order;
  order.resize(all.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  // Weight: words that are not connectors ("the Dow" weighs 1, "Dow Jones"
  // 2), then length.
  std::vector<uint32_t> weight(all.size(), 0);
  for (uint32_t i = 0; i < all.size(); ++i)
    for (uint32_t k = all[i].begin; k < all[i].end; ++k)
      weight[i] += (words[k] != 0 && (words_.classes(words[k]) & connector_bit_) == 0);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    if (weight[a] != weight[b]) return weight[a] > weight[b];
    return all[a].end - all[a].begin > all[b].end - all[b].begin;
  });
  std::vector<uint8_t> taken(words.size(), 0);
  std::vector<uint32_t> chosen;
  for (uint32_t i : order) {
    const PhraseMatch& m = all[i];
    bool free = true;
    for (uint32_t k = m.begin; k < m.end && free; ++k) free = !taken[k];
    if (!free) continue;
    for (uint32_t k = m.begin; k < m.end; ++k) taken[k] = 1;
    chosen.push_back(i);
  }
  std::sort(chosen.begin(), chosen.end());
  for (uint32_t i : chosen) matches->push_back(all[i]);
}

size_t PhraseMatcher::MemoryBytes() const {
  return words_.MemoryBytes() + infos_.capacity() * sizeof(PhraseInfo) +
         (phrase_offsets_.capacity() + phrase_words_.capacity() +
          root_child_.capacity() + node_phrase_begin_.capacity() +
          node_phrases_.capacity()) *
             sizeof(uint32_t) +
         edges_.capacity() * sizeof(Edge) + node_has_child_.capacity();
}

}  // namespace newsmill
