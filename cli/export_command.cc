// newsmill export: coded events in the field's formats, from a database
// written by `newsmill ingest` or from `newsmill extract` output.
//
//   newsmill export --format gdelt --db news.db > events.tsv
//   newsmill extract articles/ | newsmill export --format plover - > events.jsonl
//   newsmill export --format gdelt out.jsonl --header --modes all
//
// Formats (docs/exports.md): gdelt (the GDELT 2.0 events table, 61
// tab-separated columns, one row per event with its mention count) and
// plover (PLOVER JSON records, one per line).
#include <zlib.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "base/strings.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "events/export.h"
#include "store/store.h"

namespace newsmill::cli {
namespace {

struct ExportFlags {
  std::string format;
  std::string db;
  std::vector<std::string> inputs;
  std::string modes = "asserted,claimed";
  std::string from, to;
  bool header = false;
};

class Exporter {
 public:
  Exporter(const ExportFlags& f, ExportOptions o) : f_(f), o_(std::move(o)) {}
  void Add(const ExportArticle& a) {
    buf_.clear();
    if (f_.format == "gdelt") AppendGdeltRows(a, o_, &buf_);
    else AppendPloverRecords(a, o_, &buf_);
    std::fwrite(buf_.data(), 1, buf_.size(), stdout);
  }

 private:
  const ExportFlags& f_;
  ExportOptions o_;
  std::string buf_;
};

// Reads a JSONL file (gzip or plain; "-" = stdin) line by line.
bool ExportFile(const std::string& path, Exporter* ex, int64_t* number, size_t* skipped) {
  gzFile in = path == "-" ? gzdopen(0, "rb") : gzopen(path.c_str(), "rb");
  if (!in) {
    PrintError(path + ": cannot open");
    ++*skipped;
    return false;
  }
  std::string line;
  char buf[1 << 16];
  int64_t line_no = 0;
  bool more = true;
  while (more) {
    line.clear();
    bool got = false;
    while (true) {
      if (!gzgets(in, buf, sizeof buf)) {
        more = false;
        break;
      }
      got = true;
      line += buf;
      if (!line.empty() && line.back() == '\n') break;
    }
    if (!got) break;
    ++line_no;
    if (TrimAscii(line).empty()) continue;
    auto a = ParseExportRecord(line, ++*number);
    if (!a.ok()) {
      PrintError(path + ":" + std::to_string(line_no) + ": " + a.status().message());
      ++*skipped;
      continue;
    }
    ex->Add(*a);
  }
  int err = 0;
  gzerror(in, &err);
  gzclose(in);
  if (err != Z_OK && err != Z_STREAM_END) {
    PrintError(path + ": read error (truncated gzip?)");
    ++*skipped;
  }
  return true;
}

int RunExport(const ExportFlags& f) {
  if (f.format != "gdelt" && f.format != "plover") {
    PrintError("--format: '" + f.format + "' is not gdelt or plover");
    return kExitUsage;
  }
  for (const std::string* d : {&f.from, &f.to}) {
    Status st = Store::CheckDate("--from/--to", *d);
    if (!st.ok()) {
      PrintError(st.message());
      return kExitUsage;
    }
  }
  if (!f.db.empty() && !f.inputs.empty()) {
    PrintError("give either --db or input files, not both");
    return kExitUsage;
  }
  ExportOptions o;
  o.modes.clear();
  for (std::string_view m : Split(f.modes, ',')) {
    m = TrimAscii(m);
    if (m != "asserted" && m != "claimed" && m != "hypothetical" && m != "negated" &&
        m != "all") {
      PrintError("--modes: '" + std::string(m) +
                 "' is not asserted, claimed, hypothetical, negated or all");
      return kExitUsage;
    }
    o.modes.emplace_back(m);
  }
  o.from = f.from;
  o.to = f.to;
  Exporter ex(f, o);
  if (f.header && f.format == "gdelt") std::fputs(GdeltHeader().c_str(), stdout);
  size_t skipped = 0;
  int64_t number = 0;
  if (!f.inputs.empty()) {
    for (const std::string& path : f.inputs) ExportFile(path, &ex, &number, &skipped);
    std::fflush(stdout);
    return skipped ? kExitSkipped : kExitOk;
  }
  StoreOptions so;
  so.read_only = true;
  so.create_if_missing = false;
  std::string db = f.db.empty() ? kDefaultDatabase : f.db;
  auto store = Store::Open(db, so);
  if (!store.ok()) {
    PrintError(store.status().message());
    return kExitFatal;
  }
  std::vector<std::string> problems;
  Status st = ExportFromStore(
      **store, f.format, o,
      [](std::string_view chunk) { std::fwrite(chunk.data(), 1, chunk.size(), stdout); },
      &skipped, &problems);
  for (const std::string& p : problems) PrintError(p);
  if (!st.ok()) {
    PrintError(st.message());
    return kExitFatal;
  }
  std::fflush(stdout);
  return skipped ? kExitSkipped : kExitOk;
}

}  // namespace

void AddExportCommand(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<ExportFlags>();
  CLI::App* cmd = app.add_subcommand(
      "export", "Coded events as GDELT 2.0 event rows (TSV) or PLOVER JSON records, "
                "from a database or from 'newsmill extract' output");
  cmd->add_option("--format", f->format, "gdelt or plover")
      ->required()
      ->check(CLI::IsMember({"gdelt", "plover"}));
  cmd->add_option("--db", f->db, "SQLite database written by 'newsmill ingest' (default: "
                                 "newsmill.db when no FILE is given)");
  cmd->add_option("inputs", f->inputs, "JSONL files written by 'newsmill extract' (- = stdin)");
  cmd->add_option("--modes", f->modes,
                  "Event modes to export, comma-separated: asserted, claimed, hypothetical, "
                  "negated, all (default: asserted,claimed)");
  cmd->add_option("--from", f->from, "Events from this date (YYYY-MM-DD), inclusive");
  cmd->add_option("--to", f->to, "Events up to this date (YYYY-MM-DD), inclusive");
  cmd->add_flag("--header", f->header, "gdelt: print the column names first");
  cmd->callback([f, exit_code] { *exit_code = RunExport(*f); });
}

}  // namespace newsmill::cli
