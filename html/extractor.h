// Article extraction from a web page: the article's text, headline,
// bylines, publication date, outlet, canonical URL and language.
//
//   newsmill::ExtractOptions options;
//   options.url = "https://example.com/2019/11/19/story.html";
//   newsmill::Result<newsmill::ExtractedArticle> a =
//       newsmill::ExtractArticle(page_bytes, options);
//   if (a.ok()) Use(a->text, a->title, a->authors, a->published);
//
// Steps: character set to UTF-8 (html/charset.h), HTML5 parsing
// (html/parser.h), metadata (html/metadata.h), main-content detection
// (html/content.h); docs/html.md tells how each works and how well.
//
// An ArticleExtractor loads its rules (data/html/*) once; ExtractArticle()
// uses a shared one built from the embedded data. Both are immutable after
// construction: Extract may be called from many threads at once.
#ifndef NEWSMILL_HTML_EXTRACTOR_H_
#define NEWSMILL_HTML_EXTRACTOR_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace newsmill {

struct ExtractOptions {
  // The page's URL, "" if unknown: resolves a relative canonical link,
  // gives a date in the path (/2019/11/19/) and the domain name that a
  // title's site suffix is recognised by. Default "".
  std::string url;
  // Charset of the HTTP Content-Type header, "" if unknown. Default "".
  std::string http_charset;
  // Bytes of HTML read; a longer page is cut there, with a warning.
  // Default 64 MiB.
  size_t max_bytes = size_t{64} << 20;
  // Elements nested deeper are flattened (their text is kept). Default 512.
  int max_depth = 512;
  // Development: when set, a trace of the content decisions is appended.
  // Default nullptr.
  std::string* trace = nullptr;
};

struct ExtractedArticle {
  std::string text;                  // paragraphs joined by "\n\n"
  std::string title;                 // "" if none
  std::vector<std::string> authors;  // names only
  std::string published;             // ISO 8601 date, "" if unknown
  std::string outlet;                // "" if unknown
  std::string url;                   // canonical URL, else options.url
  std::string language;              // primary subtag ("en"), "" if unknown
  std::string encoding;              // the page's character set
  // False for a page that does not read as one article (an index, a search
  // or error page, a page with next to no prose); `text` is then empty or
  // short and `warnings` says why.
  bool is_article = true;
  std::vector<std::string> warnings;
};

class ArticleExtractor {
 public:
  // Loads data/html/* from data_dir when it has them, else the embedded
  // copies. Errors name the file and line.
  static Result<std::unique_ptr<ArticleExtractor>> Create(
      const std::string& data_dir);

  virtual ~ArticleExtractor() = default;

  // Extracts the article of one page. Never fails on malformed HTML, any
  // encoding or binary junk (the result is then empty, with warnings);
  // an error only for an empty input.
  virtual Result<ExtractedArticle> Extract(
      std::string_view html_bytes, const ExtractOptions& options) const = 0;
};

// Extract() with the embedded rules (built on first use, thread-safely).
Result<ExtractedArticle> ExtractArticle(std::string_view html_bytes,
                                        const ExtractOptions& options);

}  // namespace newsmill

#endif  // NEWSMILL_HTML_EXTRACTOR_H_
