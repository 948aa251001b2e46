#include "html/entities.h"

#include <cstring>
#include <string>
#include <unordered_map>

#include "base/embedded_data.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "html/charset.h"

namespace newsmill::html {
namespace {

constexpr size_t kLongestName = 32;  // "CounterClockwiseContourIntegral;"
constexpr size_t kLongestLegacy = 6;  // "middot", "frac12", ...

struct EntityTable {
  // Name (with ';' when the table has it) -> UTF-8.
  std::unordered_map<std::string_view, std::string> names;
};

const EntityTable& Table() {
  static const EntityTable* table = [] {
    auto* t = new EntityTable;
    std::optional<std::string_view> file =
        EmbeddedDataFile("html/entities.tsv");
    if (!file) return t;  // the build embeds it; an empty table still works
    for (std::string_view line : Split(*file, '\n')) {
      if (line.empty() || line[0] == '#') continue;
      size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      std::string utf8;
      for (std::string_view hex : Split(line.substr(tab + 1), ' ')) {
        char32_t c = 0;
        for (char h : hex) {
          c = c * 16 + static_cast<char32_t>(
                           IsAsciiDigit(h) ? h - '0' : (AsciiLower(h) - 'a' + 10));
        }
        if (!hex.empty()) AppendUtf8(c, &utf8);
      }
      t->names.emplace(line.substr(0, tab), std::move(utf8));
    }
    return t;
  }();
  return *table;
}

bool IsAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }

// Decodes the reference that starts at s[i] == '&'. Returns the number of
// bytes consumed (0: not a reference, the '&' is literal).
size_t DecodeOne(std::string_view s, size_t i, bool in_attribute,
                 std::string* out) {
  size_t j = i + 1;
  if (j >= s.size()) return 0;
  if (s[j] == '#') {
    ++j;
    bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
    if (hex) ++j;
    size_t digits_begin = j;
    uint32_t value = 0;
    bool overflow = false;
    while (j < s.size()) {
      char c = s[j];
      int d;
      if (IsAsciiDigit(c)) {
        d = c - '0';
      } else if (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
        d = AsciiLower(c) - 'a' + 10;
      } else {
        break;
      }
      if (value > 0x10FFFF) {
        overflow = true;
      } else {
        value = value * (hex ? 16 : 10) + static_cast<uint32_t>(d);
      }
      ++j;
    }
    if (j == digits_begin) return 0;  // "&#" or "&#x" alone: literal
    if (j < s.size() && s[j] == ';') ++j;
    char32_t c = value;
    if (overflow || value == 0 || value > 0x10FFFF ||
        (value >= 0xD800 && value <= 0xDFFF)) {
      c = kReplacementChar;
    } else if (value >= 0x80 && value <= 0x9F) {
      char32_t w = Windows1252ToUnicode(static_cast<unsigned char>(value));
      if (w != 0) c = w;
    }
    AppendUtf8(c, out);
    return j - i;
  }
  // Named: the longest run of letters and digits, then ';'.
  size_t k = j;
  while (k < s.size() && k - j < kLongestName && IsAlnum(s[k])) ++k;
  if (k == j) return 0;
  const auto& names = Table().names;
  if (k < s.size() && s[k] == ';') {
    auto it = names.find(s.substr(j, k + 1 - j));
    if (it != names.end()) {
      out->append(it->second);
      return k + 1 - i;
    }
  }
  // Legacy names without ';', longest first.
  for (size_t len = std::min(k - j, kLongestLegacy); len >= 2; --len) {
    auto it = names.find(s.substr(j, len));
    if (it == names.end()) continue;
    size_t after = j + len;
    if (in_attribute && after < s.size() &&
        (s[after] == '=' || IsAlnum(s[after]))) {
      return 0;  // "?a=1&copy=2" in a URL stays as written
    }
    out->append(it->second);
    return after - i;
  }
  return 0;
}

}  // namespace

void DecodeCharacterReferences(std::string_view s, bool in_attribute,
                               std::string* out) {
  size_t i = 0;
  while (i < s.size()) {
    const void* amp = std::memchr(s.data() + i, '&', s.size() - i);
    if (amp == nullptr) {
      out->append(s.data() + i, s.size() - i);
      return;
    }
    size_t a = static_cast<size_t>(static_cast<const char*>(amp) - s.data());
    out->append(s.data() + i, a - i);
    size_t n = DecodeOne(s, a, in_attribute, out);
    if (n == 0) {
      out->push_back('&');
      i = a + 1;
    } else {
      i = a + n;
    }
  }
}

}  // namespace newsmill::html
