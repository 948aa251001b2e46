// FlatStringMap: a read-mostly hash map from strings to small values, for
// the word lookups on the hot paths of the stages (one per token).
//
//   FlatStringMap<uint16_t> m;
//   m.Insert("said", 3);            // at load time
//   const uint16_t* v = m.Find(w);  // per token: no allocation, no division
//
// Open addressing with linear probing over a power-of-two table, word-wise
// hashes, keys kept in one buffer. Insert overwrites; there is no erase.
// Faster than std::unordered_map for this use because it hashes short keys
// inline and finds a slot with a mask instead of a modulo by a prime.
//
// Thread safety: Find is const and may run on many threads once loading
// (Insert) is over.
#ifndef NEWSMILL_BASE_FLAT_STRING_MAP_H_
#define NEWSMILL_BASE_FLAT_STRING_MAP_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace newsmill {

// A fast 64-bit hash of a short string, eight bytes at a time.
inline uint64_t HashString(std::string_view s) {
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
  }
  uint64_t w = 0;
  for (size_t k = 0; i + k < s.size(); ++k)  // the tail, without a memcpy call
    w |= static_cast<uint64_t>(static_cast<unsigned char>(s[i + k])) << (8 * k);
  h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 29);
}

template <typename V>
class FlatStringMap {
 public:
  // Inserts or overwrites key -> value; returns the stored value.
  V& Insert(std::string_view key, const V& value) {
    if ((size_ + 1) * 4 > slots_.size() * 3) Grow();
    uint64_t h = HashString(key);
    size_t i = h & (slots_.size() - 1);
    while (slots_[i].used) {
      if (slots_[i].hash == h && KeyOf(slots_[i]) == key) {
        slots_[i].value = value;
        return slots_[i].value;
      }
      i = (i + 1) & (slots_.size() - 1);
    }
    Slot& s = slots_[i];
    s.used = true;
    s.hash = h;
    s.key_begin = static_cast<uint32_t>(keys_.size());
    s.key_size = static_cast<uint32_t>(key.size());
    keys_.append(key);
    s.value = value;
    ++size_;
    return s.value;
  }

  // The value of key, or nullptr.
  const V* Find(std::string_view key) const {
    if (size_ == 0) return nullptr;
    return FindHashed(key, HashString(key));
  }

  // Find for a key followed by at least 8 readable bytes in its buffer
  // (the caller pads it): short keys are hashed from one 8-byte load.
  [[gnu::always_inline]] const V* FindPadded(std::string_view key) const {
    if (size_ == 0) return nullptr;
    if (key.size() > 8) return FindHashed(key, HashString(key));
    uint64_t w;
    std::memcpy(&w, key.data(), 8);
    if (key.size() < 8) w &= (uint64_t{1} << (8 * key.size())) - 1;
    uint64_t h = (0x9E3779B97F4A7C15ULL ^ key.size());
    if (key.size() == 8) {
      h = (h ^ w) * 0xff51afd7ed558ccdULL;
      h ^= h >> 32;
      w = 0;
    }
    h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
    return FindHashed(key, h ^ (h >> 29));
  }

  [[gnu::always_inline]] const V* FindHashed(std::string_view key, uint64_t h) const {
    size_t i = h & (slots_.size() - 1);
    while (slots_[i].used) {
      if (slots_[i].hash == h && KeyOf(slots_[i]) == key) return &slots_[i].value;
      i = (i + 1) & (slots_.size() - 1);
    }
    return nullptr;
  }
  V* FindMutable(std::string_view key) {
    return const_cast<V*>(static_cast<const FlatStringMap*>(this)->Find(key));
  }

  size_t size() const { return size_; }

  // Calls fn(key, value) for every entry, in no particular order.
  template <typename Fn>
  void ForEach(Fn fn) const {
    for (const Slot& s : slots_)
      if (s.used) fn(KeyOf(s), s.value);
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t key_begin = 0;
    uint32_t key_size = 0;
    bool used = false;
    V value{};
  };

  std::string_view KeyOf(const Slot& s) const {
    return std::string_view(keys_).substr(s.key_begin, s.key_size);
  }

  void Grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    for (const Slot& s : old) {
      if (!s.used) continue;
      size_t i = s.hash & (slots_.size() - 1);
      while (slots_[i].used) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::string keys_;
  size_t size_ = 0;
};

}  // namespace newsmill

#endif  // NEWSMILL_BASE_FLAT_STRING_MAP_H_
