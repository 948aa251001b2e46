// newsmill ingest: files, directories or standard input -> the SQLite store.
//
// Resumable and idempotent: each input is keyed (id, else URL, else content
// hash) before it is analysed, and inputs already stored with the same
// content are skipped without analysis; batches commit atomically, so a
// killed run loses at most its open batch and a rerun picks up from there.
#include <chrono>
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/http_client.h"
#include "io/input_reader.h"
#include "io/record_writer.h"
#include "pipeline/batch_runner.h"
#include "server/service.h"
#include "store/store.h"

namespace newsmill::cli {
namespace {

struct IngestFlags {
  std::vector<std::string> inputs;
  PipelineFlags pipeline;
  std::string db = kDefaultDatabase;
  bool no_text = false;
  bool force = false;
  bool stdin_text = false;
  int batch = 500;
  bool quiet = false;
  bool notify = true;
  std::string base_url = "http://127.0.0.1:8080";
};

int RunIngest(const IngestFlags& flags) {
  std::vector<std::string> inputs = flags.inputs;
  if (inputs.empty()) inputs.push_back("-");
  auto paths = ExpandInputPaths(inputs);
  if (!paths.ok()) {
    PrintError(paths.status().message());
    return kExitUsage;
  }
  auto options = ToPipelineOptions(flags.pipeline);
  if (!options.ok()) {
    PrintError(options.status().message());
    return kExitUsage;
  }
  auto pipeline = Pipeline::Create(*options);
  if (!pipeline.ok()) {
    PrintError(pipeline.status().message());
    return pipeline.status().code() == StatusCode::kInvalidArgument ? kExitUsage
                                                                    : kExitFatal;
  }
  StoreOptions store_options;
  store_options.keep_text = !flags.no_text;
  auto store = Store::Open(flags.db, store_options);
  if (!store.ok()) {
    PrintError(store.status().message());
    return kExitFatal;
  }
  Store& db = **store;

  InputOptions in_options;
  in_options.stdin_as_text = flags.stdin_text;
  size_t skipped = 0, present = 0, inserted = 0, replaced = 0, unchanged = 0,
         in_batch = 0, bytes = 0;
  InputWalker walker(std::move(paths.value()), in_options, &skipped);
  EngineInfo engine{"newsmill", std::string(Version()), (*pipeline)->lexicon_id()};
  RecordOptions record_options;
  record_options.lexicon_id = engine.lexicon;
  Progress progress("ingest", !flags.quiet);
  auto start = std::chrono::steady_clock::now();

  Status fatal;
  auto commit = [&]() -> bool {
    Status st = db.CommitBatch();
    if (!st.ok()) {
      fatal = st;
      return false;
    }
    in_batch = 0;
    return true;
  };
  if (Status st = db.BeginBatch(); !st.ok()) {
    PrintError(st.message());
    return kExitFatal;
  }
  BatchRunner runner(**pipeline, ResolveThreads(flags.pipeline.threads));
  runner.Run(
      [&](ArticleInput* in) {
        while (fatal.ok() && walker.Next(in)) {
          if (flags.force) return true;
          auto has = db.Contains(Store::KeyOf(*in));
          if (!has.ok()) {
            fatal = has.status();
            return false;
          }
          if (!*has) return true;
          ++present;  // stored by an earlier run: nothing to do
          progress.Update(inserted + replaced + unchanged, skipped, bytes);
        }
        return false;
      },
      [&](const ArticleInput& in, Result<Document>& doc) {
        if (!fatal.ok()) return;
        bytes += in.text.size() + in.html.size();
        if (!doc.ok()) {
          PrintError(doc.status().message() + " (skipped)");
          ++skipped;
          return;
        }
        PutOptions put;
        put.id = Store::KeyOf(in);
        put.engine = engine;
        put.force = flags.force;
        AppendRecord(*doc, record_options, &put.record_json);
        put.record_json.pop_back();  // the newline
        auto r = db.Put(*doc, put);
        if (!r.ok()) {
          if (r.status().code() == StatusCode::kInvalidArgument) {
            PrintError(doc->id + ": not stored: " + r.status().message());
            ++skipped;
            return;
          }
          fatal = r.status();
          return;
        }
        switch (*r) {
          case PutOutcome::kInserted: ++inserted; break;
          case PutOutcome::kReplaced: ++replaced; break;
          case PutOutcome::kUnchanged: ++unchanged; break;
        }
        if (++in_batch >= static_cast<size_t>(flags.batch)) {
          if (commit()) {
            Status st = db.BeginBatch();
            if (!st.ok()) fatal = st;
          }
        }
        progress.Update(inserted + replaced + unchanged, skipped, bytes);
      });
  if (fatal.ok()) commit();
  progress.Finish();
  if (!fatal.ok()) {
    db.AbortBatch();
    PrintError(flags.db + ": " + fatal.message() +
               "; the open batch was not stored (rerun to resume)");
    return kExitFatal;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                              start).count();
  size_t stored = inserted + replaced + unchanged;
  std::fprintf(stderr,
               "newsmill ingest: %zu article(s) analysed into %s (%zu new, %zu "
               "replaced, %zu unchanged), %zu already stored, %zu skipped; "
               "%.1f s, %.0f articles/s\n",
               stored, flags.db.c_str(), inserted, replaced, unchanged, present,
               skipped, secs, secs > 0 ? stored / secs : 0.0);
  // New matches of saved watches go to their webhooks now (feeds need
  // nothing: they are read from the store).
  if (flags.notify && stored > 0) {
    std::vector<std::string> errors;
    auto n = NotifyWatches(db, PostJson, flags.base_url, &errors);
    if (!n.ok()) {
      PrintError("watch webhooks: " + n.status().message());
    } else {
      for (const std::string& e : errors)
        PrintError("webhook " + e + " (retried on the next run)");
      if (*n > 0) std::fprintf(stderr, "newsmill ingest: %d webhook delivery(ies)\n", *n);
    }
  }
  return skipped > 0 ? kExitSkipped : kExitOk;
}

}  // namespace

void AddIngestCommand(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<IngestFlags>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Analyse articles into a SQLite database (idempotent and resumable: "
      "articles already stored are skipped, a killed run loses at most one "
      "batch).");
  cmd->add_option("inputs", flags->inputs,
                  "Files, directories or - for JSONL on stdin (default: -)");
  cmd->add_option("--db", flags->db, "Database file (created if missing)")
      ->capture_default_str();
  AddPipelineFlags(cmd, &flags->pipeline);
  cmd->add_flag("--no-text", flags->no_text,
                "Do not keep article text (for copyrighted sources); "
                "annotations and offsets stay");
  cmd->add_flag("--force", flags->force,
                "Re-analyse and replace articles that are already stored");
  cmd->add_flag("--text", flags->stdin_text,
                "Read standard input as one plain-text article, not JSONL");
  cmd->add_option("--batch", flags->batch, "Articles per transaction")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_flag("-q,--quiet", flags->quiet, "No progress display");
  cmd->add_flag("!--no-notify", flags->notify,
                "Do not call the webhooks of saved watches after storing");
  cmd->add_option("--base-url", flags->base_url,
                  "Address of 'newsmill serve' for links in webhook payloads")
      ->capture_default_str();
  cmd->footer(
      "Examples:\n"
      "  newsmill ingest samples/ --db news.db\n"
      "  zcat crawl.jsonl.gz | newsmill ingest - --db news.db --no-text\n");
  cmd->callback([flags, exit_code] { *exit_code = RunIngest(*flags); });
}

}  // namespace newsmill::cli
