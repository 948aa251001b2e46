// Main-content detection.
//
// The idea: cut the rendered page into text blocks (the runs of inline text
// between block-level boundaries), judge each block on its own evidence, and
// choose the element whose blocks add up to the most article-like text;
// then keep, inside that element, the blocks that belong to the article.
//
// 1. Rendering. Invisible and non-text elements (script, style, template,
//    svg, form controls, [hidden], aria-hidden, display:none) are skipped.
//    Every text node belongs to the block of its nearest block-level
//    ancestor; <br><br> also ends a block.
// 2. Blocks. Each block gets its length (code points), link density (the
//    share of its text inside <a>), words, sentence ends and context
//    (heading, list item, quote, pre, table cell). A block is GOOD when it
//    reads as prose (>= 80 characters, sentence punctuation or >= 15 words,
//    few links), NEAR when it is medium-sized and not linky, BAD when links
//    make up most of it or it is a stock furniture line ("Advertisement",
//    "Photo: ..."), SHORT otherwise.
// 3. Furniture. Elements named as furniture by their tag (nav, aside, footer,
//    header, form, figcaption, dialog), their ARIA role or the words of
//    their class and id (data/html/class_hints.tsv: comments, share bars,
//    newsletters, related links, ads, captions and credits, cookie notices,
//    ...) are left out with everything inside them, unless they hold most
//    of the page's prose (a theme that calls its main column
//    "content-sidebar-wrap", an ASP.NET page inside one <form>).
// 4. Region. Every element scores the sum of its blocks: GOOD blocks count
//    their length, NEAR half, SHORT and BAD blocks count against, furniture
//    a little against. Priors multiply the score: <article>, <main>,
//    itemprop=articleBody, class/id words such as "article-body" or
//    "entry-content", and the blocks that also occur in the page's JSON-LD
//    articleBody. The best-scoring element is the article's region: the
//    smallest element that gathers the prose without gathering much else.
// 5. Selection. Inside the region, GOOD blocks are kept; SHORT and NEAR
//    blocks and subheadings are kept between the first and the last GOOD
//    block (the article's own short paragraphs, list items and headings),
//    dropped before it (bylines, datelines, standfirst furniture) and after
//    it (tags, share prompts), BAD blocks are dropped, and so is a heading
//    that repeats the title.
// 6. Fallback. When the page gives almost no prose but its JSON-LD has an
//    articleBody, that text is used.
#include "html/content.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <unordered_set>

#include "base/embedded_data.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "html/dates.h"
#include "html/entities.h"
#include "html/parser.h"

namespace newsmill::html {
namespace {

enum class BlockClass : uint8_t { kBad, kShort, kNear, kGood };

struct Piece {
  uint32_t node;  // text node, or kNoNode for a line break
  bool link;
};

struct Block {
  uint32_t owner = 0;        // nearest block-level element
  uint32_t first = 0;        // first node of the block
  uint32_t piece_begin = 0;  // into pieces
  uint32_t piece_end = 0;
  uint32_t chars = 0;        // code points other than spaces
  uint32_t link_chars = 0;
  uint32_t words = 0;
  uint32_t sentence_ends = 0;
  uint8_t heading = 0;       // 1..6 inside <hN>
  bool in_list = false;
  uint32_t list = kNoNode;   // nearest <ul>/<ol>/<dl>
  bool in_quote = false;
  bool in_pre = false;
  bool in_cell = false;
  bool stock_line = false;   // a furniture line such as "Advertisement"
  bool ends_sentence = false;  // last character . ! ? or a closing quote
  bool in_article_body = false;  // also in the JSON-LD articleBody
  BlockClass cls = BlockClass::kShort;
};

bool IsBlockTag(Tag t) {
  switch (t) {
    case Tag::kAddress: case Tag::kArticle: case Tag::kAside:
    case Tag::kBlockquote: case Tag::kBody: case Tag::kCaption:
    case Tag::kCenter: case Tag::kDd: case Tag::kDetails: case Tag::kDialog:
    case Tag::kDir: case Tag::kDiv: case Tag::kDl: case Tag::kDt:
    case Tag::kFieldset: case Tag::kFigcaption: case Tag::kFigure:
    case Tag::kFooter: case Tag::kForm: case Tag::kFrameset: case Tag::kH1:
    case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5: case Tag::kH6:
    case Tag::kHeader: case Tag::kHgroup: case Tag::kHr: case Tag::kHtml:
    case Tag::kLegend: case Tag::kLi: case Tag::kListing: case Tag::kMain:
    case Tag::kMenu: case Tag::kNav: case Tag::kOl: case Tag::kP:
    case Tag::kPlaintext: case Tag::kPre: case Tag::kSearch:
    case Tag::kSection: case Tag::kSummary: case Tag::kTable:
    case Tag::kTbody: case Tag::kTd: case Tag::kTfoot: case Tag::kTh:
    case Tag::kThead: case Tag::kTr: case Tag::kUl: case Tag::kXmp:
      return true;
    default:
      return false;
  }
}

// Elements that never render text of the article.
bool IsSkippedTag(Tag t) {
  switch (t) {
    case Tag::kHead: case Tag::kScript: case Tag::kStyle: case Tag::kNoscript:
    case Tag::kTemplate: case Tag::kSvg: case Tag::kMath: case Tag::kSelect:
    case Tag::kOption: case Tag::kOptgroup: case Tag::kDatalist:
    case Tag::kButton: case Tag::kInput: case Tag::kTextarea:
    case Tag::kIframe: case Tag::kObject: case Tag::kEmbed: case Tag::kCanvas:
    case Tag::kAudio: case Tag::kVideo: case Tag::kMap: case Tag::kTitle:
    case Tag::kNoembed: case Tag::kNoframes: case Tag::kFrameset:
    case Tag::kDialog: case Tag::kMeta: case Tag::kLink: case Tag::kBase:
    case Tag::kRp: case Tag::kProgress: case Tag::kMeter: case Tag::kOutput:
    case Tag::kKeygen:
      return true;
    default:
      return false;
  }
}

// display:none / visibility:hidden in an inline style.
bool StyleHides(std::string_view style) {
  std::string s;
  s.reserve(style.size());
  for (char c : style)
    if (!IsAsciiSpace(c)) s.push_back(AsciiLower(c));
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

bool IsHidden(const Dom& dom, uint32_t i) {
  if (dom.Attr(i, "hidden") != nullptr) return true;
  std::string_view aria = dom.AttrOr(i, "aria-hidden");
  if (EqualsIgnoreCase(aria, "true")) return true;
  const std::string_view* style = dom.Attr(i, "style");
  return style != nullptr && StyleHides(*style);
}

// Splits a class name or id into lower-case words: "articleBody",
// "article-body" and "article_body" all give "article", "body".
template <typename F>
void ForEachWord(std::string_view name, F f) {
  std::string word;
  for (size_t i = 0; i <= name.size(); ++i) {
    char c = i < name.size() ? name[i] : '-';
    bool alpha = IsAsciiAlpha(c);
    bool split = !alpha || (IsAsciiUpper(c) && !word.empty() &&
                            IsAsciiLower(name[i - 1]));
    if (split && !word.empty()) {
      f(word);
      word.clear();
    }
    if (alpha) word.push_back(AsciiLower(c));
  }
}

int HeadingLevel(Tag t) {
  switch (t) {
    case Tag::kH1: return 1;
    case Tag::kH2: return 2;
    case Tag::kH3: return 3;
    case Tag::kH4: return 4;
    case Tag::kH5: return 5;
    case Tag::kH6: return 6;
    default: return 0;
  }
}

ClassHint HintFor(const Dom& dom, uint32_t i, const ContentRules& rules) {
  ClassHint h;
  auto look = [&](std::string_view attr) {
    size_t p = 0;
    while (p < attr.size()) {
      while (p < attr.size() && IsAsciiSpace(attr[p])) ++p;
      size_t b = p;
      while (p < attr.size() && !IsAsciiSpace(attr[p])) ++p;
      if (p == b) break;
      std::string_view name = attr.substr(b, p - b);
      if (name.size() > 64) continue;
      std::string lower = ToLowerAscii(name);
      auto whole = rules.whole_names.find(lower);
      if (whole != rules.whole_names.end()) {
        h.weight += whole->second.weight;
        h.furniture |= whole->second.furniture;
        h.popup |= whole->second.popup;
        continue;
      }
      std::string prev;
      ForEachWord(name, [&](const std::string& w) {
        auto it = rules.words.find(w);
        if (it != rules.words.end()) {
          h.weight += it->second.weight;
          h.furniture |= it->second.furniture;
          h.popup |= it->second.popup;
        }
        if (!prev.empty() && !rules.pairs.empty()) {
          auto pit = rules.pairs.find(prev + " " + w);
          if (pit != rules.pairs.end()) {
            h.weight += pit->second.weight;
            h.furniture |= pit->second.furniture;
            h.popup |= pit->second.popup;
          }
        }
        prev = w;
      });
    }
  };
  if (const std::string_view* c = dom.Attr(i, "class")) look(*c);
  // An id made from a heading's text ("what-are-you-looking-forward-to-next")
  // says nothing about the element's role.
  if (const std::string_view* id = dom.Attr(i, "id")) {
    int words = 0;
    ForEachWord(*id, [&](const std::string&) { ++words; });
    if (words < 6 && HeadingLevel(dom.tag(i)) == 0) look(*id);
  }
  return h;
}

bool IsFurnitureRole(std::string_view role) {
  static const char* const kRoles[] = {
      "navigation", "complementary", "contentinfo", "banner", "search",
      "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist"};
  for (const char* r : kRoles)
    if (EqualsIgnoreCase(role, r)) return true;
  return false;
}

bool IsFurnitureTag(Tag t) {
  switch (t) {
    case Tag::kNav: case Tag::kAside: case Tag::kFooter: case Tag::kHeader:
    case Tag::kForm: case Tag::kFigcaption: case Tag::kDialog:
    case Tag::kFieldset: case Tag::kLabel: case Tag::kLegend:
      return true;
    default:
      return false;
  }
}

// Appends text with whitespace collapsed. *space: a space is pending.
void AppendCollapsed(std::string_view s, std::string* out, bool* space) {
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' ||
        c == '\v') {
      *space = true;
      continue;
    }
    if (c == 0xC2 && i + 1 < s.size()) {
      unsigned char d = static_cast<unsigned char>(s[i + 1]);
      if (d == 0xA0) {  // no-break space
        *space = true;
        ++i;
        continue;
      }
      if (d == 0xAD) {  // soft hyphen
        ++i;
        continue;
      }
    }
    if (c == 0xE2 && i + 2 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(s[i + 2]);
      if (d == 0x8B) {  // zero-width space
        i += 2;
        continue;
      }
      if ((d >= 0x80 && d <= 0x8A) || d == 0xAF) {  // en/em/thin spaces
        *space = true;
        i += 2;
        continue;
      }
    }
    if (c == 0xEF && i + 2 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0xBB &&
        static_cast<unsigned char>(s[i + 2]) == 0xBF) {
      i += 2;  // BOM inside text
      continue;
    }
    if (c < 0x20) continue;  // other control characters
    if (*space && !out->empty() && out->back() != '\n') out->push_back(' ');
    *space = false;
    out->push_back(static_cast<char>(c));
  }
}

// Lower-case words of a text (ASCII letters folded; other bytes kept).
template <typename F>
void ForEachTextWord(std::string_view s, F f) {
  std::string w;
  for (size_t i = 0; i <= s.size(); ++i) {
    unsigned char c = i < s.size() ? static_cast<unsigned char>(s[i]) : ' ';
    bool part = c >= 0x80 || IsAsciiAlpha(static_cast<char>(c)) ||
                IsAsciiDigit(static_cast<char>(c));
    if (part) {
      w.push_back(AsciiLower(static_cast<char>(c)));
    } else if (!w.empty()) {
      f(w);
      w.clear();
    }
  }
}

uint64_t HashWords(const std::string& a, const std::string& b,
                   const std::string& c) {
  uint64_t h = 1469598103934665603ULL;
  for (const std::string* s : {&a, &b, &c}) {
    for (unsigned char ch : *s) h = (h ^ ch) * 1099511628211ULL;
    h = (h ^ 0xFF) * 1099511628211ULL;
  }
  return h;
}

// Word trigrams of a text, hashed.
std::vector<uint64_t> Trigrams(std::string_view s) {
  std::vector<uint64_t> out;
  std::string w1, w2;
  int n = 0;
  ForEachTextWord(s, [&](const std::string& w) {
    if (n >= 2) out.push_back(HashWords(w1, w2, w));
    w1 = std::move(w2);
    w2 = w;
    ++n;
  });
  return out;
}

bool HasByline(std::string_view s);

// A byline or a dateline rather than a line of the article: "By Jane Doe",
// "November 19, 2019", "Updated at 1:23 p.m.", "Published 10:04 AM ET".
bool LooksLikeMeta(std::string_view s) {
  if (HasByline(s) || ParseLooseDate(s, false).has_value()) return true;
  std::string l = ToLowerAscii(TrimAscii(s));
  for (const char* w : {"updated", "last updated", "published", "posted",
                        "first published", "last modified"}) {
    if (StartsWith(l, w)) return true;
  }
  // A clock time in a short line.
  int words = 0;
  bool clock = false;
  for (size_t i = 0; i < l.size(); ++i) {
    if (l[i] == ' ') ++words;
    if (l[i] == ':' && i > 0 && i + 1 < l.size() && IsAsciiDigit(l[i - 1]) &&
        IsAsciiDigit(l[i + 1]))
      clock = true;
  }
  return clock && words < 8;
}

class Extractor {
 public:
  Extractor(const Dom& dom, const ContentRules& rules,
            const ContentHints& hints)
      : dom_(dom), rules_(rules), hints_(hints), n_(dom.size()) {}

  ContentResult Run();

 private:
  void MarkNodes();
  void BuildBlocks();
  void FlushBlock(uint32_t owner, uint32_t first);
  void ClassifyBlocks();
  void MarkFurniture();
  void MatchArticleBody();
  uint32_t ChooseRegion();
  std::string BlockText(const Block& b) const;
  ContentResult Select(uint32_t region);
  void CollectNearby(uint32_t region, ContentResult* r);
  void Trace(uint32_t region);

  const Dom& dom_;
  const ContentRules& rules_;
  const ContentHints& hints_;
  uint32_t n_;
  std::vector<uint8_t> skip_;            // not rendered
  std::vector<int16_t> hint_weight_;     // class/id prior
  std::vector<uint8_t> furniture_cand_;  // furniture by tag, role or class
  std::vector<uint8_t> marked_body_;     // itemprop=articleBody
  std::vector<uint8_t> furniture_;       // decided furniture (inherited)
  std::vector<uint32_t> furniture_root_;  // the furniture element above
  std::vector<Piece> pieces_;
  std::vector<Block> blocks_;
  // Walk state for the block being built.
  uint32_t piece_start_ = 0;
  uint8_t heading_ = 0;
  int list_ = 0, quote_ = 0, pre_ = 0, cell_ = 0;
  uint32_t cur_list_ = kNoNode;
  bool article_body_reliable_ = false;
};

void Extractor::MarkNodes() {
  std::vector<uint8_t> popup(n_, 0);
  skip_.assign(n_, 0);
  hint_weight_.assign(n_, 0);
  furniture_cand_.assign(n_, 0);
  marked_body_.assign(n_, 0);
  for (uint32_t i = 1; i < n_; ++i) {
    uint32_t p = dom_.parent(i);
    if (p != kNoNode && skip_[p]) {
      skip_[i] = 1;
      continue;
    }
    if (!dom_.IsElement(i)) continue;
    Tag t = dom_.tag(i);
    if (IsSkippedTag(t) || IsHidden(dom_, i)) {
      skip_[i] = 1;
      continue;
    }
    if (dom_.node(i).data_size == 0) {
      if (IsFurnitureTag(t)) furniture_cand_[i] = 1;
      continue;  // no attributes
    }
    ClassHint h = HintFor(dom_, i, rules_);
    hint_weight_[i] = static_cast<int16_t>(std::clamp(h.weight, -100, 100));
    bool furniture = IsFurnitureTag(t) || h.furniture;
    if (h.popup) popup[i] = 1;
    if (const std::string_view* role = dom_.Attr(i, "role")) {
      if (IsFurnitureRole(*role)) furniture = true;
      if (EqualsIgnoreCase(*role, "main") || EqualsIgnoreCase(*role, "article"))
        hint_weight_[i] = static_cast<int16_t>(hint_weight_[i] + 2);
    }
    std::string_view itemprop = dom_.AttrOr(i, "itemprop");
    if (itemprop.find("articleBody") != std::string_view::npos ||
        itemprop.find("reviewBody") != std::string_view::npos) {
      hint_weight_[i] = static_cast<int16_t>(hint_weight_[i] + 6);
      marked_body_[i] = 1;
      furniture = false;
    }
    if (furniture) furniture_cand_[i] = 1;
  }
  // Pop-ups: the innermost element named so is the card; an outer one also
  // holds the link the card hangs from, which belongs to the sentence.
  std::vector<uint8_t> inner(n_, 0);  // a pop-up element below
  for (uint32_t i = n_; i-- > 1;) {
    uint32_t p = dom_.parent(i);
    if (popup[i] && !inner[i]) furniture_cand_[i] = 1;
    if (p != kNoNode && (popup[i] || inner[i])) inner[p] = 1;
  }
}

void Extractor::FlushBlock(uint32_t owner, uint32_t first) {
  uint32_t end = static_cast<uint32_t>(pieces_.size());
  if (end == piece_start_) return;
  Block b;
  b.owner = owner;
  b.first = first;
  b.piece_begin = piece_start_;
  b.piece_end = end;
  piece_start_ = end;
  bool in_word = false;
  char prev = ' ';
  char last = ' ';  // last character that is not a space
  for (uint32_t k = b.piece_begin; k < b.piece_end; ++k) {
    const Piece& pc = pieces_[k];
    if (pc.node == kNoNode) {
      in_word = false;
      continue;
    }
    std::string_view t = dom_.Text(pc.node);
    uint32_t chars = 0;
    for (size_t i = 0; i < t.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(t[i]);
      if ((c & 0xC0) == 0x80) continue;  // continuation byte
      bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' ||
                   c == '\f' || (c == 0xC2 && i + 1 < t.size() &&
                                 static_cast<unsigned char>(t[i + 1]) == 0xA0);
      if (space) {
        if (prev == '.' || prev == '!' || prev == '?') ++b.sentence_ends;
        in_word = false;
        prev = ' ';
        continue;
      }
      ++chars;
      if (!in_word) ++b.words;
      in_word = true;
      prev = static_cast<char>(c);
      last = prev;
      if (c == 0xE3 && i + 2 < t.size() &&
          static_cast<unsigned char>(t[i + 1]) == 0x80 &&
          static_cast<unsigned char>(t[i + 2]) == 0x82)
        ++b.sentence_ends;  // 。
    }
    b.chars += chars;
    if (pc.link) b.link_chars += chars;
  }
  if (prev == '.' || prev == '!' || prev == '?' || prev == '"' ||
      prev == ')')
    ++b.sentence_ends;
  if (last == '.' || last == '!' || last == '?' || last == '"' || last == ')')
    b.ends_sentence = true;
  // Multi-byte endings: … ” ’ 。 ！ ？ (their UTF-8 lead bytes E2, E3, EF).
  unsigned char lb = static_cast<unsigned char>(last);
  if (lb == 0xE2 || lb == 0xE3 || lb == 0xEF) b.ends_sentence = true;
  if (b.chars == 0) return;
  b.heading = heading_;
  b.in_list = list_ > 0;
  b.list = cur_list_;
  b.in_quote = quote_ > 0;
  b.in_pre = pre_ > 0;
  b.in_cell = cell_ > 0;
  blocks_.push_back(b);
}

void Extractor::BuildBlocks() {
  struct Open {
    uint32_t node;
    uint32_t end;
    bool block;
    bool link;
    uint8_t saved_heading;
    uint8_t counters;  // bit 0 list, 1 quote, 2 pre, 3 cell
    uint32_t saved_list;
  };
  std::vector<Open> stack;
  std::vector<uint32_t> owners = {0};
  uint32_t first = kNoNode;
  int links = 0;
  auto flush = [&] {
    if (first != kNoNode) FlushBlock(owners.back(), first);
    first = kNoNode;
    piece_start_ = static_cast<uint32_t>(pieces_.size());
  };
  uint32_t i = 1;
  while (i < n_) {
    while (!stack.empty() && i >= stack.back().end) {
      Open o = stack.back();
      stack.pop_back();
      if (o.block) {
        flush();
        owners.pop_back();
      }
      if (o.link) --links;
      heading_ = o.saved_heading;
      cur_list_ = o.saved_list;
      if (o.counters & 1) --list_;
      if (o.counters & 2) --quote_;
      if (o.counters & 4) --pre_;
      if (o.counters & 8) --cell_;
    }
    if (skip_[i]) {
      i = dom_.SubtreeEnd(i);
      continue;
    }
    if (dom_.IsText(i)) {
      if (first == kNoNode) {
        std::string_view t = dom_.Text(i);
        bool blank = true;
        for (char c : t)
          if (!IsAsciiSpace(c)) {
            blank = false;
            break;
          }
        if (!blank) first = i;
      }
      if (first != kNoNode) pieces_.push_back({i, links > 0});
      ++i;
      continue;
    }
    Tag t = dom_.tag(i);
    if (t == Tag::kBr) {
      // <br><br> ends a paragraph; a single <br> is a line break.
      if (!pieces_.empty() && pieces_.size() > piece_start_ &&
          pieces_.back().node == kNoNode) {
        pieces_.pop_back();
        flush();
      } else if (first != kNoNode) {
        pieces_.push_back({kNoNode, false});
      }
      ++i;
      continue;
    }
    if (t == Tag::kHr) {
      flush();
      ++i;
      continue;
    }
    Open o{i, dom_.SubtreeEnd(i), IsBlockTag(t), t == Tag::kA, heading_, 0,
           cur_list_};
    if (t == Tag::kUl || t == Tag::kOl || t == Tag::kDl) cur_list_ = i;
    if (o.block) {
      flush();
      owners.push_back(i);
    }
    if (o.link) ++links;
    if (int h = HeadingLevel(t)) heading_ = static_cast<uint8_t>(h);
    if (t == Tag::kLi || t == Tag::kDd || t == Tag::kDt) {
      ++list_;
      o.counters |= 1;
    }
    if (t == Tag::kBlockquote) {
      ++quote_;
      o.counters |= 2;
    }
    if (t == Tag::kPre) {
      ++pre_;
      o.counters |= 4;
    }
    if (t == Tag::kTd || t == Tag::kTh) {
      ++cell_;
      o.counters |= 8;
    }
    stack.push_back(o);
    ++i;
  }
  while (!stack.empty()) {
    Open o = stack.back();
    stack.pop_back();
    if (o.block) {
      flush();
      owners.pop_back();
    }
  }
  flush();
}

void Extractor::ClassifyBlocks() {
  for (Block& b : blocks_) {
    double ld = b.chars ? static_cast<double>(b.link_chars) / b.chars : 0;
    if (b.chars < 300) {
      std::string lower = ToLowerAscii(TrimAscii(BlockText(b)));
      while (!lower.empty() && (lower.back() == '.' || lower.back() == ':' ||
                                lower.back() == '!' || lower.back() == ' '))
        lower.pop_back();
      for (const std::string& l : rules_.furniture_lines)
        if (lower == l) b.stock_line = true;
      for (const std::string& o : rules_.furniture_openings)
        if (StartsWith(lower, o) && (b.chars < 160 || o[0] == '\xc2' ||
                                     StartsWith(o, "copyright")))
          b.stock_line = true;
    }
    // Prose quoting many sources can be mostly links and still be prose:
    // several sentences, many words.
    bool linked_prose = ld <= 0.85 && b.sentence_ends >= 2 && b.words >= 30 &&
                        !b.heading;
    if (b.stock_line || (ld > 0.5 && !linked_prose)) {
      b.cls = BlockClass::kBad;
    } else if (b.heading) {
      b.cls = BlockClass::kShort;
    } else if (linked_prose || (b.chars >= 80 && ld <= 0.35 &&
                                (b.sentence_ends >= 1 || b.words >= 15))) {
      b.cls = BlockClass::kGood;
    } else if (b.chars >= 40 && ld <= 0.35) {
      b.cls = BlockClass::kNear;
    } else {
      b.cls = BlockClass::kShort;
    }
  }
}

void Extractor::MarkFurniture() {
  // Per element: prose below it, blocks, all text, and whether it holds a
  // link title (a block of >= 12 characters that is mostly a link).
  std::vector<double> good(n_, 0), chars(n_, 0), text(n_, 0);
  std::vector<uint32_t> nblocks(n_, 0), ngood(n_, 0), nparas(n_, 0);
  std::vector<uint8_t> link_title(n_, 0);
  for (const Block& b : blocks_) {
    if (b.cls == BlockClass::kGood) {
      good[b.first] += b.chars;
      ++ngood[b.first];
    }
    chars[b.first] += b.chars;
    if (b.cls == BlockClass::kGood || b.cls == BlockClass::kNear ||
        (b.cls == BlockClass::kShort && !b.heading))
      text[b.first] += b.chars - b.link_chars;
    ++nblocks[b.first];
    if (dom_.tag(b.owner) == Tag::kP) ++nparas[b.first];
    if (b.chars >= 12 && b.link_chars * 2 > b.chars) link_title[b.first] = 1;
  }
  for (uint32_t i = n_; i-- > 1;) {
    uint32_t p = dom_.parent(i);
    if (p == kNoNode) continue;
    good[p] += good[i];
    chars[p] += chars[i];
    text[p] += text[i];
    nblocks[p] += nblocks[i];
    nparas[p] += nparas[i];
    ngood[p] += ngood[i];
    link_title[p] |= link_title[i];
  }
  double total = good[0];
  // Teaser cards: three or more siblings of one kind (tag and class), each
  // a small unit with a linked title and a line or two of summary: lists
  // of related, recommended or latest stories. An article's own sections
  // are longer, or their headings are not links.
  struct Group {
    Tag tag;
    std::string_view cls;
    uint32_t members = 0, cards = 0;
    double prose = 0;  // prose in the group's cards
  };
  std::vector<Group> groups;
  std::vector<uint8_t> teaser(n_, 0);
  for (uint32_t p = 0; p < n_; ++p) {
    if (!(dom_.IsElement(p) || p == 0) || skip_[p]) continue;
    uint32_t first = dom_.FirstChild(p);
    if (first == kNoNode) continue;
    groups.clear();
    auto is_card = [&](uint32_t c) {
      return nblocks[c] >= 2 && link_title[c] && ngood[c] <= 2 &&
             chars[c] <= 800;
    };
    int elements = 0;
    for (uint32_t c = first; c != kNoNode; c = dom_.NextSibling(c)) {
      if (!dom_.IsElement(c) || skip_[c] || nblocks[c] == 0) continue;
      if (++elements > 2000) break;
      std::string_view cls = dom_.AttrOr(c, "class");
      Group* g = nullptr;
      for (Group& x : groups)
        if (x.tag == dom_.tag(c) && x.cls == cls) g = &x;
      if (g == nullptr) {
        if (groups.size() >= 32) continue;
        groups.push_back({dom_.tag(c), cls});
        g = &groups.back();
      }
      ++g->members;
      if (is_card(c)) {
        ++g->cards;
        g->prose += text[c];
      }
    }
    for (uint32_t c = first; c != kNoNode; c = dom_.NextSibling(c)) {
      if (!dom_.IsElement(c) || skip_[c] || !is_card(c)) continue;
      std::string_view cls = dom_.AttrOr(c, "class");
      // Cards that hold most of the page's prose are the article (a
      // gallery told slide by slide, a list of short items), not teasers.
      for (const Group& x : groups) {
        if (x.tag == dom_.tag(c) && x.cls == cls && x.cards >= 3 &&
            x.cards * 10 >= x.members * 6 && x.prose <= 0.5 * text[0])
          teaser[c] = 1;
      }
    }
  }
  furniture_.assign(n_, 0);
  furniture_root_.assign(n_, kNoNode);
  for (uint32_t i = 1; i < n_; ++i) {
    uint32_t p = dom_.parent(i);
    if (p != kNoNode && furniture_[p]) {
      furniture_[i] = 1;
      furniture_root_[i] = furniture_root_[p];
      continue;
    }
    furniture_root_[i] = i;
    if (teaser[i]) {
      furniture_[i] = 1;
      continue;
    }
    if (!furniture_cand_[i]) continue;
    // A furniture name on the element that holds most of the prose is a
    // misnomer, not furniture. Captions are furniture whatever they hold.
    if (dom_.tag(i) == Tag::kFigcaption) {
      // A caption, unless it carries paragraphs of its own (a gallery
      // whose text is told slide by slide).
      if (!(nparas[i] >= 2 && chars[i] >= 100)) furniture_[i] = 1;
      continue;
    }
    if (good[i] <= 0.4 * total) furniture_[i] = 1;
  }
}

void Extractor::MatchArticleBody() {
  if (hints_.article_body.size() < 200) return;
  std::vector<uint64_t> grams = Trigrams(hints_.article_body);
  if (grams.size() < 20) return;
  std::unordered_set<uint64_t> set(grams.begin(), grams.end());
  std::unordered_set<uint64_t> covered;
  for (Block& b : blocks_) {
    if (b.words < 3) continue;
    std::vector<uint64_t> g = Trigrams(BlockText(b));
    if (g.empty()) continue;
    size_t hit = 0;
    for (uint64_t x : g)
      if (set.count(x)) ++hit;
    if (hit * 10 >= g.size() * 6) {
      b.in_article_body = true;
      for (uint64_t x : g)
        if (set.count(x)) covered.insert(x);
    }
  }
  article_body_reliable_ = covered.size() * 2 >= set.size();
}

uint32_t Extractor::ChooseRegion() {
  std::vector<double> score(n_, 0);
  for (const Block& b : blocks_) {
    double w = 0;
    if (furniture_[b.first]) {
      w = -0.25 * b.chars;
    } else {
      switch (b.cls) {
        case BlockClass::kGood: w = b.chars; break;
        case BlockClass::kNear: w = 0.5 * b.chars; break;
        case BlockClass::kShort: w = 0; break;
        case BlockClass::kBad: w = -0.5 * b.chars; break;
      }
      if (b.in_article_body) w = std::abs(w) * 2 + b.chars;
    }
    score[b.first] += w;
  }
  for (uint32_t i = n_; i-- > 1;) {
    uint32_t p = dom_.parent(i);
    if (p != kNoNode) score[p] += score[i];
  }
  // Elements the page marks as the article body (itemprop=articleBody) that
  // hold prose are the region; when the body is marked in several parts,
  // the element that holds them all.
  uint32_t marked = kNoNode;
  double marked_score = 0;
  for (uint32_t i = 1; i < n_; ++i) {
    if (!dom_.IsElement(i) || skip_[i] || !marked_body_[i] || score[i] <= 0)
      continue;
    if (marked == kNoNode) {
      marked = i;
    } else if (!dom_.Contains(marked, i)) {
      while (marked != kNoNode && !dom_.Contains(marked, i))
        marked = dom_.parent(marked);
    }
    if (marked == kNoNode || marked == 0) break;
  }
  if (marked != kNoNode && marked != 0) marked_score = score[marked];
  if (marked_score < 80) marked = kNoNode;
  if (marked != kNoNode) return marked;
  uint32_t best = kNoNode;
  double best_score = 0;
  for (uint32_t i = 1; i < n_; ++i) {
    if (!dom_.IsElement(i) || skip_[i] || furniture_[i]) continue;
    if (score[i] <= 0) continue;
    double prior = 1.0 + 0.08 * std::clamp<int>(hint_weight_[i], -5, 6);
    Tag t = dom_.tag(i);
    if (t == Tag::kArticle) prior += 0.15;
    if (t == Tag::kMain) prior += 0.05;
    double s = score[i] * prior;
    if (s > best_score) {
      best_score = s;
      best = i;
    }
  }
  return best;
}

std::string Extractor::BlockText(const Block& b) const {
  std::string out;
  bool space = false;
  for (uint32_t k = b.piece_begin; k < b.piece_end; ++k) {
    const Piece& pc = pieces_[k];
    if (pc.node == kNoNode) {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      if (!out.empty() && out.back() != '\n') out.push_back('\n');
      space = false;
      continue;
    }
    if (!furniture_.empty() && furniture_[pc.node] && !furniture_[b.first])
      continue;  // an inline furniture element inside the paragraph
    if (b.in_pre) {
      out.append(dom_.Text(pc.node));
    } else {
      AppendCollapsed(dom_.Text(pc.node), &out, &space);
    }
  }
  std::string_view t = TrimAscii(out);
  return std::string(t);
}

std::string NormalizeForCompare(std::string_view s) {
  std::string out;
  ForEachTextWord(s, [&](const std::string& w) {
    if (!out.empty()) out.push_back(' ');
    out += w;
  });
  return out;
}

ContentResult Extractor::Select(uint32_t region) {
  ContentResult r;
  r.region = region;
  std::vector<uint32_t> in;
  for (uint32_t k = 0; k < blocks_.size(); ++k) {
    const Block& b = blocks_[k];
    if (!dom_.Contains(region, b.first) || furniture_[b.first]) continue;
    in.push_back(k);
  }
  // The article runs from its first to its last sentence-like block: prose,
  // or a shorter block that ends a sentence. Before and after stand
  // datelines, bylines, labels and prompts.
  int first_good = -1, last_good = -1;
  // The headline set in a paragraph or a <div> instead of a heading is not
  // part of the text either.
  std::string title = NormalizeForCompare(hints_.title);
  auto is_title = [&](const Block& b) {
    return !title.empty() && b.chars < 400 &&
           NormalizeForCompare(BlockText(b)) == title;
  };
  for (size_t j = 0; j < in.size(); ++j) {
    const Block& b = blocks_[in[j]];
    if (is_title(b)) continue;
    bool strong = b.cls == BlockClass::kGood || b.in_article_body;
    bool sentence = b.cls != BlockClass::kBad && !b.heading && b.ends_sentence &&
                    b.words >= 3;
    bool near = b.cls == BlockClass::kNear && !b.heading && b.words >= 5;
    bool meta = (sentence || near) && !strong && LooksLikeMeta(BlockText(b));
    // The article opens with prose, not with its byline or dateline; it may
    // close on a dated line (a quoted post's attribution, "originally
    // published by ...").
    if (strong || ((sentence || near) && !meta)) {
      if (first_good < 0) first_good = static_cast<int>(j);
      last_good = static_cast<int>(j);
    } else if (first_good >= 0 && sentence) {
      last_good = static_cast<int>(j);
    }
  }
  // A list the article's text runs into is kept whole.
  if (first_good >= 0) {
    while (last_good + 1 < static_cast<int>(in.size())) {
      const Block& a = blocks_[in[last_good]];
      const Block& n = blocks_[in[last_good + 1]];
      if (a.list == kNoNode || n.list != a.list || n.cls == BlockClass::kBad)
        break;
      ++last_good;
    }
    // A list of plain items closing the article ("Qualified teams: ..."),
    // with the heading or line that introduces it. A list of links there
    // (tags, related stories) stops it.
    {
      int k = last_good + 1;
      const Block* intro = k < static_cast<int>(in.size()) ? &blocks_[in[k]] : nullptr;
      if (intro && !intro->in_list && (intro->heading || intro->words <= 8) &&
          intro->cls != BlockClass::kBad && !intro->stock_line)
        ++k;
      int items = 0;
      uint32_t list = kNoNode;
      while (k < static_cast<int>(in.size())) {
        const Block& n = blocks_[in[k]];
        if (!n.in_list || n.cls == BlockClass::kBad || n.stock_line ||
            n.heading || (list != kNoNode && n.list != list))
          break;
        list = n.list;
        ++items;
        ++k;
      }
      if (items >= 2) last_good = k - 1;
    }
    while (first_good > 0) {
      const Block& a = blocks_[in[first_good]];
      const Block& n = blocks_[in[first_good - 1]];
      if (a.list == kNoNode || n.list != a.list || n.cls == BlockClass::kBad)
        break;
      --first_good;
    }
  }
  for (size_t j = 0; j < in.size(); ++j) {
    const Block& b = blocks_[in[j]];
    int jj = static_cast<int>(j);
    // A furniture heading ("Comments", "Related stories") ends the article.
    if (b.heading && b.stock_line && r.good_blocks > 0) break;
    bool inside = first_good >= 0 && jj >= first_good && jj <= last_good;
    bool keep = false;
    if (b.cls == BlockClass::kBad) {
      // A short link standing as a paragraph of the article ("[Source]"),
      // not a stock furniture line.
      keep = inside && !b.stock_line && !b.heading && b.chars <= 40 &&
             dom_.tag(b.owner) == Tag::kP;
    } else if (b.cls == BlockClass::kGood || b.in_article_body) {
      keep = true;
    } else if (b.heading) {
      keep = inside && b.heading > 1;
    } else {
      keep = inside;
    }
    if (!keep) continue;
    std::string text = BlockText(b);
    if (text.empty()) continue;
    if (is_title(b)) continue;
    if (!r.text.empty()) r.text.append("\n\n");
    r.text.append(text);
    if (r.first_kept == kNoNode) r.first_kept = b.first;
    ++r.paragraphs;
    if (b.cls == BlockClass::kGood) ++r.good_blocks;
  }
  return r;
}

std::string Describe(const Dom& dom, uint32_t i) {
  if (i == kNoNode) return "-";
  std::string d(dom.TagName(i));
  std::string_view id = dom.AttrOr(i, "id");
  std::string_view cls = dom.AttrOr(i, "class");
  if (!id.empty()) d += "#" + std::string(id.substr(0, 40));
  if (!cls.empty()) d += "." + std::string(cls.substr(0, 60));
  return d;
}

void Extractor::Trace(uint32_t region) {
  std::string& t = *hints_.trace;
  static const char* const kCls[] = {"BAD", "short", "near", "GOOD"};
  t += "region " + std::to_string(region) + " " + Describe(dom_, region) + "\n";
  for (const Block& b : blocks_) {
    std::string text = BlockText(b);
    if (text.size() > 70) text = text.substr(0, 70);
    for (char& c : text)
      if (c == '\n') c = ' ';
    char buf[160];
    std::snprintf(buf, sizeof buf, "%c%c %-5s %5u ld%.2f h%u ",
                  region != kNoNode && dom_.Contains(region, b.first) ? 'R' : ' ',
                  furniture_[b.first] ? 'F' : ' ', kCls[static_cast<int>(b.cls)],
                  b.chars, b.chars ? double(b.link_chars) / b.chars : 0.0,
                  b.heading);
    t += buf;
    t += text + "  <" + Describe(dom_, b.owner) + ">\n";
  }
}

// True when s has "by" (any case) followed by a capitalised word: "By Jane
// Doe", "Posted on May 1 by Jane Doe", "| BY JANE DOE".
bool HasByline(std::string_view s) {
  for (size_t i = 0; i + 4 < s.size(); ++i) {
    if (i > 0 && (IsAsciiAlpha(s[i - 1]) || IsAsciiDigit(s[i - 1]))) continue;
    if (AsciiLower(s[i]) != 'b' || AsciiLower(s[i + 1]) != 'y') continue;
    size_t j = i + 2;
    if (j < s.size() && s[j] == ':') ++j;
    if (j >= s.size() || s[j] != ' ') continue;
    while (j < s.size() && s[j] == ' ') ++j;
    if (j < s.size() && (IsAsciiUpper(s[j]) ||
                         static_cast<unsigned char>(s[j]) >= 0xC3))
      return true;
  }
  return false;
}

void Extractor::CollectNearby(uint32_t region, ContentResult* r) {
  constexpr int kWindow = 60;  // blocks before and after the region
  int first = -1, last = -1;
  for (size_t k = 0; k < blocks_.size(); ++k) {
    if (region != kNoNode && dom_.Contains(region, blocks_[k].first)) {
      if (first < 0) first = static_cast<int>(k);
      last = static_cast<int>(k);
    }
  }
  if (first < 0) return;
  int from = std::max(0, first - kWindow);
  int to = std::min(static_cast<int>(blocks_.size()) - 1, last + kWindow);
  for (int k = from; k <= to; ++k) {
    const Block& b = blocks_[k];
    if (b.chars > 200 || b.heading) continue;
    int place = k < first ? 1 : (k > last ? 2 : 0);
    if (place == 0 && !dom_.Contains(region, b.first)) continue;
    if (b.stock_line) continue;
    std::string text = BlockText(b);
    // Copyright lines credit designers and photographers, not authors.
    std::string lower = ToLowerAscii(text);
    bool credit_line = lower.find("\xC2\xA9") != std::string::npos ||
                       lower.find("copyright") != std::string::npos;
    if (r->bylines.size() < 32 && !credit_line && HasByline(text))
      r->bylines.push_back({text, place});
    if (b.chars <= 80 && b.words <= 10 && r->dates.size() < 32 &&
        ParseLooseDate(text, false))
      r->dates.push_back({std::move(text), place});
  }
}

ContentResult Extractor::Run() {
  MarkNodes();
  BuildBlocks();
  furniture_.clear();
  ClassifyBlocks();
  MarkFurniture();
  MatchArticleBody();
  uint32_t region = ChooseRegion();
  if (hints_.trace) Trace(region);
  ContentResult r;
  if (region != kNoNode) r = Select(region);
  ContentResult nearby;
  CollectNearby(region, &nearby);
  // Almost no prose on the page, but the metadata carries the article.
  size_t body_chars = CountCodePoints(hints_.article_body);
  if (body_chars >= 200 && CountCodePoints(r.text) * 2 < body_chars) {
    ContentResult alt;
    alt.region = r.region;
    alt.used_article_body = true;
    // Some CMSs put HTML in articleBody, or leave references in it.
    std::string body = hints_.article_body;
    bool markup = body.find("</p>") != std::string::npos ||
                  body.find("<br") != std::string::npos ||
                  body.find("</div>") != std::string::npos;
    if (markup) {
      Dom frag = ParseHtml(body, ParseOptions());
      ContentHints none;
      Extractor sub(frag, rules_, none);
      sub.MarkNodes();
      sub.BuildBlocks();
      sub.furniture_.assign(frag.size(), 0);
      body.clear();
      for (const Block& b : sub.blocks_) {
        if (!body.empty()) body.push_back('\n');
        body += sub.BlockText(b);
      }
    } else if (body.find('&') != std::string::npos) {
      std::string decoded;
      DecodeCharacterReferences(body, false, &decoded);
      body = std::move(decoded);
    }
    for (std::string_view line : Split(body, '\n')) {
      std::string para;
      bool space = false;
      AppendCollapsed(line, &para, &space);
      if (TrimAscii(para).empty()) continue;
      if (!alt.text.empty()) alt.text.append("\n\n");
      alt.text.append(TrimAscii(para));
      ++alt.paragraphs;
    }
    alt.good_blocks = alt.paragraphs;
    alt.bylines = std::move(nearby.bylines);
    alt.dates = std::move(nearby.dates);
    return alt;
  }
  r.bylines = std::move(nearby.bylines);
  r.dates = std::move(nearby.dates);
  return r;
}

Status LoadHints(const std::string& data_dir, ContentRules* rules) {
  const char* kFile = "html/class_hints.tsv";
  auto file = ReadDataFile(kFile, data_dir);
  if (!file.ok()) return file.status();
  int line_no = 0;
  for (std::string_view line : Split(*file, '\n')) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() != 3) {
      return Status::InvalidArgument(std::string("data/") + kFile + ":" +
                                     std::to_string(line_no) +
                                     ": expected word<TAB>weight<TAB>kind");
    }
    ClassHint h;
    char* end = nullptr;
    std::string w(f[1]);
    h.weight = static_cast<int>(std::strtol(w.c_str(), &end, 10));
    if (end == w.c_str() || *end != '\0') {
      return Status::InvalidArgument(std::string("data/") + kFile + ":" +
                                     std::to_string(line_no) +
                                     ": weight is not an integer");
    }
    std::string_view kind = TrimAscii(f[2]);
    if (kind == "furniture") {
      h.furniture = true;
    } else if (kind == "popup") {
      h.popup = true;
    } else if (kind != "content" && kind != "weak") {
      return Status::InvalidArgument(
          std::string("data/") + kFile + ":" + std::to_string(line_no) +
          ": kind must be content, furniture, popup or weak");
    }
    std::string word = ToLowerAscii(TrimAscii(f[0]));
    if (word.find(' ') != std::string::npos) {
      rules->pairs[word] = h;
    } else if (word.find_first_of("-_") != std::string::npos) {
      rules->whole_names[word] = h;
    } else {
      rules->words[word] = h;
    }
  }
  return Status::Ok();
}

Status LoadFurniture(const std::string& data_dir, ContentRules* rules) {
  const char* kFile = "html/furniture.tsv";
  auto file = ReadDataFile(kFile, data_dir);
  if (!file.ok()) return file.status();
  int line_no = 0;
  for (std::string_view line : Split(*file, '\n')) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() != 2 || (f[0] != "line" && f[0] != "opening")) {
      return Status::InvalidArgument(std::string("data/") + kFile + ":" +
                                     std::to_string(line_no) +
                                     ": expected line|opening<TAB>text");
    }
    std::string_view raw = f[1];
    while (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    std::string text = ToLowerAscii(raw);
    (f[0] == "line" ? rules->furniture_lines : rules->furniture_openings)
        .push_back(std::move(text));
  }
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<ContentRules>> ContentRules::Load(
    const std::string& data_dir) {
  auto rules = std::make_unique<ContentRules>();
  NEWSMILL_RETURN_IF_ERROR(LoadHints(data_dir, rules.get()));
  NEWSMILL_RETURN_IF_ERROR(LoadFurniture(data_dir, rules.get()));
  return rules;
}

ContentResult ExtractContent(const Dom& dom, const ContentRules& rules,
                             const ContentHints& hints) {
  Extractor e(dom, rules, hints);
  return e.Run();
}

}  // namespace newsmill::html
