// Dates as web pages write them, in metadata, in bylines and in URLs.
#include "html/dates.h"

#include <array>
#include <string>
#include <vector>

#include "base/strings.h"

namespace newsmill::html {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december"};

// 1..12 for an English month name or abbreviation ("Sept", "Nov"), else 0.
int MonthNumber(std::string_view w) {
  if (w.size() < 3) return 0;
  std::string l = ToLowerAscii(w);
  for (int m = 0; m < 12; ++m) {
    std::string_view full = kMonths[m];
    if (l == full) return m + 1;
    if (l.size() == 3 && full.substr(0, 3) == l) return m + 1;
    if (l == "sept") return 9;
  }
  return 0;
}

struct Tok {
  enum Kind { kNum, kWord, kSep } kind;
  std::string_view text;
  int value = 0;
};

std::vector<Tok> DateTokens(std::string_view s) {
  std::vector<Tok> out;
  size_t i = 0;
  while (i < s.size() && out.size() < 400) {
    char c = s[i];
    if (IsAsciiDigit(c)) {
      size_t b = i;
      while (i < s.size() && IsAsciiDigit(s[i])) ++i;
      Tok t{Tok::kNum, s.substr(b, i - b)};
      if (i - b <= 9) {
        for (size_t k = b; k < i; ++k) t.value = t.value * 10 + (s[k] - '0');
      } else {
        t.value = -1;
      }
      out.push_back(t);
    } else if (IsAsciiAlpha(c)) {
      size_t b = i;
      while (i < s.size() && IsAsciiAlpha(s[i])) ++i;
      out.push_back({Tok::kWord, s.substr(b, i - b)});
    } else if (IsAsciiSpace(c)) {
      ++i;
    } else {
      out.push_back({Tok::kSep, s.substr(i, 1)});
      ++i;
    }
  }
  return out;
}

std::optional<Date> MakeDate(int y, int m, int d) {
  if (y < 1900 || y > 2100) return std::nullopt;
  Date date{y, m, d};
  if (!date.valid()) return std::nullopt;
  return date;
}

bool IsOrdinalSuffix(std::string_view w) {
  std::string l = ToLowerAscii(w);
  return l == "st" || l == "nd" || l == "rd" || l == "th";
}

}  // namespace

std::optional<Date> ParseLooseDate(std::string_view s, bool day_first) {
  std::vector<Tok> t = DateTokens(s);
  auto num = [&](size_t k, size_t min_len, size_t max_len) {
    return k < t.size() && t[k].kind == Tok::kNum &&
           t[k].text.size() >= min_len && t[k].text.size() <= max_len;
  };
  auto sep = [&](size_t k, std::string_view allowed) {
    return k < t.size() && t[k].kind == Tok::kSep &&
           allowed.find(t[k].text[0]) != std::string_view::npos;
  };
  for (size_t i = 0; i < t.size(); ++i) {
    // 2019-11-19, 2019/11/19, 2019.11.19
    if (num(i, 4, 4) && sep(i + 1, "-/.") && num(i + 2, 1, 2) &&
        sep(i + 3, "-/.") && t[i + 3].text == t[i + 1].text &&
        num(i + 4, 1, 2)) {
      if (auto d = MakeDate(t[i].value, t[i + 2].value, t[i + 4].value))
        return d;
    }
    // 20191119 standing alone
    if (num(i, 8, 8)) {
      int v = t[i].value;
      if (auto d = MakeDate(v / 10000, v / 100 % 100, v % 100)) return d;
    }
    // 19/11/2019, 11/19/2019, 19.11.2019
    if (num(i, 1, 2) && sep(i + 1, "/.-") && num(i + 2, 1, 2) &&
        sep(i + 3, "/.-") && t[i + 3].text == t[i + 1].text &&
        num(i + 4, 4, 4)) {
      int a = t[i].value, b = t[i + 2].value, y = t[i + 4].value;
      bool dotted = t[i + 1].text == ".";
      std::optional<Date> d;
      if (a > 12) {
        d = MakeDate(y, b, a);
      } else if (b > 12) {
        d = MakeDate(y, a, b);
      } else {
        d = (dotted || day_first) ? MakeDate(y, b, a) : MakeDate(y, a, b);
      }
      if (d) return d;
    }
    // November 19, 2019 / Nov. 19th 2019
    if (i < t.size() && t[i].kind == Tok::kWord) {
      int m = MonthNumber(t[i].text);
      if (m) {
        size_t k = i + 1;
        if (sep(k, ".")) ++k;
        if (num(k, 1, 2)) {
          int day = t[k].value;
          ++k;
          if (k < t.size() && t[k].kind == Tok::kWord &&
              IsOrdinalSuffix(t[k].text))
            ++k;
          if (sep(k, ",")) ++k;
          if (num(k, 4, 4)) {
            if (auto d = MakeDate(t[k].value, m, day)) return d;
          }
        }
      }
    }
    // 19 November 2019 / 19th of Nov. 2019
    if (num(i, 1, 2)) {
      size_t k = i + 1;
      if (k < t.size() && t[k].kind == Tok::kWord && IsOrdinalSuffix(t[k].text))
        ++k;
      if (sep(k, ".")) ++k;
      if (k < t.size() && t[k].kind == Tok::kWord &&
          ToLowerAscii(t[k].text) == "of")
        ++k;
      if (k < t.size() && t[k].kind == Tok::kWord) {
        int m = MonthNumber(t[k].text);
        if (m) {
          ++k;
          if (sep(k, ".")) ++k;
          if (sep(k, ",")) ++k;
          if (num(k, 4, 4)) {
            if (auto d = MakeDate(t[k].value, m, t[i].value)) return d;
          }
        }
      }
    }
  }
  return std::nullopt;
}

std::optional<Date> DateInUrl(std::string_view url) {
  size_t scheme = url.find("://");
  size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  std::string_view p = url.substr(path);
  size_t q = p.find_first_of("?#");
  if (q != std::string_view::npos) p = p.substr(0, q);
  for (size_t i = 0; i + 8 <= p.size(); ++i) {
    if (i > 0 && IsAsciiDigit(p[i - 1])) continue;
    if (!IsAsciiDigit(p[i])) continue;
    if (!(p[i] == '1' || p[i] == '2')) continue;
    // YYYY sep MM sep DD
    if (i + 10 <= p.size() && IsAsciiDigit(p[i + 1]) && IsAsciiDigit(p[i + 2]) &&
        IsAsciiDigit(p[i + 3]) && (p[i + 4] == '/' || p[i + 4] == '-' ||
                                   p[i + 4] == '_')) {
      size_t k = i + 5;
      int m = 0, d = 0, md = 0, dd = 0;
      while (k < p.size() && IsAsciiDigit(p[k]) && md < 2) {
        m = m * 10 + (p[k++] - '0');
        ++md;
      }
      if (md >= 1 && k < p.size() && p[k] == p[i + 4]) {
        ++k;
        while (k < p.size() && IsAsciiDigit(p[k]) && dd < 2) {
          d = d * 10 + (p[k++] - '0');
          ++dd;
        }
        if (dd >= 1 && (k >= p.size() || !IsAsciiDigit(p[k]))) {
          int y = std::stoi(std::string(p.substr(i, 4)));
          if (auto date = MakeDate(y, m, d)) return date;
        }
      }
    }
    // YYYYMMDD
    if (i + 8 <= p.size()) {
      bool all = true;
      for (size_t k = i; k < i + 8; ++k) all &= IsAsciiDigit(p[k]);
      if (all && (i + 8 == p.size() || !IsAsciiDigit(p[i + 8]))) {
        int v = std::stoi(std::string(p.substr(i, 8)));
        if (auto date = MakeDate(v / 10000, v / 100 % 100, v % 100)) {
          if (date->year >= 1995) return date;
        }
      }
    }
  }
  return std::nullopt;
}

}  // namespace newsmill::html
