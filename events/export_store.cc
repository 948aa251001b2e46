// Exports from a database: every article with events, through the same
// record parser as JSONL input (the store keeps each article's record).
#include "events/export.h"
#include "store/store.h"

namespace newsmill {

Status ExportFromStore(const Store& store, std::string_view format,
                       const ExportOptions& options,
                       const std::function<void(std::string_view)>& sink, size_t* skipped,
                       std::vector<std::string>* problems) {
  if (format != "gdelt" && format != "plover")
    return Status::InvalidArgument("format '" + std::string(format) + "' is not gdelt or plover");
  ArticleFilter filter;
  filter.page.limit = 500;
  std::string out;
  while (true) {
    std::string next;
    auto page = store.ListArticles(filter, &next);
    if (!page.ok()) return page.status();
    for (const ArticleSummary& s : *page) {
      if (s.events == 0) continue;
      auto art = store.GetArticle(std::to_string(s.id));
      Result<ExportArticle> a = art.ok() ? ParseExportRecord(art->record_json, s.id)
                                         : Result<ExportArticle>(art.status());
      if (!a.ok()) {
        ++*skipped;
        if (problems) problems->push_back(s.key + ": " + a.status().message());
        continue;
      }
      if (a->text.empty()) a->text = art->text;
      out.clear();
      if (format == "gdelt") AppendGdeltRows(*a, options, &out);
      else AppendPloverRecords(*a, options, &out);
      sink(out);
    }
    if (next.empty()) break;
    filter.page.cursor = next;
  }
  return Status::Ok();
}

}  // namespace newsmill
