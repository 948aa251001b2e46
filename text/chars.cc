#include "text/chars.h"

#include <utf8proc.h>

#include "base/utf8.h"

namespace newsmill {

bool IsLetterCp(char32_t c) {
  if (c < 0x80) return (c | 32) >= 'a' && (c | 32) <= 'z';
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
      return true;
    default:
      return false;
  }
}

bool IsDigitCp(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) ==
         UTF8PROC_CATEGORY_ND;
}

bool IsUpperCp(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool IsLowerCp(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) ==
         UTF8PROC_CATEGORY_LL;
}

bool IsSpaceCp(char32_t c) {
  if (c < 0x80) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
  }
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

bool IsIgnorableCp(char32_t c) {
  return c == 0x200B || c == 0xFEFF || c == 0x00AD || c == 0x2060 ||
         c == 0x200E || c == 0x200F;
}

char32_t FirstCodePoint(std::string_view s) {
  if (s.empty()) return 0;
  size_t pos = 0;
  return DecodeUtf8(s, &pos);
}

bool StartsUpper(std::string_view s) { return IsUpperCp(FirstCodePoint(s)); }
bool StartsLower(std::string_view s) { return IsLowerCp(FirstCodePoint(s)); }

}  // namespace newsmill
