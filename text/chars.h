// Character classes for the text layer: ASCII fast paths, utf8proc for the
// rest. All functions are pure and thread-safe.
#ifndef NEWSMILL_TEXT_CHARS_H_
#define NEWSMILL_TEXT_CHARS_H_

#include <string_view>

namespace newsmill {

bool IsLetterCp(char32_t c);       // Unicode L* and M* (marks join words)
bool IsDigitCp(char32_t c);        // Unicode Nd
bool IsUpperCp(char32_t c);        // Lu, Lt
bool IsLowerCp(char32_t c);        // Ll
// Horizontal or vertical white space, including NBSP and the other Unicode
// space separators.
bool IsSpaceCp(char32_t c);
// Characters that are invisible and carry no text (zero-width space, BOM,
// soft hyphen, ...): the normaliser drops them.
bool IsIgnorableCp(char32_t c);

inline bool IsWordCp(char32_t c) { return IsLetterCp(c) || IsDigitCp(c); }

// Quotation marks and apostrophes.
inline bool IsApostropheCp(char32_t c) { return c == '\'' || c == 0x2019; }
inline bool IsQuoteCp(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x2018 ||
         c == 0x2019 || c == 0x201E || c == 0x201A || c == 0x00AB ||
         c == 0x00BB || c == 0x2039 || c == 0x203A || c == 0x201F ||
         c == 0x201B;
}
inline bool IsDashCp(char32_t c) {
  return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 ||
         c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2212;
}

// First code point of s (0 if empty) and whether it is upper case.
char32_t FirstCodePoint(std::string_view s);
bool StartsUpper(std::string_view s);
bool StartsLower(std::string_view s);

}  // namespace newsmill

#endif  // NEWSMILL_TEXT_CHARS_H_
