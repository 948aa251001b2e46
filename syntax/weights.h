// Weight tables of the syntax models: hashed feature key -> one weight per
// class.
//
// WeightTable is the frozen, quantised table used at run time: int8
// weights with one scale per table (measured on GUM dev: 0.1 point of UAS
// below float), in open-addressing tables whose slots hold a 16-bit check
// and the row together, so that a lookup touches one cache line. Rows come
// most frequent first; the first ones go to a small hot table that stays in
// cache, the others to a cold table behind a Bloom filter (tables of at most
// three classes, the parser's moves: buckets of one cache line instead, see
// AddAllBuckets). TrainTable (training only) holds float weights with the
// sums the averaged perceptron needs and freezes into a WeightTable.
//
//   WeightTable t = ...;                 // from a model file
//   int32_t scores[kMaxClasses] = {};
//   for (uint64_t k : keys) t.AddTo(k, scores);
//
// Thread safety: a WeightTable is immutable once built and may be shared;
// TrainTable is single-threaded.
#ifndef NEWSMILL_SYNTAX_WEIGHTS_H_
#define NEWSMILL_SYNTAX_WEIGHTS_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace newsmill::syntax {

inline constexpr int kMaxClasses = 128;

// Open-addressing map from a non-zero 64-bit key to a row number (training
// and load-time use).
class KeyIndex {
 public:
  static constexpr uint32_t kMissing = 0xFFFFFFFFu;
  KeyIndex() { Rehash(16); }
  uint32_t Find(uint64_t key) const {
    key = key ? key : 1;
    size_t mask = keys_.size() - 1;
    size_t i = Home(key, mask);
    while (true) {
      uint64_t k = keys_[i];
      if (k == key) return rows_[i];
      if (k == 0) return kMissing;
      i = (i + 1) & mask;
    }
  }
  // Returns the row of key, inserting `row` when absent.
  uint32_t Insert(uint64_t key, uint32_t row);
  size_t size() const { return size_; }
  void Reserve(size_t n);

 private:
  static size_t Home(uint64_t key, size_t mask) {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> 24) & mask;
  }
  void Rehash(size_t capacity);
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> rows_;
  size_t size_ = 0;
};

class WeightTable {
 public:
  int num_classes() const { return classes_; }
  size_t num_rows() const { return keys_.size(); }
  // Scores must have room for stride() entries (classes rounded up to 4).
  int stride() const { return stride_; }
  // The float weight of one unit of the int8 weights.
  float scale() const { return scale_; }

  // The weights of key (stride() values), or nullptr.
  const int8_t* Row(uint64_t key) const {
    if (keys_.empty()) return nullptr;
    if (num_buckets_ > 0) return FindInBuckets(key);
    const uint64_t h = key * kTableMul;
    const int8_t* w = hot_.Find(h, slot_size_);
    return w != nullptr ? w : cold_.Find(h, slot_size_);
  }
  // Adds the row of key (if any) to scores[0..stride()).
  void AddTo(uint64_t key, int32_t* scores) const {
    const int8_t* w = Row(key);
    if (w == nullptr) return;
    for (int c = 0; c < stride_; ++c) scores[c] += w[c];
  }

  // Adds the rows of n keys to scores[0..stride()). Faster than AddTo one
  // by one: a small Bloom filter drops most absent keys, and the slots of
  // the others are prefetched first so that their cache misses overlap.
  void AddAll(const uint64_t* keys, int n, int32_t* scores) const {
    if (num_buckets_ > 0) return AddAllBuckets(keys, n, scores);
    if (avx2_) {
      if (stride_ == 20) return AddAll20Avx2(keys, n, scores);
      if (stride_ == 52) return AddAll52Avx2(keys, n, scores);
    }
    switch (stride_) {
      case 4:
        return AddAllN<4>(keys, n, scores);
      case 8:
        return AddAllN<8>(keys, n, scores);
      case 16:
        return AddAllN<16>(keys, n, scores);
      case 20:
        return AddAllN<20>(keys, n, scores);
      case 52:
        return AddAllN<52>(keys, n, scores);
      case 56:
        return AddAllN<56>(keys, n, scores);
      default:
        return AddAllN<0>(keys, n, scores);
    }
  }

  // Prefetches the lines that AddAll(keys, n) will read (the hot slot, and
  // the cold slot of the keys the filter passes; the bucket of a table of
  // buckets), so that a later AddAll finds them in cache.
  void Prefetch(const uint64_t* keys, int n) const {
    if (keys_.empty()) return;
    if (num_buckets_ > 0) {
      for (int j = 0; j < n; ++j)
        __builtin_prefetch(buckets_.data() + BucketOf(keys[j]) * 64);
      return;
    }
    for (int j = 0; j < n; ++j) {
      const uint64_t h = keys[j] * kTableMul;
      __builtin_prefetch(
          &hot_.slots[static_cast<size_t>(h >> hot_.shift) * slot_size_]);
      const uint64_t f = (keys[j] * kFilterMul) >> filter_shift_;
      if ((filter_[f >> 6] >> (f & 63)) & 1)
        __builtin_prefetch(
            &cold_.slots[static_cast<size_t>(h >> cold_.shift) * slot_size_]);
    }
  }

  // Whether AddAll may use AVX2 for the tagger's and the labeller's rows
  // (by default: when the processor has it). Same sums either way; tests
  // switch it off to compare.
  void set_avx2(bool on) { avx2_ = on && CpuHasAvx2(); }
  bool avx2() const { return avx2_; }
  static bool CpuHasAvx2();

  // Serialised form: classes u32, rows u32, scale f32, then rows x (key u64,
  // classes x i8), little-endian.
  void AppendTo(std::string* out) const;
  // Reads a table at *pos of data and advances *pos. Corruption on bad input.
  static Result<WeightTable> Read(std::string_view data, size_t* pos);

  // Builds a table from rows of float weights: quantises to int8 with one
  // scale so that the largest magnitude maps to 127.
  static WeightTable FromFloat(int classes, const std::vector<uint64_t>& keys,
                               const std::vector<float>& weights);

 private:
  static constexpr uint64_t kTableMul = 0xBF58476D1CE4E5B9ULL;
  static constexpr uint64_t kFilterMul = 0x94D049BB133111EBULL;
  // The slot check: 16 low bits of the mixed key, never 0 (empty).
  static uint16_t Check(uint64_t h) { return static_cast<uint16_t>(h) | 1u; }

  // Bytes that start at a cache-line boundary.
  class AlignedBytes {
   public:
    AlignedBytes() = default;
    explicit AlignedBytes(size_t n) { Assign(n); }
    AlignedBytes(const AlignedBytes& o) { *this = o; }
    AlignedBytes& operator=(const AlignedBytes& o) {
      if (this != &o) {
        Assign(o.size_);
        if (size_ > 0) std::memcpy(data_, o.data_, size_);
      }
      return *this;
    }
    AlignedBytes(AlignedBytes&& o) noexcept { *this = std::move(o); }
    AlignedBytes& operator=(AlignedBytes&& o) noexcept {
      storage_ = std::move(o.storage_);
      data_ = o.data_;
      size_ = o.size_;
      o.data_ = nullptr;
      o.size_ = 0;
      return *this;
    }
    // n zero bytes.
    void Assign(size_t n) {
      storage_.assign(n + 64, 0);
      const uintptr_t base = reinterpret_cast<uintptr_t>(storage_.data());
      data_ = storage_.data() + (64 - base % 64) % 64;
      size_ = n;
    }
    int8_t* data() { return data_; }
    const int8_t* data() const { return data_; }
    size_t size() const { return size_; }

   private:
    std::vector<int8_t> storage_;
    int8_t* data_ = nullptr;
    size_t size_ = 0;
  };

  // Open addressing with linear probing over slots of [check, weights].
  struct Slots {
    AlignedBytes bytes;
    const int8_t* slots = nullptr;  // bytes.data() once built
    int shift = 64;
    size_t mask = 0;
    Slots() = default;
    Slots(const Slots& o) { *this = o; }
    Slots& operator=(const Slots& o) {
      bytes = o.bytes;
      slots = o.slots == nullptr ? nullptr : bytes.data();
      shift = o.shift;
      mask = o.mask;
      return *this;
    }
    Slots(Slots&& o) noexcept { *this = std::move(o); }
    Slots& operator=(Slots&& o) noexcept {
      bytes = std::move(o.bytes);
      slots = o.slots == nullptr ? nullptr : bytes.data();
      o.slots = nullptr;
      shift = o.shift;
      mask = o.mask;
      return *this;
    }
    void Build(const std::vector<uint64_t>& keys,
               const std::vector<int8_t>& rows, size_t begin, size_t end,
               int classes, int slot_size, size_t capacity);
    const int8_t* Find(uint64_t h, int slot_size) const {
      if (slots == nullptr) return nullptr;
      size_t i = static_cast<size_t>(h >> shift);
      const uint16_t check = Check(h);
      while (true) {
        const int8_t* s = &slots[i * slot_size];
        uint16_t c;
        std::memcpy(&c, s, 2);
        if (c == check) return s + 2;
        if (c == 0) return nullptr;
        i = (i + 1) & mask;
      }
    }
  };

  // Four passes over the keys, so that each pass's memory accesses were
  // prefetched by the one before and their cache misses overlap: hash and
  // prefetch the hot slot; probe the hot table and prefetch the filter word
  // of the keys it lacks; test the filter and prefetch their cold slot;
  // probe the cold table.
  template <int kStride>
  void AddAllN(const uint64_t* keys, int n, int32_t* __restrict scores) const {
    if (keys_.empty()) return;
    const int stride = kStride > 0 ? kStride : stride_;
    // 16-bit sums: at most 256 rows of int8 weights (|w| <= 127) cannot
    // overflow them, and they add twice as many classes per instruction.
    int16_t acc[kMaxClasses];
    for (int k = 0; k < stride; ++k) acc[k] = 0;
    uint64_t h[256];
    uint64_t f[256];
    if (n > 256) n = 256;
    for (int j = 0; j < n; ++j) {
      h[j] = keys[j] * kTableMul;
      __builtin_prefetch(
          &hot_.slots[static_cast<size_t>(h[j] >> hot_.shift) * slot_size_]);
    }
    int m = 0;
    for (int j = 0; j < n; ++j) {
      const int8_t* w = hot_.Find(h[j], slot_size_);
      if (w != nullptr) {
        for (int k = 0; k < stride; ++k)
          acc[k] = static_cast<int16_t>(acc[k] + w[k]);
        continue;
      }
      h[m] = h[j];
      f[m] = (keys[j] * kFilterMul) >> filter_shift_;
      __builtin_prefetch(&filter_[f[m] >> 6]);
      ++m;
    }
    int c = 0;
    for (int j = 0; j < m; ++j) {
      if (!((filter_[f[j] >> 6] >> (f[j] & 63)) & 1)) continue;
      h[c] = h[j];
      __builtin_prefetch(
          &cold_.slots[static_cast<size_t>(h[c] >> cold_.shift) * slot_size_]);
      ++c;
    }
    for (int j = 0; j < c; ++j) {
      const int8_t* w = cold_.Find(h[j], slot_size_);
      if (w != nullptr)
        for (int k = 0; k < stride; ++k)
          acc[k] = static_cast<int16_t>(acc[k] + w[k]);
    }
    for (int k = 0; k < stride; ++k) scores[k] += acc[k];
  }

  void Build(std::vector<int8_t> rows);  // keys_ set; rows: classes each

  // Tables of at most three classes (the parser's moves) are buckets of one
  // cache line each instead: kBucketSlots slots of a 32-bit check (0:
  // empty), then their rows of four bytes (the weights, zero-padded), then
  // an eighth row, always zero, that a lookup without a match adds, so that
  // the lookup has no branch; the last byte of the line is set when keys
  // whose home is this bucket went on to the next (the bucket was full).
  // A lookup is one line and no unpredictable branch, where the hot table,
  // Bloom filter and cold table cost one to three lines behind two.
  static constexpr int kBucketSlots = 7;
  static constexpr int kBucketRows = 32;  // offset of the rows in a bucket
  static constexpr int kBucketFlag = 63;  // offset of the overflow flag
  static uint32_t BucketCheck(uint64_t key) {
    return static_cast<uint32_t>((key * kFilterMul) >> 32) | 1u;
  }
  size_t BucketOf(uint64_t key) const {
    return static_cast<size_t>(((key * kTableMul) >> 32) * num_buckets_ >> 32);
  }
  void BuildBuckets(const std::vector<int8_t>& rows);
  const int8_t* FindInBuckets(uint64_t key) const;  // plain C++
  void AddAllBuckets(const uint64_t* keys, int n, int32_t* scores) const;
  // AddAllN<20> and AddAllN<52> compiled for AVX2 (weights.cc).
  void AddAll20Avx2(const uint64_t* keys, int n, int32_t* scores) const;
  void AddAll52Avx2(const uint64_t* keys, int n, int32_t* scores) const;

 public:
  // Bit i set: slot i of bucket b holds check c (SSE2 where the compiler
  // targets it, else plain C++; MatchBucketPortable is the latter always,
  // for tests).
  static unsigned MatchBucket(const int8_t* b, uint32_t c);
  static unsigned MatchBucketPortable(const int8_t* b, uint32_t c) {
    unsigned m = 0;
    for (int i = 0; i < kBucketSlots; ++i) {
      uint32_t x;
      std::memcpy(&x, b + 4 * i, 4);
      m |= static_cast<unsigned>(x == c) << i;
    }
    return m;
  }

 private:
  // Size of the hot table, within the L2 cache (1 MB on the project's VM).
  // With 256 KB the labeller's hot table held 2,900 rows (one 64-byte slot
  // each) and the tagger's 5,700; now 5,700 (512 KB) and 22,900 (720 KB).
  static constexpr size_t kHotBytes = 768 * 1024;

  int classes_ = 0;
  int stride_ = 0;  // classes rounded up to a multiple of 4
  // Bytes per slot: 2 (the check) + stride_, or 64 for the rows of 32 to 62
  // bytes, so that every slot is one cache line.
  int slot_size_ = 0;
  float scale_ = 1;
  std::vector<uint64_t> keys_;  // row -> key (for serialisation)
  std::vector<int8_t> rows_;    // row -> classes weights (for serialisation)
  size_t hot_rows_ = 0;         // the first rows, the most frequent
  Slots hot_;
  Slots cold_;
  // A one-hash Bloom filter of the cold keys (16 bits per key, small enough
  // to stay in cache): most absent features are rejected without touching
  // the cold slots.
  std::vector<uint64_t> filter_;
  int filter_shift_ = 64;
  // The buckets of a table of at most three classes (else empty).
  AlignedBytes buckets_;
  uint64_t num_buckets_ = 0;
  bool avx2_ = false;
};

// Averaged-perceptron weights during training.
class TrainTable {
 public:
  explicit TrainTable(int classes) : classes_(classes) {}
  int num_classes() const { return classes_; }

  // scores[c] += sum of current weights of keys.
  void Score(const uint64_t* keys, size_t n, float* scores) const;
  // Adds delta to class c of every key, at time `now` (number of updates
  // so far, for averaging).
  void Update(const uint64_t* keys, size_t n, int c, float delta, int64_t now);
  // Counts one occurrence of every key (for pruning rare features).
  void Count(const uint64_t* keys, size_t n);

  // Averaged weights of every row seen at least min_count times and with
  // a largest averaged magnitude of at least min_weight.
  WeightTable Freeze(int64_t now, int min_count, float min_weight) const;
  size_t num_rows() const { return keys_.size(); }

 private:
  uint32_t RowOf(uint64_t key);
  int classes_;
  KeyIndex index_;
  std::vector<uint64_t> keys_;
  KeyIndex count_index_;
  std::vector<uint32_t> counts_;
  std::vector<float> w_;
  std::vector<double> acc_;  // sum of update time x delta
};

}  // namespace newsmill::syntax

#endif  // NEWSMILL_SYNTAX_WEIGHTS_H_
