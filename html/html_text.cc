#include "html/html_text.h"

#include <gumbo.h>

#include <cstring>

#include "base/utf8.h"

namespace newsmill {
namespace {

bool IsSkipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
      return true;
    default:
      return false;
  }
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TR: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_BR: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
      return true;
    default:
      return false;
  }
}

struct Walker {
  std::string text;
  std::string para;
  int max_depth;
  bool too_deep = false;

  void FlushParagraph() {
    // Collapse whitespace runs inside the paragraph.
    std::string clean;
    bool space = false;
    for (char c : para) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        space = true;
        continue;
      }
      if (space && !clean.empty()) clean.push_back(' ');
      space = false;
      clean.push_back(c);
    }
    para.clear();
    if (clean.empty()) return;
    if (!text.empty()) text.append("\n\n");
    text.append(clean);
  }

  // Iterative walk: pages nested 100,000 deep must not overflow the stack.
  void Walk(GumboNode* root) {
    struct Frame { GumboNode* node; unsigned next; int depth; };
    std::vector<Frame> stack = {{root, 0, 0}};
    while (!stack.empty()) {
      Frame& f = stack.back();
      GumboNode* n = f.node;
      if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
          n->type == GUMBO_NODE_CDATA) {
        para.append(n->v.text.text);
        stack.pop_back();
        continue;
      }
      if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT &&
          n->type != GUMBO_NODE_TEMPLATE) {
        stack.pop_back();
        continue;
      }
      GumboVector* children = n->type == GUMBO_NODE_DOCUMENT
                                  ? &n->v.document.children
                                  : &n->v.element.children;
      GumboTag tag = n->type == GUMBO_NODE_DOCUMENT ? GUMBO_TAG_UNKNOWN
                                                    : n->v.element.tag;
      if (f.next == 0) {
        if (n->type != GUMBO_NODE_DOCUMENT && IsSkipped(tag)) {
          stack.pop_back();
          continue;
        }
        if (IsBlock(tag)) FlushParagraph();
      }
      if (f.next < children->length && f.depth < max_depth) {
        GumboNode* child = static_cast<GumboNode*>(children->data[f.next++]);
        int depth = f.depth + 1;
        stack.push_back({child, 0, depth});
        continue;
      }
      if (f.depth >= max_depth && children->length > 0) too_deep = true;
      if (IsBlock(tag)) FlushParagraph();
      stack.pop_back();
    }
    FlushParagraph();
  }
};

std::string FindTitle(GumboNode* root) {
  std::vector<GumboNode*> stack = {root};
  while (!stack.empty()) {
    GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT)
      continue;
    GumboVector* ch = n->type == GUMBO_NODE_DOCUMENT ? &n->v.document.children
                                                     : &n->v.element.children;
    if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_TITLE) {
      std::string t;
      for (unsigned i = 0; i < ch->length; ++i) {
        auto* c = static_cast<GumboNode*>(ch->data[i]);
        if (c->type == GUMBO_NODE_TEXT) t += c->v.text.text;
      }
      return t;
    }
    if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_BODY)
      continue;
    for (unsigned i = ch->length; i-- > 0;)
      stack.push_back(static_cast<GumboNode*>(ch->data[i]));
  }
  return "";
}

}  // namespace

Result<HtmlText> ExtractHtmlText(std::string_view html,
                                 const HtmlTextOptions& options) {
  HtmlText out;
  std::string clean;
  if (RepairUtf8(html, &clean) > 0)
    out.warnings.push_back("html: invalid UTF-8 bytes replaced");
  GumboOptions gopts = kGumboDefaultOptions;
  gopts.max_errors = 0;
  GumboOutput* g = gumbo_parse_with_options(&gopts, clean.data(), clean.size());
  if (g == nullptr) return Status::Corruption("HTML parser failed");
  Walker w;
  w.max_depth = options.max_depth;
  w.Walk(g->document);
  out.text = std::move(w.text);
  out.title = FindTitle(g->document);
  if (w.too_deep) out.warnings.push_back("html: elements nested too deep were skipped");
  gumbo_destroy_output(&gopts, g);
  return out;
}

}  // namespace newsmill
