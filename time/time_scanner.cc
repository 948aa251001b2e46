// The scanner is one forward pass over the bytes. Words are runs of letters
// (ASCII, or any code point from Latin-1 letters upwards that is not
// punctuation), with single-letter abbreviations kept whole ("p.m.", "U.S.")
// and a final dot taken when the vocabulary knows the word with it ("Feb.",
// "Sept."). Numbers take their inner separators when digits follow
// ("100,000", "1.5", "2022-02-01", "15:00", "02/01/2022", "10-20") and an
// attached "s" or ordinal suffix ("1990s", "3rd"); other attached letters
// become the next token ("3pm" -> "3" "pm"). Everything else is one token
// per character, dashes folded to "-".
#include "time/time_scanner.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <iterator>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/date.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "time/time_vocabulary.h"

namespace newsmill {
namespace {

constexpr size_t kMaxKey = 24;

enum class CharKind { kSpace, kLetter, kDigit, kApostrophe, kDash, kOther };

struct AsciiKinds {
  CharKind kind[128];
  constexpr AsciiKinds() : kind() {
    for (int c = 0; c < 128; ++c) {
      CharKind k = CharKind::kOther;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) k = CharKind::kLetter;
      else if (c >= '0' && c <= '9') k = CharKind::kDigit;
      else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
               c == '\v')
        k = CharKind::kSpace;
      else if (c == '\'') k = CharKind::kApostrophe;
      else if (c == '-') k = CharKind::kDash;
      kind[c] = k;
    }
  }
};
constexpr AsciiKinds kAscii;

// Classifies the character at text[i] and sets *len to its byte length.
inline CharKind Classify(std::string_view text, size_t i, size_t end,
                         size_t* len) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  *len = 1;
  if (c < 0x80) return kAscii.kind[c];
  size_t pos = i;
  std::string_view view = text.substr(0, end);
  char32_t cp = DecodeUtf8(view, &pos);
  *len = pos > i ? pos - i : 1;
  if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
      cp == 0x205F || cp == 0x3000)
    return CharKind::kSpace;
  if (cp == 0x2019 || cp == 0x2018) return CharKind::kApostrophe;
  if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) return CharKind::kDash;
  if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)
    return CharKind::kLetter;
  if (cp >= 0x370 && cp < 0x2000) return CharKind::kLetter;
  if (cp >= 0x3040 && cp != 0xFFFD) return CharKind::kLetter;
  return CharKind::kOther;
}

bool IsDigitAt(std::string_view text, size_t i, size_t end) {
  return i < end && IsAsciiDigit(text[i]);
}

int DigitsValue(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// Sets the number classes of a numeric token from its text (digits and
// separators, plus an optional suffix already split off).
void ClassifyNumber(std::string_view body, std::string_view suffix,
                    TimeToken* t) {
  // Split into digit groups and the separators between them (left
  // uninitialized past the n filled: zeroing eight views costs more than
  // the rest of a short number's work).
  struct Group {
    const char* data;
    size_t size;
  };
  Group parts[8];
  auto groups = [&parts](int k) {
    return std::string_view(parts[k].data, parts[k].size);
  };
  char seps[8];
  int n = 0;
  size_t start = 0;
  for (size_t i = 0; i <= body.size(); ++i) {
    if (i == body.size() || !IsAsciiDigit(body[i])) {
      if (n < 8) {
        parts[n] = {body.data() + start, i - start};
        seps[n] = i < body.size() ? body[i] : 0;
        ++n;
      }
      start = i + 1;
    }
  }
  uint64_t& cls = t->classes;
  auto set = [&cls](int c) { cls |= uint64_t{1} << c; };
  if (n == 1) {
    std::string_view d = groups(0);
    if (d.size() > 15) {
      set(kTcNumber);
      t->num = std::strtod(std::string(d).c_str(), nullptr);
      return;
    }
    int64_t v = 0;
    for (char c : d) v = v * 10 + (c - '0');
    t->num = static_cast<double>(v);
    if (suffix == "s") {
      if (d.size() == 4 && v % 10 == 0) {
        set(kTcDecade);
        t->a = static_cast<int>(v / 10);
      } else if (d.size() == 2 && v % 10 == 0) {
        set(kTcDecade);
        t->a = static_cast<int>(v >= 30 ? 190 + v / 10 : 200 + v / 10);
      }
      return;
    }
    if (!suffix.empty()) {  // st nd rd th
      set(kTcOrdNum);
      if (v >= 1 && v <= 31) {
        set(kTcDayNum);
        t->a = static_cast<int>(v);
      }
      return;
    }
    set(kTcNumber);
    set(kTcInt);
    if (d.size() == 4 && v >= 1000 && v <= 2199) {
      set(kTcYear);
      if (v >= 1900 && v <= 2099) set(kTcRecentYear);
      t->a = static_cast<int>(v);
    }
    if (d.size() <= 2 && v >= 1 && v <= 31) {
      set(kTcDayNum);
      t->a = static_cast<int>(v);
    }
    if (d.size() == 4 && v / 100 <= 23 && v % 100 <= 59) {
      set(kTcHhmm);
      t->b = static_cast<int>(v / 100);
      t->c = static_cast<int>(v % 100);
    }
    return;
  }
  if (!suffix.empty()) return;
  // Thousands separators and a decimal point: 100,000  7,465.95  1.5
  bool commas = true;
  for (int i = 1; i < n; ++i) {
    bool last = i == n - 1;
    if (seps[i - 1] == ',' && groups(i).size() == 3) continue;
    if (seps[i - 1] == '.' && last) continue;
    commas = false;
  }
  if (commas && groups(0).size() <= 3 + (seps[0] == '.' ? 12 : 0)) {
    std::string digits;
    for (char c : body)
      if (c != ',') digits += c;
    t->num = std::strtod(digits.c_str(), nullptr);
    set(kTcNumber);
    return;
  }
  if (n == 3 && seps[0] == '-' && seps[1] == '-' && groups(0).size() == 4 &&
      groups(1).size() == 2 && groups(2).size() == 2) {
    Date date{DigitsValue(groups(0)), DigitsValue(groups(1)),
              DigitsValue(groups(2))};
    if (date.valid()) {
      set(kTcIsoDate);
      t->a = date.year;
      t->b = date.month;
      t->c = date.day;
    }
    return;
  }
  if ((n == 2 || n == 3) && seps[0] == ':' && (n == 2 || seps[1] == ':') &&
      groups(0).size() <= 2 && groups(1).size() == 2) {
    int h = DigitsValue(groups(0)), m = DigitsValue(groups(1));
    if (h <= 24 && m <= 59) {
      set(kTcClock);
      t->a = h;
      t->b = m;
    }
    return;
  }
  if (n == 3 && seps[0] == '/' && seps[1] == '/' && groups(0).size() <= 2 &&
      groups(1).size() <= 2 &&
      (groups(2).size() == 2 || groups(2).size() == 4)) {
    int p = DigitsValue(groups(0)), q = DigitsValue(groups(1));
    int y = DigitsValue(groups(2));
    if (groups(2).size() == 2) y += y < 50 ? 2000 : 1900;
    // Month first (US news), unless the first part cannot be a month.
    int m = p, d = q;
    if (p > 12 && q <= 12) std::swap(m, d);
    Date date{y, m, d};
    if (date.valid()) {
      set(kTcSlashDate);
      t->a = y;
      t->b = m;
      t->c = d;
    }
    return;
  }
  if (n == 2 && seps[0] == '/' && groups(0).size() <= 2 &&
      groups(1).size() <= 2) {
    int p = DigitsValue(groups(0)), q = DigitsValue(groups(1));
    if (q > 0 && p < q) {
      set(kTcFraction);
      t->num = static_cast<double>(p) / q;
    }
    return;
  }
  if (n == 2 && seps[0] == '-' && groups(0).size() <= 9 &&
      groups(1).size() <= 9) {
    int lo = DigitsValue(groups(0)), hi = DigitsValue(groups(1));
    // 2010-12 and 1990-95 abbreviate the upper end.
    if (groups(0).size() == 4 && groups(1).size() == 2 && lo >= 1000)
      hi = lo / 100 * 100 + hi;
    if (hi > lo) {
      set(kTcRange);
      t->a = lo;
      t->b = hi;
      t->num = lo;
    }
  }
}

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighs = 0x8080808080808080ULL;

inline uint64_t Load8(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

// Bytes of x (little-endian) that are ASCII letters, as 0x80 in each.
inline uint64_t LetterBytes(uint64_t x) {
  uint64_t lower = (x | (0x20 * kOnes)) & (0x7F * kOnes);  // fold case
  uint64_t ge_a = lower + (0x80 - 'a') * kOnes;             // high bit: >= 'a'
  uint64_t gt_z = lower + (0x80 - 'z' - 1) * kOnes;         // high bit: > 'z'
  return ge_a & ~gt_z & ~x & kHighs;  // and not a byte >= 0x80
}

inline uint64_t LowMask(unsigned bytes) {
  return bytes >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * bytes)) - 1;
}

// Byte masks of the first n bytes of 16 (0xFF each), n = 0..16.
struct LeadingBytes {
  uint8_t mask[17][16];
  constexpr LeadingBytes() : mask() {
    for (int n = 0; n <= 16; ++n)
      for (int b = 0; b < n; ++b) mask[n][b] = 0xFF;
  }
};
constexpr LeadingBytes kLeadingBytes;

#if defined(__SSE2__)
// The run of ASCII letters at p (up to sixteen, read in one vector, without
// a branch on its length): returns its length, 16 when the sixteen bytes
// are all letters, and sets *k1, *k2 to its first `limit` letters lower-
// cased and zero-padded (a PackedKey's words; limit >= the length, or less
// to cut the run). REQUIRES: sixteen bytes readable at p.
inline size_t LetterRun(const char* p, size_t limit, uint64_t* k1,
                        uint64_t* k2) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
  const uint32_t letters = static_cast<uint32_t>(_mm_movemask_epi8(
      _mm_cmplt_epi8(
          _mm_add_epi8(lower, _mm_set1_epi8(static_cast<char>(0x80 - 'a'))),
          _mm_set1_epi8(static_cast<char>(-128 + 26)))));
  const size_t len = static_cast<size_t>(__builtin_ctz(~letters));
  const __m128i key = _mm_and_si128(
      lower, _mm_loadu_si128(reinterpret_cast<const __m128i*>(
                 kLeadingBytes.mask[std::min(len, limit)])));
  *k1 = static_cast<uint64_t>(_mm_cvtsi128_si64(key));
  *k2 = static_cast<uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(key, key)));
  return len;
}
#endif

// Reads a word of plain ASCII letters at text[i] in one sixteen-byte load
// (an SSE2 vector where there is one, else two eight-byte words) and
// appends its token. Returns its length, or 0 when the word needs the slow
// path (non-ASCII letters, inner dots or apostrophes, glued digits, a
// trailing dot, the end of the buffer near).
[[gnu::always_inline]] inline int FastWord(std::string_view text, size_t i,
                                           size_t end,
                                           const TimeVocabulary& vocab,
                                           bool* space,
                                           std::vector<TimeToken>* out) {
  if constexpr (std::endian::native != std::endian::little) return 0;
  const char* p = text.data();
  if (i + 24 > text.size()) return 0;
  size_t len;
  uint64_t k1, k2 = 0;
#if defined(__SSE2__)
  // Sixteen bytes in one vector, without a branch on the word's length
  // (words of eight letters or more are common enough to mispredict).
  len = LetterRun(p + i, 16, &k1, &k2);
  if (len == 16) return 0;  // 16 letters or more
#else
  uint64_t w1 = Load8(p + i);
  uint64_t nonletter = ~LetterBytes(w1) & kHighs;
  if (nonletter) {
    len = static_cast<size_t>(__builtin_ctzll(nonletter)) / 8;
    k1 = (w1 | (0x20 * kOnes)) & LowMask(static_cast<unsigned>(len));
  } else {
    uint64_t w2 = Load8(p + i + 8);
    uint64_t nl2 = ~LetterBytes(w2) & kHighs;
    if (!nl2) return 0;  // 16 letters or more
    size_t len2 = static_cast<size_t>(__builtin_ctzll(nl2)) / 8;
    len = 8 + len2;
    k1 = w1 | (0x20 * kOnes);
    k2 = (w2 | (0x20 * kOnes)) & LowMask(static_cast<unsigned>(len2));
  }
#endif
  size_t j = i + len;
  if (j > end) return 0;
  if (j < end) {
    unsigned char c = static_cast<unsigned char>(p[j]);
    // Cases the slow path handles: "p.m.", "Feb.", "o'clock", "don’t",
    // "Q3", "café".
    if (c == '.' || c == '\'' || c >= 0x80 || (c >= '0' && c <= '9'))
      return 0;
  }
  const TimeVocabulary::Hit hit =
      vocab.Lookup({k1, k2, static_cast<uint32_t>(len)});
  const int32_t id = hit.id;
  const uint64_t classes = hit.classes;
  // Without branches (they would follow the words' spelling): a
  // lower-case word ending in a single s is probably a plural noun; a
  // capitalised one is marked.
  const auto first = static_cast<unsigned char>(p[i]);
  const auto last = static_cast<unsigned char>(p[j - 1]);
  const auto before_last = static_cast<unsigned char>(p[j - 2 + (len < 2)]);
  const uint64_t plural =
      static_cast<uint64_t>(len >= 4) & (last == 's') &
      (static_cast<unsigned>(first - 'a') < 26u) & (before_last != 's') &
      (before_last != 'u') & (before_last != 'i') &
      ~(classes >> kTcNotInflected);
  const uint64_t cap = static_cast<unsigned>(first - 'A') < 26u;
  TimeToken& t = out->emplace_back();
  t.begin = static_cast<uint32_t>(i);
  t.end = static_cast<uint32_t>(j);
  t.kind = TimeTokenKind::kWord;
  t.flags = static_cast<uint8_t>(
      (*space ? TimeToken::kSpaceBefore : 0) |
      (cap ? TimeToken::kCapitalized : 0));
  t.entry = id;
  t.classes = classes | (plural & 1) << kTcPlural | cap << kTcCapWord;
  // The plain space that mostly follows, read here (the scanner's loop
  // would take a round for it).
  if (j < end && p[j] == ' ') {
    *space = true;
    return static_cast<int>(len + 1);
  }
  *space = false;
  return static_cast<int>(len);
}

}  // namespace

bool TimeLookupKey(std::string_view word, std::string* key) {
  key->clear();
  if (word.size() > kMaxKey + 4) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c == 0xE2 && i + 2 < word.size() &&
        static_cast<unsigned char>(word[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(word[i + 2]) == 0x99 ||
         static_cast<unsigned char>(word[i + 2]) == 0x98)) {
      key->push_back('\'');
      i += 2;
      continue;
    }
    key->push_back(AsciiLower(static_cast<char>(c)));
  }
  return key->size() <= kMaxKey;
}

[[gnu::flatten]] void ScanTimeTokens(std::string_view text, uint32_t begin,
                                     uint32_t end,
                    const TimeVocabulary& vocab, std::vector<TimeToken>* out) {
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  if (end <= begin) return;
  // At most one token per two bytes but for runs of punctuation: reserve
  // so that appending rarely reallocates.
  out->reserve(out->size() + (end - begin) / 2 + 16);
  std::string key;
  bool space = true;
  size_t i = begin;
  auto lookup = [&](size_t b, size_t e) -> int32_t {
    if (!TimeLookupKey(text.substr(b, e - b), &key)) return -1;
    return vocab.Find(key);
  };
  auto push = [&](size_t b, size_t e, TimeTokenKind kind) -> TimeToken& {
    TimeToken& t = out->emplace_back();
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.kind = kind;
    if (space) t.flags |= TimeToken::kSpaceBefore;
    space = false;
    return t;
  };
  auto attach_entry = [&](TimeToken& t, int32_t id) {
    t.entry = id;
    if (id >= 0) t.classes |= vocab.ClassesOf(id);
  };
  while (i < end) {
    size_t len;
    CharKind k = Classify(text, i, end, &len);
    if (k == CharKind::kSpace) {
      space = true;
      i += len;
      continue;
    }
    if (k == CharKind::kDigit) {
      size_t j = i;
      while (j < end && IsAsciiDigit(text[j])) ++j;
      while (j + 1 < end) {
        char s = text[j];
        if (!(s == ',' || s == '.' || s == ':' || s == '/' || s == '-')) break;
        if (!IsAsciiDigit(text[j + 1])) break;
        if (s == ',') {  // thousands: exactly three digits
          size_t k2 = j + 1;
          while (k2 < end && IsAsciiDigit(text[k2])) ++k2;
          if (k2 - j - 1 != 3) break;
        }
        j += 1;
        while (j < end && IsAsciiDigit(text[j])) ++j;
      }
      std::string_view body = text.substr(i, j - i);
      // Attached suffix: decade "s" or an ordinal.
      size_t k2 = j;
      while (k2 < end && k2 - j < 3 && IsAsciiAlpha(text[k2])) ++k2;
      bool take = false;
      std::string_view suffix;
      if (k2 > j && (k2 >= end || !IsAsciiAlpha(text[k2]))) {
        char s0 = AsciiLower(text[j]);
        char s1 = k2 - j == 2 ? AsciiLower(text[j + 1]) : 0;
        if (k2 - j == 1 && s0 == 's' && body.back() == '0') {
          take = true;
          suffix = "s";
        } else if (k2 - j == 2 &&
                   ((s0 == 's' && s1 == 't') || (s0 == 'n' && s1 == 'd') ||
                    (s0 == 'r' && s1 == 'd') || (s0 == 't' && s1 == 'h')) &&
                   body.find_first_not_of("0123456789") ==
                       std::string_view::npos) {
          take = true;
          suffix = "th";
        }
      }
      TimeToken& t = push(i, take ? k2 : j, TimeTokenKind::kNumber);
      ClassifyNumber(body, take ? suffix : "", &t);
      i = take ? k2 : j;
      continue;
    }
    if (k == CharKind::kLetter) {
      // Fast path: a word of ASCII letters read sixteen bytes at once, its
      // lower-cased bytes packed directly into the lookup key.
      int fast = FastWord(text, i, end, vocab, &space, out);
      if (fast > 0) {
        i += static_cast<size_t>(fast);
        continue;
      }
      // The lower-cased key is built while reading, in a zero-padded buffer
      // that packs into two words (locals only: the scanner's hot path).
      alignas(8) char key_buf[32] = {};
      uint32_t klen = 0;
      size_t j = i;
      size_t seg_start = i;
      const char* p = text.data();
      for (;;) {
        while (j < end) {
          unsigned char c = static_cast<unsigned char>(p[j]);
          if (c >= 0x80 || kAscii.kind[c] != CharKind::kLetter) break;
          if (klen < 24) key_buf[klen] = static_cast<char>(c | 0x20);
          ++klen;
          ++j;
        }
        if (j >= end) break;
        unsigned char c = static_cast<unsigned char>(p[j]);
        auto add = [&key_buf, &klen](char ch) {
          if (klen < 24) key_buf[klen] = ch;
          ++klen;
        };
        size_t l;
        CharKind ck = Classify(text, j, end, &l);
        if (ck == CharKind::kLetter) {
          for (size_t q = 0; q < l; ++q) add(p[j + q]);
          j += l;
          continue;
        }
        // "p.m", "U.S": a dot between single letters.
        if (c == '.' && j - seg_start == 1 && j + 1 < end &&
            IsAsciiAlpha(text[j + 1]) &&
            (j + 2 >= end || !IsAsciiAlpha(text[j + 2]) || text[j + 2] == '.')) {
          add('.');
          j += 1;
          seg_start = j;
          continue;
        }
        // Inner apostrophe ("o'clock", "don't"), but not a possessive 's.
        if (ck == CharKind::kApostrophe && j + l < end &&
            IsAsciiAlpha(text[j + l])) {
          bool possessive = (text[j + l] == 's' || text[j + l] == 'S') &&
                            (j + l + 1 >= end || !IsAsciiAlpha(text[j + l + 1]));
          if (!possessive) {
            add('\'');
            j += l;
            continue;
          }
        }
        break;
      }
      // Q3, H1, FY2007: a short prefix glued to digits.
      if (j < end && IsAsciiDigit(text[j]) && j - i <= 2) {
        size_t d = j;
        while (d < end && IsAsciiDigit(text[d])) ++d;
        if (d >= end || !IsAsciiAlpha(text[d])) {
          std::string prefix = ToLowerAscii(text.substr(i, j - i));
          int v = DigitsValue(text.substr(j, std::min<size_t>(d - j, 6)));
          TimeToken& t = push(i, d, TimeTokenKind::kWord);
          if (prefix == "q" && d - j == 1 && v >= 1 && v <= 4) {
            t.classes |= uint64_t{1} << kTcQuarterTok;
            t.a = v;
          } else if (prefix == "h" && d - j == 1 && v >= 1 && v <= 2) {
            t.classes |= uint64_t{1} << kTcHalfTok;
            t.a = v;
          } else if (prefix == "fy" && (d - j == 2 || d - j == 4)) {
            t.classes |= uint64_t{1} << kTcFiscalTok;
            t.a = d - j == 2 ? (v < 50 ? 2000 + v : 1900 + v) : v;
          }
          i = d;
          continue;
        }
      }
      int32_t id = -1;
      if (klen < TimeVocabulary::kMaxKeyBytes && j < end && text[j] == '.') {
        key_buf[klen] = '.';  // "Feb.", "p.m."
        id = vocab.FindPacked(TimeVocabulary::PackPadded(key_buf, klen + 1));
        key_buf[klen] = 0;
        if (id >= 0) ++j;
      }
      if (id < 0) id = vocab.FindPacked(TimeVocabulary::PackPadded(key_buf, klen));
      TimeToken& t = push(i, j, TimeTokenKind::kWord);
      attach_entry(t, id);
      // A lower-case word ending in a single s: probably a plural noun
      // (rules use it to tell "2000 troops" from "in 2000").
      if (j - i >= 4 && text[j - 1] == 's' && IsAsciiLower(text[i]) &&
          text[j - 2] != 's' && text[j - 2] != 'u' && text[j - 2] != 'i' &&
          !t.Has(kTcNotInflected))
        t.classes |= uint64_t{1} << kTcPlural;
      if (IsAsciiUpper(text[i])) {
        t.flags |= TimeToken::kCapitalized;
        t.classes |= uint64_t{1} << kTcCapWord;
      }
      i = j;
      continue;
    }
    if (k == CharKind::kApostrophe) {
      size_t j = i + len;
      // '90s and '98
      if (IsDigitAt(text, j, end) && IsDigitAt(text, j + 1, end) &&
          !IsDigitAt(text, j + 2, end)) {
        int v = DigitsValue(text.substr(j, 2));
        bool s = j + 2 < end && (text[j + 2] == 's' || text[j + 2] == 'S') &&
                 (j + 3 >= end || !IsAsciiAlpha(text[j + 3]));
        if (s && v % 10 == 0) {
          TimeToken& t = push(i, j + 3, TimeTokenKind::kNumber);
          t.classes |= uint64_t{1} << kTcDecade;
          t.a = v >= 30 ? 190 + v / 10 : 200 + v / 10;
          i = j + 3;
          continue;
        }
        if (j + 2 >= end || !IsAsciiAlpha(text[j + 2])) {
          TimeToken& t = push(i, j + 2, TimeTokenKind::kNumber);
          t.classes |= uint64_t{1} << kTcYear2;
          t.a = v;
          i = j + 2;
          continue;
        }
      }
      // Possessive 's.
      if (j < end && (text[j] == 's' || text[j] == 'S') &&
          (j + 1 >= end || !IsAsciiAlpha(text[j + 1])) && !space) {
        TimeToken& t = push(i, j + 1, TimeTokenKind::kWord);
        attach_entry(t, vocab.PossessiveId());
        i = j + 1;
        continue;
      }
      TimeToken& t = push(i, j, TimeTokenKind::kPunct);
      attach_entry(t, vocab.PunctId('\''));
      i = j;
      continue;
    }
    TimeToken& t = push(i, i + len, TimeTokenKind::kPunct);
    if (k == CharKind::kDash) {
      attach_entry(t, vocab.PunctId('-'));
    } else if (len == 1) {
      attach_entry(t, vocab.PunctId(static_cast<unsigned char>(text[i])));
    } else {
      attach_entry(t, lookup(i, i + len));  // “ ” € £ ...
    }
    i += len;
  }
}

}  // namespace newsmill

namespace newsmill {
namespace {

// The 5-bit code of a letter (1..26), 0 for none.
inline uint32_t LetterCode(char c) {
  return static_cast<uint32_t>((c | 0x20) - 'a' + 1);
}

struct LetterCodes {
  uint8_t code[256];
  constexpr LetterCodes() : code() {
    for (int c = 'a'; c <= 'z'; ++c) code[c] = code[c - 32] = c - 'a' + 1;
  }
};
constexpr LetterCodes kLetterCodes;

inline uint32_t TrigramOf(const char* p, size_t len) {
  uint32_t a = LetterCode(p[0]);
  uint32_t b = len > 1 ? LetterCode(p[1]) : 0;
  uint32_t c = len > 2 ? LetterCode(p[2]) : 0;
  return (a << 10) | (b << 5) | c;
}

// A 15-bit hash of the first three letters and the length of a run.
inline uint32_t TrigramLengthBit(uint32_t tri, size_t len) {
  return ((tri << 4 | static_cast<uint32_t>(len - 1)) * 0x9E3779B1u) >> 17;
}

inline bool TestBit(const uint64_t* bits, uint32_t i) {
  return (bits[i >> 6] >> (i & 63)) & 1;
}

}  // namespace

TimeTriggerFilter::Slot* TimeTriggerFilter::Add(std::string_view run,
                                                 uint8_t kind) {
  uint32_t tri = TrigramOf(run.data(), run.size());
  trigrams_[tri >> 6] |= uint64_t{1} << (tri & 63);
  uint32_t bit = TrigramLengthBit(tri, run.size());
  uint64_t* lengths = kind == kWhole ? whole_lengths_ : prefix_lengths_;
  lengths[bit >> 6] |= uint64_t{1} << (bit & 63);
  Slot* s = Insert(slots_, run);
  s->kinds |= kind;
  return s;
}

TimeTriggerFilter::Slot* TimeTriggerFilter::Insert(std::vector<Slot>& table,
                                                   std::string_view run) {
  TimeVocabulary::PackedKey p = TimeVocabulary::Pack(run);
  size_t mask = table.size() - 1;
  for (size_t i = TimeVocabulary::HashPacked(p) & mask;; i = (i + 1) & mask) {
    Slot& s = table[i];
    if (s.len == 0) {
      s.k1 = p.k1;
      s.k2 = p.k2;
      s.len = p.len;
    }
    if (s.k1 == p.k1 && s.k2 == p.k2 && s.len == p.len) return &s;
  }
}

// Inline: the filter's probe of every run that passes the bitmaps.
[[gnu::always_inline]] inline const TimeTriggerFilter::Slot*
TimeTriggerFilter::Find(const std::vector<Slot>& table, const char* p,
                        size_t i, size_t j) {
  const size_t len = j - i;
  if (table.empty() || len > TimeVocabulary::kMaxKeyBytes) return nullptr;
  alignas(8) char buf[16] = {};
  for (size_t q = 0; q < len; ++q) buf[q] = static_cast<char>(p[i + q] | 0x20);
  const TimeVocabulary::PackedKey key =
      TimeVocabulary::PackPadded(buf, static_cast<uint32_t>(len));
  return FindKey(table, key.k1, key.k2, key.len);
}

[[gnu::always_inline]] inline const TimeTriggerFilter::Slot*
TimeTriggerFilter::FindKey(const std::vector<Slot>& table, uint64_t k1,
                           uint64_t k2, uint32_t len) {
  if (table.empty()) return nullptr;
  const TimeVocabulary::PackedKey key{k1, k2, len};
  const size_t mask = table.size() - 1;
  for (size_t s = TimeVocabulary::HashPacked(key) & mask;; s = (s + 1) & mask) {
    const Slot& slot = table[s];
    if (slot.len == 0) return nullptr;
    if (slot.k1 == key.k1 && slot.k2 == key.k2 && slot.len == key.len)
      return &slot;
  }
}

void TimeTriggerFilter::Build(const TimeVocabulary& vocab, uint64_t classes,
                              const std::vector<WeakWord>& weak,
                              const NumberWords& numbers) {
  all_ = true;
  weak_.clear();
  goes_on_.clear();
  std::fill(std::begin(trigrams_), std::end(trigrams_), 0);
  std::fill(std::begin(whole_lengths_), std::end(whole_lengths_), 0);
  std::fill(std::begin(prefix_lengths_), std::end(prefix_lengths_), 0);
  if (classes & ((uint64_t{1} << kTcPlural) | (uint64_t{1} << kTcCapWord)))
    return;
  std::vector<int32_t> weak_of(vocab.size(), -1);
  for (const WeakWord& w : weak) {
    if (w.entry < 0 || static_cast<size_t>(w.entry) >= vocab.size()) continue;
    weak_of[w.entry] = static_cast<int32_t>(weak_.size());
    weak_.push_back(w.needs);
  }
  std::vector<int32_t> ids;
  for (size_t id = 0; id < vocab.size(); ++id) {
    if ((vocab.ClassesOf(static_cast<int32_t>(id)) & classes) == 0) continue;
    std::string_view k = vocab.entry(static_cast<int32_t>(id)).key;
    if (k.empty() || !IsAsciiLower(k[0])) return;  // "'s", "£": untestable
    ids.push_back(static_cast<int32_t>(id));
  }
  size_t cap = 64;
  while (cap < ids.size() * 4) cap *= 2;
  slots_.assign(cap, Slot{});
  for (int32_t id : ids) {
    std::string_view k = vocab.entry(id).key;
    size_t n = 0;
    while (n < k.size() && IsAsciiLower(k[n])) ++n;
    if (n > TimeVocabulary::kMaxKeyBytes) continue;  // never found either
    Slot* s = Add(k.substr(0, n), n == k.size() ? kWhole : kPrefix);
    if (n == k.size()) s->weak = weak_of[id];
    const uint64_t cl = vocab.ClassesOf(id) & classes;
    if (n == k.size() && numbers.classes != 0 && (cl & ~numbers.classes) == 0)
      s->number = true;
  }
  // The words after a number word: their leading runs of letters (a unit
  // "km2" is looked up as "km"; a run the filter cannot tell counts anyway).
  std::vector<std::string_view> runs;
  for (const std::string& w : numbers.goes_on) {
    size_t n = 0;
    while (n < w.size() && IsAsciiLower(w[n])) ++n;
    if (n > 0 && n <= TimeVocabulary::kMaxKeyBytes)
      runs.push_back(std::string_view(w).substr(0, n));
  }
  size_t units_cap = 64;
  while (units_cap < runs.size() * 4) units_cap *= 2;
  goes_on_.assign(units_cap, Slot{});
  for (std::string_view r : runs) Insert(goes_on_, r)->kinds |= kWhole;
  all_ = false;
}

namespace {

// Whether c may join a run of ASCII letters into a longer token ("p.m.",
// "o'clock", "café", "Q3"): where the filter cannot tell the token.
inline bool MayJoin(unsigned char c) {
  return c == '.' || c == '\'' || c >= 0x80 || (c >= '0' && c <= '9');
}

// Whether the lower-cased run p[i, j) is one of words.
bool RunIsOneOf(const char* p, size_t i, size_t j,
                const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    if (w.size() != j - i) continue;
    size_t q = 0;
    while (q < w.size() && AsciiLower(p[i + q]) == w[q]) ++q;
    if (q == w.size()) return true;
  }
  return false;
}

inline bool IsAsciiSpaceByte(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

}  // namespace

bool TimeTriggerFilter::BeforeMayBe(const std::vector<std::string>& words,
                                    const char* p, size_t begin, size_t i) {
  if (words.empty()) return true;
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  size_t k = i;
  while (k > begin && IsAsciiSpaceByte(u[k - 1])) --k;
  if (k == begin) return false;  // no token before
  if (u[k - 1] >= 0x80) return true;  // a letter, or a wide space
  // Else a token of punctuation or a number (not a word), or a word.
  if (k == i || !IsAsciiAlpha(p[k - 1])) return false;
  // The token there is the run, or a longer one that is not a plain word
  // ("U.S", "o'clock", "1990s").
  size_t s = k - 1;
  while (s > begin && IsAsciiAlpha(p[s - 1])) --s;
  return RunIsOneOf(p, s, k, words);
}

bool TimeTriggerFilter::AfterMayBe(const std::vector<std::string>& words,
                                   const char* p, size_t j, size_t end) {
  if (words.empty()) return true;
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  size_t k = j;
  while (k < end && IsAsciiSpaceByte(u[k])) ++k;
  if (k == end) return false;
  if (u[k] >= 0x80) return true;
  if (k == j || !IsAsciiAlpha(p[k])) return false;
  // The run, or a longer token that is not a plain word ("than.", "a.m").
  size_t e = k + 1;
  while (e < end && IsAsciiAlpha(p[e])) ++e;
  return RunIsOneOf(p, k, e, words);
}

bool TimeTriggerFilter::WeakMayCount(const Weak& w, const char* p,
                                     size_t begin, size_t i, size_t j,
                                     size_t end) const {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  // The token itself may be longer than the run.
  if ((i > begin && MayJoin(u[i - 1])) || (j < end && MayJoin(u[j])))
    return true;
  for (const Need& n : w)
    if (BeforeMayBe(n.before, p, begin, i) && AfterMayBe(n.after, p, j, end))
      return true;
  return false;
}

bool TimeTriggerFilter::NumberMayCount(const char* p, size_t begin, size_t i,
                                       size_t j, size_t end) const {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  // The token itself may be longer than the run (but for a full stop that
  // ends the sentence).
  if ((i > begin && MayJoin(u[i - 1])) ||
      (j < end && MayJoin(u[j]) && !(u[j] == '.' && j + 1 == end)))
    return true;
  // A currency sign before it: "$ one", "£one".
  size_t k = i;
  while (k > begin && IsAsciiSpaceByte(u[k - 1])) --k;
  if (k > begin && (u[k - 1] == '$' || u[k - 1] >= 0x80)) return true;
  // The unit: up to three plain words after it.
  size_t pos = j;
  for (int w = 0; w < 3; ++w) {
    size_t a = pos;
    while (a < end && IsAsciiSpaceByte(u[a])) ++a;
    if (a == end) return false;
    if (!IsAsciiAlpha(p[a])) {
      // Punctuation ends the search ("%" right after the number is a unit;
      // other marks may be currency signs or dashes that join numbers).
      const unsigned char c = u[a];
      return !(c == ',' || c == '.' || c == ';' || c == ':' || c == '!' ||
               c == '?' || c == '(' || c == ')' || c == '"' || c == '-' ||
               c == '/');
    }
    size_t b = a + 1;
    while (b < end && IsAsciiAlpha(p[b])) ++b;
    if (b < end && MayJoin(u[b]) && !(u[b] == '.' && b + 1 == end))
      return true;
    if (Find(goes_on_, p, a, b) != nullptr) return true;
    // A plural noun right after the number ("three stores"), case and
    // exceptions aside.
    if (w == 0 && b - a >= 4 && p[b - 1] == 's' && p[b - 2] != 's' &&
        p[b - 2] != 'u' && p[b - 2] != 'i')
      return true;
    static const std::vector<std::string> kStop = {"of", "or"};
    if (RunIsOneOf(p, a, b, kStop)) return false;
    pos = b;
  }
  return false;
}

bool TimeTriggerFilter::RunMayMatch(const char* p, size_t begin, size_t i,
                                    size_t end, size_t size) const {
  // The run of ASCII letters at i, in one vector (else eight bytes at a
  // time) where the buffer allows.
  size_t j;
  const Slot* slot;
#if defined(__SSE2__)
  if (i + 16 <= size) {
    // Sixteen bytes in one vector: the run's end and its lower-cased key
    // without a branch on its length.
    uint64_t k1, k2;
    j = i + LetterRun(p + i, end - i, &k1, &k2);
    // 17 letters or more: in no vocabulary.
    if (j == i + 16 && j < end && IsAsciiAlpha(p[j])) return false;
    if (j > end) j = end;
    slot = FindKey(slots_, k1, k2, static_cast<uint32_t>(j - i));
  } else {
    j = i + 1;
    while (j < end && IsAsciiAlpha(p[j])) ++j;
    slot = Find(slots_, p, i, j);
  }
#else
  if (std::endian::native == std::endian::little && i + 16 <= size) {
    uint64_t nl = ~LetterBytes(Load8(p + i)) & kHighs;
    if (nl) {
      j = i + static_cast<size_t>(__builtin_ctzll(nl)) / 8;
    } else {
      nl = ~LetterBytes(Load8(p + i + 8)) & kHighs;
      j = i + 8 + (nl ? static_cast<size_t>(__builtin_ctzll(nl)) / 8 : 8);
      // 17 letters or more: in no vocabulary.
      if (j < end && IsAsciiAlpha(p[j])) return false;
    }
    if (j > end) j = end;
  } else {
    j = i + 1;
    while (j < end && IsAsciiAlpha(p[j])) ++j;
  }
  slot = Find(slots_, p, i, j);
#endif
  if (slot == nullptr) return false;
  if (slot->kinds & kWhole) {
    if (slot->number ? NumberMayCount(p, begin, i, j, end)
                     : slot->weak < 0 ||
                           WeakMayCount(weak_[slot->weak], p, begin, i, j, end))
      return true;
    if ((slot->kinds & kPrefix) == 0) return false;
  }
  if (j >= end) return false;
  unsigned char n = static_cast<unsigned char>(p[j]);
  return n == '.' || n == '\'' || n >= 0x80;
}

bool TimeTriggerFilter::MayContain(std::string_view text, uint32_t begin,
                                   uint32_t end) const {
  if (all_) return true;
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  const char* p = text.data();
  // Letter code of the byte at q (0: not a letter, or past the end).
  auto code = [p, end](size_t q) -> uint32_t {
    return q < end ? kLetterCodes.code[static_cast<unsigned char>(p[q])] : 0;
  };
  // Tests the run of letters that starts at q: its first three letters
  // against the bitmap, then the whole run.
  auto run_may_match = [&](size_t q) {
    uint32_t a = code(q);
    uint32_t b = code(q + 1);
    uint32_t c = b ? code(q + 2) : 0;
    uint32_t tri = (a << 10) | (b << 5) | c;
    if (((trigrams_[tri >> 6] >> (tri & 63)) & 1) == 0) return false;
    return RunMayMatch(p, begin, q, end, text.size());
  };
  size_t i = begin;
#if defined(__SSE2__)
  // Thirty-two bytes at a time, then sixteen: a digit anywhere, or the
  // start of each run of letters (a letter after a non-letter).
  const __m128i k20 = _mm_set1_epi8(0x20);
  const __m128i ka = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));
  const __m128i kz = _mm_set1_epi8(static_cast<char>(-128 + 26));
  const __m128i k0 = _mm_set1_epi8(static_cast<char>(0x80 - '0'));
  const __m128i k9 = _mm_set1_epi8(static_cast<char>(-128 + 10));
  auto digits = [&](__m128i v) { return _mm_cmplt_epi8(_mm_add_epi8(v, k0), k9); };
  auto letters = [&](__m128i v) {
    return static_cast<uint32_t>(_mm_movemask_epi8(
        _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, k20), ka), kz)));
  };
  // Whether the run of len letters at q, which ends inside the stretch
  // (goes_on, bit 0: the byte after it may make it the start of a longer
  // word), may be a word of the classes: its first three letters and
  // length against the bitmaps, without branches (the letter codes of
  // non-letters are 0), then the whole run.
  auto ended_run_may_match = [&](size_t q, uint32_t len, uint64_t goes_on) {
    const unsigned char* u = reinterpret_cast<const unsigned char*>(p + q);
    const uint32_t tri = kLetterCodes.code[u[0]] << 10 |
                         kLetterCodes.code[u[1]] << 5 |
                         kLetterCodes.code[u[len > 1 ? 2 : 1]];
    const uint32_t bit = TrigramLengthBit(tri, len);
    const uint64_t hit = (whole_lengths_[bit >> 6] |
                          (prefix_lengths_[bit >> 6] & (0 - (goes_on & 1)))) >>
                         (bit & 63);
    return (hit & 1) != 0 && RunMayMatch(p, begin, q, end, text.size());
  };
  // Whether a run starting at a bit of `starts` (letters: lm) in the chunk
  // of `width` bytes at `chunk` may be a word of the classes.
  auto runs_may_match = [&](size_t chunk, uint32_t lm, uint32_t starts,
                            uint32_t width) {
    while (starts) {
      const uint32_t at = static_cast<uint32_t>(__builtin_ctz(starts));
      starts &= starts - 1;
      const size_t q = chunk + at;
      // The run's length when it ends inside the chunk.
      const uint32_t len =
          static_cast<uint32_t>(__builtin_ctzll(~uint64_t{lm} >> at));
      if (at + len == width) {  // it may go on
        if (run_may_match(q)) return true;
        continue;
      }
      const unsigned char next = static_cast<unsigned char>(p[q + len]);
      if (ended_run_may_match(
              q, len, (next == '.') | (next == '\'') | (next >= 0x80)))
        return true;
    }
    return false;
  };
  // Digits first, over the whole stretch: a number anywhere decides, and
  // then no run before it needs a test (most sentences that pass have
  // one). The tests of the runs below need not look for digits again.
  {
    size_t d = begin;
    for (; d + 32 <= end; d += 32) {
      __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + d));
      __m128i v1 =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + d + 16));
      if (_mm_movemask_epi8(_mm_or_si128(digits(v0), digits(v1))) != 0)
        return true;
    }
    for (; d + 16 <= end; d += 16) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + d));
      if (_mm_movemask_epi8(digits(v)) != 0) return true;
    }
    if (d < end && d + 16 <= text.size()) {
      const uint32_t valid = (1u << (end - static_cast<uint32_t>(d))) - 1;
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + d));
      if ((static_cast<uint32_t>(_mm_movemask_epi8(digits(v))) & valid) != 0)
        return true;
    } else {
      for (; d < end; ++d)
        if (static_cast<unsigned>(static_cast<unsigned char>(p[d]) - '0') < 10u)
          return true;
    }
  }
  // The bytes that make a run the start of a longer word ('.', '\'', a
  // byte >= 0x80), as bits.
  const __m128i kDot = _mm_set1_epi8('.'), kQuote = _mm_set1_epi8('\'');
  auto joins = [&](__m128i v) {
    return static_cast<uint32_t>(
        _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, kDot),
                                       _mm_cmpeq_epi8(v, kQuote))) |
        _mm_movemask_epi8(v));
  };
  // The runs that start in the 32 bytes at `chunk`, with 16 bytes more read
  // ahead (`valid` bits of lm and jm are in the stretch): a run ending
  // there is tested like one inside the chunk, with no branch on whether
  // it goes on past the chunk (one run in seven does); one reaching the
  // stretch's end can only be a whole word.
  auto runs_ahead_may_match = [&](size_t chunk, uint64_t lm, uint64_t jm,
                                  uint32_t starts, uint32_t valid) {
    while (starts) {
      const uint32_t at = static_cast<uint32_t>(__builtin_ctz(starts));
      starts &= starts - 1;
      const size_t q = chunk + at;
      const uint32_t len = static_cast<uint32_t>(__builtin_ctzll(~lm >> at));
      if (at + len >= 48) [[unlikely]] {  // 17 letters or more, or beyond
        if (run_may_match(q)) return true;
        continue;
      }
      if (ended_run_may_match(q, len,
                              static_cast<uint64_t>(at + len < valid) &
                                  (jm >> (at + len))))
        return true;
    }
    return false;
  };
  uint32_t prev_letter = 0;  // bit 0: the byte before the chunk is a letter
  for (; i + 32 <= end; i += 32) {
    __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 16));
    uint32_t lm = letters(v0) | letters(v1) << 16;
    uint32_t starts = lm & ~((lm << 1) | prev_letter);
    prev_letter = lm >> 31;
    if (i + 48 <= text.size()) {
      __m128i v2 =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 32));
      const uint32_t valid = static_cast<uint32_t>(std::min<size_t>(end - i, 48));
      const uint64_t in = valid >= 48 ? (uint64_t{1} << 48) - 1
                                      : (uint64_t{1} << valid) - 1;
      const uint64_t lm48 = (lm | uint64_t{letters(v2)} << 32) & in;
      const uint64_t jm48 =
          joins(v0) | uint64_t{joins(v1)} << 16 | uint64_t{joins(v2)} << 32;
      if (runs_ahead_may_match(i, lm48, jm48, starts, valid)) return true;
      continue;
    }
    if (runs_may_match(i, lm, starts, 32)) return true;
  }
  for (; i + 16 <= end; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    uint32_t lm = letters(v);
    uint32_t starts = lm & ~((lm << 1) | prev_letter);
    prev_letter = lm >> 15;
    if (runs_may_match(i, lm, starts, 16)) return true;
  }
  // The last bytes in one more vector where the buffer goes on, the bytes
  // past the end masked off (a run that reaches the end is tested with
  // bounds, as one that may go on).
  if (i < end && i + 16 <= text.size()) {
    const uint32_t width = end - static_cast<uint32_t>(i);  // < 16
    const uint32_t valid = (1u << width) - 1;
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    uint32_t lm = letters(v) & valid;
    uint32_t starts = lm & ~((lm << 1) | prev_letter);
    return runs_may_match(i, lm, starts, width);
  }
  if (i < end && i > begin && IsAsciiAlpha(p[i - 1])) {
    while (i < end && IsAsciiAlpha(p[i])) ++i;  // inside a run tested
  }
#endif
  while (i < end) {
    unsigned char c = static_cast<unsigned char>(p[i]);
    if (static_cast<unsigned>(c - '0') < 10u) return true;  // numbers
    if (!IsAsciiAlpha(static_cast<char>(c))) {
      ++i;
      continue;
    }
    if (run_may_match(i)) return true;
    while (i < end && IsAsciiAlpha(p[i])) ++i;
  }
  return false;
}

}  // namespace newsmill
