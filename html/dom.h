// Dom: the element tree of an HTML page as newsmill's own parser builds it
// (html/parser.h), flat and index-based.
//
//   html::Dom dom = html::ParseHtml(utf8_page, {});
//   for (uint32_t i = 0; i < dom.size(); ++i)      // document order
//     if (dom.tag(i) == html::Tag::kP) Use(dom.TextContent(i));
//
// Nodes live in one vector in document (pre-)order: a node's descendants are
// exactly the nodes [i + 1, SubtreeEnd(i)), so every tree walk in newsmill
// is a loop over indices, never a recursion (a page nested 100,000 deep
// cannot overflow the stack), and bottom-up sums are one reverse loop.
// Node 0 is the document. Element and attribute names are lower case;
// text and attribute values are UTF-8 with character references decoded.
//
// Thread safety: a Dom is immutable after parsing; share it freely.
#ifndef NEWSMILL_HTML_DOM_H_
#define NEWSMILL_HTML_DOM_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace newsmill::html {

// Every element the parser knows by name. Others are kUnknown and keep their
// name (Dom::TagName).
#define NEWSMILL_HTML_TAGS(X)                                                  \
  X(A, "a") X(Abbr, "abbr") X(Acronym, "acronym") X(Address, "address")        \
  X(Applet, "applet") X(Area, "area") X(Article, "article") X(Aside, "aside")  \
  X(Audio, "audio") X(B, "b") X(Base, "base") X(Basefont, "basefont")          \
  X(Bdi, "bdi") X(Bdo, "bdo") X(Big, "big") X(Blockquote, "blockquote")        \
  X(Body, "body") X(Br, "br") X(Button, "button") X(Canvas, "canvas")          \
  X(Caption, "caption") X(Center, "center") X(Cite, "cite") X(Code, "code")    \
  X(Col, "col") X(Colgroup, "colgroup") X(Data, "data")                        \
  X(Datalist, "datalist") X(Dd, "dd") X(Del, "del") X(Details, "details")      \
  X(Dfn, "dfn") X(Dialog, "dialog") X(Dir, "dir") X(Div, "div") X(Dl, "dl")    \
  X(Dt, "dt") X(Em, "em") X(Embed, "embed") X(Fieldset, "fieldset")            \
  X(Figcaption, "figcaption") X(Figure, "figure") X(Font, "font")              \
  X(Footer, "footer") X(Form, "form") X(Frame, "frame")                        \
  X(Frameset, "frameset") X(H1, "h1") X(H2, "h2") X(H3, "h3") X(H4, "h4")      \
  X(H5, "h5") X(H6, "h6") X(Head, "head") X(Header, "header")                  \
  X(Hgroup, "hgroup") X(Hr, "hr") X(Html, "html") X(I, "i")                    \
  X(Iframe, "iframe") X(Image, "image") X(Img, "img") X(Input, "input")        \
  X(Ins, "ins") X(Kbd, "kbd") X(Keygen, "keygen") X(Label, "label")            \
  X(Legend, "legend") X(Li, "li") X(Link, "link") X(Listing, "listing")        \
  X(Main, "main") X(Map, "map") X(Mark, "mark") X(Marquee, "marquee")          \
  X(Math, "math") X(Menu, "menu") X(Meta, "meta") X(Meter, "meter")            \
  X(Nav, "nav") X(Nobr, "nobr") X(Noembed, "noembed")                          \
  X(Noframes, "noframes") X(Noscript, "noscript") X(Object, "object")          \
  X(Ol, "ol") X(Optgroup, "optgroup") X(Option, "option")                      \
  X(Output, "output") X(P, "p") X(Param, "param") X(Picture, "picture")        \
  X(Plaintext, "plaintext") X(Pre, "pre") X(Progress, "progress") X(Q, "q")    \
  X(Rb, "rb") X(Rp, "rp") X(Rt, "rt") X(Rtc, "rtc") X(Ruby, "ruby")            \
  X(S, "s") X(Samp, "samp") X(Script, "script") X(Search, "search")            \
  X(Section, "section") X(Select, "select") X(Slot, "slot")                    \
  X(Small, "small") X(Source, "source") X(Span, "span") X(Strike, "strike")    \
  X(Strong, "strong") X(Style, "style") X(Sub, "sub") X(Summary, "summary")    \
  X(Sup, "sup") X(Svg, "svg") X(Table, "table") X(Tbody, "tbody")              \
  X(Td, "td") X(Template, "template") X(Textarea, "textarea")                  \
  X(Tfoot, "tfoot") X(Th, "th") X(Thead, "thead") X(Time, "time")              \
  X(Title, "title") X(Tr, "tr") X(Track, "track") X(Tt, "tt") X(U, "u")        \
  X(Ul, "ul") X(Var, "var") X(Video, "video") X(Wbr, "wbr") X(Xmp, "xmp")

enum class Tag : uint8_t {
  kUnknown,
#define NEWSMILL_HTML_TAG_ENUM(id, name) k##id,
  NEWSMILL_HTML_TAGS(NEWSMILL_HTML_TAG_ENUM)
#undef NEWSMILL_HTML_TAG_ENUM
  kCount
};

// The tag for a lower-case element name; kUnknown for any other name.
Tag LookupTag(std::string_view lower_name);
// "div" for Tag::kDiv; "" for kUnknown.
std::string_view TagName(Tag tag);

enum class NodeType : uint8_t { kDocument, kElement, kText };

inline constexpr uint32_t kNoNode = 0xFFFFFFFFu;

struct Node {
  uint32_t parent = kNoNode;
  uint32_t next_sibling = kNoNode;
  uint32_t subtree_end = 0;   // one past the last descendant's index
  uint32_t data_begin = 0;    // text: into Dom::text_; element: attributes
  uint32_t data_size = 0;     // text bytes, or number of attributes
  uint32_t name = kNoNode;    // kUnknown elements: index into names
  uint16_t depth = 0;         // distance from the document (capped)
  NodeType type = NodeType::kDocument;
  Tag tag = Tag::kUnknown;
};

struct Attribute {
  std::string_view name;   // lower case
  std::string_view value;  // references decoded
};

class Dom {
 public:
  Dom() = default;
  Dom(Dom&&) = default;
  Dom& operator=(Dom&&) = default;

  uint32_t size() const { return static_cast<uint32_t>(nodes_.size()); }
  const Node& node(uint32_t i) const { return nodes_[i]; }
  NodeType type(uint32_t i) const { return nodes_[i].type; }
  Tag tag(uint32_t i) const { return nodes_[i].tag; }
  bool IsElement(uint32_t i) const {
    return nodes_[i].type == NodeType::kElement;
  }
  bool IsText(uint32_t i) const { return nodes_[i].type == NodeType::kText; }
  uint32_t parent(uint32_t i) const { return nodes_[i].parent; }
  uint32_t SubtreeEnd(uint32_t i) const { return nodes_[i].subtree_end; }
  // First child, or kNoNode.
  uint32_t FirstChild(uint32_t i) const {
    return nodes_[i].subtree_end > i + 1 ? i + 1 : kNoNode;
  }
  uint32_t NextSibling(uint32_t i) const { return nodes_[i].next_sibling; }
  // True when a is d or an ancestor of d.
  bool Contains(uint32_t a, uint32_t d) const {
    return a <= d && d < nodes_[a].subtree_end;
  }

  // Lower-case element name ("div", "amp-img"); "" for other nodes.
  std::string_view TagName(uint32_t i) const;
  // A text node's text.
  std::string_view Text(uint32_t i) const {
    return std::string_view(text_).substr(nodes_[i].data_begin,
                                          nodes_[i].data_size);
  }
  // An element's attributes, in source order (the first of duplicates kept).
  const Attribute* AttrBegin(uint32_t i) const {
    return IsElement(i) ? attrs_.data() + nodes_[i].data_begin : attrs_.data();
  }
  const Attribute* AttrEnd(uint32_t i) const {
    return IsElement(i) ? AttrBegin(i) + nodes_[i].data_size : AttrBegin(i);
  }
  // The value of attribute `name` (lower case), or nullptr when absent.
  const std::string_view* Attr(uint32_t i, std::string_view name) const;
  // Attr() or "" when absent.
  std::string_view AttrOr(uint32_t i, std::string_view name) const {
    const std::string_view* v = Attr(i, name);
    return v ? *v : std::string_view();
  }
  // All text below node i concatenated, as in the DOM's textContent.
  std::string TextContent(uint32_t i) const;

  // Set by the parser: problems met (depth cap reached, node cap reached).
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  friend class TreeBuilder;
  // Copies s into storage that never moves, and returns the copy.
  std::string_view Keep(std::string_view s);

  std::vector<Node> nodes_;
  std::vector<Attribute> attrs_;
  std::string text_;                     // text node contents, back to back
  std::vector<std::string_view> names_;  // kUnknown element names
  std::vector<std::unique_ptr<char[]>> chunks_;  // Keep()'s storage
  size_t chunk_left_ = 0;
  char* chunk_pos_ = nullptr;
  std::vector<std::string> warnings_;
};

}  // namespace newsmill::html

#endif  // NEWSMILL_HTML_DOM_H_
