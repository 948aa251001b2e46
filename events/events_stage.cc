#include "events/events_stage.h"

#include "events/clause_builder.h"
#include "events/codebook.h"
#include "events/event_coder.h"
#include "events/frames.h"
#include "events/verb_lexicon.h"
#include "lexicon/lexicon.h"

namespace newsmill {

EventsData::~EventsData() = default;

Result<std::shared_ptr<const EventsData>> LoadEventsData(
    const PipelineOptions& options) {
  auto data = std::make_shared<EventsData>();
  auto book = Codebook::Load(options.data_dir);
  if (!book.ok()) return book.status();
  data->codebook = std::move(book.value());
  auto frames = FrameTable::Load(options.data_dir);
  if (!frames.ok()) return frames.status();
  data->frames = std::move(frames.value());
  VerbLexiconOptions vo;
  vo.data_dir = options.data_dir;
  vo.user_dirs = options.lexicon_dirs;
  auto verbs = VerbLexicon::Load(vo);
  if (!verbs.ok()) return verbs.status();
  data->verbs = std::move(verbs.value());
  return std::shared_ptr<const EventsData>(std::move(data));
}

namespace {

class EventsStage : public Stage {
 public:
  std::string_view name() const override { return "events"; }

  Status Init(const Resources& resources) {
    data_ = resources.events;
    if (data_ == nullptr) {
      auto loaded = LoadEventsData(resources.options);
      if (!loaded.ok()) return loaded.status();
      data_ = std::move(loaded.value());
    }
    CoderResources cr;
    cr.verbs = data_->verbs.get();
    cr.codebook = data_->codebook.get();
    cr.frames = data_->frames.get();
    // Agent nouns ("troops", "police", "officials") and their sectors come
    // from the shared lexicon (built-in agents plus --lexicon agents files).
    if (resources.lexicon) {
      std::shared_ptr<const Lexicon> lexicon = resources.lexicon;
      cr.agent_sector = [lexicon](std::string_view noun) -> std::string {
        const Agent* a = lexicon->FindAgent(noun);
        return a && !a->prefix ? a->sector : std::string();
      };
    }
    coder_ = std::make_unique<EventCoder>(cr);
    return Status::Ok();
  }

  Status Annotate(Document& doc) const override {
    // A tree without clauses (another parser's): read the clauses off it.
    BuildClausesFromTree(doc);
    coder_->Code(doc);
    return Status::Ok();
  }

 private:
  std::shared_ptr<const EventsData> data_;
  std::unique_ptr<EventCoder> coder_;
};

}  // namespace

Result<std::unique_ptr<Stage>> NewEventsStage(const Resources& resources) {
  auto stage = std::make_unique<EventsStage>();
  NEWSMILL_RETURN_IF_ERROR(stage->Init(resources));
  return std::unique_ptr<Stage>(std::move(stage));
}

}  // namespace newsmill
