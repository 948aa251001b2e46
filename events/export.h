// Exports of coded events in the formats event-data users already read:
// GDELT 2.0's events table (61 tab-separated columns) and PLOVER JSON
// records. Both read analysed articles as SCHEMA.md records (the output of
// `newsmill extract`, or the records a database keeps) and collapse each
// article's event mentions that share a `group` into one event with a
// mention count. Column by column: docs/exports.md.
//
//   auto article = ParseExportRecord(line, /*number=*/1);   // one JSONL line
//   if (!article.ok()) { ...; }                               // names the field
//   ExportOptions options;                                    // asserted + claimed
//   std::string out;
//   AppendGdeltRows(*article, options, &out);                 // one line per event
//   AppendPloverRecords(*article, options, &out);             // one JSON per line
//
// Thread safety: pure functions.
#ifndef NEWSMILL_EVENTS_EXPORT_H_
#define NEWSMILL_EVENTS_EXPORT_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace newsmill {

// One event mention as a record carries it.
struct ExportEvent {
  std::string code, root, plover, mode, cue, reported_by, date;
  int quad = 0;
  double goldstein = 0, confidence = 0;
  struct Side {
    std::string entity, name, actor, country;
  };
  Side source;
  std::optional<Side> target;
  std::optional<Side> location;  // name, country
  int64_t sentence = 0, start = 0, end = 0;
  int64_t group = 0;
};

// What the exporters read of one analysed article.
struct ExportArticle {
  int64_t number = 0;  // database row id, else the record's position (1-based)
  std::string id, url, outlet, published, language;
  std::string text;    // "" when stored without text
  std::vector<ExportEvent> events;
};

// Parses one SCHEMA record. InvalidArgument names the problem; records
// without an events array are fine (no events).
Result<ExportArticle> ParseExportRecord(std::string_view json, int64_t number);

struct ExportOptions {
  // Event modes exported. Default: asserted and claimed (negated and
  // hypothetical events are not events in GDELT's sense).
  std::vector<std::string> modes = {"asserted", "claimed"};
  // Event dates kept (inclusive ISO dates; "" = open). Default: all.
  std::string from, to;
};

// The 61 GDELT 2.0 column names, tab-separated, with a newline.
std::string GdeltHeader();
// One row per collapsed event (a group of mentions) of the article.
void AppendGdeltRows(const ExportArticle& a, const ExportOptions& options, std::string* out);
// One PLOVER record per collapsed event that has a PLOVER type (statements
// and appeals, CAMEO 01 and 02, have none). Events of one sentence with the
// same code and cue ("Lavrov and Blinken spoke") become one record with
// compound actors, as PLOVER codes them.
void AppendPloverRecords(const ExportArticle& a, const ExportOptions& options,
                         std::string* out);

class Store;

// Exports every article of a database that has events, in row order
// (format "gdelt" or "plover"), handing each article's output to sink.
// Articles whose stored record cannot be read are counted in *skipped
// (and named in *problems) and left out; an unreadable store is an error.
Status ExportFromStore(const Store& store, std::string_view format,
                       const ExportOptions& options,
                       const std::function<void(std::string_view)>& sink, size_t* skipped,
                       std::vector<std::string>* problems);

}  // namespace newsmill

#endif  // NEWSMILL_EVENTS_EXPORT_H_
