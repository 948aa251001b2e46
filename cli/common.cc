#include "cli/common.h"

#include <unistd.h>

#include <thread>

#include "base/date.h"
#include "base/strings.h"

namespace newsmill::cli {

void AddPipelineFlags(CLI::App* cmd, PipelineFlags* f) {
  cmd->add_option("--published", f->published,
                  "Publication date (YYYY-MM-DD) for inputs that have none");
  cmd->add_option("--reference-date", f->reference_date,
                  "Latest date any inference may return (YYYY-MM-DD; default: "
                  "today). Give it to make results independent of the clock");
  std::string names;
  for (const std::string& n : Pipeline::AllStageNames()) names += " " + n;
  cmd->add_option("--stages", f->stages,
                  "Comma-separated analysis stages to run (default: all). "
                  "Stages:" + names);
  // One directory per --lexicon, so that "--lexicon DIR -" keeps "-" (stdin)
  // as an input.
  cmd->add_option("--lexicon", f->lexicon_dirs,
                  "Directory of PETRARCH/Phoenix dictionaries to add to the "
                  "built-in lexicon (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--data-dir", f->data_dir,
                  "Directory whose files override the built-in data/ files");
  cmd->add_option("-j,--threads", f->threads,
                  "Worker threads (default: one per core); output order and "
                  "content do not depend on it")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("--any-language", f->any_language,
                "Analyse articles that are not in English too");
}

Result<PipelineOptions> ToPipelineOptions(const PipelineFlags& f) {
  PipelineOptions o;
  o.published = f.published;
  o.reference_date =
      f.reference_date.empty() ? TodayUtc().ToString() : f.reference_date;
  for (std::string_view s : Split(f.stages, ',')) {
    s = TrimAscii(s);
    if (!s.empty()) o.stages.emplace_back(s);
  }
  o.lexicon_dirs = f.lexicon_dirs;
  o.data_dir = f.data_dir;
  o.analyse_any_language = f.any_language;
  return o;
}

int ResolveThreads(int requested) {
  if (requested > 0) return requested;
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

InputWalker::InputWalker(std::vector<std::string> paths, InputOptions options,
                         size_t* skipped)
    : paths_(std::move(paths)), options_(std::move(options)), skipped_(skipped) {}

bool InputWalker::Next(ArticleInput* in) {
  while (true) {
    if (!source_) {
      if (next_path_ >= paths_.size()) return false;
      const std::string& path = paths_[next_path_++];
      auto src = InputSource::Open(path, options_);
      if (!src.ok()) {
        PrintError(src.status().message() + " (skipped)");
        ++*skipped_;
        continue;
      }
      source_ = std::move(src.value());
    }
    Status err;
    switch (source_->Next(in, &err)) {
      case InputSource::kRecord:
        return true;
      case InputSource::kError:
        PrintError(err.message() + " (skipped)");
        ++*skipped_;
        continue;
      case InputSource::kEnd:
        source_.reset();
        continue;
    }
  }
}

void PrintError(const std::string& message) {
  std::fprintf(stderr, "newsmill: %s\n", message.c_str());
}

Progress::Progress(std::string verb, bool enabled)
    : verb_(std::move(verb)), enabled_(enabled && isatty(2)) {
  start_ = last_ = std::chrono::steady_clock::now();
}

void Progress::Update(size_t articles, size_t skipped, size_t bytes) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  double secs = std::chrono::duration<double>(now - start_).count();
  std::fprintf(stderr, "\r%s: %zu articles, %zu skipped, %.1f MB, %.0f articles/s  ",
               verb_.c_str(), articles, skipped, bytes / 1e6,
               secs > 0 ? articles / secs : 0.0);
  drawn_ = true;
}

void Progress::Finish() {
  if (drawn_) std::fprintf(stderr, "\r\033[K");
}

}  // namespace newsmill::cli
