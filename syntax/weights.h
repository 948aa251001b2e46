// Weight tables of the syntax models: hashed feature key -> one weight per
// class.
//
// WeightTable is the frozen, quantised table used at run time: int16
// weights with one scale per table, rows found through an open-addressing
// index on the 64-bit key. TrainTable (training only) holds float weights
// with the running sums of the averaged perceptron and freezes into a
// WeightTable.
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
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace newsmill::syntax {

inline constexpr int kMaxClasses = 128;

// Open-addressing map from a non-zero 64-bit key to a row number.
class KeyIndex {
 public:
  static constexpr uint32_t kMissing = 0xFFFFFFFFu;
  KeyIndex() { Rehash(16); }
  uint32_t Find(uint64_t key) const {
    key = key ? key : 1;
    size_t mask = keys_.size() - 1;
    size_t i = static_cast<size_t>(key ^ (key >> 29)) & mask;
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
  void Rehash(size_t capacity);
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> rows_;
  size_t size_ = 0;
};

class WeightTable {
 public:
  int num_classes() const { return classes_; }
  size_t num_rows() const { return index_.size(); }
  float scale() const { return scale_; }

  // Adds the row of key (if any) to scores[0..num_classes).
  void AddTo(uint64_t key, int32_t* scores) const {
    uint32_t r = index_.Find(key);
    if (r == KeyIndex::kMissing) return;
    const int16_t* w = &weights_[static_cast<size_t>(r) * stride_];
    for (int c = 0; c < stride_; ++c) scores[c] += w[c];
  }
  // Row of key, or nullptr.
  const int16_t* Row(uint64_t key) const {
    uint32_t r = index_.Find(key);
    return r == KeyIndex::kMissing ? nullptr
                                   : &weights_[static_cast<size_t>(r) * stride_];
  }
  int stride() const { return stride_; }

  // Serialised form: classes u32, rows u32, scale f32, then rows x (key u64,
  // classes x i16), little-endian.
  void AppendTo(std::string* out) const;
  // Reads a table at *pos of data and advances *pos. Corruption on bad input.
  static Result<WeightTable> Read(std::string_view data, size_t* pos);

  // Builds a table from rows of float weights: quantises with one scale so
  // that the largest magnitude maps to 32000.
  static WeightTable FromFloat(int classes, const std::vector<uint64_t>& keys,
                               const std::vector<float>& weights);

 private:
  int classes_ = 0;
  int stride_ = 0;  // classes rounded up to a multiple of 8
  float scale_ = 1;
  KeyIndex index_;
  std::vector<uint64_t> keys_;  // row -> key (for serialisation)
  std::vector<int16_t> weights_;
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
