#include "lexicon/fold.h"

#include <utf8proc.h>

#include <cstdlib>
#include <cstring>

#include "base/strings.h"
#include "base/utf8.h"

namespace newsmill {
namespace {

// Removes the dots of a dotted acronym ("u.s." -> "us", "u.n" -> "un"), else
// one trailing dot ("inc." -> "inc"). `s` is already folded.
void FixDots(std::string* s) {
  if (s->find('.') == std::string::npos) return;
  bool acronym = true;
  bool prev_letter = false;
  int letters = 0;
  for (char c : *s) {
    bool letter = (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
    if (letter) {
      if (prev_letter) { acronym = false; break; }
      ++letters;
      prev_letter = true;
    } else if (c == '.') {
      prev_letter = false;
    } else {
      acronym = false;
      break;
    }
  }
  if (acronym && letters >= 2) {
    std::string t;
    for (char c : *s)
      if (c != '.') t.push_back(c);
    s->swap(t);
    return;
  }
  if (s->size() > 1 && s->back() == '.') s->pop_back();
}

}  // namespace

bool FoldWord(std::string_view word, std::string* out) {
  out->clear();
  if (word.empty() || word.size() > kMaxFoldedWord) return false;
  bool ascii = true;
  for (unsigned char c : word) {
    if (c >= 0x80) { ascii = false; break; }
  }
  if (ascii) {
    out->resize(word.size());
    for (size_t i = 0; i < word.size(); ++i) {
      char c = word[i];
      (*out)[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
  } else {
    // Typographic apostrophes and hyphens first: case folding keeps them.
    std::string pre;
    pre.reserve(word.size());
    size_t pos = 0;
    while (pos < word.size()) {
      size_t start = pos;
      char32_t cp = DecodeUtf8(word, &pos);
      if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) {
        pre.push_back('\'');
      } else if (cp == 0x2010 || cp == 0x2011) {
        pre.push_back('-');
      } else {
        pre.append(word.substr(start, pos - start));
      }
    }
    utf8proc_uint8_t* mapped = nullptr;
    utf8proc_ssize_t n = utf8proc_map(
        reinterpret_cast<const utf8proc_uint8_t*>(pre.data()),
        static_cast<utf8proc_ssize_t>(pre.size()), &mapped,
        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE |
                                       UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD));
    if (n < 0) {
      // Invalid UTF-8 (the text layer repairs it first; be safe anyway).
      for (char c : pre) out->push_back(AsciiLower(c));
    } else {
      out->assign(reinterpret_cast<const char*>(mapped), static_cast<size_t>(n));
    }
    std::free(mapped);
  }
  FixDots(out);
  if (out->empty()) return false;
  return true;
}

// Folds an ASCII word into buf and finds its case shape in one pass (the
// common case; FoldWord and CaseShapeOf handle the rest). Returns false
// for non-ASCII or overlong words.
// Words of up to 8 bytes, eight bytes at a time (SWAR): ASCII check,
// upper/lower case masks, folding, and the few cases that need the
// byte loop (dots, hyphens) sent back to it. buf gets 8 bytes.
constexpr uint64_t kHighBits = 0x8080808080808080ULL;

// The bytes of a word of at most 8 bytes, zero-padded; one load when 8
// bytes are readable.
static uint64_t LoadShort(std::string_view w, size_t readable) {
  uint64_t x = 0;
  if (readable >= 8) {
    std::memcpy(&x, w.data(), 8);
    if (w.size() < 8) x &= (1ULL << (8 * w.size())) - 1;
    return x;
  }
  for (size_t i = 0; i < w.size(); ++i)
    x |= static_cast<uint64_t>(static_cast<unsigned char>(w[i])) << (8 * i);
  return x;
}

// w's bytes are x (LoadShort).
static bool FoldShort(std::string_view w, uint64_t x, char* buf, size_t* n,
                      CaseShape* shape, bool* slow) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = kHighBits;
  if (x & kHigh) return false;  // not ASCII
  uint64_t h = x & ~kHigh;
  uint64_t up = (h + 0x3F * kOnes) & ~(h + 0x25 * kOnes) & kHigh;   // 'A'..'Z'
  uint64_t lo = (h + 0x1F * kOnes) & ~(h + 0x05 * kOnes) & kHigh;   // 'a'..'z'
  // Bytes equal to '.' or '-' need the byte loop.
  auto has = [&](uint64_t c) {
    uint64_t y = x ^ (c * kOnes);
    return ((y - kOnes) & ~y & kHigh) & ((w.size() == 8) ? ~0ULL : ((1ULL << (8 * w.size())) - 1));
  };
  if (has('.') || has('-')) {
    *slow = true;
    return false;
  }
  uint64_t folded = x | (up >> 2);
  std::memcpy(buf, &folded, 8);
  *n = w.size();
  uint64_t letters = up | lo;
  if (!letters) {
    *shape = CaseShape::kNoLetters;
  } else {
    uint64_t first = letters & (~letters + 1);  // lowest letter byte
    if (first & lo) *shape = up ? CaseShape::kMixed : CaseShape::kLower;
    else *shape = lo ? CaseShape::kCapitalized : CaseShape::kAllCaps;
  }
  return true;
}

// Typographic apostrophes (’ ‘, E2 80 99 / E2 80 98) are the only non-ASCII
// bytes of most words that have any ("’s", "d’Ivoire"): they fold to ', so
// such words are rewritten to ASCII and take the fast path. Returns false if
// other non-ASCII bytes remain.
static bool AsciiApostrophes(std::string_view w, char* tmp, size_t* len) {
  size_t k = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c < 0x80) {
      tmp[k++] = static_cast<char>(c);
    } else if (c == 0xE2 && i + 2 < w.size() &&
               static_cast<unsigned char>(w[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(w[i + 2]) == 0x99 ||
                static_cast<unsigned char>(w[i + 2]) == 0x98)) {
      tmp[k++] = '\'';
      i += 2;
    } else {
      return false;
    }
  }
  *len = k;
  return true;
}

bool FoldWordFast(std::string_view w, char* buf, size_t* n, CaseShape* shape,
                      bool* inner_hyphen, size_t readable) {
  if (w.empty() || w.size() > kMaxFoldedWord) return false;
  *inner_hyphen = false;
  auto not_ascii = [&]() {
    char tmp[kMaxFoldedWord];
    size_t len = 0;
    if (!AsciiApostrophes(w, tmp, &len)) return false;
    return FoldWordFast(std::string_view(tmp, len), buf, n, shape, inner_hyphen);
  };
  if (w.size() <= 8) {
    // Short words (most): the ASCII test and the folding on one 8-byte word.
    uint64_t x = LoadShort(w, readable);
    if (x & kHighBits) return not_ascii();
    bool slow = false;
    if (FoldShort(w, x, buf, n, shape, &slow)) return true;
    if (!slow) return false;
  } else {
    for (unsigned char c : w)
      if (c >= 0x80) return not_ascii();
  }
  int upper = 0, lower = 0, dots = 0;
  int first = 0;  // 1 upper, 2 lower
  bool adjacent_letters = false, prev_letter = false, other = false;
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c >= 0x80) return false;
    bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
    if (up || lo) {
      if (!first) first = up ? 1 : 2;
      upper += up;
      lower += lo;
      if (prev_letter) adjacent_letters = true;
      prev_letter = true;
    } else {
      prev_letter = false;
      if (c == '.') ++dots;
      else other = true;
      if (c == '-' && i > 0 && i + 1 < w.size()) *inner_hyphen = true;
    }
    buf[i] = up ? static_cast<char>(c + 32) : static_cast<char>(c);
  }
  size_t len = w.size();
  if (dots > 0) {
    if (!adjacent_letters && !other && upper + lower >= 2) {
      // A dotted acronym ("U.S."): drop the dots.
      size_t k = 0;
      for (size_t i = 0; i < len; ++i)
        if (buf[i] != '.') buf[k++] = buf[i];
      len = k;
    } else if (len > 1 && buf[len - 1] == '.') {
      --len;
    }
  }
  *n = len;
  if (!first) *shape = CaseShape::kNoLetters;
  else if (first == 2) *shape = upper > 0 ? CaseShape::kMixed : CaseShape::kLower;
  else *shape = lower == 0 ? CaseShape::kAllCaps : CaseShape::kCapitalized;
  return len > 0;
}


std::string Fold(std::string_view word) {
  std::string out;
  FoldWord(word, &out);
  return out;
}

std::string FoldPhrase(std::string_view phrase) {
  std::string out, key;
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && (phrase[i] == ' ' || phrase[i] == '_' ||
                                 phrase[i] == '\t'))
      ++i;
    size_t j = i;
    while (j < phrase.size() && phrase[j] != ' ' && phrase[j] != '_' &&
           phrase[j] != '\t')
      ++j;
    if (j > i && FoldWord(phrase.substr(i, j - i), &key)) {
      if (!out.empty()) out.push_back(' ');
      out += key;
    }
    i = j;
  }
  return out;
}

std::string NameKey(std::string_view name) {
  std::string folded = FoldPhrase(name);
  std::string out;
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
        static_cast<unsigned char>(c) >= 0x80) {
      out.push_back(c);
    } else if ((c == ' ' || c == '-') && !out.empty() && out.back() != '-') {
      out.push_back('-');
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

CaseShape CaseShapeOf(std::string_view word) {
  int upper = 0, lower = 0;
  bool first_seen = false, first_upper = false;
  size_t pos = 0;
  while (pos < word.size()) {
    unsigned char c = static_cast<unsigned char>(word[pos]);
    bool is_upper = false, is_lower = false;
    if (c < 0x80) {
      is_upper = c >= 'A' && c <= 'Z';
      is_lower = c >= 'a' && c <= 'z';
      ++pos;
    } else {
      char32_t cp = DecodeUtf8(word, &pos);
      utf8proc_category_t cat =
          utf8proc_category(static_cast<utf8proc_int32_t>(cp));
      is_upper = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
      is_lower = cat == UTF8PROC_CATEGORY_LL;
    }
    if (is_upper || is_lower) {
      if (!first_seen) {
        first_seen = true;
        first_upper = is_upper;
      }
      upper += is_upper;
      lower += is_lower;
    }
  }
  if (!first_seen) return CaseShape::kNoLetters;
  if (!first_upper) return upper > 0 ? CaseShape::kMixed : CaseShape::kLower;
  return lower == 0 ? CaseShape::kAllCaps : CaseShape::kCapitalized;
}

size_t HyphenAt(std::string_view w, size_t i) {
  if (w[i] == '-') return 1;
  if (i + 2 < w.size() && static_cast<unsigned char>(w[i]) == 0xE2 &&
      static_cast<unsigned char>(w[i + 1]) == 0x80 &&
      (static_cast<unsigned char>(w[i + 2]) == 0x90 ||
       static_cast<unsigned char>(w[i + 2]) == 0x91))
    return 3;
  return 0;
}

bool SplitPossessive(std::string_view word, size_t* stem_len) {
  if (word.size() >= 3 && (word.back() == 's' || word.back() == 'S')) {
    if (word[word.size() - 2] == '\'') {
      *stem_len = word.size() - 2;
      return true;
    }
    // U+2019 is E2 80 99.
    if (word.size() >= 5 && word.compare(word.size() - 4, 3, "\xE2\x80\x99") == 0) {
      *stem_len = word.size() - 4;
      return true;
    }
  }
  return false;
}

}  // namespace newsmill
