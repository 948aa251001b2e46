// Main-content detection: which text of a parsed page is the article.
//
//   auto rules = html::ContentRules::Load("");   // data/html/*, embedded
//   html::ContentResult c = html::ExtractContent(dom, **rules, hints);
//   // c.text: paragraphs joined by "\n\n"
//
// Thread safety: ContentRules is immutable after Load and may be shared;
// ExtractContent is a pure function.
#ifndef NEWSMILL_HTML_CONTENT_H_
#define NEWSMILL_HTML_CONTENT_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "html/dom.h"

namespace newsmill::html {

// What a word in a class or id attribute says (data/html/class_hints.tsv).
struct ClassHint {
  int weight = 0;
  bool furniture = false;
  // A pop-up word ("tooltip", "rollover"): furniture only on the innermost
  // element that carries one, so that the link a card hangs from stays.
  bool popup = false;
};

struct ContentRules {
  // Whole class names / ids and the words inside them -> hint.
  std::unordered_map<std::string, ClassHint> words;
  std::unordered_map<std::string, ClassHint> whole_names;
  // Two consecutive words ("author box").
  std::unordered_map<std::string, ClassHint> pairs;
  // Lower-case openings of short blocks that are furniture wherever they
  // stand ("advertisement", "photo:", "share this").
  std::vector<std::string> furniture_openings;
  std::vector<std::string> furniture_lines;  // the whole block alone

  // Reads data/html/class_hints.tsv and data/html/furniture.tsv (from
  // data_dir when it has them, else the embedded copies). Errors name the
  // file and line.
  static Result<std::unique_ptr<ContentRules>> Load(const std::string& data_dir);
};

// Evidence about the article found outside the body's layout, from the
// page's metadata (html/metadata.h).
struct ContentHints {
  std::string article_body;  // schema.org articleBody text (JSON-LD), if any
  std::string title;         // the headline, to recognise the title heading
  // When set, a trace of the decisions (blocks, classes, region) is
  // appended here, for development tools.
  std::string* trace = nullptr;
};

// A short text near the article, for the metadata: a byline ("By Jane
// Doe | Nov 19") or a date standing alone.
struct NearbyText {
  std::string text;
  int place = 0;  // 0 inside the article's region, 1 before it, 2 after it
};

struct ContentResult {
  std::string text;           // paragraphs joined by "\n\n"
  uint32_t paragraphs = 0;
  uint32_t good_blocks = 0;   // blocks that read as running prose
  // Blocks that read as bylines ("... by Jane Doe ...") and blocks that
  // are a date, inside the region and within a few dozen blocks of it, in
  // page order; furniture included (bylines often sit in it).
  std::vector<NearbyText> bylines;
  std::vector<NearbyText> dates;
  // The node the text was taken from, and the first text node kept
  // (kNoNode when none).
  uint32_t region = kNoNode;
  uint32_t first_kept = kNoNode;
  bool used_article_body = false;  // text came from JSON-LD articleBody
};

ContentResult ExtractContent(const Dom& dom, const ContentRules& rules,
                             const ContentHints& hints);

}  // namespace newsmill::html

#endif  // NEWSMILL_HTML_CONTENT_H_
