// Pipeline: the newsmill engine as a library.
//
//   newsmill::PipelineOptions options;        // all stages, built-in lexicon
//   auto pipeline = newsmill::Pipeline::Create(options);
//   if (!pipeline.ok()) { /* pipeline.status().message() says why */ }
//   newsmill::ArticleInput in;
//   in.id = "a1";
//   in.text = "Russian President Vladimir Putin said on Tuesday ...";
//   newsmill::Result<newsmill::Document> doc = (*pipeline)->Analyze(in);
//
// A Pipeline loads its resources (lexicons, models) once in Create and is
// then immutable: Analyze may be called from many threads at once. The
// library never prints, exits or reads the clock.
#ifndef NEWSMILL_PIPELINE_H_
#define NEWSMILL_PIPELINE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "newsmill/document.h"
#include "newsmill/stage.h"

namespace newsmill {

// One article as it comes in. Either `text` (plain text) or `html` (a web
// page; wins when both are set) carries the body.
struct ArticleInput {
  std::string id;         // input record id; "" -> the pipeline derives one
  std::string url;        // "" if unknown
  std::string published;  // ISO 8601 date or date-time; "" if unknown
  std::string title;
  std::string outlet;
  std::vector<std::string> authors;
  std::string text;
  std::string html;
  std::string origin;     // where it came from ("file.jsonl:12"), for messages
  std::vector<std::string> warnings;  // reader's problems (truncated input)
};

struct PipelineOptions {
  // Analysis stages to run, by name (see Pipeline::AllStageNames()); empty:
  // all. The text layer always runs; stages that a requested stage needs are
  // added automatically.
  std::vector<std::string> stages;
  // Publication date used when an input has none (ISO 8601). Default: none.
  std::string published;
  // Upper bound for dates inferred from the text (ISO date). Default "": no
  // bound. Results never depend on the machine's clock.
  std::string reference_date;
  // Directories of PETRARCH/Phoenix dictionaries added to the built-in
  // lexicon. Default: none.
  std::vector<std::string> lexicon_dirs;
  // A directory whose files override the embedded data/ files (for editing
  // rules without rebuilding). Default "": embedded data only.
  std::string data_dir;
  // Where WordNet's index and exception files are (Debian's wordnet-base).
  // The syntax layer works without them, less accurately (docs/syntax.md).
  // Default: /usr/share/wordnet.
  std::string wordnet_dir = "/usr/share/wordnet";
  // Analyse articles detected as not English anyway. Default false: they
  // pass through with `language` set and a warning.
  bool analyse_any_language = false;
};

class Pipeline {
 public:
  // Loads every resource the requested stages need. Returns an error naming
  // the file and line of a broken lexicon or data file.
  static Result<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options);

  // Names of every analysis stage in pipeline order.
  static std::vector<std::string> AllStageNames();

  virtual ~Pipeline() = default;

  // Analyses one article. A bad article (empty, binary, unparseable) gives an
  // error Status naming the input; problems the pipeline could repair
  // (invalid UTF-8, ...) are listed in Document::warnings instead.
  // Thread-safe.
  virtual Result<Document> Analyze(const ArticleInput& input) const = 0;

  // Identifies the dictionaries in use (hash of built-in and user files), for
  // the record's `engine.lexicon`.
  virtual const std::string& lexicon_id() const = 0;

  // The stages that run, in order.
  virtual std::vector<std::string> stage_names() const = 0;
};

// The engine's version string ("0.1.0").
std::string_view Version();

}  // namespace newsmill

#endif  // NEWSMILL_PIPELINE_H_
