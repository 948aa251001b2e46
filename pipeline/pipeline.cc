// The pipeline: input -> (HTML extraction) -> text layer -> analysis stages.
//
// Create() loads the shared resources and builds the requested stages in
// pipeline order, adding the stages they depend on. Analyze() is const and
// thread-safe: every call works on its own Document.
#include "newsmill/pipeline.h"

#include <algorithm>
#include <cstdio>
#include <future>

#include "base/date.h"
#include "base/embedded_data.h"
#include "entities/entities_stage.h"
#include "events/events_stage.h"
#include "html/extractor.h"
#include "pipeline/resources.h"
#include "quotes/quote_finder.h"
#include "syntax/syntax_stage.h"
#include "text/text_stage.h"
#include "time/times_stage.h"

namespace newsmill {
namespace {

using StageFactory = Result<std::unique_ptr<Stage>> (*)(const Resources&);
// Loads shared resources a stage needs into Resources (null: none).
using ResourceLoader = Status (*)(Resources&);

struct StageSpec {
  std::string_view name;
  std::vector<std::string_view> needs;
  StageFactory create;
  ResourceLoader load = nullptr;
};

Status LoadSyntax(Resources& r) {
  if (r.syntax != nullptr) return Status::Ok();
  auto loaded = syntax::LoadSyntaxResources(r.options);
  if (!loaded.ok()) return loaded.status();
  r.syntax = std::move(loaded.value());
  return Status::Ok();
}

// Analysis stages in pipeline order. The text layer is not listed: it always
// runs first.
const std::vector<StageSpec>& Specs() {
  static const std::vector<StageSpec> specs = {
      {"syntax", {}, &NewSyntaxStage, &LoadSyntax},
      {"entities", {}, &NewEntitiesStage},
      {"quotes", {}, &NewQuoteStage},
      // Works without entities and syntax; uses them when they ran.
      {"times", {}, &NewTimesStage},
      {"events", {"syntax", "entities", "quotes", "times"}, &NewEventsStage},
  };
  return specs;
}

uint64_t Fnv1a(std::string_view s, uint64_t h) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

class PipelineImpl : public Pipeline {
 public:
  Status Init(const PipelineOptions& options) {
    resources_.options = options;
    if (!options.published.empty() && !ParseIsoDate(options.published)) {
      return Status::InvalidArgument("--published: '" + options.published +
                                     "' is not an ISO date (YYYY-MM-DD)");
    }
    if (!options.reference_date.empty() &&
        !ParseIsoDate(options.reference_date)) {
      return Status::InvalidArgument("--reference-date: '" +
                                     options.reference_date +
                                     "' is not an ISO date (YYYY-MM-DD)");
    }

    // Resolve the requested stages and their dependencies.
    std::vector<std::string_view> wanted;
    for (const std::string& s : options.stages) {
      if (s == "text") continue;
      auto it = std::find_if(Specs().begin(), Specs().end(),
                             [&](const StageSpec& sp) { return sp.name == s; });
      if (it == Specs().end()) {
        std::string all;
        for (const std::string& n : AllStageNames()) all += " " + n;
        return Status::InvalidArgument("unknown stage '" + s +
                                       "'; stages are:" + all);
      }
      wanted.push_back(it->name);
    }
    bool all = options.stages.empty();
    // Dependencies come earlier in Specs(), so one backwards pass closes them.
    for (auto it = Specs().rbegin(); it != Specs().rend(); ++it) {
      if (std::find(wanted.begin(), wanted.end(), it->name) == wanted.end())
        continue;
      for (std::string_view n : it->needs)
        if (std::find(wanted.begin(), wanted.end(), n) == wanted.end())
          wanted.push_back(n);
    }
    auto is_wanted = [&](std::string_view name) {
      return all || std::find(wanted.begin(), wanted.end(), name) != wanted.end();
    };
    // The parser's model loads on a second thread while this one loads the
    // lexicon: start-up is bound by the slowest, not the sum.
    std::future<Result<std::shared_ptr<const syntax::SyntaxResources>>> syntax_future;
    if (is_wanted("syntax")) {
      syntax_future = std::async(std::launch::async, [options] {
        return syntax::LoadSyntaxResources(options);
      });
    }
    // So do the events stage's codebook, frames and verb dictionaries.
    std::future<Result<std::shared_ptr<const EventsData>>> events_future;
    if (is_wanted("events")) {
      events_future = std::async(std::launch::async,
                                 [options] { return LoadEventsData(options); });
    }
    // The lexicon id covers every embedded data file and the user's
    // dictionaries, so that a record says which data made it.
    // (The embedded files' part is computed at build time.)
    uint64_t h = EmbeddedDataHash();
    for (const std::string& dir : options.lexicon_dirs) h = Fnv1a(dir, h);
    char buf[32];
    std::snprintf(buf, sizeof buf, "builtin-%012llx",
                  static_cast<unsigned long long>(h & 0xffffffffffffULL));
    resources_.lexicon_id = buf;
    // The lexicon (built-in data plus --lexicon directories), shared by
    // every stage that codes actors.
    LexiconOptions lexicon_options;
    lexicon_options.data_dir = options.data_dir;
    lexicon_options.user_dirs = options.lexicon_dirs;
    auto lexicon = Lexicon::Load(lexicon_options);
    if (!lexicon.ok()) return lexicon.status();
    resources_.lexicon = std::shared_ptr<const Lexicon>(std::move(lexicon.value()));

    auto extractor = ArticleExtractor::Create(options.data_dir);
    if (!extractor.ok()) return extractor.status();
    extractor_ = std::move(extractor.value());

    auto text = NewTextStage(resources_);
    if (!text.ok()) return text.status();
    stages_.push_back(std::move(text.value()));
    for (const StageSpec& spec : Specs()) {
      if (!all && std::find(wanted.begin(), wanted.end(), spec.name) ==
                      wanted.end())
        continue;
      if (spec.name == "syntax" && syntax_future.valid()) {
        auto loaded = syntax_future.get();
        if (!loaded.ok()) return loaded.status();
        resources_.syntax = std::move(loaded.value());
      }
      if (spec.name == "events" && events_future.valid()) {
        auto loaded = events_future.get();
        if (!loaded.ok()) return loaded.status();
        resources_.events = std::move(loaded.value());
      }
      if (spec.load != nullptr) NEWSMILL_RETURN_IF_ERROR(spec.load(resources_));
      auto stage = spec.create(resources_);
      if (!stage.ok()) return stage.status();
      stages_.push_back(std::move(stage.value()));
    }
    return Status::Ok();
  }

  Result<Document> Analyze(const ArticleInput& input) const override {
    Document doc;
    doc.id = input.id.empty() ? input.origin : input.id;
    doc.url = input.url;
    doc.title = input.title;
    doc.outlet = input.outlet;
    doc.authors = input.authors;
    doc.warnings = input.warnings;
    if (!input.published.empty()) {
      if (ParseIsoDate(input.published)) {
        doc.published = input.published;
        doc.published_from = PublishedFrom::kInput;
      } else {
        doc.warnings.push_back("published: '" + input.published +
                               "' is not an ISO 8601 date; ignored");
      }
    }
    if (!input.html.empty()) {
      ExtractOptions html_options;
      html_options.url = input.url;
      auto page = extractor_->Extract(input.html, html_options);
      if (!page.ok()) {
        return Status(page.status().code(),
                      doc.id + ": " + page.status().message());
      }
      // The page's metadata fills what the input did not give.
      doc.text = std::move(page->text);
      if (doc.title.empty()) doc.title = std::move(page->title);
      if (doc.authors.empty()) doc.authors = std::move(page->authors);
      if (doc.outlet.empty()) doc.outlet = std::move(page->outlet);
      if (doc.url.empty()) doc.url = std::move(page->url);
      if (doc.language.empty()) doc.language = std::move(page->language);
      if (doc.published.empty() && !page->published.empty()) {
        doc.published = std::move(page->published);
        doc.published_from = PublishedFrom::kMetadata;
      }
      for (std::string& w : page->warnings) doc.warnings.push_back(std::move(w));
    } else {
      doc.text = input.text;
    }
    if (doc.published.empty() && !resources_.options.published.empty()) {
      doc.published = resources_.options.published;
      doc.published_from = PublishedFrom::kInput;
    }
    for (const auto& stage : stages_) {
      Status st = stage->Annotate(doc);
      if (!st.ok()) {
        return Status(st.code(), doc.id + ": " + std::string(stage->name()) +
                                     ": " + st.message());
      }
      if (!doc.analysed) break;  // not English, or nothing to analyse
    }
    return doc;
  }

  const std::string& lexicon_id() const override {
    return resources_.lexicon_id;
  }

  std::vector<std::string> stage_names() const override {
    std::vector<std::string> names;
    for (const auto& s : stages_) names.emplace_back(s->name());
    return names;
  }

 private:
  Resources resources_;
  std::vector<std::unique_ptr<Stage>> stages_;
  std::unique_ptr<ArticleExtractor> extractor_;  // web pages
};

}  // namespace

std::vector<std::string> Pipeline::AllStageNames() {
  std::vector<std::string> names = {"text"};
  for (const StageSpec& s : Specs()) names.emplace_back(s.name);
  return names;
}

Result<std::unique_ptr<Pipeline>> Pipeline::Create(
    const PipelineOptions& options) {
  auto p = std::make_unique<PipelineImpl>();
  Status st = p->Init(options);
  if (!st.ok()) return st;
  return std::unique_ptr<Pipeline>(std::move(p));
}

std::string_view Version() { return NEWSMILL_VERSION; }

}  // namespace newsmill
