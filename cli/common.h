// Options shared by the subcommands that run the pipeline (extract, ingest),
// and small helpers for messages and progress on stderr.
#ifndef NEWSMILL_CLI_COMMON_H_
#define NEWSMILL_CLI_COMMON_H_

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "base/status.h"
#include "io/input_reader.h"
#include "newsmill/pipeline.h"

namespace newsmill::cli {

struct PipelineFlags {
  std::string published;
  std::string reference_date;
  std::string stages;
  std::vector<std::string> lexicon_dirs;
  std::string data_dir;
  int threads = 0;  // 0: one per core
  bool any_language = false;
};

// Adds --published, --reference-date, --stages, --lexicon, --data-dir,
// --threads and --any-language to a subcommand.
void AddPipelineFlags(CLI::App* cmd, PipelineFlags* flags);

// Builds PipelineOptions; --reference-date defaults to today's date (the
// only place newsmill reads the clock).
Result<PipelineOptions> ToPipelineOptions(const PipelineFlags& flags);

// Number of worker threads for --threads N (0: hardware concurrency).
int ResolveThreads(int requested);

// Walks the inputs one record at a time; unreadable files and bad records
// are reported on stderr with their name and line, counted in *skipped, and
// the walk goes on.
class InputWalker {
 public:
  InputWalker(std::vector<std::string> paths, InputOptions options,
              size_t* skipped);
  // Fills *in with the next article; false at the end of all inputs.
  bool Next(ArticleInput* in);

 private:
  std::vector<std::string> paths_;
  InputOptions options_;
  size_t* skipped_;
  size_t next_path_ = 0;
  std::unique_ptr<InputSource> source_;
};

// "newsmill: <message>" on stderr.
void PrintError(const std::string& message);

// A one-line progress display on stderr, redrawn at most every 200 ms and
// only when stderr is a terminal.
class Progress {
 public:
  explicit Progress(std::string verb, bool enabled);
  void Update(size_t articles, size_t skipped, size_t bytes);
  void Finish();

 private:
  std::string verb_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace newsmill::cli

#endif  // NEWSMILL_CLI_COMMON_H_
