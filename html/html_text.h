// Plain text of a web page: the foundation's HTML path (issue 2). It keeps
// the text of block elements as paragraphs and drops scripts, styles and
// obvious page furniture (nav, header, footer, aside, form). Article
// extraction proper (main-content detection, metadata) is html/extractor.h.
//
// Thread safety: pure function.
#ifndef NEWSMILL_HTML_HTML_TEXT_H_
#define NEWSMILL_HTML_HTML_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace newsmill {

struct HtmlTextOptions {
  // Stop descending below this element depth (a page nested deeper is
  // reported in warnings, not followed). Default 512.
  int max_depth = 512;
};

struct HtmlText {
  std::string text;    // paragraphs separated by "\n\n"
  std::string title;   // <title>, "" if none
  std::vector<std::string> warnings;
};

// Returns the page's text. Never fails on malformed HTML (the HTML5 parser
// recovers); an error only for input that is not text at all.
Result<HtmlText> ExtractHtmlText(std::string_view html,
                                 const HtmlTextOptions& options);

}  // namespace newsmill

#endif  // NEWSMILL_HTML_HTML_TEXT_H_
