#include "base/utf8.h"

namespace newsmill {
namespace {

// Returns the length of the well-formed sequence at s[pos], or 0.
int WellFormedLength(std::string_view s, size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  const size_t avail = s.size() - pos;
  unsigned char b0 = p[0];
  if (b0 < 0x80) return 1;
  if (b0 < 0xC2) return 0;  // continuation byte or overlong lead
  if (b0 < 0xE0) {
    if (avail < 2 || (p[1] & 0xC0) != 0x80) return 0;
    return 2;
  }
  if (b0 < 0xF0) {
    if (avail < 3) return 0;
    unsigned char b1 = p[1];
    if ((b1 & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
    if (b0 == 0xE0 && b1 < 0xA0) return 0;  // overlong
    if (b0 == 0xED && b1 >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (b0 < 0xF5) {
    if (avail < 4) return 0;
    unsigned char b1 = p[1];
    if ((b1 & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 ||
        (p[3] & 0xC0) != 0x80)
      return 0;
    if (b0 == 0xF0 && b1 < 0x90) return 0;  // overlong
    if (b0 == 0xF4 && b1 >= 0x90) return 0;  // > U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

char32_t DecodeUtf8(std::string_view s, size_t* pos) {
  int n = WellFormedLength(s, *pos);
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + *pos;
  if (n == 0) {
    ++*pos;
    return kReplacementChar;
  }
  *pos += n;
  switch (n) {
    case 1: return p[0];
    case 2: return ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    case 3:
      return ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    default:
      return ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) |
             ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
  }
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    // Fast path over ASCII, eight bytes at a time.
    while (i + 8 <= s.size()) {
      uint64_t w;
      __builtin_memcpy(&w, s.data() + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= s.size()) break;
    int n = WellFormedLength(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

size_t RepairUtf8(std::string_view s, std::string* out) {
  out->clear();
  out->reserve(s.size());
  size_t bad = 0;
  size_t i = 0;
  while (i < s.size()) {
    int n = WellFormedLength(s, i);
    if (n == 0) {
      AppendUtf8(kReplacementChar, out);
      ++bad;
      ++i;
      // Swallow the continuation bytes of the same broken sequence.
      while (i < s.size() &&
             (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) {
        ++i;
      }
      continue;
    }
    if (n == 1 && s[i] == '\0') {
      ++bad;
      ++i;
      continue;
    }
    out->append(s.data() + i, n);
    i += n;
  }
  return bad;
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  block_start_.reserve(text.size() / kBlock + 2);
  uint32_t cps = 0;
  for (size_t b = 0; b < text.size(); b += kBlock) {
    block_start_.push_back(cps);
    size_t end = b + kBlock < text.size() ? b + kBlock : text.size();
    for (size_t i = b; i < end; ++i)
      cps += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
  block_start_.push_back(cps);
}

uint32_t CodePointIndex::ToCodePoint(uint32_t byte) const {
  if (byte >= text_.size()) return block_start_.back();
  uint32_t block = byte / kBlock;
  uint32_t cps = block_start_[block];
  for (uint32_t i = block * kBlock; i < byte; ++i)
    cps += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
  // A byte in the middle of a sequence belongs to the code point before it.
  if ((static_cast<unsigned char>(text_[byte]) & 0xC0) == 0x80 && cps > 0)
    --cps;
  return cps;
}

}  // namespace newsmill
