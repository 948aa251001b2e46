#include "syntax/weights.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
    x |= static_cast<uint32_t>(static_cast<unsigned char>(d[*pos + i]))
         << (8 * i);
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

void WeightTable::Slots::Build(const std::vector<uint64_t>& keys,
                               const std::vector<int8_t>& rows, size_t begin,
                               size_t end, int classes, int slot_size,
                               size_t capacity) {
  int bits = 0;
  while ((size_t{1} << bits) < capacity) ++bits;
  shift = 64 - bits;
  mask = (size_t{1} << bits) - 1;
  bytes.Assign((mask + 1) * slot_size);
  int8_t* out = bytes.data();
  slots = out;
  for (size_t r = begin; r < end; ++r) {
    const uint64_t h = keys[r] * kTableMul;
    size_t i = static_cast<size_t>(h >> shift);
    const uint16_t check = Check(h);
    while (true) {
      int8_t* s = &out[i * slot_size];
      uint16_t c;
      std::memcpy(&c, s, 2);
      if (c == 0) {
        std::memcpy(s, &check, 2);
        std::memcpy(s + 2, &rows[r * classes], classes);
        break;
      }
      i = (i + 1) & mask;
    }
  }
}

unsigned WeightTable::MatchBucket(const int8_t* b, uint32_t c) {
#if defined(__SSE2__)
  const __m128i want = _mm_set1_epi32(static_cast<int>(c));
  const __m128i lo = _mm_load_si128(reinterpret_cast<const __m128i*>(b));
  const __m128i hi = _mm_load_si128(reinterpret_cast<const __m128i*>(b + 16));
  const unsigned m =
      static_cast<unsigned>(
          _mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(lo, want)))) |
      static_cast<unsigned>(
          _mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(hi, want))))
          << 4;
  return m & ((1u << kBucketSlots) - 1);
#else
  return MatchBucketPortable(b, c);
#endif
}

void WeightTable::BuildBuckets(const std::vector<int8_t>& rows) {
  const size_t n = keys_.size();
  // Three and a half keys per bucket of seven: few buckets overflow.
  num_buckets_ = std::max<uint64_t>(1, (n * 2 + 6) / 7);
  buckets_.Assign(num_buckets_ * 64);
  int8_t* base = buckets_.data();
  for (size_t r = 0; r < n; ++r) {
    const uint32_t check = BucketCheck(keys_[r]);
    size_t b = BucketOf(keys_[r]);
    while (true) {
      int8_t* bucket = base + b * 64;
      const unsigned empty = MatchBucketPortable(bucket, 0);
      if (empty != 0) {
        const int slot = __builtin_ctz(empty);
        std::memcpy(bucket + 4 * slot, &check, 4);
        std::memcpy(bucket + kBucketRows + 4 * slot, &rows[r * classes_],
                    classes_);
        break;
      }
      bucket[kBucketFlag] = 1;
      b = b + 1 == num_buckets_ ? 0 : b + 1;
    }
  }
}

const int8_t* WeightTable::FindInBuckets(uint64_t key) const {
  const uint32_t check = BucketCheck(key);
  size_t b = BucketOf(key);
  for (uint64_t tries = 0; tries < num_buckets_; ++tries) {
    const int8_t* bucket = buckets_.data() + b * 64;
    const unsigned m = MatchBucketPortable(bucket, check);
    if (m != 0) return bucket + kBucketRows + 4 * __builtin_ctz(m);
    if (bucket[kBucketFlag] == 0) return nullptr;
    b = b + 1 == num_buckets_ ? 0 : b + 1;
  }
  return nullptr;
}

void WeightTable::AddAllBuckets(const uint64_t* keys, int n,
                                int32_t* scores) const {
  const int8_t* base = buckets_.data();
  const int8_t* at[256];
  uint32_t check[256];
  if (n > 256) n = 256;
  for (int j = 0; j < n; ++j) {
    at[j] = base + BucketOf(keys[j]) * 64;
    check[j] = BucketCheck(keys[j]);
    __builtin_prefetch(at[j]);
  }
  int32_t a0 = 0, a1 = 0, a2 = 0;
  for (int j = 0; j < n; ++j) {
    const int8_t* bucket = at[j];
    const unsigned m = MatchBucket(bucket, check[j]);
    const int8_t* w;
    if (__builtin_expect(m == 0 && bucket[kBucketFlag] != 0, 0)) {
      w = FindInBuckets(keys[j]);
      if (w == nullptr) continue;
    } else {
      // No match: slot kBucketSlots, the zero row.
      w = bucket + kBucketRows + 4 * __builtin_ctz(m | (1u << kBucketSlots));
    }
    a0 += w[0];
    a1 += w[1];
    a2 += w[2];
  }
  scores[0] += a0;
  scores[1] += a1;
  scores[2] += a2;
}

#if defined(__x86_64__) && defined(__GNUC__)
bool WeightTable::CpuHasAvx2() { return __builtin_cpu_supports("avx2"); }
// The same code as AddAllN, inlined into functions compiled for AVX2: the
// row additions become 16 classes an instruction.
__attribute__((target("avx2"), flatten)) void WeightTable::AddAll20Avx2(
    const uint64_t* keys, int n, int32_t* scores) const {
  AddAllN<20>(keys, n, scores);
}
__attribute__((target("avx2"), flatten)) void WeightTable::AddAll52Avx2(
    const uint64_t* keys, int n, int32_t* scores) const {
  AddAllN<52>(keys, n, scores);
}
#else
bool WeightTable::CpuHasAvx2() { return false; }
void WeightTable::AddAll20Avx2(const uint64_t* keys, int n,
                               int32_t* scores) const {
  AddAllN<20>(keys, n, scores);
}
void WeightTable::AddAll52Avx2(const uint64_t* keys, int n,
                               int32_t* scores) const {
  AddAllN<52>(keys, n, scores);
}
#endif

void WeightTable::Build(std::vector<int8_t> rows_in) {
  avx2_ = CpuHasAvx2();
  stride_ = Stride(classes_);
  slot_size_ = 2 + stride_;
  if (slot_size_ > 32 && slot_size_ < 64) slot_size_ = 64;
  rows_ = std::move(rows_in);
  const std::vector<int8_t>& rows = rows_;
  if (classes_ <= 3) return BuildBuckets(rows);
  const size_t n = keys_.size();
  // The hot table: the most frequent rows (they come first), in at most
  // kHotBytes at a load of 0.7.
  size_t hot_cap = 16;
  while (hot_cap * 2 * slot_size_ <= kHotBytes) hot_cap *= 2;
  hot_rows_ = std::min(n, hot_cap * 7 / 10);
  while (hot_cap > 16 && hot_cap / 2 * 7 / 10 >= hot_rows_) hot_cap /= 2;
  hot_.Build(keys_, rows, 0, hot_rows_, classes_, slot_size_, hot_cap);
  size_t cap = 16;
  while (cap * 7 < (n - hot_rows_) * 10) cap *= 2;
  cold_.Build(keys_, rows, hot_rows_, n, classes_, slot_size_, cap);
  size_t fbits = 64;
  int fb = 6;
  while (fbits < (n - hot_rows_) * 16) {
    fbits *= 2;
    ++fb;
  }
  filter_shift_ = 64 - fb;
  filter_.assign(fbits / 64, 0);
  for (size_t r = hot_rows_; r < n; ++r) {
    const uint64_t bit = (keys_[r] * kFilterMul) >> filter_shift_;
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
  t.Build(std::move(weights));
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
  t.Build(std::move(q));
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
  // Rows go out most frequent first (by their count in the first pass
  // over the training data): WeightTable keeps the first ones in a small
  // table that stays in cache.
  std::vector<std::pair<uint32_t, size_t>> order;
  for (size_t r = 0; r < keys_.size(); ++r) {
    uint32_t ci = count_index_.Find(keys_[r]);
    uint32_t count = ci == KeyIndex::kMissing ? 0 : counts_[ci];
    if (min_count > 0 && static_cast<int>(count) < min_count) continue;
    order.emplace_back(count, r);
  }
  std::sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    return keys_[a.second] < keys_[b.second];
  });
  std::vector<uint64_t> keys;
  std::vector<float> weights;
  std::vector<float> row(classes_);
  for (const auto& [count, r] : order) {
    float max_abs = 0;
    for (int c = 0; c < classes_; ++c) {
      size_t j = r * classes_ + c;
      // Daume's trick: the average of w over time 0..now is w - acc / now.
      row[c] =
          now > 0
              ? static_cast<float>(w_[j] - acc_[j] / static_cast<double>(now))
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
