// ParseHtml: newsmill's HTML5 tokenizer and simplified tree builder.
//
//   html::Dom dom = html::ParseHtml(utf8_page, html::ParseOptions());
//
// Why not gumbo: on the Zyte benchmark pages gumbo parses at 12-35 MB/s on the
// project's 2-core VM, and it is unbounded on hostile input (a page with
// 100,000 nested <div> takes ~27 s; 100,000 unclosed <b> or nested tables
// exhaust 24 GB of memory, through its reconstruction of formatting
// elements). This parser runs in linear time and memory on any input (see
// docs/html.md for the figures and the accuracy comparison).
//
// The tokenizer follows the HTML5 states that matter for text: tags and
// attributes (quoted, unquoted, duplicate, upper case), comments (also "<!-->"
// and unterminated ones), doctype and bogus comments, raw-text elements
// (script, style, xmp, iframe, noembed, noframes, noscript as with scripting
// on), RCDATA (title, textarea), plaintext, character references, and EOF in
// the middle of a tag (the tag is dropped). The tree builder implements the
// parts of HTML5 tree construction that shape text: void elements, implied
// end tags (p closed by a block, li by li, dd/dt, option, tr/td/th, table
// sections, headings, nested a), end tags matched only within their scope
// (stray end tags ignored), head closed by body content, foreign content
// (svg, math) with self-closing tags and HTML break-out. It leaves out what
// only moves formatting around (reconstruction of active formatting
// elements, the adoption agency, foster parenting of table text).
//
// Bounds: elements deeper than max_depth are attached at that depth
// (flattened, their text kept); beyond max_nodes, tags are ignored and text
// goes on in the last text node. Both are reported in Dom::warnings().
//
// Thread safety: pure function.
#ifndef NEWSMILL_HTML_PARSER_H_
#define NEWSMILL_HTML_PARSER_H_

#include <cstdint>
#include <string_view>

#include "html/dom.h"

namespace newsmill::html {

struct ParseOptions {
  // Elements nested deeper are flattened into their ancestor at this depth.
  // Default 512 (real pages rarely pass 60).
  int max_depth = 512;
  // Node budget; a page that needs more keeps its text but loses structure.
  // Default 4,194,304 (about 100 MB of nodes).
  uint32_t max_nodes = 1u << 22;
  // Keep the contents of <script> elements whose type mentions "json"
  // (JSON-LD metadata). Other scripts and styles are never stored.
  bool keep_json_scripts = true;
};

// Parses a UTF-8 page. Never fails: any byte sequence gives a tree.
Dom ParseHtml(std::string_view utf8, const ParseOptions& options);

}  // namespace newsmill::html

#endif  // NEWSMILL_HTML_PARSER_H_
