// UTF-8 helpers: validation with repair, decoding, and byte -> code point
// offset conversion.
//
// Inside newsmill every span is a byte offset into UTF-8 text; the output
// record (SCHEMA.md) uses code point offsets, converted only at the JSON
// boundary with CodePointIndex.
//
//   std::string clean;
//   size_t bad = RepairUtf8(raw, &clean);  // bad sequences -> U+FFFD
//   CodePointIndex index(clean);
//   uint32_t cp = index.ToCodePoint(byte_offset);
//
// Thread safety: all functions are pure; a CodePointIndex is immutable after
// construction and may be shared.
#ifndef NEWSMILL_BASE_UTF8_H_
#define NEWSMILL_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsmill {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point at s[*pos] and advances *pos past it. An invalid or
// truncated sequence yields kReplacementChar and advances by one byte.
// REQUIRES: *pos < s.size().
char32_t DecodeUtf8(std::string_view s, size_t* pos);

// Appends the UTF-8 encoding of c to out.
void AppendUtf8(char32_t c, std::string* out);

// Length in bytes of the sequence that starts with lead byte b (1 for
// continuation or invalid bytes).
inline int Utf8SequenceLength(unsigned char b) {
  if (b < 0x80) return 1;
  if ((b & 0xE0) == 0xC0) return 2;
  if ((b & 0xF0) == 0xE0) return 3;
  if ((b & 0xF8) == 0xF0) return 4;
  return 1;
}

// True when s is well-formed UTF-8 (no overlongs, surrogates or values above
// U+10FFFF).
bool IsValidUtf8(std::string_view s);

// Copies s to *out, replacing every ill-formed byte sequence by U+FFFD and
// dropping NUL bytes. Returns the number of replacements made (NULs count).
size_t RepairUtf8(std::string_view s, std::string* out);

// Number of code points in s (s must be valid UTF-8).
size_t CountCodePoints(std::string_view s);

// Maps byte offsets of a UTF-8 text to code point offsets in O(1) amortised
// per lookup. The text must outlive the index.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  // REQUIRES: byte <= text.size(). A byte inside a sequence maps to the code
  // point that contains it.
  uint32_t ToCodePoint(uint32_t byte) const;

 private:
  static constexpr uint32_t kBlock = 64;
  std::string_view text_;
  std::vector<uint32_t> block_start_;  // code points before each block
};

}  // namespace newsmill

#endif  // NEWSMILL_BASE_UTF8_H_
