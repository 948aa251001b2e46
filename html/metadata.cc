// Metadata of a page. Every field takes the first source, in a fixed order
// of trust, that gives a usable value:
//
// title      JSON-LD headline of the article object, og:title, twitter:title,
//            meta title/headline; then the page's <h1> (the one inside or
//            before the article), then <title>. A site name is stripped from
//            any of them ("Headline | Outlet", "Outlet - Headline").
// authors    JSON-LD author (persons and organisations, @id references
//            resolved); meta author / article:author (not a URL) / byl /
//            parsely-author / sailthru.author / dc.creator / citation_author;
//            microdata itemprop=author; rel=author links; elements whose
//            class or id say byline/author; a short block that opens with
//            "By ". Names are cleaned (BylineNames) and the outlet's own name
//            is dropped when a person is named beside it ("Jane Doe, CNN").
// published  JSON-LD datePublished; article:published_time and the other
//            meta names of publication dates; microdata datePublished;
//            <time> marked as publication (itemprop, pubdate, class words);
//            a date in the URL (/2019/11/19/); the first <time> of the
//            article; a short date-like element near the byline; JSON-LD
//            dateCreated; last, dateModified.
// outlet     og:site_name, JSON-LD publisher name, application-name, JSON-LD
//            WebSite name.
// url        <link rel=canonical>, og:url, then the page URL; relative ones
//            resolved against the page URL.
// language   <html lang>, content-language, og:locale, JSON-LD inLanguage.
#include "html/metadata.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_map>

#include "base/embedded_data.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "html/json_lite.h"

namespace newsmill::html {
namespace {

std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (IsAsciiSpace(static_cast<char>(c))) {
      space = true;
      continue;
    }
    if (c == 0xC2 && i + 1 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      space = true;
      ++i;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

// Visible text of an element, whitespace collapsed, script and style left
// out; at most max_bytes.
std::string ElementText(const Dom& dom, uint32_t i, size_t max_bytes = 4096) {
  std::string raw;
  uint32_t end = dom.SubtreeEnd(i);
  for (uint32_t j = i + 1; j < end && raw.size() < max_bytes; ++j) {
    if (dom.IsElement(j)) {
      Tag t = dom.tag(j);
      if (t == Tag::kScript || t == Tag::kStyle || t == Tag::kTemplate ||
          t == Tag::kSvg || t == Tag::kNoscript || t == Tag::kButton ||
          t == Tag::kSelect) {
        j = dom.SubtreeEnd(j) - 1;
        continue;
      }
      if (t == Tag::kBr || t == Tag::kP || t == Tag::kDiv || t == Tag::kLi)
        raw.push_back(' ');
      continue;
    }
    if (dom.IsText(j)) raw.append(dom.Text(j));
  }
  return Collapse(raw);
}

bool ContainsWordCI(std::string_view hay, std::string_view word) {
  std::string h = ToLowerAscii(hay);
  return h.find(word) != std::string::npos;
}

// ---------------------------------------------------------------- dates

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

std::optional<Date> ParseLooseDate(std::string_view s) {
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
        d = dotted ? MakeDate(y, b, a) : MakeDate(y, a, b);
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

namespace {

// A date in a URL path: /2019/11/19/, /2019-11-19-, /20191119/.
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

std::string DomainOf(std::string_view url) {
  size_t b = url.find("://");
  b = b == std::string_view::npos ? 0 : b + 3;
  size_t e = url.find_first_of("/?#:", b);
  std::string host = ToLowerAscii(url.substr(b, e == std::string_view::npos
                                                    ? std::string_view::npos
                                                    : e - b));
  if (StartsWith(host, "www.")) host = host.substr(4);
  return host;
}

// The distinctive label of a domain: "nytimes" for www.nytimes.com,
// "bbc" for bbc.co.uk.
std::string DomainLabel(std::string_view domain) {
  std::vector<std::string_view> parts = Split(domain, '.');
  if (parts.empty()) return "";
  size_t k = parts.size() >= 2 ? parts.size() - 2 : 0;
  if (parts.size() >= 3 && parts[k].size() <= 3 &&
      (parts[k] == "co" || parts[k] == "com" || parts[k] == "org" ||
       parts[k] == "net" || parts[k] == "ac" || parts[k] == "gov"))
    --k;
  return std::string(parts[k]);
}

// Letters and digits only, lower case: "The New York Times" ->
// "thenewyorktimes".
std::string Squash(std::string_view s) {
  std::string out;
  for (char c : s)
    if (IsAsciiAlpha(c) || IsAsciiDigit(c)) out.push_back(AsciiLower(c));
  return out;
}

std::string ResolveUrl(std::string_view href, std::string_view base) {
  std::string h = Collapse(href);
  if (h.empty()) return h;
  if (h.find("://") != std::string::npos) return h;
  if (StartsWith(h, "//")) {
    size_t s = base.find("://");
    return std::string(s == std::string_view::npos ? "https:"
                                                   : base.substr(0, s + 1)) +
           h;
  }
  size_t s = base.find("://");
  if (s == std::string_view::npos) return h;
  size_t root = base.find('/', s + 3);
  std::string origin(base.substr(0, root));
  if (StartsWith(h, "/")) return origin + h;
  std::string dir(base.substr(0, base.rfind('/') + 1));
  if (root == std::string_view::npos) dir = origin + "/";
  return dir + h;
}

bool LooksLikeUrl(std::string_view s) {
  return s.find("://") != std::string_view::npos || StartsWith(s, "www.") ||
         StartsWith(s, "/");
}

// ---------------------------------------------------------------- JSON-LD

bool IsArticleType(std::string_view t) {
  static const char* const kTypes[] = {
      "article", "newsarticle", "blogposting", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
      "backgroundnewsarticle", "askpublicnewsarticle", "satiricalarticle",
      "scholarlyarticle", "techarticle", "medicalscholarlyarticle",
      "socialmediaposting", "liveblogposting", "discussionforumposting",
      "report", "recipe", "howto", "review", "posting", "webpageelement",
      "creativework"};
  std::string l = ToLowerAscii(t);
  size_t colon = l.rfind(':');
  if (colon != std::string::npos) l = l.substr(colon + 1);
  size_t slash = l.rfind('/');
  if (slash != std::string::npos) l = l.substr(slash + 1);
  for (const char* k : kTypes)
    if (l == k) return true;
  return false;
}

bool IsListingType(std::string_view t) {
  std::string l = ToLowerAscii(t);
  return l == "collectionpage" || l == "searchresultspage" ||
         l == "itemlist" || l == "profilepage";
}

std::vector<std::string> Types(const JsonValue& obj) {
  std::vector<std::string> out;
  const JsonValue* t = obj.Get("@type");
  if (t == nullptr) return out;
  if (t->IsString()) out.push_back(t->str);
  for (const JsonValue& v : t->items)
    if (v.IsString()) out.push_back(v.str);
  return out;
}

struct JsonLd {
  std::vector<const JsonValue*> objects;  // every object, document order
  std::unordered_map<std::string, const JsonValue*> by_id;
  const JsonValue* article = nullptr;
  bool listing = false;
  const JsonValue* website = nullptr;

  void Add(const JsonValue* root) {
    std::vector<const JsonValue*> stack = {root};
    while (!stack.empty() && objects.size() < 10000) {
      const JsonValue* v = stack.back();
      stack.pop_back();
      if (v->type == JsonValue::kArray) {
        for (size_t i = v->items.size(); i-- > 0;) stack.push_back(&v->items[i]);
        continue;
      }
      if (v->type != JsonValue::kObject) continue;
      objects.push_back(v);
      const JsonValue* id = v->Get("@id");
      if (id && id->IsString() && v->members.size() > 1)
        by_id.emplace(id->str, v);
      for (size_t i = v->members.size(); i-- > 0;) {
        const JsonValue& m = v->members[i].second;
        if (m.type == JsonValue::kObject || m.type == JsonValue::kArray)
          stack.push_back(&m);
      }
    }
  }

  void Classify() {
    for (const JsonValue* o : objects) {
      for (const std::string& t : Types(*o)) {
        if (IsArticleType(t)) {
          // The first article object with a headline or body wins.
          if (article == nullptr ||
              (!article->Get("headline") && !article->Get("articleBody") &&
               (o->Get("headline") || o->Get("articleBody"))))
            article = o;
        }
        if (IsListingType(t)) listing = true;
        if (EqualsIgnoreCase(t, "WebSite") && website == nullptr) website = o;
      }
    }
  }

  const JsonValue* Resolve(const JsonValue* v) const {
    if (v && v->type == JsonValue::kObject && v->members.size() <= 2) {
      const JsonValue* id = v->Get("@id");
      if (id && id->IsString()) {
        auto it = by_id.find(id->str);
        if (it != by_id.end()) return it->second;
      }
    }
    return v;
  }

  // Names in an author/publisher value: a string, an object with "name",
  // an array of either.
  void Names(const JsonValue* v, std::vector<std::string>* out,
             int depth = 0) const {
    if (v == nullptr || depth > 3) return;
    v = Resolve(v);
    if (v->IsString()) {
      out->push_back(v->str);
    } else if (v->type == JsonValue::kArray) {
      for (const JsonValue& x : v->items) Names(&x, out, depth + 1);
    } else if (v->type == JsonValue::kObject) {
      const JsonValue* name = v->Get("name");
      if (name && name->IsString()) {
        out->push_back(name->str);
      } else if (name) {
        Names(name, out, depth + 1);
      } else {
        const JsonValue* given = v->Get("givenName");
        const JsonValue* family = v->Get("familyName");
        if (given && family && given->IsString() && family->IsString())
          out->push_back(given->str + " " + family->str);
      }
    }
  }

  std::string String(const JsonValue* obj, std::string_view key) const {
    if (obj == nullptr) return "";
    const JsonValue* v = obj->Get(key);
    if (v == nullptr) return "";
    if (v->IsString()) return v->str;
    if (v->type == JsonValue::kArray && !v->items.empty() &&
        v->items[0].IsString())
      return v->items[0].str;
    return "";
  }
};

// ---------------------------------------------------------------- bylines

bool IsNameParticle(std::string_view w) {
  static const char* const kParticles[] = {
      "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van",
      "von", "der", "den", "ter", "la", "le", "bin", "binti", "ibn", "al",
      "el", "y", "e", "st", "mc", "mac", "o"};
  std::string l = ToLowerAscii(w);
  for (const char* p : kParticles)
    if (l == p) return true;
  return false;
}

bool StartsUpper(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  if (c >= 0x80) return true;  // accented capitals and other scripts
  return IsAsciiUpper(static_cast<char>(c));
}

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return IsAsciiDigit(c); });
}

// Words of s split on spaces.
std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

std::string StripWordPunct(std::string_view w) {
  while (!w.empty() && (w.back() == ',' || w.back() == ':' || w.back() == ';' ||
                        w.back() == ')' || w.back() == '(' || w.back() == '|'))
    w.remove_suffix(1);
  while (!w.empty() && (w.front() == '(' || w.front() == '@' || w.front() == '|'))
    w.remove_prefix(1);
  return std::string(w);
}

// One candidate name: cut at a job title or a lower-case word, checked.
std::string CleanName(std::string_view piece, const MetadataRules& rules,
                      bool strict) {
  std::vector<std::string_view> words = Words(piece);
  std::vector<std::string> kept;
  for (std::string_view raw : words) {
    std::string w = StripWordPunct(raw);
    if (w.empty()) continue;
    std::string lower = ToLowerAscii(w);
    if (rules.not_name_words.count(lower)) {
      if (kept.empty()) continue;  // "Senior Editor Jane Doe": skip leading
      break;
    }
    if (w.find('@') != std::string::npos || LooksLikeUrl(w)) break;
    if (HasDigit(w)) break;
    if (strict && !StartsUpper(w) && !IsNameParticle(w)) {
      if (kept.empty()) return "";
      break;
    }
    if (!strict && (lower == "for" || lower == "at" || lower == "in") &&
        !kept.empty())
      break;
    kept.push_back(w);
    if (kept.size() > 6) return "";
  }
  while (!kept.empty() && IsNameParticle(kept.back()) && kept.size() > 1)
    kept.pop_back();
  std::string name;
  for (const std::string& w : kept) {
    if (!name.empty()) name.push_back(' ');
    name += w;
  }
  if (name.empty() || name.size() > 80) return "";
  if (rules.not_names.count(ToLowerAscii(name))) return "";
  bool letter = std::any_of(name.begin(), name.end(), [](char c) {
    return IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80;
  });
  if (!letter) return "";
  return name;
}

}  // namespace

std::vector<std::string> BylineNames(std::string_view byline,
                                     const MetadataRules& rules, bool strict) {
  std::string s = Collapse(byline);
  // Segments: a byline runs "By A and B | Staff | Nov 19, 2019".
  std::vector<std::string> segments;
  {
    std::string cur;
    for (size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      bool cut = c == '|' || c == '\n' || c == '/';
      size_t skip = 0;
      if (!cut && c == ' ' && i + 2 < s.size() && s[i + 2] == ' ' &&
          (s[i + 1] == '-' || s[i + 1] == '|')) {
        cut = true;
        skip = 2;
      }
      // " — " / " – " / " · " / " • " (multi-byte dashes and dots)
      if (!cut && c == ' ' && i + 4 < s.size() &&
          static_cast<unsigned char>(s[i + 1]) == 0xE2 && s[i + 4] == ' ') {
        cut = true;
        skip = 4;
      }
      if (!cut && c == ' ' && i + 3 < s.size() &&
          static_cast<unsigned char>(s[i + 1]) == 0xC2 &&
          static_cast<unsigned char>(s[i + 2]) == 0xB7 && s[i + 3] == ' ') {
        cut = true;
        skip = 3;
      }
      if (cut) {
        segments.push_back(cur);
        cur.clear();
        i += skip;
        continue;
      }
      cur.push_back(c);
    }
    segments.push_back(cur);
  }
  std::vector<std::string> names;
  for (std::string seg : segments) {
    seg = std::string(TrimAscii(seg));
    if (seg.empty()) continue;
    // A segment with a date or time ends the byline.
    if (ParseLooseDate(seg) || (HasDigit(seg) && names.size() > 0)) break;
    std::string lower = ToLowerAscii(seg);
    bool opened = true;
    while (opened) {
      opened = false;
      for (const std::string& o : rules.byline_openings) {
        if (StartsWith(lower, o) &&
            (lower.size() == o.size() || o.back() == ':' ||
             lower[o.size()] == ' ' || lower[o.size()] == ':')) {
          seg = std::string(TrimAscii(std::string_view(seg).substr(o.size())));
          while (!seg.empty() && (seg[0] == ':' || seg[0] == ' '))
            seg.erase(0, 1);
          lower = ToLowerAscii(seg);
          opened = true;
          break;
        }
      }
    }
    // Split into names on , ; & and " and ".
    std::vector<std::string> pieces;
    std::string cur;
    for (size_t i = 0; i < seg.size(); ++i) {
      char c = seg[i];
      if (c == ',' || c == ';' || c == '&') {
        pieces.push_back(cur);
        cur.clear();
        continue;
      }
      if (c == ' ' && i + 5 <= seg.size() &&
          EqualsIgnoreCase(std::string_view(seg).substr(i, 5), " and ")) {
        pieces.push_back(cur);
        cur.clear();
        i += 4;
        continue;
      }
      cur.push_back(c);
    }
    pieces.push_back(cur);
    bool any = false;
    for (const std::string& p : pieces) {
      std::string n = CleanName(TrimAscii(p), rules, strict);
      if (n.empty()) continue;
      any = true;
      bool dup = false;
      for (const std::string& e : names) dup |= EqualsIgnoreCase(e, n);
      if (!dup) names.push_back(n);
    }
    if (any && strict) break;  // a byline's names sit in one segment
  }
  return names;
}

std::string StripSiteSuffix(std::string_view title, std::string_view outlet,
                            std::string_view domain) {
  std::string t = Collapse(title);
  // Split on separators surrounded by spaces.
  static const char* const kSeps[] = {" | ", " - ", " – ", " — ", " :: ",
                                      " » ", " · ", " • ", " ‹ ", " › ",
                                      " ~ "};
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t i = 0; i < t.size();) {
    bool cut = false;
    for (const char* sep : kSeps) {
      size_t n = std::strlen(sep);
      if (t.compare(i, n, sep) == 0) {
        parts.push_back(t.substr(start, i - start));
        i += n;
        start = i;
        cut = true;
        break;
      }
    }
    if (!cut) ++i;
  }
  parts.push_back(t.substr(start));
  if (parts.size() == 1) return t;
  std::string o = Squash(outlet);
  std::string label = Squash(DomainLabel(domain));
  auto is_site = [&](const std::string& p) {
    std::string s = Squash(p);
    if (s.empty()) return true;
    if (!o.empty() && (s == o || (s.size() >= 4 && o.find(s) != std::string::npos) ||
                       (o.size() >= 4 && s.find(o) != std::string::npos)))
      return true;
    if (!label.empty() && label.size() >= 3 &&
        (s == label || s.find(label) != std::string::npos ||
         (s.size() >= 4 && label.find(s) != std::string::npos)))
      return true;
    return false;
  };
  // Drop site names from either end.
  size_t b = 0, e = parts.size();
  while (e - b > 1 && is_site(parts[e - 1])) --e;
  while (e - b > 1 && is_site(parts[b])) ++b;
  if (e - b == parts.size()) {
    // No part names the site: drop a short last part after a long title
    // ("Headline - Section") only when it is at most three words.
    std::string last = parts.back();
    size_t words = Words(last).size();
    size_t first_words = Words(parts.front()).size();
    if (parts.size() == 2 && words <= 3 && first_words >= 4 && outlet.empty())
      e = parts.size() - 1;
    else
      return t;
  }
  std::string out;
  for (size_t k = b; k < e; ++k) {
    if (!out.empty()) out += " - ";
    out += parts[k];
  }
  return out;
}

namespace {

bool IsPublishedMetaKey(std::string_view k) {
  static const char* const kKeys[] = {
      "article:published_time", "og:published_time", "og:article:published_time",
      "article:published", "published_time", "published-date", "publish-date",
      "publishdate", "publish_date", "pubdate", "og:pubdate", "datepublished",
      "date_published", "dc.date.issued", "dcterms.issued", "dc.date",
      "dcterms.date", "dc.date.created", "dcterms.created", "sailthru.date",
      "parsely-pub-date", "article.published", "article_date_original",
      "citation_publication_date", "citation_date", "originalpublicationdate",
      "rnews:datepublished", "displaydate", "date", "created", "cxenseparse:recs:publishtime",
      "article:post_date", "bt:pubdate", "live_date", "release_date",
      "publication_date", "pub_date", "datecreated", "uploaddate"};
  for (const char* key : kKeys)
    if (k == key) return true;
  return false;
}

bool IsAuthorMetaKey(std::string_view k) {
  static const char* const kKeys[] = {
      "author", "article:author", "og:author", "byl", "parsely-author",
      "sailthru.author", "dc.creator", "dcterms.creator", "citation_author",
      "article.author", "author_name", "authors", "cxenseparse:author",
      "twitter:data1:author"};
  for (const char* key : kKeys)
    if (k == key) return true;
  return false;
}

struct Meta {
  std::string key;  // lower case
  std::string value;
};

}  // namespace

class MetadataReaderImpl {
 public:
  MetadataReaderImpl(const Dom& dom, std::string_view url,
                     const MetadataRules& rules)
      : dom_(dom), url_(url), rules_(rules) {
    Collect();
  }

  PageMetadata Run(uint32_t region);
  std::string ArticleBody() const {
    return ld_.article ? ld_.String(ld_.article, "articleBody") : "";
  }

 private:
  void Collect();
  std::string MetaValue(std::string_view key) const {
    for (const Meta& m : metas_)
      if (m.key == key && !m.value.empty()) return m.value;
    return "";
  }
  std::string Title(const PageMetadata& m);
  std::vector<std::string> Authors(const PageMetadata& m);
  void Published(PageMetadata* m);
  // Is node i inside the article region or before it (where bylines and
  // dates stand)? Rank: 0 inside, 1 before, 2 after.
  int Place(uint32_t i) const {
    if (region_ == kNoNode) return 1;
    if (dom_.Contains(region_, i)) return 0;
    return i < region_ ? 1 : 2;
  }

  const Dom& dom_;
  std::string_view url_;
  const MetadataRules& rules_;
  uint32_t region_ = kNoNode;
  std::vector<Meta> metas_;
  JsonLd ld_;
  std::vector<JsonValue> ld_roots_;
  std::string html_lang_;
  std::string canonical_;
  std::string title_tag_;
  std::vector<uint32_t> h1s_;
  std::vector<uint32_t> times_;
  std::vector<uint32_t> byline_elems_;  // class/id byline/author, rel=author
  std::vector<uint32_t> microdata_author_;
  std::vector<std::pair<uint32_t, std::string>> microdata_dates_;
  std::vector<uint32_t> dateish_elems_;
  std::string microdata_body_;
};

void MetadataReaderImpl::Collect() {
  uint32_t n = dom_.size();
  for (uint32_t i = 1; i < n; ++i) {
    if (!dom_.IsElement(i)) continue;
    Tag t = dom_.tag(i);
    switch (t) {
      case Tag::kHtml:
        if (html_lang_.empty()) html_lang_ = std::string(dom_.AttrOr(i, "lang"));
        if (html_lang_.empty())
          html_lang_ = std::string(dom_.AttrOr(i, "xml:lang"));
        break;
      case Tag::kMeta: {
        std::string_view key = dom_.AttrOr(i, "property");
        if (key.empty()) key = dom_.AttrOr(i, "name");
        if (key.empty()) key = dom_.AttrOr(i, "itemprop");
        if (key.empty()) key = dom_.AttrOr(i, "http-equiv");
        const std::string_view* content = dom_.Attr(i, "content");
        if (key.empty() || content == nullptr) break;
        if (metas_.size() < 2000)
          metas_.push_back({ToLowerAscii(TrimAscii(key)), Collapse(*content)});
        break;
      }
      case Tag::kLink: {
        std::string rel = ToLowerAscii(dom_.AttrOr(i, "rel"));
        if (canonical_.empty() && rel == "canonical")
          canonical_ = std::string(dom_.AttrOr(i, "href"));
        break;
      }
      case Tag::kTitle:
        if (title_tag_.empty()) {
          // Only the document's title, not an SVG <title>.
          bool in_svg = false;
          for (uint32_t p = dom_.parent(i); p != kNoNode && p != 0;
               p = dom_.parent(p))
            if (dom_.tag(p) == Tag::kSvg) in_svg = true;
          if (!in_svg) title_tag_ = Collapse(dom_.TextContent(i));
        }
        break;
      case Tag::kScript: {
        std::string type = ToLowerAscii(dom_.AttrOr(i, "type"));
        if (type.find("ld+json") == std::string::npos) break;
        if (ld_roots_.size() >= 32) break;
        std::string text = dom_.TextContent(i);
        JsonValue v;
        if (ParseJsonLenient(text, &v)) ld_roots_.push_back(std::move(v));
        break;
      }
      case Tag::kH1:
        if (h1s_.size() < 16) h1s_.push_back(i);
        break;
      case Tag::kTime:
        if (times_.size() < 64) times_.push_back(i);
        break;
      default:
        break;
    }
    if (dom_.node(i).data_size == 0) continue;  // no attributes
    std::string_view itemprop = dom_.AttrOr(i, "itemprop");
    if (!itemprop.empty() && t != Tag::kMeta) {
      if (itemprop == "author" || itemprop == "creator") {
        if (microdata_author_.size() < 16) microdata_author_.push_back(i);
      } else if (itemprop == "datePublished" || itemprop == "dateCreated") {
        std::string_view v = dom_.AttrOr(i, "content");
        if (v.empty()) v = dom_.AttrOr(i, "datetime");
        std::string value = v.empty() ? ElementText(dom_, i, 200) : std::string(v);
        if (microdata_dates_.size() < 16)
          microdata_dates_.push_back({i, value});
      } else if (itemprop == "articleBody" && microdata_body_.empty()) {
        // The visible body; content extraction reads it from the DOM.
      }
    }
    std::string_view rel = dom_.AttrOr(i, "rel");
    if (t == Tag::kA && ContainsWordCI(rel, "author")) {
      if (byline_elems_.size() < 64) byline_elems_.push_back(i);
      continue;
    }
    std::string cls = ToLowerAscii(dom_.AttrOr(i, "class"));
    std::string id = ToLowerAscii(dom_.AttrOr(i, "id"));
    std::string both = cls + " " + id;
    if ((both.find("byline") != std::string::npos ||
         both.find("author") != std::string::npos ||
         both.find("writer") != std::string::npos) &&
        both.find("bio") == std::string::npos &&
        both.find("avatar") == std::string::npos &&
        both.find("image") == std::string::npos &&
        both.find("img") == std::string::npos &&
        both.find("photo") == std::string::npos &&
        both.find("about") == std::string::npos &&
        both.find("description") == std::string::npos) {
      if (byline_elems_.size() < 64) byline_elems_.push_back(i);
    }
    if (both.find("date") != std::string::npos ||
        both.find("time") != std::string::npos ||
        both.find("publish") != std::string::npos ||
        both.find("posted") != std::string::npos ||
        both.find("byline") != std::string::npos ||
        both.find("meta") != std::string::npos) {
      if (dateish_elems_.size() < 64) dateish_elems_.push_back(i);
    }
  }
  for (const JsonValue& root : ld_roots_) ld_.Add(&root);
  ld_.Classify();
}

std::string MetadataReaderImpl::Title(const PageMetadata& m) {
  std::string domain = DomainOf(url_.empty() ? m.url : url_);
  std::vector<std::string> metas;
  if (ld_.article) metas.push_back(ld_.String(ld_.article, "headline"));
  metas.push_back(MetaValue("og:title"));
  metas.push_back(MetaValue("twitter:title"));
  metas.push_back(MetaValue("title"));
  metas.push_back(MetaValue("headline"));
  metas.push_back(MetaValue("sailthru.title"));
  metas.push_back(MetaValue("parsely-title"));
  metas.push_back(MetaValue("dc.title"));
  for (const std::string& t : metas) {
    std::string c = Collapse(t);
    if (c.empty()) continue;
    return StripSiteSuffix(c, m.outlet, domain);
  }
  // The h1 of the article: inside or before the region, the first one.
  for (uint32_t h : h1s_) {
    if (Place(h) == 2) continue;
    std::string text = ElementText(dom_, h, 600);
    if (text.size() >= 4) return text;
  }
  if (!title_tag_.empty()) return StripSiteSuffix(title_tag_, m.outlet, domain);
  return "";
}

std::vector<std::string> MetadataReaderImpl::Authors(const PageMetadata& m) {
  auto finish = [&](std::vector<std::string> names) {
    // Drop the outlet's own name beside a person ("Jane Doe, CNN").
    if (names.size() > 1 && !m.outlet.empty()) {
      std::string o = Squash(m.outlet);
      std::vector<std::string> kept;
      for (const std::string& n : names)
        if (Squash(n) != o) kept.push_back(n);
      if (!kept.empty()) names = std::move(kept);
    }
    return names;
  };
  // JSON-LD.
  if (ld_.article) {
    std::vector<std::string> raw;
    ld_.Names(ld_.article->Get("author"), &raw);
    if (raw.empty()) ld_.Names(ld_.article->Get("creator"), &raw);
    std::vector<std::string> names;
    for (const std::string& r : raw) {
      if (LooksLikeUrl(r)) continue;
      for (std::string& n : BylineNames(r, rules_, false)) {
        bool dup = false;
        for (const std::string& e : names) dup |= EqualsIgnoreCase(e, n);
        if (!dup) names.push_back(std::move(n));
      }
    }
    if (!names.empty()) return finish(names);
  }
  // Meta names.
  for (const Meta& meta : metas_) {
    if (!IsAuthorMetaKey(meta.key) || meta.value.empty()) continue;
    if (LooksLikeUrl(meta.value)) continue;
    std::vector<std::string> names = BylineNames(meta.value, rules_, false);
    if (!names.empty()) return finish(names);
  }
  // Microdata.
  for (uint32_t i : microdata_author_) {
    std::string name;
    for (uint32_t j = i; j < dom_.SubtreeEnd(i); ++j) {
      if (dom_.IsElement(j) && dom_.AttrOr(j, "itemprop") == "name") {
        std::string_view c = dom_.AttrOr(j, "content");
        name = c.empty() ? ElementText(dom_, j, 200) : std::string(c);
        break;
      }
    }
    if (name.empty()) {
      std::string_view c = dom_.AttrOr(i, "content");
      name = c.empty() ? ElementText(dom_, i, 200) : std::string(c);
    }
    std::vector<std::string> names = BylineNames(name, rules_, false);
    if (!names.empty()) return finish(names);
  }
  // Byline elements and rel=author links, inside or before the article
  // first.
  for (int place = 0; place <= 2; ++place) {
    for (uint32_t i : byline_elems_) {
      if (Place(i) != place) continue;
      std::string text = ElementText(dom_, i, 300);
      if (text.empty() || text.size() > 200) continue;
      bool by = StartsWith(ToLowerAscii(text), "by ");
      std::vector<std::string> names =
          BylineNames(text, rules_, /*strict=*/true);
      if (names.empty()) continue;
      // A class word alone is weak evidence: ask for a name-like text.
      if (!by && dom_.tag(i) != Tag::kA && names[0].find(' ') == std::string::npos)
        continue;
      return finish(names);
    }
  }
  // A short block that opens with "By ".
  uint32_t n = dom_.size();
  for (uint32_t i = 1; i < n; ++i) {
    if (!dom_.IsText(i)) continue;
    std::string_view t = TrimAscii(dom_.Text(i));
    if (t.size() < 5 || t.size() > 120) continue;
    if (!(StartsWith(t, "By ") || StartsWith(t, "BY ") || StartsWith(t, "by ")))
      continue;
    if (Place(i) == 2) continue;
    uint32_t p = dom_.parent(i);
    std::string text = p != kNoNode ? ElementText(dom_, p, 300) : std::string(t);
    if (text.size() > 160) text = std::string(t);
    std::vector<std::string> names = BylineNames(text, rules_, true);
    if (!names.empty()) return finish(names);
  }
  return {};
}

void MetadataReaderImpl::Published(PageMetadata* m) {
  auto take = [&](const std::string& s, const char* source) {
    if (!m->published.empty()) return;
    if (auto d = ParseLooseDate(s)) {
      m->published = d->ToString();
      m->published_source = source;
    }
  };
  if (ld_.article) take(ld_.String(ld_.article, "datePublished"), "json-ld");
  for (const Meta& meta : metas_) {
    if (!m->published.empty()) break;
    if (IsPublishedMetaKey(meta.key)) take(meta.value, "meta");
  }
  for (const auto& md : microdata_dates_) take(md.second, "meta");
  // <time> marked as the publication.
  for (uint32_t i : times_) {
    if (!m->published.empty()) break;
    std::string cls = ToLowerAscii(dom_.AttrOr(i, "class")) + " " +
                      ToLowerAscii(dom_.AttrOr(i, "id"));
    bool marked = dom_.Attr(i, "pubdate") != nullptr ||
                  cls.find("publish") != std::string::npos ||
                  cls.find("pubdate") != std::string::npos ||
                  cls.find("posted") != std::string::npos ||
                  cls.find("entry-date") != std::string::npos;
    if (cls.find("updat") != std::string::npos ||
        cls.find("modif") != std::string::npos)
      marked = false;
    if (!marked) continue;
    std::string_view dt = dom_.AttrOr(i, "datetime");
    take(dt.empty() ? ElementText(dom_, i, 200) : std::string(dt), "time");
  }
  if (m->published.empty()) {
    if (auto d = DateInUrl(url_.empty() ? m->url : url_)) {
      m->published = d->ToString();
      m->published_source = "url";
    }
  }
  for (int place = 0; place <= 1 && m->published.empty(); ++place) {
    for (uint32_t i : times_) {
      if (Place(i) != place) continue;
      std::string cls = ToLowerAscii(dom_.AttrOr(i, "class"));
      if (cls.find("updat") != std::string::npos ||
          cls.find("modif") != std::string::npos)
        continue;
      std::string_view dt = dom_.AttrOr(i, "datetime");
      take(dt.empty() ? ElementText(dom_, i, 200) : std::string(dt), "time");
      if (!m->published.empty()) break;
    }
  }
  for (int place = 0; place <= 1 && m->published.empty(); ++place) {
    for (uint32_t i : dateish_elems_) {
      if (Place(i) != place) continue;
      std::string text = ElementText(dom_, i, 300);
      if (text.size() > 200) continue;
      std::string l = ToLowerAscii(text);
      if (l.find("updated") != std::string::npos &&
          l.find("published") == std::string::npos &&
          l.find("posted") == std::string::npos)
        continue;
      take(text, "text");
      if (!m->published.empty()) break;
    }
  }
  if (ld_.article) take(ld_.String(ld_.article, "dateCreated"), "json-ld");
  if (ld_.article) m->modified = ld_.String(ld_.article, "dateModified");
  if (m->modified.empty()) m->modified = MetaValue("article:modified_time");
  if (m->published.empty() && !m->modified.empty()) take(m->modified, "modified");
}

PageMetadata MetadataReaderImpl::Run(uint32_t region) {
  region_ = region;
  PageMetadata m;
  // Outlet.
  m.outlet = MetaValue("og:site_name");
  if (m.outlet.empty() && ld_.article) {
    std::vector<std::string> names;
    ld_.Names(ld_.article->Get("publisher"), &names);
    if (!names.empty()) m.outlet = Collapse(names[0]);
  }
  if (m.outlet.empty()) m.outlet = MetaValue("application-name");
  if (m.outlet.empty() && ld_.website) m.outlet = Collapse(ld_.String(ld_.website, "name"));
  // URL.
  std::string base(url_);
  std::string canon = canonical_;
  if (canon.empty()) canon = MetaValue("og:url");
  if (!canon.empty()) {
    m.url = ResolveUrl(canon, base);
  } else {
    m.url = base;
  }
  // Language.
  std::string lang = html_lang_;
  if (lang.empty()) lang = MetaValue("content-language");
  if (lang.empty()) lang = MetaValue("language");
  if (lang.empty()) lang = MetaValue("og:locale");
  if (lang.empty() && ld_.article) lang = ld_.String(ld_.article, "inLanguage");
  lang = ToLowerAscii(TrimAscii(lang));
  size_t cut = lang.find_first_of("-_,; ");
  if (cut != std::string::npos) lang = lang.substr(0, cut);
  if (lang.size() >= 2 && lang.size() <= 3 &&
      std::all_of(lang.begin(), lang.end(), [](char c) { return IsAsciiLower(c); }))
    m.language = lang;
  m.title = Title(m);
  m.authors = Authors(m);
  Published(&m);
  m.description = MetaValue("og:description");
  if (m.description.empty()) m.description = MetaValue("description");
  if (ld_.article) m.article_body = ld_.String(ld_.article, "articleBody");
  std::string og_type = ToLowerAscii(MetaValue("og:type"));
  m.declared_article = ld_.article != nullptr || og_type == "article";
  m.declared_listing = ld_.listing && ld_.article == nullptr;
  return m;
}

namespace {

Status LoadBylines(const std::string& data_dir, MetadataRules* rules) {
  const char* kFile = "html/bylines.tsv";
  auto file = ReadDataFile(kFile, data_dir);
  if (!file.ok()) return file.status();
  int line_no = 0;
  for (std::string_view line : Split(*file, '\n')) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() != 2) {
      return Status::InvalidArgument(std::string("data/") + kFile + ":" +
                                     std::to_string(line_no) +
                                     ": expected kind<TAB>text");
    }
    std::string text = ToLowerAscii(TrimAscii(f[1]));
    if (f[0] == "opening") {
      rules->byline_openings.push_back(text);
    } else if (f[0] == "notword") {
      rules->not_name_words.insert(text);
    } else if (f[0] == "notname") {
      rules->not_names.insert(text);
    } else {
      return Status::InvalidArgument(
          std::string("data/") + kFile + ":" + std::to_string(line_no) +
          ": kind must be opening, notword or notname");
    }
  }
  // Longest openings first, so that "written by" wins over "by".
  std::sort(rules->byline_openings.begin(), rules->byline_openings.end(),
            [](const std::string& a, const std::string& b) {
              return a.size() > b.size();
            });
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<MetadataRules>> MetadataRules::Load(
    const std::string& data_dir) {
  auto rules = std::make_unique<MetadataRules>();
  NEWSMILL_RETURN_IF_ERROR(LoadBylines(data_dir, rules.get()));
  return rules;
}

MetadataReader::MetadataReader(const Dom& dom, std::string_view page_url,
                               const MetadataRules& rules)
    : impl_(std::make_unique<MetadataReaderImpl>(dom, page_url, rules)) {}

MetadataReader::~MetadataReader() = default;

std::string MetadataReader::ArticleBody() const { return impl_->ArticleBody(); }

PageMetadata MetadataReader::Read(uint32_t region) { return impl_->Run(region); }

PageMetadata ReadMetadata(const Dom& dom, std::string_view page_url,
                          const MetadataRules& rules, uint32_t region) {
  return MetadataReader(dom, page_url, rules).Read(region);
}

}  // namespace newsmill::html
