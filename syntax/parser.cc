#include "syntax/parser.h"

#include <algorithm>
#include <cstring>

namespace newsmill::syntax {
namespace {

constexpr uint64_t kNoWord = 0x40E0ULL;
constexpr uint64_t kRootWord = 0x2007ULL;
constexpr uint8_t kTagNone = 0xFE;
constexpr uint8_t kTagRoot = 0xFD;

int DistBucket(int d) {
  if (d <= 4) return d;
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  if (d <= 14) return 7;
  return 8;
}

enum ParserTemplate : uint32_t {
  kPS0w = 300,
  kPS0t,
  kPS0wt,
  kPS1w,
  kPS1t,
  kPS1wt,
  kPB0w,
  kPB0t,
  kPB0wt,
  kPB1w,
  kPB1t,
  kPB1wt,
  kPB2w,
  kPB2t,
  kPS2t,
  kPS2w,
  kPS0wtB0wt,
  kPS0wtB0w,
  kPS0wB0wt,
  kPS0wtB0t,
  kPS0tB0wt,
  kPS0wB0w,
  kPS0tB0t,
  kPB0tB1t,
  kPS1wtS0wt,
  kPS1wS0w,
  kPS1tS0t,
  kPS1wS0t,
  kPS1tS0w,
  kPS1tS0wt,
  kPS1wtS0t,
  kPB0tB1tB2t,
  kPS0tB0tB1t,
  kPS1tS0tB0t,
  kPS2tS1tS0t,
  kPS0tS0ltB0t,
  kPS0tS0rtB0t,
  kPS0tB0tB0lt,
  kPS1tS0tS0lt,
  kPS1tS1rtS0t,
  kPS1tS0tS0rt,
  kPS0wD,
  kPS0tD,
  kPB0wD,
  kPB0tD,
  kPS0wB0wD,
  kPS0tB0tD,
  kPS1tS0tD,
  kPS1wS0wD,
  kPS1wD,
  kPS0wD1,
  kPS0wVr,
  kPS0tVr,
  kPS0wVl,
  kPS0tVl,
  kPB0wVl,
  kPB0tVl,
  kPS1tVr,
  kPS1tVl,
  kPS0lw,
  kPS0lt,
  kPS0ll,
  kPS0rw,
  kPS0rt,
  kPS0rl,
  kPB0lw,
  kPB0lt,
  kPB0ll,
  kPS1lt,
  kPS1ll,
  kPS1rt,
  kPS1rl,
  kPS1rw,
  kPS0l2t,
  kPS0l2l,
  kPS0r2t,
  kPS0r2l,
  kPB0l2t,
  kPB0l2l,
  kPS0tS0ltS0l2t,
  kPS0tS0rtS0r2t,
  kPB0tB0ltB0l2t,
  kPS0wSr,
  kPS0tSr,
  kPS0wSl,
  kPS0tSl,
  kPB0wSl,
  kPB0tSl,
  kPS1tSr,
  kPB0sufB0t,
  kPS0sufS0t,
  kPB0tB1w,
  kPS0tB0tB1w,
  kPBufEmpty,
  kPS0lwS0t,
  kPB0lwB0t,
  // Added after the first models: keep new templates at the end, so that
  // the numbers of the others (and the keys of trained models) stay.
  kPS0wnT,
  kPB0wnT,
  kPB1wnT,
  kPS1wnT,
};

enum LabelTemplate : uint32_t {
  kLBias = 500,
  kLDir,
  kLHw,
  kLHt,
  kLDw,
  kLDt,
  kLHwt,
  kLDwt,
  kLHtDt,
  kLHwDt,
  kLHtDw,
  kLHwDw,
  kLDistHtDt,
  kLDsetDt,
  kLDlwDt,
  kLDrwDt,
  kLDllDt,
  kLDrlDt,
  kLHsetHt,
  kLHlwHt,
  kLHlwDt,
  kLHsufHt,
  kLDsufDt,
  kLDprevDt,
  kLDnextDt,
  kLHprevHt,
  kLHtDtDir,
  kLDlw,
  kLDfirstT,
  kLHrlHt,
  kLHtDtHset,
  kLHlw2Ht,
  kLDnextDw,
  kLHwDtDir,
  kLDwHtDir,
  kLDtDlwDlt,
};

struct View {
  const ParseInput& in;
  const ParseState& s;
  uint64_t W(int x) const {
    if (x < 0) return kNoWord;
    if (x == in.n) return kRootWord;
    return in.words[x].lower;
  }
  uint64_t Suf(int x) const {
    if (x < 0) return kNoWord;
    if (x == in.n) return kRootWord;
    return in.words[x].suffix[1];
  }
  uint64_t T(int x) const {
    if (x < 0) return kTagNone;
    if (x == in.n) return kTagRoot;
    return in.tags[x];
  }
  uint64_t L(int x) const { return x < 0 ? kNoLabel : s.label[x]; }
  uint64_t WT(int x) const { return Mix(W(x), T(x)); }
};

}  // namespace

void ParseState::Init(int words) {
  n = words;
  stack.clear();
  stack.reserve(static_cast<size_t>(words) + 1);
  stack.push_back(words);
  b0 = 0;
  size_t m = static_cast<size_t>(words) + 1;
  head.assign(m, -1);
  label.assign(m, kNoLabel);
  lc1.assign(m, -1);
  lc2.assign(m, -1);
  rc1.assign(m, -1);
  rc2.assign(m, -1);
  nl.assign(m, 0);
  nr.assign(m, 0);
  lset.assign(m, 0);
  rset.assign(m, 0);
}

bool ParseState::Legal(int move) const {
  switch (move) {
    case kShift:
      return b0 < n;
    case kLeft:
      return b0 < n && stack.back() != n;
    case kRight:
      return stack.size() >= 2 && (stack[stack.size() - 2] != n || b0 >= n);
    default:
      return false;
  }
}

void ParseState::Apply(int move, uint8_t lab) {
  if (move == kShift) {
    stack.push_back(b0++);
    return;
  }
  int d = stack.back();
  int h = ArcHead(move);
  stack.pop_back();
  head[d] = h;
  label[d] = lab;
  uint64_t bit = lab < 64 ? (1ULL << lab) : 0;
  if (d < h) {
    if (lc1[h] < 0 || d < lc1[h]) {
      lc2[h] = lc1[h];
      lc1[h] = d;
    } else if (lc2[h] < 0 || d < lc2[h]) {
      lc2[h] = d;
    }
    if (nl[h] < 255) ++nl[h];
    lset[h] |= bit;
  } else {
    if (rc1[h] < 0 || d > rc1[h]) {
      rc2[h] = rc1[h];
      rc1[h] = d;
    } else if (rc2[h] < 0 || d > rc2[h]) {
      rc2[h] = d;
    }
    if (nr[h] < 255) ++nr[h];
    rset[h] |= bit;
  }
}

int ParserFeatures(const ParseInput& in, const ParseState& s, uint64_t* keys,
                   unsigned groups) {
  const bool rest = groups & kGroupRest;
  const bool small = groups & kGroupSmall;
  const bool b0_context = groups & kGroupB0Context;
  View v{in, s};
  const size_t ss = s.stack.size();
  int s0 = s.stack[ss - 1];
  int s1 = ss >= 2 ? s.stack[ss - 2] : -1;
  int s2 = ss >= 3 ? s.stack[ss - 3] : -1;
  int b0 = s.b0 < s.n ? s.b0 : -1;
  int b1 = s.b0 + 1 < s.n ? s.b0 + 1 : -1;
  int b2 = s.b0 + 2 < s.n ? s.b0 + 2 : -1;
  // Children (the root's are never used: it has none until the end).
  auto lc1 = [&](int x) { return x >= 0 ? s.lc1[x] : -1; };
  auto lc2 = [&](int x) { return x >= 0 ? s.lc2[x] : -1; };
  auto rc1 = [&](int x) { return x >= 0 ? s.rc1[x] : -1; };
  auto rc2 = [&](int x) { return x >= 0 ? s.rc2[x] : -1; };
  int s0l = lc1(s0), s0l2 = lc2(s0), s0r = rc1(s0), s0r2 = rc2(s0);
  int s1l = lc1(s1), s1r = rc1(s1);
  int b0l = lc1(b0), b0l2 = lc2(b0);

  uint64_t s0w = v.W(s0), s0t = v.T(s0), s0wt = v.WT(s0);
  uint64_t s1w = v.W(s1), s1t = v.T(s1), s1wt = v.WT(s1);
  uint64_t b0w = v.W(b0), b0t = v.T(b0), b0wt = v.WT(b0);
  uint64_t b1w = v.W(b1), b1t = v.T(b1);
  uint64_t b2t = v.T(b2), s2t = v.T(s2);

  int k = 0;
  // Pairs.
  if (rest) k += Emit(keys + k, kPS0wtB0wt, s0wt, b0wt);
  if (rest) k += Emit(keys + k, kPS0wtB0w, s0wt, b0w);
  if (rest) k += Emit(keys + k, kPS0wB0wt, s0w, b0wt);
  if (rest) k += Emit(keys + k, kPS0wtB0t, s0wt, b0t);
  if (rest) k += Emit(keys + k, kPS0tB0wt, s0t, b0wt);
  if (rest) k += Emit(keys + k, kPS0wB0w, s0w, b0w);
  if (small) k += Emit(keys + k, kPS0tB0t, s0t, b0t);
  if (b0_context) k += Emit(keys + k, kPB0tB1t, b0t, b1t);
  if (rest) k += Emit(keys + k, kPS1wtS0wt, s1wt, s0wt);
  if (rest) k += Emit(keys + k, kPS1wS0w, s1w, s0w);
  if (small) k += Emit(keys + k, kPS1tS0t, s1t, s0t);
  if (rest) k += Emit(keys + k, kPS1wS0t, s1w, s0t);
  if (rest) k += Emit(keys + k, kPS1tS0w, s1t, s0w);
  if (rest) k += Emit(keys + k, kPS1tS0wt, s1t, s0wt);
  if (rest) k += Emit(keys + k, kPS1wtS0t, s1wt, s0t);
  // Triples.
  if (b0_context) k += Emit(keys + k, kPB0tB1tB2t, b0t, b1t, b2t);
  if (small) k += Emit(keys + k, kPS0tB0tB1t, s0t, b0t, b1t);
  if (small) k += Emit(keys + k, kPS1tS0tB0t, s1t, s0t, b0t);
  if (small) k += Emit(keys + k, kPS2tS1tS0t, s2t, s1t, s0t);
  if (small) k += Emit(keys + k, kPS0tS0ltB0t, s0t, v.T(s0l), b0t);
  if (small) k += Emit(keys + k, kPS0tS0rtB0t, s0t, v.T(s0r), b0t);
  if (small) k += Emit(keys + k, kPS0tB0tB0lt, s0t, b0t, v.T(b0l));
  if (small) k += Emit(keys + k, kPS1tS0tS0lt, s1t, s0t, v.T(s0l));
  if (small) k += Emit(keys + k, kPS1tS1rtS0t, s1t, v.T(s1r), s0t);
  if (small) k += Emit(keys + k, kPS1tS0tS0rt, s1t, s0t, v.T(s0r));
  // Distance and valency features (Zhang and Nivre's kPS0wD..kPS1tVl) are
  // left out: on GUM dev they add nothing to this transition system (UAS
  // 0.8289 without them, 0.8284 with) and cost a fifth of the parser's time.
  // Children.
  if (rest) k += Emit(keys + k, kPS0lw, v.W(s0l));
  if (small) k += Emit(keys + k, kPS0lt, v.T(s0l));
  if (small) k += Emit(keys + k, kPS0ll, v.L(s0l));
  if (rest) k += Emit(keys + k, kPS0rw, v.W(s0r));
  if (small) k += Emit(keys + k, kPS0rt, v.T(s0r));
  if (small) k += Emit(keys + k, kPS0rl, v.L(s0r));
  if (rest) k += Emit(keys + k, kPB0lw, v.W(b0l));
  if (small) k += Emit(keys + k, kPB0lt, v.T(b0l));
  if (small) k += Emit(keys + k, kPB0ll, v.L(b0l));
  if (small) k += Emit(keys + k, kPS1lt, v.T(s1l));
  if (small) k += Emit(keys + k, kPS1ll, v.L(s1l));
  if (small) k += Emit(keys + k, kPS1rt, v.T(s1r));
  if (small) k += Emit(keys + k, kPS1rl, v.L(s1r));
  if (rest) k += Emit(keys + k, kPS1rw, v.W(s1r));
  if (small) k += Emit(keys + k, kPS0l2t, v.T(s0l2));
  if (small) k += Emit(keys + k, kPS0l2l, v.L(s0l2));
  if (small) k += Emit(keys + k, kPS0r2t, v.T(s0r2));
  if (small) k += Emit(keys + k, kPS0r2l, v.L(s0r2));
  if (small) k += Emit(keys + k, kPB0l2t, v.T(b0l2));
  if (small) k += Emit(keys + k, kPB0l2l, v.L(b0l2));
  if (small) k += Emit(keys + k, kPS0tS0ltS0l2t, s0t, v.T(s0l), v.T(s0l2));
  if (small) k += Emit(keys + k, kPS0tS0rtS0r2t, s0t, v.T(s0r), v.T(s0r2));
  if (small) k += Emit(keys + k, kPB0tB0ltB0l2t, b0t, v.T(b0l), v.T(b0l2));
  // Label sets.
  uint64_t s0sr = s0 >= 0 ? s.rset[s0] : 0, s0sl = s0 >= 0 ? s.lset[s0] : 0;
  uint64_t b0sl = b0 >= 0 ? s.lset[b0] : 0, s1sr = s1 >= 0 ? s.rset[s1] : 0;
  if (rest) k += Emit(keys + k, kPS0wSr, s0w, s0sr);
  if (rest) k += Emit(keys + k, kPS0tSr, s0t, s0sr);
  if (rest) k += Emit(keys + k, kPS0wSl, s0w, s0sl);
  if (rest) k += Emit(keys + k, kPS0tSl, s0t, s0sl);
  if (rest) k += Emit(keys + k, kPB0wSl, b0w, b0sl);
  if (rest) k += Emit(keys + k, kPB0tSl, b0t, b0sl);
  if (rest) k += Emit(keys + k, kPS1tSr, s1t, s1sr);
  // Extras.
  if (b0_context) k += Emit(keys + k, kPB0tB1w, b0t, b1w);
  if (rest) k += Emit(keys + k, kPS0tB0tB1w, s0t, b0t, b1w);
  if (small) k += Emit(keys + k, kPBufEmpty, b0 < 0, s0t, s1t);
  if (rest) k += Emit(keys + k, kPS0lwS0t, v.W(s0l), s0t);
  if (rest) k += Emit(keys + k, kPB0lwB0t, v.W(b0l), b0t);
  return k;
}

namespace {

// The atoms of the kGroupSmall templates as dense numbers: tags (the
// tagger's classes, then the root, then none), labels (the labeller's
// classes, then none) and whether the buffer is empty.
enum SmallAtom : int {
  kAZero,  // always 0: the unused places of shorter templates
  kAS0t,
  kAS1t,
  kAS2t,
  kAB0t,
  kAB1t,
  kAS0lt,
  kAS0rt,
  kAB0lt,
  kAS1lt,
  kAS1rt,
  kAS0l2t,
  kAS0r2t,
  kAB0l2t,
  kAS0ll,
  kAS0rl,
  kAB0ll,
  kAS1ll,
  kAS1rl,
  kAS0l2l,
  kAS0r2l,
  kAB0l2l,
  kABufEmpty,
  kNumSmallAtoms
};
constexpr int kFirstLabelAtom = kAS0ll;

struct SmallTemplate {
  uint32_t tmpl;
  int arity;
  SmallAtom atoms[3];
};
// In ParserFeatures' order (the keys are the same whatever the order).
constexpr SmallTemplate kSmallTemplates[] = {
    {kPS0tB0t, 2, {kAS0t, kAB0t, kAZero}},
    {kPS1tS0t, 2, {kAS1t, kAS0t, kAZero}},
    {kPS0tB0tB1t, 3, {kAS0t, kAB0t, kAB1t}},
    {kPS1tS0tB0t, 3, {kAS1t, kAS0t, kAB0t}},
    {kPS2tS1tS0t, 3, {kAS2t, kAS1t, kAS0t}},
    {kPS0tS0ltB0t, 3, {kAS0t, kAS0lt, kAB0t}},
    {kPS0tS0rtB0t, 3, {kAS0t, kAS0rt, kAB0t}},
    {kPS0tB0tB0lt, 3, {kAS0t, kAB0t, kAB0lt}},
    {kPS1tS0tS0lt, 3, {kAS1t, kAS0t, kAS0lt}},
    {kPS1tS1rtS0t, 3, {kAS1t, kAS1rt, kAS0t}},
    {kPS1tS0tS0rt, 3, {kAS1t, kAS0t, kAS0rt}},
    {kPS0lt, 1, {kAS0lt, kAZero, kAZero}},
    {kPS0ll, 1, {kAS0ll, kAZero, kAZero}},
    {kPS0rt, 1, {kAS0rt, kAZero, kAZero}},
    {kPS0rl, 1, {kAS0rl, kAZero, kAZero}},
    {kPB0lt, 1, {kAB0lt, kAZero, kAZero}},
    {kPB0ll, 1, {kAB0ll, kAZero, kAZero}},
    {kPS1lt, 1, {kAS1lt, kAZero, kAZero}},
    {kPS1ll, 1, {kAS1ll, kAZero, kAZero}},
    {kPS1rt, 1, {kAS1rt, kAZero, kAZero}},
    {kPS1rl, 1, {kAS1rl, kAZero, kAZero}},
    {kPS0l2t, 1, {kAS0l2t, kAZero, kAZero}},
    {kPS0l2l, 1, {kAS0l2l, kAZero, kAZero}},
    {kPS0r2t, 1, {kAS0r2t, kAZero, kAZero}},
    {kPS0r2l, 1, {kAS0r2l, kAZero, kAZero}},
    {kPB0l2t, 1, {kAB0l2t, kAZero, kAZero}},
    {kPB0l2l, 1, {kAB0l2l, kAZero, kAZero}},
    {kPS0tS0ltS0l2t, 3, {kAS0t, kAS0lt, kAS0l2t}},
    {kPS0tS0rtS0r2t, 3, {kAS0t, kAS0rt, kAS0r2t}},
    {kPB0tB0ltB0l2t, 3, {kAB0t, kAB0lt, kAB0l2t}},
    {kPBufEmpty, 3, {kABufEmpty, kAS0t, kAS1t}},
};
constexpr int kNumSmallTemplates =
    sizeof(kSmallTemplates) / sizeof(kSmallTemplates[0]);

}  // namespace

void Parser::Prepare(int num_tags) {
  small_.clear();
  small_index_.clear();
  if (num_tags <= 0 || moves_.num_rows() == 0) return;
  const int tags = num_tags + 2;                 // + root, none
  const int labels = labels_.num_classes() + 1;  // + none
  auto size = [&](SmallAtom a) {
    return a == kAZero            ? 1
           : a == kABufEmpty      ? 2
           : a >= kFirstLabelAtom ? labels
                                  : tags;
  };
  // The atom value a dense number stands for.
  auto raw = [&](SmallAtom a, int v) -> uint64_t {
    if (a == kABufEmpty || a == kAZero) return static_cast<uint64_t>(v);
    if (a >= kFirstLabelAtom) return v == labels - 1 ? kNoLabel : v;
    return v == num_tags ? kTagRoot : v == num_tags + 1 ? kTagNone : v;
  };
  tag_atoms_ = num_tags;
  label_atoms_ = labels - 1;
  for (const SmallTemplate& t : kSmallTemplates) {
    const int d0 = size(t.atoms[0]), d1 = size(t.atoms[1]),
              d2 = size(t.atoms[2]);
    small_index_.push_back(static_cast<uint32_t>(small_.size() / 4));
    small_index_.push_back(static_cast<uint32_t>(d1 * d2));
    small_index_.push_back(static_cast<uint32_t>(d2));
    for (int a = 0; a < d0; ++a)
      for (int b = 0; b < d1; ++b)
        for (int c = 0; c < d2; ++c) {
          uint64_t key;
          int ok;
          const uint64_t x = raw(t.atoms[0], a), y = raw(t.atoms[1], b),
                         z = raw(t.atoms[2], c);
          if (t.arity == 1) {
            ok = Emit(&key, t.tmpl, x);
          } else if (t.arity == 2) {
            ok = Emit(&key, t.tmpl, x, y);
          } else {
            ok = Emit(&key, t.tmpl, x, y, z);
          }
          const int8_t* w = ok ? moves_.Row(key) : nullptr;
          for (int m = 0; m < 4; ++m)
            small_.push_back(w != nullptr && m < kNumMoves ? w[m] : 0);
        }
  }
}

void Parser::AddSmall(const ParseInput& in, const ParseState& s,
                      int32_t* scores) const {
  const int n = s.n;
  auto T = [&](int x) -> int {
    if (x < 0) return tag_atoms_ + 1;
    if (x == n) return tag_atoms_;
    return in.tags[x];
  };
  auto L = [&](int x) -> int {
    if (x < 0 || s.label[x] == kNoLabel) return label_atoms_;
    return s.label[x];
  };
  const size_t ss = s.stack.size();
  const int s0 = s.stack[ss - 1];
  const int s1 = ss >= 2 ? s.stack[ss - 2] : -1;
  const int s2 = ss >= 3 ? s.stack[ss - 3] : -1;
  const int b0 = s.b0 < n ? s.b0 : -1;
  const int b1 = s.b0 + 1 < n ? s.b0 + 1 : -1;
  const int s0l = s.lc1[s0], s0l2 = s.lc2[s0], s0r = s.rc1[s0],
            s0r2 = s.rc2[s0];
  const int s1l = s1 >= 0 ? s.lc1[s1] : -1, s1r = s1 >= 0 ? s.rc1[s1] : -1;
  const int b0l = b0 >= 0 ? s.lc1[b0] : -1, b0l2 = b0 >= 0 ? s.lc2[b0] : -1;
  int a[kNumSmallAtoms];
  a[kAZero] = 0;
  a[kAS0t] = T(s0);
  a[kAS1t] = T(s1);
  a[kAS2t] = T(s2);
  a[kAB0t] = T(b0);
  a[kAB1t] = T(b1);
  a[kAS0lt] = T(s0l);
  a[kAS0rt] = T(s0r);
  a[kAB0lt] = T(b0l);
  a[kAS1lt] = T(s1l);
  a[kAS1rt] = T(s1r);
  a[kAS0l2t] = T(s0l2);
  a[kAS0r2t] = T(s0r2);
  a[kAB0l2t] = T(b0l2);
  a[kAS0ll] = L(s0l);
  a[kAS0rl] = L(s0r);
  a[kAB0ll] = L(b0l);
  a[kAS1ll] = L(s1l);
  a[kAS1rl] = L(s1r);
  a[kAS0l2l] = L(s0l2);
  a[kAS0r2l] = L(s0r2);
  a[kAB0l2l] = L(b0l2);
  a[kABufEmpty] = b0 < 0;
  int32_t m0 = 0, m1 = 0, m2 = 0;
  const uint32_t* ix = small_index_.data();
  for (int t = 0; t < kNumSmallTemplates; ++t, ix += 3) {
    const SmallTemplate& st = kSmallTemplates[t];
    const size_t row = ix[0] + a[st.atoms[0]] * ix[1] + a[st.atoms[1]] * ix[2] +
                       a[st.atoms[2]];
    const int8_t* w = &small_[row * 4];
    m0 += w[0];
    m1 += w[1];
    m2 += w[2];
  }
  scores[0] += m0;
  scores[1] += m1;
  scores[2] += m2;
}

int B0ContextFeatures(const ParseInput& in, int x, uint64_t* keys) {
  static const ParseState kNoState;
  View v{in, kNoState};
  const int b1 = x >= 0 && x + 1 < in.n ? x + 1 : -1;
  const int b2 = x >= 0 && x + 2 < in.n ? x + 2 : -1;
  uint64_t b0t = v.T(x), b1t = v.T(b1);
  int k = 0;
  k += Emit(keys + k, kPB0tB1t, b0t, b1t);
  k += Emit(keys + k, kPB0tB1tB2t, b0t, b1t, v.T(b2));
  k += Emit(keys + k, kPB0tB1w, b0t, v.W(b1));
  return k;
}

int UnigramFeatures(const ParseInput& in, int x, int role, uint64_t* keys) {
  static const ParseState kNoState;
  View v{in, kNoState};
  uint64_t w = v.W(x), t = v.T(x), wt = v.WT(x);
  // WordNet's parts of speech of the word (0x1FF: unknown or none).
  uint64_t wn = 0x1FF;
  if (x >= 0 && x < in.n && in.words[x].wn_lemma != 0xFF)
    wn = in.words[x].wn_lemma | (in.words[x].wn_inflected << 4);
  int k = 0;
  switch (role) {
    case kRoleS0:
      k += Emit(keys + k, kPS0w, w);
      k += Emit(keys + k, kPS0t, t);
      k += Emit(keys + k, kPS0wt, wt);
      k += Emit(keys + k, kPS0sufS0t, v.Suf(x), t);
      k += Emit(keys + k, kPS0wnT, wn, t);
      break;
    case kRoleS1:
      k += Emit(keys + k, kPS1w, w);
      k += Emit(keys + k, kPS1t, t);
      k += Emit(keys + k, kPS1wt, wt);
      k += Emit(keys + k, kPS1wnT, wn, t);
      break;
    case kRoleS2:
      k += Emit(keys + k, kPS2t, t);
      k += Emit(keys + k, kPS2w, w);
      break;
    case kRoleB0:
      k += Emit(keys + k, kPB0w, w);
      k += Emit(keys + k, kPB0t, t);
      k += Emit(keys + k, kPB0wt, wt);
      k += Emit(keys + k, kPB0sufB0t, v.Suf(x), t);
      k += Emit(keys + k, kPB0wnT, wn, t);
      break;
    case kRoleB1:
      k += Emit(keys + k, kPB1w, w);
      k += Emit(keys + k, kPB1t, t);
      k += Emit(keys + k, kPB1wt, wt);
      k += Emit(keys + k, kPB1wnT, wn, t);
      break;
    case kRoleB2:
      k += Emit(keys + k, kPB2w, w);
      k += Emit(keys + k, kPB2t, t);
      break;
  }
  return k;
}

void StackRoles(const ParseState& s, int roles[kNumRoles]) {
  const size_t ss = s.stack.size();
  roles[kRoleS0] = s.stack[ss - 1];
  roles[kRoleS1] = ss >= 2 ? s.stack[ss - 2] : -1;
  roles[kRoleS2] = ss >= 3 ? s.stack[ss - 3] : -1;
  roles[kRoleB0] = s.b0 < s.n ? s.b0 : -1;
  roles[kRoleB1] = s.b0 + 1 < s.n ? s.b0 + 1 : -1;
  roles[kRoleB2] = s.b0 + 2 < s.n ? s.b0 + 2 : -1;
}

int AllParserFeatures(const ParseInput& in, const ParseState& s,
                      uint64_t* keys) {
  int k = ParserFeatures(in, s, keys, kAllGroups);
  int roles[kNumRoles];
  StackRoles(s, roles);
  for (int r = 0; r < kNumRoles; ++r)
    k += UnigramFeatures(in, roles[r], r, keys + k);
  return k;
}

int LabelWordFeatures(const ParseInput& in, int x, bool head, uint64_t* keys) {
  static const ParseState kNoState;
  View v{in, kNoState};
  int k = 0;
  if (head) {
    k += Emit(keys + k, kLHw, v.W(x));
    k += Emit(keys + k, kLHt, v.T(x));
    k += Emit(keys + k, kLHwt, v.W(x), v.T(x));
    k += Emit(keys + k, kLHsufHt, v.Suf(x), v.T(x));
  } else {
    k += Emit(keys + k, kLBias, 0);
    k += Emit(keys + k, kLDw, v.W(x));
    k += Emit(keys + k, kLDt, v.T(x));
    k += Emit(keys + k, kLDwt, v.W(x), v.T(x));
    k += Emit(keys + k, kLDsufDt, v.Suf(x), v.T(x));
  }
  return k;
}

int LabelFeatures(const ParseInput& in, const ParseState& s, int move,
                  uint64_t* keys, bool word_features) {
  View v{in, s};
  int d = s.ArcDep();
  int h = s.ArcHead(move);
  uint64_t dir = move;
  uint64_t hw = v.W(h), ht = v.T(h), dw = v.W(d), dt = v.T(d);
  int dist = h == s.n ? 15 : DistBucket(h > d ? h - d : d - h);
  int dl = s.lc1[d], dr = s.rc1[d];
  int hl = h == s.n ? -1 : s.lc1[h];
  int hl2 = h == s.n ? -1 : s.lc2[h];
  int hr = h == s.n ? -1 : s.rc1[h];
  uint64_t dset = Mix(s.lset[d], s.rset[d]);
  uint64_t hset = h == s.n ? 0 : Mix(s.lset[h], s.rset[h]);
  int dprev = d > 0 ? d - 1 : -1;
  int dnext = d + 1 < s.n ? d + 1 : -1;
  int hprev = (h != s.n && h > 0) ? h - 1 : -1;
  int k = 0;
  if (word_features) k += Emit(keys + k, kLBias, 0);
  k += Emit(keys + k, kLDir, dir);
  if (word_features) k += Emit(keys + k, kLHw, hw);
  if (word_features) k += Emit(keys + k, kLHt, ht);
  if (word_features) k += Emit(keys + k, kLDw, dw);
  if (word_features) k += Emit(keys + k, kLDt, dt);
  if (word_features) k += Emit(keys + k, kLHwt, hw, ht);
  if (word_features) k += Emit(keys + k, kLDwt, dw, dt);
  k += Emit(keys + k, kLHtDt, ht, dt);
  k += Emit(keys + k, kLHwDt, hw, dt);
  k += Emit(keys + k, kLHtDw, ht, dw);
  k += Emit(keys + k, kLHwDw, hw, dw);
  k += Emit(keys + k, kLDistHtDt, dist, ht, dt);
  k += Emit(keys + k, kLDsetDt, dset, dt);
  k += Emit(keys + k, kLDlwDt, v.W(dl), dt);
  k += Emit(keys + k, kLDrwDt, v.W(dr), dt);
  k += Emit(keys + k, kLDllDt, v.L(dl), dt);
  k += Emit(keys + k, kLDrlDt, v.L(dr), dt);
  k += Emit(keys + k, kLHsetHt, hset, ht);
  k += Emit(keys + k, kLHlwHt, v.W(hl), ht);
  k += Emit(keys + k, kLHlwDt, v.W(hl), dt);
  if (word_features) k += Emit(keys + k, kLHsufHt, v.Suf(h), ht);
  if (word_features) k += Emit(keys + k, kLDsufDt, v.Suf(d), dt);
  k += Emit(keys + k, kLDprevDt, v.W(dprev), dt);
  k += Emit(keys + k, kLDnextDt, v.W(dnext), dt);
  k += Emit(keys + k, kLHprevHt, v.W(hprev), ht);
  k += Emit(keys + k, kLHtDtDir, ht, dt, dir);
  k += Emit(keys + k, kLDlw, v.W(dl));
  k += Emit(keys + k, kLDfirstT, v.T(dl), dt, dir);
  k += Emit(keys + k, kLHrlHt, v.L(hr), ht);
  k += Emit(keys + k, kLHtDtHset, ht, dt, hset);
  k += Emit(keys + k, kLHlw2Ht, v.W(hl2), ht);
  k += Emit(keys + k, kLDnextDw, v.W(dnext), dw);
  k += Emit(keys + k, kLHwDtDir, hw, dt, dir);
  k += Emit(keys + k, kLDwHtDir, dw, ht, dir);
  k += Emit(keys + k, kLDtDlwDlt, dt, v.W(dl), v.T(dl));
  return k;
}

void TransitionCosts(const ParseState& s, const std::vector<int>& g,
                     int costs[kNumMoves]) {
  const int n = s.n;
  const size_t ss = s.stack.size();
  int s0 = s.stack[ss - 1];
  int s1 = ss >= 2 ? s.stack[ss - 2] : -1;
  auto in_buffer = [&](int x) { return x >= s.b0 && x < n; };
  auto in_stack = [&](int x) {
    return std::find(s.stack.begin(), s.stack.end(), x) != s.stack.end();
  };
  auto buffer_children = [&](int x) {
    int c = 0;
    for (int i = s.b0; i < n; ++i) c += g[i] == x;
    return c;
  };
  for (int m = 0; m < kNumMoves; ++m) costs[m] = -1;
  if (s.Legal(kShift)) {
    int b0 = s.b0;
    int c = 0;
    for (int x : s.stack)
      if (x != n && g[x] == b0) ++c;
    if (g[b0] != s0 && in_stack(g[b0])) ++c;
    costs[kShift] = c;
  }
  if (s.Legal(kLeft)) {
    int c = buffer_children(s0);
    if (g[s0] != s.b0 && (g[s0] == s1 || in_buffer(g[s0]))) ++c;
    costs[kLeft] = c;
  }
  if (s.Legal(kRight)) {
    int c = buffer_children(s0);
    if (in_buffer(g[s0])) ++c;
    costs[kRight] = c;
  }
}

int Projectivize(std::vector<int>* heads) {
  std::vector<int>& h = *heads;
  const int n = static_cast<int>(h.size());
  auto dominates = [&](int a, int x) {
    // Does a dominate x? (a == n: the root dominates everything.)
    if (a == n) return true;
    int steps = 0;
    while (x != n && x >= 0 && steps++ <= n) {
      if (x == a) return true;
      x = h[x];
    }
    return false;
  };
  int lifted = 0;
  for (int round = 0; round < 4 * n + 4; ++round) {
    int best = -1;
    int best_len = 1 << 30;
    for (int d = 0; d < n; ++d) {
      int a = h[d];
      if (a == n || a < 0) continue;
      int lo = std::min(a, d), hi = std::max(a, d);
      for (int x = lo + 1; x < hi; ++x) {
        if (!dominates(a, x)) {
          if (hi - lo < best_len) {
            best_len = hi - lo;
            best = d;
          }
          break;
        }
      }
    }
    if (best < 0) break;
    h[best] = h[h[best]];
    ++lifted;
  }
  return lifted;
}

size_t RoleCache::LabelRow(const Parser& p, const ParseInput& in, int x,
                           bool head) {
  const int stride = p.labels().stride();
  const uint64_t key = (static_cast<uint64_t>(in.types[x]) << 9) |
                       (static_cast<uint64_t>(in.tags[x]) << 1) | head;
  uint32_t r = label_index_.Find(key);
  if (r == KeyIndex::kMissing) {
    r = label_index_.Insert(key,
                            static_cast<uint32_t>(label_rows_.size() / stride));
    label_rows_.resize(label_rows_.size() + stride, 0);
    uint64_t keys[kMaxLabelFeatures];
    int nk = LabelWordFeatures(in, x, head, keys);
    // At most five rows of int8 weights: 16 bits hold the sums.
    int32_t sums[kMaxClasses] = {};
    p.labels().AddAll(keys, nk, sums);
    int16_t* row = &label_rows_[static_cast<size_t>(r) * stride];
    for (int c = 0; c < stride; ++c) row[c] = static_cast<int16_t>(sums[c]);
  }
  return r;
}

void Parser::InitRoles(const ParseInput& in, ParseState* state,
                       RoleCache* cache) const {
  ParseState& s = *state;
  s.Init(in.n);
  uint64_t keys[kMaxParserFeatures];
  // Scores of each word's unigram features in each role, computed once per
  // word instead of once per transition. Rows n (the root) and n + 1 (no
  // word) included.
  const int stride = moves_.stride();
  std::vector<int32_t>& role_scores = s.role_scores;
  role_scores.assign(static_cast<size_t>(in.n + 2) * kNumRoles * stride, 0);
  const size_t row_size = static_cast<size_t>(kNumRoles) * stride;
  for (int x = 0; x <= in.n + 1; ++x) {
    int word = x == in.n + 1 ? -1 : x;
    int32_t* rows = &role_scores[static_cast<size_t>(x) * row_size];
    if (cache != nullptr && in.types != nullptr && word >= 0 && word < in.n) {
      // The unigram rows depend on the word's type and tag alone.
      const uint64_t key =
          (static_cast<uint64_t>(in.types[word]) << 8) | in.tags[word];
      uint32_t r = cache->index_.Find(key);
      if (r == KeyIndex::kMissing) {
        r = cache->index_.Insert(
            key, static_cast<uint32_t>(cache->rows_.size() / row_size));
        cache->rows_.resize(cache->rows_.size() + row_size, 0);
        int32_t* fresh = &cache->rows_[r * row_size];
        for (int role = 0; role < kNumRoles; ++role) {
          int nk = UnigramFeatures(in, word, role, keys);
          moves_.AddAll(keys, nk, fresh + role * stride);
        }
      }
      std::memcpy(rows, &cache->rows_[r * row_size],
                  row_size * sizeof(int32_t));
      int nk = B0ContextFeatures(in, word, keys);
      moves_.AddAll(keys, nk, rows + kRoleB0 * stride);
      continue;
    }
    for (int r = 0; r < kNumRoles; ++r) {
      int nk = UnigramFeatures(in, word, r, keys);
      if (r == kRoleB0) nk += B0ContextFeatures(in, word, keys + nk);
      moves_.AddAll(keys, nk, rows + r * stride);
    }
  }
}

std::vector<uint8_t> ChooseArcLabels(const std::vector<uint32_t>& counts,
                                     int num_labels, uint32_t min_count,
                                     double purity) {
  const size_t entries = counts.size() / num_labels;
  std::vector<uint8_t> table(entries, kNoLabel);
  for (size_t e = 0; e < entries; ++e) {
    const uint32_t* c = &counts[e * num_labels];
    uint64_t total = 0;
    int best = 0;
    for (int k = 0; k < num_labels; ++k) {
      total += c[k];
      if (c[k] > c[best]) best = k;
    }
    if (total >= min_count && c[best] >= purity * static_cast<double>(total))
      table[e] = static_cast<uint8_t>(best);
  }
  return table;
}

void Parser::Parse(const ParseInput& in, ParseState* state,
                   RoleCache* cache) const {
  ParseBatch(&in, 1, state, cache);
}

namespace {

// One sentence in flight in Parser::ParseBatch, between the phases of a
// step.
// The label of the arc LEFT or RIGHT would make from in.arc_label, if the
// table has one.
bool TableLabel(const ParseInput& in, const ParseState& s, int move,
                uint8_t* label) {
  const int head = s.ArcHead(move);
  const int dep = s.ArcDep();
  if (in.arc_label == nullptr || head >= in.n) return false;
  const uint8_t l = in.arc_label[ArcLabelIndex(
      in.num_tags, in.tags[head], in.tags[dep], dep < head,
      dep + 1 == head || head + 1 == dep)];
  if (l == kNoLabel) return false;
  *label = l;
  return true;
}

struct Lane {
  int sentence = -1;  // -1: idle
  int nk = 0;         // move keys
  int lk = 0;         // label keys; -1: no label to score
  int move = 0;
  uint8_t lab = 0;
  size_t hrow = 0, drow = 0;  // RoleCache::LabelRow rows, or ~0
  int32_t scores[kMaxClasses];  // the moves'
  int32_t lead = 0;  // of the best move before the hashed features; -1: sole
  uint64_t keys[kMaxParserFeatures];
  uint64_t label_keys[kMaxLabelFeatures];
};

}  // namespace

void Parser::ParseBatch(const ParseInput* in, int count, ParseState* states,
                        RoleCache* cache, MarginStats* stats) const {
  constexpr size_t kNoRow = ~size_t{0};
  const int stride = moves_.stride();
  const int lstride = labels_.stride();
  const int label_classes = labels_.num_classes();
  const unsigned groups =
      small_.empty() ? kGroupRest | kGroupSmall : kGroupRest;
  Lane lanes[kParseLanes];
  int next = 0;
  int live = 0;
  // Starts the next sentence in lane l, if any.
  auto start = [&](Lane& l) {
    l.sentence = -1;
    while (next < count) {
      const int k = next++;
      InitRoles(in[k], &states[k], cache);
      if (!states[k].Terminal()) {
        l.sentence = k;
        ++live;
        return;
      }
    }
  };
  for (Lane& l : lanes) start(l);
  while (live > 0) {
    // Phase 1: the scores of the features read without hashing (the
    // words' own rows, the tag templates); when they leave no doubt (one
    // legal move, or a lead of margin_ or more), the move; else the other
    // move features, their rows prefetched.
    for (Lane& l : lanes) {
      if (l.sentence < 0) continue;
      const ParseInput& pin = in[l.sentence];
      const ParseState& s = states[l.sentence];
      int roles[kNumRoles];
      StackRoles(s, roles);
      for (int c = 0; c < stride; ++c) l.scores[c] = 0;
      for (int r = 0; r < kNumRoles; ++r) {
        const size_t x = roles[r] < 0 ? static_cast<size_t>(pin.n + 1)
                                      : static_cast<size_t>(roles[r]);
        const int32_t* row = &s.role_scores[(x * kNumRoles + r) * stride];
        for (int c = 0; c < stride; ++c) l.scores[c] += row[c];
      }
      if (!small_.empty()) AddSmall(pin, s, l.scores);
      int best = -1, second = -1;
      for (int m = 0; m < kNumMoves; ++m) {
        if (!s.Legal(m)) continue;
        if (best < 0 || l.scores[m] > l.scores[best]) {
          second = best;
          best = m;
        } else if (second < 0 || l.scores[m] > l.scores[second]) {
          second = m;
        }
      }
      l.move = best;
      l.lead = second < 0 ? -1 : l.scores[best] - l.scores[second];
      if (second < 0 ||
          (stats == nullptr && margin_ > 0 && l.lead >= margin_)) {
        l.nk = -1;
        continue;
      }
      l.nk = ParserFeatures(pin, s, l.keys, groups);
      moves_.Prefetch(l.keys, l.nk);
    }
    // Phase 2: the moves (rows arrived while the other sentences computed
    // their features); the label features of the arcs to label, prefetched.
    for (Lane& l : lanes) {
      if (l.sentence < 0) continue;
      const ParseInput& pin = in[l.sentence];
      const ParseState& s = states[l.sentence];
      int best = l.move;
      if (l.nk >= 0) {
        moves_.AddAll(l.keys, l.nk, l.scores);
        best = -1;
        for (int m = 0; m < kNumMoves; ++m) {
          if (!s.Legal(m)) continue;
          if (best < 0 || l.scores[m] > l.scores[best]) best = m;
        }
        if (stats != nullptr) {
          ++stats->moves;
          if (best != l.move) stats->overturned.push_back(l.lead);
        }
        l.move = best;
      }
      l.lk = -1;
      l.lab = 0;
      if (best == kRight && s.stack[s.stack.size() - 2] == s.n) {
        l.lab = root_label_;
      } else if (best != kShift && pin.fixed_label != nullptr &&
                 pin.fixed_label[pin.tags[s.ArcDep()]] != kNoLabel) {
        l.lab = pin.fixed_label[pin.tags[s.ArcDep()]];
      } else if (best != kShift && TableLabel(pin, s, best, &l.lab)) {
        // The label follows from the two tags.
      } else if (best != kShift) {
        l.hrow = l.drow = kNoRow;
        if (cache != nullptr && pin.types != nullptr &&
            s.ArcHead(best) < pin.n) {
          l.hrow = cache->LabelRow(*this, pin, s.ArcHead(best), true);
          l.drow = cache->LabelRow(*this, pin, s.ArcDep(), false);
        }
        l.lk = LabelFeatures(pin, s, best, l.label_keys, l.hrow == kNoRow);
        labels_.Prefetch(l.label_keys, l.lk);
      }
    }
    // Phase 3: the labels; the moves applied.
    for (Lane& l : lanes) {
      if (l.sentence < 0) continue;
      ParseState& s = states[l.sentence];
      if (l.lk >= 0) {
        int32_t scores[kMaxClasses];
        if (l.hrow != kNoRow) {
          const int16_t* hrow = &cache->label_rows_[l.hrow * lstride];
          const int16_t* drow = &cache->label_rows_[l.drow * lstride];
          for (int c = 0; c < lstride; ++c) scores[c] = hrow[c] + drow[c];
        } else {
          for (int c = 0; c < lstride; ++c) scores[c] = 0;
        }
        labels_.AddAll(l.label_keys, l.lk, scores);
        int bl = 0;
        for (int c = 1; c < label_classes; ++c)
          if (scores[c] > scores[bl]) bl = c;
        l.lab = static_cast<uint8_t>(bl);
      }
      s.Apply(l.move, l.lab);
      if (s.Terminal()) {
        --live;
        start(l);
      }
    }
  }
}

}  // namespace newsmill::syntax
