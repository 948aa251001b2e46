// Exports from a database: every article with events, through the same
// record parser as JSONL input (the store keeps each article's record).
#include <algorithm>

#include "events/export.h"
#include "store/store.h"

namespace newsmill {

Status ExportFromStore(const Store& store, std::string_view format,
                       const ExportOptions& options,
                       const std::function<void(std::string_view)>& sink, size_t* skipped,
                       std::vector<std::string>* problems) {
  if (format != "gdelt" && format != "plover")
    return Status::InvalidArgument("format '" + std::string(format) + "' is not gdelt or plover");
  // Every article with events, in row order (the read path pages newest
  // first), so that exports of the same database are the same.
  std::vector<std::pair<int64_t, std::string>> ids;
  ArticleFilter filter;
  filter.page.limit = 1000;
  while (true) {
    std::string next;
    auto page = store.ListArticles(filter, &next);
    if (!page.ok()) return page.status();
    for (const ArticleSummary& s : *page)
      if (s.events > 0) ids.emplace_back(s.id, s.key);
    if (next.empty()) break;
    filter.page.cursor = next;
  }
  std::sort(ids.begin(), ids.end());
  std::string out;
  for (const auto& [id, key] : ids) {
    auto art = store.GetArticle(std::to_string(id));
    Result<ExportArticle> a = art.ok() ? ParseExportRecord(art->record_json, id)
                                       : Result<ExportArticle>(art.status());
    if (!a.ok()) {
      ++*skipped;
      if (problems) problems->push_back(key + ": " + a.status().message());
      continue;
    }
    if (a->text.empty()) a->text = art->text;
    out.clear();
    if (format == "gdelt") AppendGdeltRows(*a, options, &out);
    else AppendPloverRecords(*a, options, &out);
    sink(out);
  }
  return Status::Ok();
}

}  // namespace newsmill
