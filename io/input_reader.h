// Input readers: articles from files and standard input.
//
// Formats, by file name (after an optional .gz):
//   .txt .text           one plain-text article per file
//   .html .htm .xhtml    one web page per file
//   .jsonl .ndjson       one JSON object per line: id, url, published,
//                        title, outlet, authors, and text or html
//   .json                a JSON object, or an array of them
//   anything else        sniffed: '{' or '[' -> JSON, '<' markup -> HTML,
//                        else plain text
// "-" is standard input, read as JSONL (or as one plain-text article with
// InputOptions::stdin_as_text). gzip is detected by its magic bytes, so
// compressed standard input works too.
//
// A bad record never stops the reader: Next() returns kError with a message
// naming the input and line, and the next call goes on with the next
// record. A truncated gzip stream yields every record read before the
// damage, then an error.
//
//   auto src = InputSource::Open("articles.jsonl.gz", {});
//   ArticleInput in; Status err;
//   for (;;) {
//     auto r = (*src)->Next(&in, &err);
//     if (r == InputSource::kEnd) break;
//     if (r == InputSource::kError) { report(err); continue; }
//     use(in);
//   }
//
// Thread safety: one InputSource per thread.
#ifndef NEWSMILL_IO_INPUT_READER_H_
#define NEWSMILL_IO_INPUT_READER_H_

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "newsmill/pipeline.h"

namespace newsmill {

struct InputOptions {
  // Read "-" as one plain-text article instead of JSONL. Default false.
  bool stdin_as_text = false;
  // Id for an article read with stdin_as_text. Default "stdin".
  std::string stdin_id = "stdin";
  // Larger articles are rejected (reported and skipped). Default 256 MiB.
  size_t max_article_bytes = size_t{256} << 20;
};

class InputSource {
 public:
  enum Outcome { kRecord, kError, kEnd };

  // Opens a file ("-" for standard input). Fails only when the file cannot
  // be opened.
  static Result<std::unique_ptr<InputSource>> Open(const std::string& path,
                                                   const InputOptions& options);
  virtual ~InputSource() = default;

  // Reads the next article into *out, or reports why a record was skipped.
  virtual Outcome Next(ArticleInput* out, Status* error) = 0;
};

// Expands paths: a directory becomes the sorted list of the files under it
// (recursively) whose names have a known extension; files and "-" are kept
// as given. Errors name a path that does not exist.
Result<std::vector<std::string>> ExpandInputPaths(
    const std::vector<std::string>& paths);

// Checks a record built from fields (a JSON object, a Python dict): it
// needs a non-blank `text` or `html`; the error names in->origin. Without
// an id the record takes its URL as id.
Status CompleteArticleInput(ArticleInput* in);

// Parses one JSON object into *out (fields as in the JSONL format).
// `origin` names the input in messages.
Status ParseArticleJson(std::string_view json, const std::string& origin,
                        ArticleInput* out);

}  // namespace newsmill

#endif  // NEWSMILL_IO_INPUT_READER_H_
