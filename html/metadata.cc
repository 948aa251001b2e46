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
#include "html/dates.h"
#include "html/entities.h"
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
  const JsonValue* page = nullptr;  // a WebPage with an author or date
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
        const JsonValue& m = v->members[i].value;
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
        if ((EqualsIgnoreCase(t, "WebPage") || EqualsIgnoreCase(t, "ItemPage")) &&
            page == nullptr && (o->Get("author") || o->Get("datePublished")))
          page = o;
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
  // an array of either. *org is set when an object is an organisation.
  void Names(const JsonValue* v, std::vector<std::string>* out,
             int depth = 0, bool* org = nullptr) const {
    if (v == nullptr || depth > 3) return;
    v = Resolve(v);
    if (v->IsString()) {
      out->push_back(v->str);
    } else if (v->type == JsonValue::kArray) {
      for (const JsonValue& x : v->items) Names(&x, out, depth + 1, org);
    } else if (v->type == JsonValue::kObject) {
      if (org != nullptr) {
        for (const std::string& t : Types(*v))
          if (t.find("Organization") != std::string::npos) *org = true;
      }
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

// A month's name or abbreviation ("March", "Mar", "Sept").
bool MonthWord(std::string_view w) {
  static const char* const kMonths[] = {
      "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan",
      "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
      "nov", "dec"};
  std::string l = ToLowerAscii(w);
  while (!l.empty() && l.back() == '.') l.pop_back();
  for (const char* m : kMonths)
    if (l == m) return true;
  return false;
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
    if (HasDigit(w)) {
      // A user name ("delta201") in a lenient reading; a date or a count
      // otherwise, or a name run into a date ("Nolan22 Dec").
      bool letters = std::any_of(w.begin(), w.end(),
                                 [](char c) { return IsAsciiAlpha(c); });
      if (!strict && letters && kept.empty()) {
        kept.push_back(w);
        continue;
      }
      size_t d = w.find_first_of("0123456789");
      if (d >= 2 && StartsUpper(w) && !kept.empty())
        kept.push_back(w.substr(0, d));
      break;
    }
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

namespace {

// The text after a "by" that opens the text or a segment of it ("By Jane",
// "yas! | By Jane | Apr 1") or that follows a date or a verb of authorship
// ("Posted on May 1, 2020 by Jane", "Written by: Jane"); "" when no "by"
// introduces a byline (a headline "Forests Managed by Indigenous Peoples").
std::string TextAfterBy(std::string_view text) {
  std::string s = Collapse(text);
  std::string lower = ToLowerAscii(s);
  static const char* const kCues[] = {
      "posted", "written", "edited", "published", "updated", "created",
      "reported", "reporting", "story", "words", "text", "article",
      "compiled"};
  for (size_t pos = lower.find("by"); pos != std::string::npos;
       pos = lower.find("by", pos + 2)) {
    if (pos > 0 && (IsAsciiAlpha(lower[pos - 1]) || IsAsciiDigit(lower[pos - 1])))
      continue;
    if (pos + 2 >= lower.size() || (lower[pos + 2] != ' ' && lower[pos + 2] != ':'))
      continue;
    std::string_view head = TrimAscii(std::string_view(lower).substr(0, pos));
    bool opens = head.empty();
    if (!opens) {
      unsigned char last = static_cast<unsigned char>(head.back());
      opens = last == '|' || last == ':' || last == '(' || last == '-' ||
              last == ',' || last == 0xA2 || last == 0xB7 || last == 0x94 ||
              last == 0x93;
      std::string_view tail = head.size() > 30 ? head.substr(head.size() - 30) : head;
      opens |= HasDigit(tail);
      std::vector<std::string_view> words = Words(head);
      std::string w = words.empty() ? "" : StripWordPunct(words.back());
      for (const char* c : kCues) opens |= w == c;
    }
    if (!opens) continue;
    std::string rest = s.substr(pos + 2);
    size_t b = rest.find_first_not_of(": ");
    return b == std::string::npos ? "" : rest.substr(b);
  }
  return "";
}

}  // namespace

std::vector<std::string> BylineNames(std::string_view byline,
                                     const MetadataRules& rules, bool strict) {
  std::string s = Collapse(byline);
  // "Posted on May 1, 2020 by Jane Doe", "Photos: AP | By Jane Doe": the
  // names follow the last "by".
  {
    std::string lower = ToLowerAscii(s);
    size_t by = lower.rfind(" by ");
    if (by != std::string::npos) {
      std::string_view head = TrimAscii(std::string_view(lower).substr(0, by));
      std::vector<std::string_view> hw = Words(head);
      std::string last = hw.empty() ? "" : StripWordPunct(hw.back());
      static const char* const kVerbs[] = {
          "posted", "written", "edited", "published", "updated", "created",
          "reported", "story", "words", "text", "article", "compiled"};
      bool cue = HasDigit(head) || (!head.empty() && (head.back() == '|' ||
                                                      head.back() == ','));
      for (const char* v : kVerbs) cue |= last == v;
      if (cue) s = s.substr(by + 4);
    }
  }
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
    // A date or time ends the byline: keep what comes before it in the
    // segment ("By Jane Doe March 25, 2015"), then stop.
    // Numbers and times ("2015", "3:46") signal a date; a user name with
    // digits ("delta201") does not.
    auto numeric = [](const std::string& w) {
      return HasDigit(w) && std::none_of(w.begin(), w.end(), [](char c) {
               return IsAsciiAlpha(c);
             });
    };
    bool dated = ParseLooseDate(seg, false).has_value();
    for (std::string_view w : Words(seg)) dated |= numeric(StripWordPunct(w));
    if (dated) {
      if (names.size() > 0) break;
      std::vector<std::string_view> words = Words(seg);
      std::string head;
      for (std::string_view w : words) {
        std::string clean = StripWordPunct(w);
        if (numeric(clean) || MonthWord(clean)) break;
        if (!head.empty()) head.push_back(' ');
        head.append(w);
      }
      if (head.empty()) break;
      seg = head;
    }
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

namespace {

// StripSiteSuffix, also giving the parts it removed.
std::string StripSite(std::string_view title, std::string_view outlet,
                      std::string_view domain, std::vector<std::string>* removed) {
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
  if (e - b >= 2 && e - b < parts.size()) {
    // "Site » Blog Archive » Headline": the longest part left.
    for (size_t k = b; k < e; ++k)
      if (parts[k].size() > out.size()) out = parts[k];
  } else {
    for (size_t k = b; k < e; ++k) {
      if (!out.empty()) out += " - ";
      out += parts[k];
    }
  }
  if (removed != nullptr) {
    for (size_t k = 0; k < parts.size(); ++k)
      if (k < b || k >= e) removed->push_back(parts[k]);
  }
  return out;
}

}  // namespace

std::string StripSiteSuffix(std::string_view title, std::string_view outlet,
                            std::string_view domain) {
  return StripSite(title, outlet, domain, nullptr);
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

// A link to an author's page: /author/jane-doe/, /people/jane-doe,
// /profile/12345, /by/jane-doe.
bool IsAuthorPageLink(std::string_view href) {
  if (href.size() < 6 || href.size() > 300) return false;
  std::string h = ToLowerAscii(href);
  static const char* const kDirs[] = {
      "/author/", "/authors/", "/profile/", "/profiles/", "/people/",
      "/by/", "/staff/", "/contributor/", "/contributors/", "/writer/",
      "/writers/", "/journalist/", "/journalists/", "/reporter/", "/user/",
      "/users/"};
  for (const char* d : kDirs) {
    size_t at = h.find(d);
    if (at == std::string::npos) continue;
    // A person's page has a name after the directory ("/people/" alone is
    // the section's index).
    size_t b = at + std::strlen(d);
    size_t e = h.find_first_of("/?#", b);
    if (e == std::string::npos) e = h.size();
    if (e - b >= 2) return true;
  }
  return false;
}

}  // namespace

class MetadataReaderImpl {
 public:
  MetadataReaderImpl(const Dom& dom, std::string_view url,
                     const MetadataRules& rules)
      : dom_(dom), url_(url), rules_(rules) {
    Collect();
  }

  PageMetadata Run(const ArticleEvidence& evidence);
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
  // Would a numeric date 02/10/2020 on this page be day first? Pages in
  // non-US English and in other languages write it so.
  bool DayFirst() const;
  // Is this byline name the outlet or the publisher rather than a person?
  bool IsOutletName(std::string_view name, const PageMetadata& m) const;
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
  const ArticleEvidence* evidence_ = nullptr;
  std::vector<Meta> metas_;
  JsonLd ld_;
  std::vector<JsonValue> ld_roots_;
  std::string html_lang_;
  std::string canonical_;
  std::string title_tag_;
  std::vector<uint32_t> h1s_;
  std::vector<uint32_t> h2s_;  // h2 and h3
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
      case Tag::kH2: case Tag::kH3:
        if (h2s_.size() < 32) h2s_.push_back(i);
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
    if (t == Tag::kA && (ContainsWordCI(rel, "author") ||
                         IsAuthorPageLink(dom_.AttrOr(i, "href")))) {
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
        both.find("description") == std::string::npos &&
        // "author-title", "author-role": the writer's job, not the name
        both.find("title") == std::string::npos &&
        both.find("role") == std::string::npos &&
        both.find("job") == std::string::npos) {
      // Commenters are not the article's authors.
      bool in_comment = both.find("comment") != std::string::npos;
      uint32_t a = dom_.parent(i);
      for (int k = 0; a != kNoNode && a != 0 && k < 12 && !in_comment; ++k) {
        std::string ac = ToLowerAscii(dom_.AttrOr(a, "class")) + " " +
                         ToLowerAscii(dom_.AttrOr(a, "id"));
        in_comment = ac.find("comment") != std::string::npos;
        a = dom_.parent(a);
      }
      if (!in_comment && byline_elems_.size() < 64) byline_elems_.push_back(i);
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

bool MetadataReaderImpl::DayFirst() const {
  std::string lang = ToLowerAscii(html_lang_);
  if (lang.empty()) lang = ToLowerAscii(MetaValue("og:locale"));
  for (char& c : lang)
    if (c == '_') c = '-';
  std::string domain = DomainOf(url_);
  if (EndsWith(domain, ".uk") || EndsWith(domain, ".au") ||
      EndsWith(domain, ".nz") || EndsWith(domain, ".ie") ||
      EndsWith(domain, ".in") || EndsWith(domain, ".za"))
    return true;
  if (url_.find("/en-gb/") != std::string_view::npos) return true;
  if (lang.empty() || lang == "en" || StartsWith(lang, "en-us")) return false;
  return true;
}

bool MetadataReaderImpl::IsOutletName(std::string_view name,
                                      const PageMetadata& m) const {
  std::string n = Squash(name);
  if (n.empty()) return true;
  std::string o = Squash(m.outlet);
  if (!o.empty() && (n == o || (n.size() >= 5 && o.find(n) != std::string::npos)))
    return true;
  std::string label = Squash(DomainLabel(DomainOf(url_.empty() ? m.url : url_)));
  return label.size() >= 4 && n.find(label) != std::string::npos;
}

// Share of the words of a that are also in b (lower case, letters and
// digits), 0 when either is empty.
double WordOverlap(std::string_view a, std::string_view b) {
  auto words = [](std::string_view s) {
    std::vector<std::string> out;
    std::string w;
    for (size_t i = 0; i <= s.size(); ++i) {
      char c = i < s.size() ? s[i] : ' ';
      if (IsAsciiAlpha(c) || IsAsciiDigit(c) || static_cast<unsigned char>(c) >= 0x80) {
        w.push_back(AsciiLower(c));
      } else if (!w.empty()) {
        out.push_back(w);
        w.clear();
      }
    }
    return out;
  };
  std::vector<std::string> wa = words(a), wb = words(b);
  if (wa.empty() || wb.empty()) return 0;
  size_t hit = 0;
  for (const std::string& x : wa)
    if (std::find(wb.begin(), wb.end(), x) != wb.end()) ++hit;
  return static_cast<double>(hit) / wa.size();
}

// Decodes character references left in a value by a double-escaping CMS
// ("&amp;#8217;" in the source, "&#8217;" after one decoding).
std::string DecodeLeftovers(const std::string& s) {
  if (s.find('&') == std::string::npos || s.find(';') == std::string::npos)
    return s;
  std::string out;
  DecodeCharacterReferences(s, false, &out);
  return out;
}

std::string MetadataReaderImpl::Title(const PageMetadata& m) {
  std::string domain = DomainOf(url_.empty() ? m.url : url_);
  std::string meta_title;
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
    std::string c = Collapse(DecodeLeftovers(t));
    if (c.empty()) continue;
    meta_title = StripSiteSuffix(c, m.outlet, domain);
    break;
  }
  std::vector<std::string> site_parts;
  std::string page_title =
      title_tag_.empty() ? "" : StripSite(title_tag_, m.outlet, domain, &site_parts);
  // The visible headline: the first <h1> inside or before the article's
  // region that is not the site's name (a logo) nor a one-word section
  // name that neither the metadata nor <title> repeat.
  std::string o = Squash(m.outlet);
  std::string label = Squash(DomainLabel(domain));
  std::string known = Squash(meta_title) + " " + Squash(page_title);
  auto is_site = [&](const std::string& sq) {
    if (!o.empty() && (sq == o || (sq.size() >= 5 && o.find(sq) != std::string::npos) ||
                       (o.size() >= 5 && sq.find(o) != std::string::npos &&
                        sq.size() <= o.size() + 8)))
      return true;
    if (label.size() >= 3 && sq.find(label) == 0 && sq.size() <= label.size() + 12 &&
        sq != Squash(meta_title))
      return true;
    for (const std::string& part : site_parts)
      if (Squash(part) == sq) return true;
    return false;
  };
  // The headline stands just before the article's text: take the last
  // good <h1> before its first paragraph, else the first one inside the
  // region.
  uint32_t start = evidence_ ? evidence_->first_kept : kNoNode;
  std::vector<std::string> before;
  std::string inside;
  for (uint32_t h : h1s_) {
    int place = Place(h);
    if (place == 2) continue;
    bool is_before = start != kNoNode ? h < start : place == 1;
    if (!is_before && !inside.empty()) continue;
    std::string text = Collapse(DecodeLeftovers(ElementText(dom_, h, 600)));
    if (text.size() < 4 || text.size() > 400) continue;
    std::string sq = Squash(text);
    if (sq.empty() || is_site(sq)) continue;
    if (Words(text).size() < 3 && known.find(sq) == std::string::npos) continue;
    if (is_before) {
      before.push_back(text);
    } else {
      inside = text;
    }
  }
  // Several <h1> before the text: the one the metadata names, else the
  // last.
  std::string h1 = inside;
  if (!before.empty()) {
    h1 = before.back();
    for (const std::string& b : before) {
      std::string sq = Squash(b);
      if (sq == Squash(meta_title) || sq == Squash(page_title)) {
        h1 = b;
        break;
      }
    }
  }
  if (!h1.empty()) {
    // An <h1> holding the headline and a subtitle: the metadata's headline
    // is the first part of it (unless the metadata cut it short: "...").
    std::string sq = Squash(h1);
    std::string meta_sq = Squash(meta_title);
    bool cut = EndsWith(meta_title, "...") || EndsWith(meta_title, "\xE2\x80\xA6");
    if (!cut && meta_sq.size() >= 10 && sq.size() > meta_sq.size() + 10 &&
        sq.compare(0, meta_sq.size(), meta_sq) == 0)
      return meta_title;
    // A short <h1> that shares no word with the page's title nor its
    // metadata is a section's name ("Allergies Health Center") when the
    // page's title stands as a lower heading of its own.
    std::string other = !page_title.empty() ? page_title : meta_title;
    if (!other.empty() && Words(h1).size() <= 4 &&
        WordOverlap(h1, meta_title) < 0.25 &&
        WordOverlap(h1, page_title) < 0.25) {
      std::string osq = Squash(other);
      for (uint32_t h : h2s_) {
        if (Squash(ElementText(dom_, h, 600)) == osq) return other;
      }
    }
    return h1;
  }
  if (!meta_title.empty()) return meta_title;
  return page_title;
}

std::vector<std::string> MetadataReaderImpl::Authors(const PageMetadata& m) {
  auto add = [](std::vector<std::string>* names, std::string n) {
    for (const std::string& e : *names)
      if (EqualsIgnoreCase(e, n)) return;
    names->push_back(std::move(n));
  };
  // Drop the outlet's own name beside a person ("Jane Doe, CNN").
  auto finish = [&](std::vector<std::string> names) {
    if (names.size() > 1) {
      std::vector<std::string> kept;
      for (const std::string& n : names)
        if (!IsOutletName(n, m)) kept.push_back(n);
      if (!kept.empty()) names = std::move(kept);
    }
    return names;
  };
  // 1. Metadata: JSON-LD, then meta names, then microdata. Names that are
  // the outlet or an organisation are kept aside: a person named on the
  // page beats them.
  std::vector<std::string> meta_names;
  bool meta_org = false;
  for (const JsonValue* obj : {ld_.article, ld_.page}) {
    if (obj == nullptr || !meta_names.empty()) continue;
    std::vector<std::string> raw;
    bool org = false;
    ld_.Names(obj->Get("author"), &raw, 0, &org);
    if (raw.empty()) ld_.Names(obj->Get("creator"), &raw, 0, &org);
    for (const std::string& r : raw) {
      if (LooksLikeUrl(r)) continue;
      for (std::string& n : BylineNames(DecodeLeftovers(r), rules_, false))
        add(&meta_names, std::move(n));
    }
    meta_org = org;
  }
  if (meta_names.empty()) {
    for (const Meta& meta : metas_) {
      if (!IsAuthorMetaKey(meta.key) || meta.value.empty()) continue;
      if (LooksLikeUrl(meta.value)) continue;
      meta_names = BylineNames(DecodeLeftovers(meta.value), rules_, false);
      if (!meta_names.empty()) break;
    }
  }
  if (meta_names.empty()) {
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
      meta_names = BylineNames(name, rules_, false);
      if (!meta_names.empty()) break;
    }
  }
  bool weak = meta_names.empty() || meta_org;
  if (!weak) {
    weak = true;
    for (const std::string& n : meta_names)
      if (!IsOutletName(n, m)) weak = false;
  }
  if (!weak) return finish(meta_names);
  // 2. The page: byline elements (class or id byline/author, rel=author),
  // then blocks with "by <Name>", inside the article or before it. The
  // outlet's own name does not count.
  std::vector<std::string> outlet_byline;  // "By <the outlet>", if nothing else
  auto persons = [&](std::vector<std::string> names) {
    std::vector<std::string> kept;
    for (std::string& n : names) {
      if (!IsOutletName(n, m)) {
        kept.push_back(std::move(n));
      } else if (outlet_byline.empty()) {
        outlet_byline.push_back(n);
      }
    }
    return kept;
  };
  // Before the article, the byline nearest to it first (a column of other
  // writers' names may stand further up the page).
  std::vector<uint32_t> elems_before(byline_elems_.rbegin(), byline_elems_.rend());
  for (int place = 0; place <= 1; ++place) {
    for (uint32_t i : place == 0 ? byline_elems_ : elems_before) {
      if (Place(i) != place) continue;
      std::string text = ElementText(dom_, i, 300);
      if (text.empty() || text.size() > 200) continue;
      std::vector<std::string> names = persons(BylineNames(text, rules_, true));
      if (names.empty()) {
        // A bare name in an element named "author": "oz", "Jane Doe".
        if (Words(text).size() <= 3 &&
            (dom_.tag(i) != Tag::kA ? !HasDigit(text)
                                     : IsAuthorPageLink(dom_.AttrOr(i, "href"))))
          names = persons(BylineNames(text, rules_, false));
        if (names.empty()) continue;
      }
      return finish(names);
    }
  }
  for (int place = 0; place <= 1 && evidence_ != nullptr; ++place) {
    std::vector<const NearbyText*> texts;
    for (const NearbyText& t : evidence_->bylines) texts.push_back(&t);
    if (place == 1) std::reverse(texts.begin(), texts.end());
    for (const NearbyText* t : texts) {
      if (t->place != place) continue;
      std::vector<std::string> names =
          persons(BylineNames(TextAfterBy(t->text), rules_, true));
      if (!names.empty()) return finish(names);
    }
  }
  if (!meta_names.empty()) return finish(meta_names);
  // 3. A byline after the article ("last edited ... by Name").
  if (evidence_ != nullptr) {
    for (const NearbyText& t : evidence_->bylines) {
      if (t.place != 2) continue;
      std::vector<std::string> names =
          BylineNames(TextAfterBy(t.text), rules_, true);
      if (!names.empty()) return finish(names);
    }
  }
  return outlet_byline;
}

void MetadataReaderImpl::Published(PageMetadata* m) {
  bool day_first = DayFirst();
  auto take = [&](const std::string& s, const char* source) {
    if (!m->published.empty()) return;
    if (auto d = ParseLooseDate(s, day_first)) {
      m->published = d->ToString();
      m->published_source = source;
    }
  };
  // A date after "updated" or "modified" is not the publication's.
  auto first_date = [&](const std::string& text) -> std::string {
    std::string l = ToLowerAscii(text);
    size_t up = std::min(l.find("updated"), l.find("modified"));
    if (up == std::string::npos) return text;
    if (!ParseLooseDate(text.substr(0, up), day_first)) return "";
    return text.substr(0, up);
  };
  if (ld_.article) take(ld_.String(ld_.article, "datePublished"), "json-ld");
  for (const Meta& meta : metas_) {
    if (!m->published.empty()) break;
    if (IsPublishedMetaKey(meta.key)) take(meta.value, "meta");
  }
  for (const auto& md : microdata_dates_) take(md.second, "meta");
  if (ld_.page) take(ld_.String(ld_.page, "datePublished"), "json-ld");
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
  // Short dates and bylines with a date near the headline, then elements
  // whose class says date or time.
  for (int place = 1; place >= 0 && m->published.empty(); --place) {
    if (evidence_ == nullptr) break;
    for (const NearbyText& t : evidence_->dates) {
      if (t.place != place) continue;
      take(first_date(t.text), "text");
      if (!m->published.empty()) break;
    }
  }
  for (int place = 0; place <= 1 && m->published.empty(); ++place) {
    for (uint32_t i : dateish_elems_) {
      if (Place(i) != place) continue;
      std::string text = ElementText(dom_, i, 300);
      if (text.size() > 200) continue;
      take(first_date(text), "text");
      if (!m->published.empty()) break;
    }
  }
  if (ld_.article) take(ld_.String(ld_.article, "dateCreated"), "json-ld");
  if (evidence_ != nullptr) {
    for (const NearbyText& t : evidence_->dates) {
      if (t.place != 2) continue;
      take(first_date(t.text), "text");
    }
    for (const NearbyText& t : evidence_->bylines) take(first_date(t.text), "text");
  }
  if (ld_.article) m->modified = ld_.String(ld_.article, "dateModified");
  if (m->modified.empty()) m->modified = MetaValue("article:modified_time");
  if (m->published.empty() && !m->modified.empty()) take(m->modified, "modified");
}

PageMetadata MetadataReaderImpl::Run(const ArticleEvidence& evidence) {
  region_ = evidence.region;
  evidence_ = &evidence;
  PageMetadata m;
  // Outlet.
  m.outlet = DecodeLeftovers(MetaValue("og:site_name"));
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
  evidence_ = nullptr;
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

PageMetadata MetadataReader::Read(const ArticleEvidence& evidence) {
  return impl_->Run(evidence);
}

}  // namespace newsmill::html
