// newsmill extract: files or standard input -> one JSON record per article on
// standard output. The pure, streaming transform.
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/common.h"
#include "io/input_reader.h"
#include "io/record_writer.h"
#include "pipeline/batch_runner.h"

namespace newsmill::cli {
namespace {

struct ExtractFlags {
  std::vector<std::string> inputs;
  PipelineFlags pipeline;
  bool stdin_text = false;
  std::string id = "stdin";
  std::string format = "jsonl";
  bool tokens = false;
  bool quiet = false;
};

int RunExtract(const ExtractFlags& flags) {
  if (flags.format != "jsonl") {
    PrintError("--format: only 'jsonl' is supported");
    return kExitUsage;
  }
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
  InputOptions in_options;
  in_options.stdin_as_text = flags.stdin_text;
  in_options.stdin_id = flags.id;
  size_t skipped = 0, written = 0, bytes = 0;
  InputWalker walker(std::move(paths.value()), in_options, &skipped);
  RecordOptions record_options;
  record_options.lexicon_id = (*pipeline)->lexicon_id();
  record_options.tokens = flags.tokens;
  Progress progress("extract", !flags.quiet);
  std::string out;
  BatchRunner runner(**pipeline, ResolveThreads(flags.pipeline.threads));
  runner.Run(
      [&](ArticleInput* in) {
        bool more = walker.Next(in);
        if (more && flags.stdin_text && in->origin == "stdin") in->id = flags.id;
        return more;
      },
      [&](const ArticleInput& in, Result<Document>& doc) {
        bytes += in.text.size() + in.html.size();
        if (!doc.ok()) {
          PrintError(doc.status().message() + " (skipped)");
          ++skipped;
        } else {
          AppendRecord(*doc, record_options, &out);
          ++written;
          if (out.size() >= (1 << 20)) {
            std::fwrite(out.data(), 1, out.size(), stdout);
            out.clear();
          }
        }
        progress.Update(written, skipped, bytes);
      });
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  progress.Finish();
  if (skipped > 0) {
    std::fprintf(stderr, "newsmill extract: %zu article(s) written, %zu skipped\n",
                 written, skipped);
    return kExitSkipped;
  }
  return kExitOk;
}

}  // namespace

void AddExtractCommand(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<ExtractFlags>();
  CLI::App* cmd = app.add_subcommand(
      "extract",
      "Analyse articles and write one JSON record per article to stdout.\n"
      "Inputs: .txt, .html, .jsonl/.json (fields id, url, published, title, "
      "text or html), any of them .gz, directories, or - for JSONL on stdin.");
  cmd->add_option("inputs", flags->inputs, "Files, directories or - (default: -)");
  AddPipelineFlags(cmd, &flags->pipeline);
  cmd->add_flag("--text", flags->stdin_text,
                "Read standard input as one plain-text article, not JSONL");
  cmd->add_option("--id", flags->id, "Id of the article read with --text");
  cmd->add_option("--format", flags->format, "Output format (jsonl)");
  cmd->add_flag("--tokens", flags->tokens,
                "Include the syntax layer's tokens (UPOS, lemma, head, dep)");
  cmd->add_flag("-q,--quiet", flags->quiet, "No progress display");
  cmd->footer(
      "Examples:\n"
      "  newsmill extract samples/                   # every article in a folder\n"
      "  newsmill extract --published 2022-02-01 --text < article.txt\n"
      "  zcat crawl.jsonl.gz | newsmill extract - > records.jsonl\n");
  cmd->callback([flags, exit_code] { *exit_code = RunExtract(*flags); });
}

}  // namespace newsmill::cli
