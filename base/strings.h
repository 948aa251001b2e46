// Small string helpers used across stages (ASCII only; newsmill's lexicons
// fold case with these and compare accents separately).
//
// Thread safety: pure functions.
#ifndef NEWSMILL_BASE_STRINGS_H_
#define NEWSMILL_BASE_STRINGS_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsmill {

inline char AsciiLower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}
inline char AsciiUpper(char c) {
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
}
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

std::string ToLowerAscii(std::string_view s);
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);
std::string_view TrimAscii(std::string_view s);
// Splits on every occurrence of sep; keeps empty fields.
std::vector<std::string_view> Split(std::string_view s, char sep);
// Replaces every occurrence of from (non-empty) by to.
std::string ReplaceAll(std::string_view s, std::string_view from,
                       std::string_view to);

}  // namespace newsmill

#endif  // NEWSMILL_BASE_STRINGS_H_
