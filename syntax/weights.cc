#include "syntax/weights.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace newsmill::syntax {

void KeyIndex::Rehash(size_t capacity) {
  std::vector<uint64_t> old_keys = std::move(keys_);
  std::vector<uint32_t> old_rows = std::move(rows_);
  keys_.assign(capacity, 0);
  rows_.assign(capacity, kMissing);
  size_ = 0;
  for (size_t i = 0; i < old_keys.size(); ++i)
    if (old_keys[i] != 0) Insert(old_keys[i], old_rows[i]);
}

void KeyIndex::Reserve(size_t n) {
  size_t cap = 16;
  while (cap < n * 2) cap *= 2;
  if (cap > keys_.size()) Rehash(cap);
}

uint32_t KeyIndex::Insert(uint64_t key, uint32_t row) {
  key = key ? key : 1;
  if ((size_ + 1) * 2 > keys_.size()) Rehash(keys_.size() * 2);
  size_t mask = keys_.size() - 1;
  size_t i = Home(key, mask);
  while (true) {
    if (keys_[i] == key) return rows_[i];
    if (keys_[i] == 0) {
      keys_[i] = key;
      rows_[i] = row;
      ++size_;
      return row;
    }
    i = (i + 1) & mask;
  }
}

namespace {

void PutU32(std::string* out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>(v >> (8 * i)));
}
void PutU64(std::string* out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>(v >> (8 * i)));
}
bool GetU32(std::string_view d, size_t* pos, uint32_t* v) {
  if (d.size() - *pos < 4 || *pos > d.size()) return false;
  uint32_t x = 0;
  for (int i = 0; i < 4; ++i)
    x |= static_cast<uint32_t>(static_cast<unsigned char>(d[*pos + i])) << (8 * i);
  *pos += 4;
  *v = x;
  return true;
}
uint64_t LoadU64(const char* p) {
  uint64_t x = 0;
  for (int i = 0; i < 8; ++i)
    x |= static_cast<uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
  return x;
}

int Stride(int classes) { return (classes + 3) / 4 * 4; }

}  // namespace

void WeightTable::Build(const std::vector<int8_t>& rows) {
  stride_ = Stride(classes_);
  slot_size_ = 2 + stride_;
  rows_ = rows;
  size_t cap = 16;
  int bits = 4;
  while (cap * 7 < keys_.size() * 10) {
    cap *= 2;
    ++bits;
  }
  shift_ = 64 - bits;
  mask_ = cap - 1;
  slots_.assign(cap * slot_size_, 0);
  for (size_t r = 0; r < keys_.size(); ++r) {
    const uint64_t h = keys_[r] * kTableMul;
    size_t i = static_cast<size_t>(h >> shift_);
    const uint16_t check = Check(h);
    while (true) {
      int8_t* s = &slots_[i * slot_size_];
      uint16_t c;
      std::memcpy(&c, s, 2);
      if (c == 0) {
        std::memcpy(s, &check, 2);
        std::memcpy(s + 2, &rows[r * classes_], classes_);
        break;
      }
      i = (i + 1) & mask_;
    }
  }
  size_t fbits = 64;
  int fb = 6;
  while (fbits < keys_.size() * 16) {
    fbits *= 2;
    ++fb;
  }
  filter_shift_ = 64 - fb;
  filter_.assign(fbits / 64, 0);
  for (uint64_t key : keys_) {
    const uint64_t bit = (key * kFilterMul) >> filter_shift_;
    filter_[bit >> 6] |= 1ULL << (bit & 63);
  }
}

void WeightTable::AppendTo(std::string* out) const {
  PutU32(out, static_cast<uint32_t>(classes_));
  PutU32(out, static_cast<uint32_t>(keys_.size()));
  uint32_t s;
  std::memcpy(&s, &scale_, 4);
  PutU32(out, s);
  for (size_t r = 0; r < keys_.size(); ++r) {
    PutU64(out, keys_[r]);
    for (int c = 0; c < classes_; ++c)
      out->push_back(static_cast<char>(rows_[r * classes_ + c]));
  }
}

Result<WeightTable> WeightTable::Read(std::string_view data, size_t* pos) {
  uint32_t classes, rows, s;
  if (!GetU32(data, pos, &classes) || !GetU32(data, pos, &rows) ||
      !GetU32(data, pos, &s)) {
    return Status::Corruption("truncated weight table header");
  }
  if (classes == 0 || classes > static_cast<uint32_t>(kMaxClasses)) {
    return Status::Corruption("weight table with " + std::to_string(classes) +
                              " classes");
  }
  size_t row_bytes = 8 + static_cast<size_t>(classes);
  if ((data.size() - *pos) / row_bytes < rows) {
    return Status::Corruption("truncated weight table (" +
                              std::to_string(rows) + " rows announced)");
  }
  WeightTable t;
  t.classes_ = static_cast<int>(classes);
  std::memcpy(&t.scale_, &s, 4);
  t.keys_.resize(rows);
  std::vector<int8_t> weights(static_cast<size_t>(rows) * classes);
  const char* p = data.data() + *pos;
  for (uint32_t r = 0; r < rows; ++r) {
    t.keys_[r] = LoadU64(p);
    p += 8;
    std::memcpy(&weights[static_cast<size_t>(r) * classes], p, classes);
    p += classes;
  }
  *pos += static_cast<size_t>(rows) * row_bytes;
  t.Build(weights);
  return t;
}

WeightTable WeightTable::FromFloat(int classes,
                                   const std::vector<uint64_t>& keys,
                                   const std::vector<float>& weights) {
  WeightTable t;
  t.classes_ = classes;
  float max_abs = 0;
  for (float w : weights) max_abs = std::max(max_abs, std::fabs(w));
  t.scale_ = max_abs > 0 ? max_abs / 127.0f : 1.0f;
  std::vector<int8_t> q;
  // Rows whose weights all round to zero are dropped.
  for (size_t r = 0; r < keys.size(); ++r) {
    bool any = false;
    int8_t row[kMaxClasses];
    for (int c = 0; c < classes; ++c) {
      float v = weights[r * classes + c] / t.scale_;
      row[c] = static_cast<int8_t>(std::lround(std::clamp(v, -127.0f, 127.0f)));
      any |= row[c] != 0;
    }
    if (!any) continue;
    t.keys_.push_back(keys[r]);
    q.insert(q.end(), row, row + classes);
  }
  t.Build(q);
  return t;
}

uint32_t TrainTable::RowOf(uint64_t key) {
  uint32_t r = index_.Find(key);
  if (r != KeyIndex::kMissing) return r;
  r = static_cast<uint32_t>(keys_.size());
  index_.Insert(key, r);
  keys_.push_back(key);
  w_.resize(w_.size() + classes_, 0.0f);
  acc_.resize(acc_.size() + classes_, 0.0);
  return r;
}

void TrainTable::Score(const uint64_t* keys, size_t n, float* scores) const {
  for (size_t i = 0; i < n; ++i) {
    uint32_t r = index_.Find(keys[i]);
    if (r == KeyIndex::kMissing) continue;
    const float* w = &w_[static_cast<size_t>(r) * classes_];
    for (int c = 0; c < classes_; ++c) scores[c] += w[c];
  }
}

void TrainTable::Update(const uint64_t* keys, size_t n, int c, float delta,
                        int64_t now) {
  for (size_t i = 0; i < n; ++i) {
    uint32_t r = RowOf(keys[i]);
    size_t j = static_cast<size_t>(r) * classes_ + c;
    w_[j] += delta;
    acc_[j] += static_cast<double>(now) * delta;
  }
}

void TrainTable::Count(const uint64_t* keys, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    uint32_t r = count_index_.Find(keys[i]);
    if (r == KeyIndex::kMissing) {
      r = count_index_.Insert(keys[i], static_cast<uint32_t>(counts_.size()));
      counts_.push_back(0);
    }
    if (counts_[r] < 0xFFFFFFFFu) ++counts_[r];
  }
}

WeightTable TrainTable::Freeze(int64_t now, int min_count,
                               float min_weight) const {
  std::vector<uint64_t> keys;
  std::vector<float> weights;
  std::vector<float> row(classes_);
  for (size_t r = 0; r < keys_.size(); ++r) {
    if (min_count > 0) {
      uint32_t ci = count_index_.Find(keys_[r]);
      if (ci == KeyIndex::kMissing || static_cast<int>(counts_[ci]) < min_count)
        continue;
    }
    float max_abs = 0;
    for (int c = 0; c < classes_; ++c) {
      size_t j = r * classes_ + c;
      // Daume's trick: the average of w over time 0..now is w - acc / now.
      row[c] = now > 0 ? static_cast<float>(w_[j] - acc_[j] / static_cast<double>(now))
                       : w_[j];
      max_abs = std::max(max_abs, std::fabs(row[c]));
    }
    if (max_abs == 0 || max_abs < min_weight) continue;
    keys.push_back(keys_[r]);
    weights.insert(weights.end(), row.begin(), row.end());
  }
  return WeightTable::FromFloat(classes_, keys, weights);
}

}  // namespace newsmill::syntax
