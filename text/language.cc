#include "text/language.h"

#include <algorithm>

#include "base/strings.h"
#include "base/utf8.h"
#include "text/chars.h"

namespace newsmill {
namespace {

constexpr size_t kMaxTokens = 3000;
constexpr size_t kMinWords = 8;
constexpr size_t kMaxWords = 400;

}  // namespace

std::string DetectLanguage(const TextRules& rules, std::string_view text,
                           const std::vector<Token>& tokens) {
  // Script census over the letters of the first tokens.
  size_t latin = 0, cyrillic = 0, ukrainian = 0, arabic = 0, hebrew = 0,
         greek = 0, devanagari = 0, thai = 0, han = 0, kana = 0, hangul = 0;
  size_t n = std::min(tokens.size(), kMaxTokens);
  for (size_t i = 0; i < n; ++i) {
    if (tokens[i].kind != TokenKind::kWord) continue;
    std::string_view w = text.substr(tokens[i].span.begin, tokens[i].span.size());
    size_t pos = 0;
    while (pos < w.size()) {
      unsigned char b = static_cast<unsigned char>(w[pos]);
      if (b < 0x80) {
        latin += IsAsciiAlpha(static_cast<char>(b));
        ++pos;
        continue;
      }
      char32_t c = DecodeUtf8(w, &pos);
      if (c < 0x250) {
        latin += IsLetterCp(c);
      } else if (c >= 0x400 && c < 0x530) {
        ++cyrillic;
        ukrainian += c == 0x456 || c == 0x457 || c == 0x454 || c == 0x491;
      } else if (c >= 0x370 && c < 0x400) {
        ++greek;
      } else if (c >= 0x590 && c < 0x600) {
        ++hebrew;
      } else if ((c >= 0x600 && c < 0x700) || (c >= 0x750 && c < 0x780)) {
        ++arabic;
      } else if (c >= 0x900 && c < 0x980) {
        ++devanagari;
      } else if (c >= 0xE00 && c < 0xE80) {
        ++thai;
      } else if (c >= 0x3040 && c < 0x3100) {
        ++kana;
      } else if ((c >= 0x4E00 && c < 0xA000) || (c >= 0x3400 && c < 0x4DC0)) {
        ++han;
      } else if (c >= 0xAC00 && c < 0xD7B0) {
        ++hangul;
      }
    }
  }
  size_t other = cyrillic + arabic + hebrew + greek + devanagari + thai + han +
                 kana + hangul;
  if (other > latin) {
    size_t best = std::max({cyrillic, arabic, hebrew, greek, devanagari, thai,
                            han + kana, hangul});
    if (best == cyrillic) return ukrainian * 50 > cyrillic ? "uk" : "ru";
    if (best == arabic) return "ar";
    if (best == hebrew) return "he";
    if (best == greek) return "el";
    if (best == devanagari) return "hi";
    if (best == thai) return "th";
    if (best == hangul) return "ko";
    return kana * 10 > han ? "ja" : "zh";
  }
  // Function words of each Latin-script language (short words only: every
  // listed function word is short).
  std::vector<size_t> hits(rules.stopwords().size(), 0);
  size_t words = 0;
  char lower[16];
  for (size_t i = 0; i < n && words < kMaxWords; ++i) {
    if (tokens[i].kind != TokenKind::kWord) continue;
    ++words;
    size_t len = tokens[i].span.size();
    if (len >= sizeof lower) continue;
    for (size_t k = 0; k < len; ++k)
      lower[k] = AsciiLower(text[tokens[i].span.begin + k]);
    uint32_t langs = rules.StopwordLanguages(std::string_view(lower, len));
    for (size_t l = 0; langs != 0; ++l, langs >>= 1) hits[l] += langs & 1;
  }
  if (words < kMinWords) return "en";
  size_t en = 0, best = 0;
  std::string best_code = "en";
  for (size_t l = 0; l < hits.size(); ++l) {
    if (rules.stopwords()[l].first == "en") en = hits[l];
    if (hits[l] > best) {
      best = hits[l];
      best_code = rules.stopwords()[l].first;
    }
  }
  // Another language wins only with clear evidence: its function words are
  // frequent and clearly more frequent than English ones.
  if (best_code != "en" && best * 100 >= words * 12 && best > en * 2) {
    return best_code;
  }
  return "en";
}

}  // namespace newsmill
