// The tokenizer and tree builder of html/parser.h.
//
// Tree construction keeps, for every known tag, the stack position of its
// topmost open element (each stack frame remembers the previous one, so a
// pop restores it), and likewise the topmost "special" element, the topmost
// element that stops <li>/<dd> closing, and the topmost boundary of each of
// HTML5's scopes (default, list item, button, table). "Is there a <p> in
// button scope?" is then one comparison, and every start or end tag costs
// O(1) besides the pops it causes: a hostile page (a million stray end tags
// under a deep stack) stays linear. Unknown (custom) elements are matched by
// name along their own chain, at most kMaxUnknownWalk steps.
#include "html/parser.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "base/strings.h"
#include "html/entities.h"

namespace newsmill::html {
namespace {

constexpr int kMaxUnknownWalk = 64;
constexpr uint32_t kMaxAttributes = 64;

enum TagFlag : uint32_t {
  kVoid = 1u << 0,
  kRawText = 1u << 1,     // content is text up to the matching end tag
  kRcdata = 1u << 2,      // the same, with character references decoded
  kClosesP = 1u << 3,     // its start tag closes an open <p>
  kSpecial = 1u << 4,     // HTML5 "special" category
  kBoundDefault = 1u << 5,
  kBoundList = 1u << 6,
  kBoundButton = 1u << 7,
  kBoundTable = 1u << 8,
  kStopper = 1u << 9,     // special except address, div, p
  kHeadContent = 1u << 10,
  kBreakout = 1u << 11,   // leaves svg/math content
  kHeading = 1u << 12,
  kFormatting = 1u << 13,
  kDropsSpace = 1u << 14,  // whitespace-only text directly inside is dropped
  kForeign = 1u << 15,     // svg, math
};

enum Scope { kScopeDefault = 0, kScopeList, kScopeButton, kScopeTable };
constexpr uint32_t kScopeFlag[4] = {kBoundDefault, kBoundList, kBoundButton,
                                    kBoundTable};

constexpr std::string_view kTagNames[] = {
    "",
#define NEWSMILL_HTML_TAG_NAME(id, name) name,
    NEWSMILL_HTML_TAGS(NEWSMILL_HTML_TAG_NAME)
#undef NEWSMILL_HTML_TAG_NAME
};

struct TagTables {
  uint32_t flags[static_cast<int>(Tag::kCount)] = {};
  // Open-addressing hash of names -> tag.
  static constexpr uint32_t kSlots = 512;
  uint8_t slot_tag[kSlots] = {};

  static uint32_t Hash(std::string_view s) {
    uint32_t h = 2166136261u;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
  }

  TagTables() {
    for (int t = 1; t < static_cast<int>(Tag::kCount); ++t) {
      uint32_t h = Hash(kTagNames[t]) & (kSlots - 1);
      while (slot_tag[h] != 0) h = (h + 1) & (kSlots - 1);
      slot_tag[h] = static_cast<uint8_t>(t);
    }
    auto set = [&](std::initializer_list<Tag> tags, uint32_t f) {
      for (Tag t : tags) flags[static_cast<int>(t)] |= f;
    };
    using T = Tag;
    set({T::kArea, T::kBase, T::kBasefont, T::kBr, T::kCol, T::kEmbed,
         T::kFrame, T::kHr, T::kImage, T::kImg, T::kInput, T::kKeygen,
         T::kLink, T::kMeta, T::kParam, T::kSource, T::kTrack, T::kWbr},
        kVoid);
    set({T::kScript, T::kStyle, T::kXmp, T::kIframe, T::kNoembed,
         T::kNoframes, T::kNoscript},
        kRawText);
    set({T::kTitle, T::kTextarea}, kRcdata);
    set({T::kAddress, T::kArticle, T::kAside, T::kBlockquote, T::kCenter,
         T::kDetails, T::kDialog, T::kDir, T::kDiv, T::kDl, T::kFieldset,
         T::kFigcaption, T::kFigure, T::kFooter, T::kForm, T::kH1, T::kH2,
         T::kH3, T::kH4, T::kH5, T::kH6, T::kHeader, T::kHgroup, T::kHr,
         T::kMain, T::kMenu, T::kNav, T::kOl, T::kP, T::kPre, T::kSection,
         T::kSummary, T::kTable, T::kUl, T::kLi, T::kDd, T::kDt,
         T::kPlaintext, T::kXmp, T::kListing, T::kSearch},
        kClosesP);
    set({T::kAddress, T::kApplet, T::kArea, T::kArticle, T::kAside,
         T::kBase, T::kBasefont, T::kBlockquote, T::kBody, T::kBr,
         T::kButton, T::kCaption, T::kCenter, T::kCol, T::kColgroup, T::kDd,
         T::kDetails, T::kDir, T::kDiv, T::kDl, T::kDt, T::kEmbed,
         T::kFieldset, T::kFigcaption, T::kFigure, T::kFooter, T::kForm,
         T::kFrame, T::kFrameset, T::kH1, T::kH2, T::kH3, T::kH4, T::kH5,
         T::kH6, T::kHead, T::kHeader, T::kHgroup, T::kHr, T::kHtml,
         T::kIframe, T::kImg, T::kInput, T::kKeygen, T::kLi, T::kLink,
         T::kListing, T::kMain, T::kMarquee, T::kMenu, T::kMeta, T::kNav,
         T::kNoembed, T::kNoframes, T::kNoscript, T::kObject, T::kOl, T::kP,
         T::kParam, T::kPlaintext, T::kPre, T::kScript, T::kSearch,
         T::kSection, T::kSelect, T::kSource, T::kStyle, T::kSummary,
         T::kTable, T::kTbody, T::kTd, T::kTemplate, T::kTextarea,
         T::kTfoot, T::kTh, T::kThead, T::kTitle, T::kTr, T::kTrack, T::kUl,
         T::kWbr, T::kXmp},
        kSpecial);
    for (int t = 1; t < static_cast<int>(Tag::kCount); ++t) {
      Tag tag = static_cast<Tag>(t);
      if ((flags[t] & kSpecial) && tag != T::kAddress && tag != T::kDiv &&
          tag != T::kP)
        flags[t] |= kStopper;
    }
    set({T::kApplet, T::kCaption, T::kHtml, T::kTable, T::kTd, T::kTh,
         T::kMarquee, T::kObject, T::kTemplate},
        kBoundDefault | kBoundList | kBoundButton);
    set({T::kOl, T::kUl}, kBoundList);
    set({T::kButton}, kBoundButton);
    set({T::kHtml, T::kTable, T::kTemplate}, kBoundTable);
    set({T::kBase, T::kBasefont, T::kLink, T::kMeta, T::kTitle, T::kScript,
         T::kStyle, T::kNoscript, T::kTemplate, T::kNoframes},
        kHeadContent);
    set({T::kB, T::kBig, T::kBlockquote, T::kBody, T::kBr, T::kCenter,
         T::kCode, T::kDd, T::kDiv, T::kDl, T::kDt, T::kEm, T::kEmbed,
         T::kH1, T::kH2, T::kH3, T::kH4, T::kH5, T::kH6, T::kHead, T::kHr,
         T::kI, T::kImg, T::kLi, T::kListing, T::kMenu, T::kMeta, T::kNobr,
         T::kOl, T::kP, T::kPre, T::kRuby, T::kS, T::kSmall, T::kSpan,
         T::kStrong, T::kStrike, T::kSub, T::kSup, T::kTable, T::kTt, T::kU,
         T::kUl, T::kVar},
        kBreakout);
    set({T::kH1, T::kH2, T::kH3, T::kH4, T::kH5, T::kH6}, kHeading);
    set({T::kA, T::kB, T::kBig, T::kCode, T::kEm, T::kFont, T::kI, T::kNobr,
         T::kS, T::kSmall, T::kStrike, T::kStrong, T::kTt, T::kU},
        kFormatting);
    set({T::kHtml, T::kHead, T::kTable, T::kTbody, T::kThead, T::kTfoot,
         T::kTr, T::kColgroup, T::kSelect, T::kUl, T::kOl, T::kDl,
         T::kFrameset},
        kDropsSpace);
    set({T::kSvg, T::kMath}, kForeign);
  }

  Tag Lookup(std::string_view name) const {
    uint32_t h = Hash(name) & (kSlots - 1);
    while (slot_tag[h] != 0) {
      if (kTagNames[slot_tag[h]] == name) return static_cast<Tag>(slot_tag[h]);
      h = (h + 1) & (kSlots - 1);
    }
    return Tag::kUnknown;
  }
};

const TagTables& Tables() {
  static const TagTables tables;
  return tables;
}

inline bool IsWs(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

bool AllWhitespace(std::string_view s) {
  for (char c : s)
    if (!IsWs(c)) return false;
  return true;
}

}  // namespace

Tag LookupTag(std::string_view lower_name) {
  return Tables().Lookup(lower_name);
}

std::string_view TagName(Tag tag) { return kTagNames[static_cast<int>(tag)]; }

// Builds a Dom from the token stream; see the file comment.
class TreeBuilder {
 public:
  TreeBuilder(Dom* dom, const ParseOptions& options)
      : dom_(*dom), options_(options), tables_(Tables()) {
    std::fill(std::begin(top_), std::end(top_), -1);
    std::fill(std::begin(bound_top_), std::end(bound_top_), -1);
  }

  void Run(std::string_view input);

 private:
  struct Open {
    uint32_t node;
    Tag tag;
    uint32_t last_child;
    int32_t prev_same;
    int32_t prev_special;
    int32_t prev_stopper;
    int32_t prev_bound[4];
    // A formatting element whose end tag came while a block inside it was
    // still open: it closes together with that block (what HTML5's adoption
    // agency achieves for the text that follows).
    bool zombie;
  };
  struct ScratchAttr {
    uint32_t name_begin, name_size, value_begin, value_size;
  };

  uint32_t Flags(Tag t) const { return tables_.flags[static_cast<int>(t)]; }
  Tag CurrentTag() const { return stack_.back().tag; }
  bool InScope(Tag t, Scope s) const {
    int32_t p = top_[static_cast<int>(t)];
    return p >= 0 && p >= bound_top_[s];
  }

  const char* ScanAttributes(const char* q, const char* end, bool keep,
                             bool* self_closing);
  // Returns true when the element was pushed on the stack.
  bool StartTag(Tag tag, std::string_view name, bool self_closing);
  void EndTag(Tag tag, std::string_view name);
  // Creates an element under the current node; pushes it when `push` and
  // the depth allows. Returns true when it was pushed.
  bool Insert(Tag tag, std::string_view name, bool push);
  void AppendText(std::string_view raw, bool decode);
  void Push(uint32_t node, Tag tag);
  void Pop();
  void PopTo(int32_t pos) {
    while (static_cast<int32_t>(stack_.size()) > pos && stack_.size() > 1)
      Pop();
  }
  uint32_t NewNode(NodeType type, Tag tag);
  void Warn(bool* once, std::string message) {
    if (*once) return;
    *once = true;
    dom_.warnings_.push_back(std::move(message));
  }

  Dom& dom_;
  const ParseOptions& options_;
  const TagTables& tables_;
  std::vector<Open> stack_;
  int32_t top_[static_cast<int>(Tag::kCount)];
  int32_t top_special_ = -1;
  int32_t top_stopper_ = -1;
  int32_t bound_top_[4];
  int foreign_ = 0;
  bool html_seen_ = false, head_seen_ = false, body_seen_ = false;
  bool warned_depth_ = false, warned_nodes_ = false;
  std::string name_buf_;
  std::string scratch_;
  std::vector<ScratchAttr> scratch_attrs_;
};

uint32_t TreeBuilder::NewNode(NodeType type, Tag tag) {
  uint32_t idx = static_cast<uint32_t>(dom_.nodes_.size());
  dom_.nodes_.emplace_back();
  Node& n = dom_.nodes_.back();
  n.type = type;
  n.tag = tag;
  n.subtree_end = idx + 1;
  Open& cur = stack_.back();
  n.parent = cur.node;
  n.depth = static_cast<uint16_t>(std::min<size_t>(stack_.size(), 65535));
  if (cur.last_child != kNoNode) dom_.nodes_[cur.last_child].next_sibling = idx;
  cur.last_child = idx;
  return idx;
}

void TreeBuilder::Push(uint32_t node, Tag tag) {
  int32_t pos = static_cast<int32_t>(stack_.size());
  Open o;
  o.node = node;
  o.tag = tag;
  o.last_child = kNoNode;
  o.zombie = false;
  int t = static_cast<int>(tag);
  o.prev_same = top_[t];
  top_[t] = pos;
  o.prev_special = top_special_;
  o.prev_stopper = top_stopper_;
  uint32_t f = Flags(tag);
  if (f & kSpecial) top_special_ = pos;
  if (f & kStopper) top_stopper_ = pos;
  for (int s = 0; s < 4; ++s) {
    o.prev_bound[s] = bound_top_[s];
    if (f & kScopeFlag[s]) bound_top_[s] = pos;
  }
  if (f & kForeign) ++foreign_;
  stack_.push_back(o);
}

void TreeBuilder::Pop() {
  const Open& o = stack_.back();
  dom_.nodes_[o.node].subtree_end = static_cast<uint32_t>(dom_.nodes_.size());
  top_[static_cast<int>(o.tag)] = o.prev_same;
  top_special_ = o.prev_special;
  top_stopper_ = o.prev_stopper;
  for (int s = 0; s < 4; ++s) bound_top_[s] = o.prev_bound[s];
  if (Flags(o.tag) & kForeign) --foreign_;
  stack_.pop_back();
  while (stack_.size() > 1 && stack_.back().zombie) Pop();
}

bool TreeBuilder::Insert(Tag tag, std::string_view name, bool push) {
  if (dom_.nodes_.size() >= options_.max_nodes) {
    Warn(&warned_nodes_, "html: more than " +
                             std::to_string(options_.max_nodes) +
                             " nodes; the rest of the page keeps its text only");
    return false;
  }
  uint32_t idx = NewNode(NodeType::kElement, tag);
  Node& n = dom_.nodes_[idx];
  if (tag == Tag::kUnknown) {
    n.name = static_cast<uint32_t>(dom_.names_.size());
    dom_.names_.push_back(dom_.Keep(name));
  }
  n.data_begin = static_cast<uint32_t>(dom_.attrs_.size());
  n.data_size = static_cast<uint32_t>(scratch_attrs_.size());
  for (const ScratchAttr& a : scratch_attrs_) {
    Attribute attr;
    attr.name = dom_.Keep(
        std::string_view(scratch_).substr(a.name_begin, a.name_size));
    attr.value = dom_.Keep(
        std::string_view(scratch_).substr(a.value_begin, a.value_size));
    dom_.attrs_.push_back(attr);
  }
  if (!push) return false;
  if (static_cast<int>(stack_.size()) > options_.max_depth) {
    Warn(&warned_depth_, "html: elements nested deeper than " +
                             std::to_string(options_.max_depth) +
                             " were flattened");
    return false;
  }
  Push(idx, tag);
  return true;
}

void TreeBuilder::AppendText(std::string_view raw, bool decode) {
  if (raw.empty()) return;
  uint32_t f = stack_.size() == 1 ? kDropsSpace : Flags(CurrentTag());
  if ((f & kDropsSpace) || CurrentTag() == Tag::kHead) {
    if (AllWhitespace(raw)) return;
    if (CurrentTag() == Tag::kHead) Pop();  // text starts the body
  }
  uint32_t last = stack_.back().last_child;
  std::string& text = dom_.text_;
  if (text.size() + raw.size() >= 0xFFFFFFF0u) return;  // offsets are 32-bit
  size_t before = text.size();
  if (decode && std::memchr(raw.data(), '&', raw.size()) != nullptr) {
    DecodeCharacterReferences(raw, false, &text);
  } else {
    text.append(raw);
  }
  size_t added = text.size() - before;
  if (last != kNoNode && dom_.nodes_[last].type == NodeType::kText &&
      dom_.nodes_[last].data_begin + dom_.nodes_[last].data_size == before) {
    dom_.nodes_[last].data_size += static_cast<uint32_t>(added);
    return;
  }
  if (dom_.nodes_.size() >= options_.max_nodes) {
    Warn(&warned_nodes_, "html: more than " +
                             std::to_string(options_.max_nodes) +
                             " nodes; the rest of the page keeps its text only");
    // Keep the text in the last text node of the page, if any.
    for (size_t i = dom_.nodes_.size(); i-- > 0;) {
      Node& n = dom_.nodes_[i];
      if (n.type == NodeType::kText &&
          n.data_begin + n.data_size == before) {
        n.data_size += static_cast<uint32_t>(added);
        return;
      }
      if (n.type == NodeType::kText) break;
    }
    text.resize(before);
    return;
  }
  uint32_t idx = NewNode(NodeType::kText, Tag::kUnknown);
  dom_.nodes_[idx].data_begin = static_cast<uint32_t>(before);
  dom_.nodes_[idx].data_size = static_cast<uint32_t>(added);
}

// Reads the attributes of a tag from q (just after its name) to its '>'.
// Returns the position after '>', or nullptr when the input ends first.
const char* TreeBuilder::ScanAttributes(const char* q, const char* end,
                                        bool keep, bool* self_closing) {
  *self_closing = false;
  if (keep) {
    scratch_.clear();
    scratch_attrs_.clear();
  }
  while (true) {
    while (q < end && (IsWs(*q) || *q == '/')) {
      if (*q == '/' && q + 1 < end && q[1] == '>') *self_closing = true;
      ++q;
    }
    if (q >= end) return nullptr;
    if (*q == '>') return q + 1;
    *self_closing = false;
    const char* an = q++;
    while (q < end && !IsWs(*q) && *q != '/' && *q != '>' && *q != '=') ++q;
    const char* an_end = q;
    while (q < end && IsWs(*q)) ++q;
    const char* vb = q;
    const char* ve = q;
    if (q < end && *q == '=') {
      ++q;
      while (q < end && IsWs(*q)) ++q;
      if (q < end && (*q == '"' || *q == '\'')) {
        char quote = *q++;
        const void* close = std::memchr(q, quote, static_cast<size_t>(end - q));
        if (close == nullptr) return nullptr;
        vb = q;
        ve = static_cast<const char*>(close);
        q = ve + 1;
      } else {
        vb = q;
        while (q < end && !IsWs(*q) && *q != '>') ++q;
        ve = q;
      }
    }
    if (!keep || scratch_attrs_.size() >= kMaxAttributes) continue;
    ScratchAttr a;
    a.name_begin = static_cast<uint32_t>(scratch_.size());
    for (const char* c = an; c < an_end; ++c) scratch_.push_back(AsciiLower(*c));
    a.name_size = static_cast<uint32_t>(scratch_.size()) - a.name_begin;
    std::string_view aname(scratch_.data() + a.name_begin, a.name_size);
    bool dup = false;
    for (const ScratchAttr& o : scratch_attrs_) {
      if (std::string_view(scratch_.data() + o.name_begin, o.name_size) ==
          aname) {
        dup = true;
        break;
      }
    }
    if (dup) {
      scratch_.resize(a.name_begin);
      continue;
    }
    a.value_begin = static_cast<uint32_t>(scratch_.size());
    std::string_view raw(vb, static_cast<size_t>(ve - vb));
    if (std::memchr(raw.data(), '&', raw.size()) != nullptr) {
      DecodeCharacterReferences(raw, true, &scratch_);
    } else {
      scratch_.append(raw);
    }
    a.value_size = static_cast<uint32_t>(scratch_.size()) - a.value_begin;
    scratch_attrs_.push_back(a);
  }
}

bool TreeBuilder::StartTag(Tag tag, std::string_view name,
                           bool self_closing) {
  uint32_t f = Flags(tag);
  if (foreign_ > 0) {
    if (!(f & kBreakout)) return Insert(tag, name, !self_closing);
    while (foreign_ > 0 && stack_.size() > 1) Pop();
  }
  using T = Tag;
  switch (tag) {
    case T::kHtml:
      if (html_seen_) return false;
      html_seen_ = true;
      break;
    case T::kHead:
      if (head_seen_ || body_seen_) return false;
      head_seen_ = true;
      break;
    case T::kBody:
      if (body_seen_) return false;
      body_seen_ = true;
      break;
    default:
      break;
  }
  // Body content closes an open head.
  if (top_[static_cast<int>(T::kHead)] >= 0 && !(f & kHeadContent) &&
      tag != T::kHead) {
    PopTo(top_[static_cast<int>(T::kHead)]);
  }
  if (f & kClosesP) {
    if (InScope(T::kP, kScopeButton)) PopTo(top_[static_cast<int>(T::kP)]);
  }
  auto top = [&](Tag t) { return top_[static_cast<int>(t)]; };
  switch (tag) {
    case T::kH1: case T::kH2: case T::kH3: case T::kH4: case T::kH5:
    case T::kH6:
      if (Flags(CurrentTag()) & kHeading) Pop();
      break;
    case T::kLi:
      if (top(T::kLi) >= 0 && top(T::kLi) >= top_stopper_) PopTo(top(T::kLi));
      break;
    case T::kDd: case T::kDt: {
      int32_t p = std::max(top(T::kDd), top(T::kDt));
      if (p >= 0 && p >= top_stopper_) PopTo(p);
      break;
    }
    case T::kOption:
      if (CurrentTag() == T::kOption) Pop();
      break;
    case T::kOptgroup:
      if (CurrentTag() == T::kOption) Pop();
      if (CurrentTag() == T::kOptgroup) Pop();
      break;
    case T::kA: case T::kNobr: case T::kButton: case T::kSelect:
      if (InScope(tag, kScopeDefault)) PopTo(top(tag));
      break;
    case T::kTr: {
      int32_t p = top(T::kTr);
      if (p < 0 || p < bound_top_[kScopeTable])
        p = std::max(top(T::kTd), top(T::kTh));
      if (p >= 0 && p >= bound_top_[kScopeTable]) PopTo(p);
      break;
    }
    case T::kTd: case T::kTh: {
      int32_t p = std::max(top(T::kTd), top(T::kTh));
      if (p >= 0 && p >= bound_top_[kScopeTable]) PopTo(p);
      break;
    }
    case T::kThead: case T::kTbody: case T::kTfoot: {
      int32_t p = std::max({top(T::kThead), top(T::kTbody), top(T::kTfoot)});
      if (p >= 0 && p >= bound_top_[kScopeTable]) PopTo(p);
      break;
    }
    case T::kImage:
      tag = T::kImg;
      break;
    default:
      break;
  }
  return Insert(tag, name, !(f & kVoid));
}

void TreeBuilder::EndTag(Tag tag, std::string_view name) {
  using T = Tag;
  auto top = [&](Tag t) { return top_[static_cast<int>(t)]; };
  switch (tag) {
    case T::kP:
      if (InScope(T::kP, kScopeButton)) PopTo(top(T::kP));
      return;
    case T::kBr:
      scratch_attrs_.clear();
      StartTag(T::kBr, "br", false);
      return;
    case T::kBody: case T::kHtml:
      return;  // what follows still belongs to the body
    case T::kLi:
      if (InScope(T::kLi, kScopeList)) PopTo(top(T::kLi));
      return;
    case T::kH1: case T::kH2: case T::kH3: case T::kH4: case T::kH5:
    case T::kH6: {
      int32_t p = std::max({top(T::kH1), top(T::kH2), top(T::kH3),
                            top(T::kH4), top(T::kH5), top(T::kH6)});
      if (p >= 0 && p >= bound_top_[kScopeDefault]) PopTo(p);
      return;
    }
    case T::kTable: case T::kTbody: case T::kThead: case T::kTfoot:
    case T::kTr: case T::kTd: case T::kTh: case T::kCaption:
      if (InScope(tag, kScopeTable)) PopTo(top(tag));
      return;
    case T::kA:
      if (InScope(T::kA, kScopeDefault)) PopTo(top(T::kA));
      return;
    case T::kUnknown: {
      int32_t p = top(T::kUnknown);
      for (int steps = 0; p >= 0 && p >= top_special_ && steps < kMaxUnknownWalk;
           ++steps) {
        const Node& n = dom_.nodes_[stack_[p].node];
        if (dom_.names_[n.name] == name) {
          PopTo(p);
          return;
        }
        p = stack_[p].prev_same;
      }
      return;
    }
    default:
      break;
  }
  if (Flags(tag) & kSpecial) {
    if (InScope(tag, kScopeDefault)) PopTo(top(tag));
  } else if (top(tag) >= 0 && top(tag) >= top_special_) {
    PopTo(top(tag));
  } else if ((Flags(tag) & kFormatting) && InScope(tag, kScopeDefault)) {
    stack_[top(tag)].zombie = true;
  }
}

void TreeBuilder::Run(std::string_view input) {
  if (input.size() > 0xFFFFFFF0u) input = input.substr(0, 0xFFFFFFF0u);
  dom_.nodes_.reserve(input.size() / 48 + 16);
  dom_.text_.reserve(input.size() / 4 + 16);
  dom_.nodes_.emplace_back();  // the document
  dom_.nodes_[0].type = NodeType::kDocument;
  Open doc{};
  doc.node = 0;
  doc.tag = Tag::kUnknown;
  doc.last_child = kNoNode;
  doc.zombie = false;
  doc.prev_same = doc.prev_special = doc.prev_stopper = -1;
  for (int s = 0; s < 4; ++s) doc.prev_bound[s] = -1;
  stack_.push_back(doc);

  const char* p = input.data();
  const char* end = p + input.size();
  while (p < end) {
    const void* lt_v = std::memchr(p, '<', static_cast<size_t>(end - p));
    const char* lt = lt_v ? static_cast<const char*>(lt_v) : end;
    if (lt > p) AppendText(std::string_view(p, static_cast<size_t>(lt - p)), true);
    p = lt;
    if (p >= end) break;
    if (p + 1 >= end) {
      AppendText("<", false);
      break;
    }
    char c = p[1];
    if (IsAsciiAlpha(c) || (c == '/' && p + 2 < end && IsAsciiAlpha(p[2]))) {
      bool is_end = c == '/';
      const char* ns = p + (is_end ? 2 : 1);
      const char* q = ns;
      while (q < end && !IsWs(*q) && *q != '/' && *q != '>') ++q;
      name_buf_.assign(ns, static_cast<size_t>(q - ns));
      for (char& ch : name_buf_) ch = AsciiLower(ch);
      bool self_closing = false;
      const char* after = ScanAttributes(q, end, !is_end, &self_closing);
      if (after == nullptr) break;  // EOF inside a tag: the tag is dropped
      p = after;
      Tag tag = tables_.Lookup(name_buf_);
      if (is_end) {
        EndTag(tag, name_buf_);
        continue;
      }
      uint32_t f = Flags(tag);
      if (foreign_ > 0 || !(f & (kRawText | kRcdata)) ) {
        if (tag == Tag::kPlaintext && foreign_ == 0) {
          StartTag(tag, name_buf_, false);
          AppendText(std::string_view(p, static_cast<size_t>(end - p)), false);
          break;
        }
        StartTag(tag, name_buf_, self_closing);
        continue;
      }
      // Raw text or RCDATA: everything up to the matching end tag.
      bool keep = (f & kRcdata) || tag == Tag::kXmp;
      if (tag == Tag::kScript && options_.keep_json_scripts) {
        for (const ScratchAttr& a : scratch_attrs_) {
          std::string_view an(scratch_.data() + a.name_begin, a.name_size);
          std::string_view av(scratch_.data() + a.value_begin, a.value_size);
          if (an == "type" && ToLowerAscii(av).find("json") != std::string::npos)
            keep = true;
        }
      }
      std::string tag_name = name_buf_;
      bool pushed = StartTag(tag, tag_name, false);
      const char* r = p;
      const char* close = end;
      while (r < end) {
        const void* l = std::memchr(r, '<', static_cast<size_t>(end - r));
        if (l == nullptr) break;
        const char* cand = static_cast<const char*>(l);
        size_t n = tag_name.size();
        if (cand + 2 + n <= end && cand[1] == '/' &&
            EqualsIgnoreCase(std::string_view(cand + 2, n), tag_name) &&
            (cand + 2 + n == end || IsWs(cand[2 + n]) || cand[2 + n] == '/' ||
             cand[2 + n] == '>')) {
          close = cand;
          break;
        }
        r = cand + 1;
      }
      if (keep) {
        AppendText(std::string_view(p, static_cast<size_t>(close - p)),
                   (f & kRcdata) != 0);
      }
      if (pushed) Pop();
      if (close >= end) break;
      bool sc;
      const char* after_end =
          ScanAttributes(close + 2 + tag_name.size(), end, false, &sc);
      if (after_end == nullptr) break;
      p = after_end;
      continue;
    }
    if (c == '/') {
      if (p + 2 < end && p[2] == '>') {
        p += 3;  // "</>" is ignored
        continue;
      }
      if (p + 2 >= end) {
        AppendText("</", false);
        break;
      }
      const void* gt = std::memchr(p, '>', static_cast<size_t>(end - p));
      p = gt ? static_cast<const char*>(gt) + 1 : end;  // bogus comment
      continue;
    }
    if (c == '!') {
      if (end - p >= 4 && p[2] == '-' && p[3] == '-') {
        const char* q = p + 4;
        if (q < end && *q == '>') {
          p = q + 1;  // "<!-->"
          continue;
        }
        if (end - q >= 2 && q[0] == '-' && q[1] == '>') {
          p = q + 2;  // "<!--->"
          continue;
        }
        std::string_view rest(q, static_cast<size_t>(end - q));
        size_t e = rest.find("-->");
        p = e == std::string_view::npos ? end : q + e + 3;
        continue;
      }
      const void* gt = std::memchr(p, '>', static_cast<size_t>(end - p));
      p = gt ? static_cast<const char*>(gt) + 1 : end;  // doctype, CDATA
      continue;
    }
    if (c == '?') {
      const void* gt = std::memchr(p, '>', static_cast<size_t>(end - p));
      p = gt ? static_cast<const char*>(gt) + 1 : end;
      continue;
    }
    AppendText("<", false);
    ++p;
  }
  while (stack_.size() > 1) Pop();
  dom_.nodes_[0].subtree_end = static_cast<uint32_t>(dom_.nodes_.size());
}

std::string_view Dom::Keep(std::string_view s) {
  if (s.empty()) return std::string_view();
  constexpr size_t kChunk = 64 * 1024;
  if (s.size() > chunk_left_) {
    size_t size = std::max(kChunk, s.size());
    chunks_.push_back(std::make_unique<char[]>(size));
    chunk_pos_ = chunks_.back().get();
    chunk_left_ = size;
  }
  std::memcpy(chunk_pos_, s.data(), s.size());
  std::string_view kept(chunk_pos_, s.size());
  chunk_pos_ += s.size();
  chunk_left_ -= s.size();
  return kept;
}

std::string_view Dom::TagName(uint32_t i) const {
  const Node& n = nodes_[i];
  if (n.type != NodeType::kElement) return {};
  if (n.tag == Tag::kUnknown) return names_[n.name];
  return html::TagName(n.tag);
}

const std::string_view* Dom::Attr(uint32_t i, std::string_view name) const {
  for (const Attribute* a = AttrBegin(i); a != AttrEnd(i); ++a)
    if (a->name == name) return &a->value;
  return nullptr;
}

std::string Dom::TextContent(uint32_t i) const {
  std::string out;
  if (IsText(i)) return std::string(Text(i));
  for (uint32_t j = i + 1; j < nodes_[i].subtree_end; ++j)
    if (IsText(j)) out.append(Text(j));
  return out;
}

Dom ParseHtml(std::string_view utf8, const ParseOptions& options) {
  Dom dom;
  TreeBuilder builder(&dom, options);
  builder.Run(utf8);
  return dom;
}

}  // namespace newsmill::html
