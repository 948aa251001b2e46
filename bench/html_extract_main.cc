// newsmill-html: article extraction alone (no text layer, no analysis), for
// measuring the HTML stage with the scorer:
//
//   python3 ../shared/eval/newsmill_eval.py run extract-zyte
//       --system "build/newsmill-html"
//
// Reads JSONL records ({id, url, html}) from standard input, or the files
// named on the command line, and writes one record per page with the fields
// the extraction fills (SCHEMA.md names): id, url, title, authors,
// published, published_from, outlet, language, text, warnings.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "base/json_writer.h"
#include "html/extractor.h"
#include "io/input_reader.h"

int main(int argc, char** argv) {
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) paths.push_back(argv[i]);
  if (paths.empty()) paths.push_back("-");
  auto extractor = newsmill::ArticleExtractor::Create("");
  if (!extractor.ok()) {
    std::fprintf(stderr, "newsmill-html: %s\n",
                 extractor.status().message().c_str());
    return 1;
  }
  int failures = 0;
  std::string out;
  for (const std::string& path : paths) {
    auto src = newsmill::InputSource::Open(path, {});
    if (!src.ok()) {
      std::fprintf(stderr, "newsmill-html: %s\n", src.status().message().c_str());
      ++failures;
      continue;
    }
    newsmill::ArticleInput in;
    newsmill::Status err;
    for (;;) {
      auto r = (*src)->Next(&in, &err);
      if (r == newsmill::InputSource::kEnd) break;
      if (r == newsmill::InputSource::kError) {
        std::fprintf(stderr, "newsmill-html: %s\n", err.message().c_str());
        ++failures;
        continue;
      }
      newsmill::ExtractOptions options;
      options.url = in.url;
      // NEWSMILL_HTML_TRACE=<id prefix>: trace that page's decisions on
      // standard error.
      const char* trace_id = std::getenv("NEWSMILL_HTML_TRACE");
      std::string trace;
      if (trace_id != nullptr && in.id.rfind(trace_id, 0) == 0)
        options.trace = &trace;
      std::string_view page = in.html.empty() ? in.text : in.html;
      auto a = (*extractor)->Extract(page, options);
      out.clear();
      newsmill::JsonWriter w(&out);
      w.BeginObject();
      w.Key("id");
      w.String(in.id);
      if (!a.ok()) {
        w.Key("text");
        w.String("");
        w.Key("warnings");
        w.BeginArray();
        w.String(a.status().message());
        w.EndArray();
      } else {
        w.Key("url");
        w.StringOrNull(a->url);
        w.Key("title");
        w.StringOrNull(a->title);
        w.Key("authors");
        w.BeginArray();
        for (const std::string& s : a->authors) w.String(s);
        w.EndArray();
        w.Key("published");
        w.StringOrNull(a->published);
        w.Key("published_from");
        w.String(a->published.empty() ? "none" : "metadata");
        w.Key("outlet");
        w.StringOrNull(a->outlet);
        w.Key("language");
        w.StringOrNull(a->language);
        w.Key("text");
        w.String(a->text);
        w.Key("warnings");
        w.BeginArray();
        for (const std::string& s : a->warnings) w.String(s);
        w.EndArray();
      }
      w.EndObject();
      out.push_back('\n');
      std::fwrite(out.data(), 1, out.size(), stdout);
      if (!trace.empty()) std::fputs(trace.c_str(), stderr);
    }
  }
  return failures > 0 ? 1 : 0;
}
