#include "syntax/features.h"

#include <utf8proc.h>

#include "base/utf8.h"
#include "syntax/wordnet.h"

namespace newsmill::syntax {
namespace {

// Folds typographic variants that carry no syntactic difference.
char32_t FoldPunct(char32_t c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
      return '\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2033:
      return '"';
    case 0x2010:
    case 0x2011:
    case 0x2212:
      return '-';
    default:
      return c;
  }
}

}  // namespace

uint64_t HashString(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return Mix(h, s.size());
}

std::string NormalizeWord(std::string_view word) {
  bool has_digit = false;
  bool has_alpha = false;
  size_t digits = 0;
  for (char c : word) {
    if (c >= '0' && c <= '9') {
      has_digit = true;
      ++digits;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               static_cast<unsigned char>(c) >= 0x80) {
      has_alpha = true;
    }
  }
  if (has_digit && !has_alpha) {
    if (digits == 4 && word.size() == 4) return "!YEAR";
    return "!DIGITS";
  }
  std::string out;
  out.reserve(word.size());
  size_t pos = 0;
  while (pos < word.size()) {
    unsigned char b = static_cast<unsigned char>(word[pos]);
    if (b < 0x80) {
      out.push_back(b >= 'A' && b <= 'Z' ? static_cast<char>(b + 32)
                                         : static_cast<char>(b));
      ++pos;
      continue;
    }
    char32_t c = DecodeUtf8(word, &pos);
    c = FoldPunct(c);
    c = static_cast<char32_t>(
        utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
    AppendUtf8(c, &out);
  }
  return out;
}

std::string WordShape(std::string_view word) {
  std::string out;
  char last = 0;
  int run = 0;
  size_t pos = 0;
  while (pos < word.size() && out.size() < 24) {
    char32_t c = DecodeUtf8(word, &pos);
    char k;
    if (c >= 'A' && c <= 'Z') {
      k = 'X';
    } else if (c >= 'a' && c <= 'z') {
      k = 'x';
    } else if (c >= '0' && c <= '9') {
      k = 'd';
    } else if (c >= 0x80) {
      utf8proc_category_t cat =
          utf8proc_category(static_cast<utf8proc_int32_t>(c));
      if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT) {
        k = 'X';
      } else if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) {
        k = 'x';
      } else {
        c = FoldPunct(c);
        k = c < 0x80 ? static_cast<char>(c) : '*';
      }
    } else {
      k = static_cast<char>(c);
    }
    if (k == last) {
      if (++run > 4) continue;
    } else {
      last = k;
      run = 1;
    }
    out.push_back(k);
  }
  return out;
}

WordAtoms ComputeWordAtoms(std::string_view word, const WordNet* wordnet) {
  WordAtoms a;
  // Doubled marks, ''...'' and ``...'', are the double mark.
  if (word == "''" || word == "``") word = "\"";
  std::string lower = NormalizeWord(word);
  // The form with typographic quotes folded, case kept.
  std::string form;
  bool folded = false;
  for (unsigned char b : word) {
    if (b >= 0x80) {
      folded = true;
      break;
    }
  }
  if (folded) {
    size_t pos = 0;
    while (pos < word.size())
      AppendUtf8(FoldPunct(DecodeUtf8(word, &pos)), &form);
    a.form = HashString(form);
  } else {
    a.form = HashString(word);
  }
  a.lower = HashString(lower);
  std::string shape = WordShape(word);
  a.shape = HashString(shape);

  // Suffixes and prefixes by code point.
  size_t cps[32];
  size_t ncp = 0;
  for (size_t i = 0; i < lower.size() && ncp < 32; ++i) {
    if ((static_cast<unsigned char>(lower[i]) & 0xC0) != 0x80) cps[ncp++] = i;
  }
  size_t total_cp = CountCodePoints(lower);
  a.length = total_cp > 15 ? 15 : static_cast<uint32_t>(total_cp);
  // Suffix starts: walk back from the end.
  size_t end = lower.size();
  size_t p = end;
  for (int k = 0; k < 4; ++k) {
    if (p == 0) break;
    --p;
    while (p > 0 && (static_cast<unsigned char>(lower[p]) & 0xC0) == 0x80) --p;
    a.suffix[k] = HashString(std::string_view(lower).substr(p)) ^ 0x5u;
  }
  for (int k = 0; k < 3; ++k) {
    if (static_cast<size_t>(k + 1) > ncp) break;
    size_t e = static_cast<size_t>(k + 1) < ncp ? cps[k + 1] : lower.size();
    a.prefix[k] = HashString(std::string_view(lower).substr(0, e)) ^ 0x7u;
  }

  uint32_t f = 0;
  bool all_upper = true;
  bool all_digit = true;
  bool punct_only = true;
  int letters = 0;
  size_t pos = 0;
  bool first = true;
  while (pos < word.size()) {
    char32_t c = DecodeUtf8(word, &pos);
    bool upper = false;
    bool alpha = false;
    if (c < 0x80) {
      upper = c >= 'A' && c <= 'Z';
      alpha = upper || (c >= 'a' && c <= 'z');
    } else {
      f |= kWordNonAscii;
      utf8proc_category_t cat =
          utf8proc_category(static_cast<utf8proc_int32_t>(c));
      upper = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
      alpha = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
    }
    bool digit = c >= '0' && c <= '9';
    if (alpha) {
      f |= kWordHasAlpha;
      ++letters;
      if (upper) {
        f |= kWordHasUpper;
        if (first) f |= kWordInitialUpper;
      } else {
        all_upper = false;
      }
    }
    if (digit) f |= kWordHasDigit;
    if (!digit) all_digit = false;
    if (c == '-') f |= kWordHasHyphen;
    if (c == '.') f |= kWordHasPeriod;
    if (alpha || digit) punct_only = false;
    first = false;
  }
  if (letters >= 2 && all_upper) f |= kWordAllUpper;
  if (all_digit && !word.empty()) f |= kWordAllDigit;
  if (punct_only && !word.empty()) f |= kWordPunctOnly;
  a.flags = f;
  if (wordnet != nullptr) {
    if (f & kWordHasAlpha) {
      a.wn_lemma = wordnet->LemmaMask(lower);
      a.wn_inflected = wordnet->InflectedMask(lower);
    } else {
      a.wn_lemma = 0;
    }
  }
  return a;
}

}  // namespace newsmill::syntax
