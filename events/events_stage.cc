#include "events/events_stage.h"

#include "events/clause_builder.h"
#include "events/codebook.h"
#include "events/event_coder.h"
#include "events/frames.h"
#include "events/verb_lexicon.h"
#include "lexicon/lexicon.h"

namespace newsmill {
namespace {

class EventsStage : public Stage {
 public:
  std::string_view name() const override { return "events"; }

  Status Init(const Resources& resources) {
    auto book = Codebook::Load(resources.options.data_dir);
    if (!book.ok()) return book.status();
    codebook_ = std::move(book.value());
    auto frames = FrameTable::Load(resources.options.data_dir);
    if (!frames.ok()) return frames.status();
    frames_ = std::move(frames.value());
    VerbLexiconOptions vo;
    vo.data_dir = resources.options.data_dir;
    vo.user_dirs = resources.options.lexicon_dirs;
    auto verbs = VerbLexicon::Load(vo);
    if (!verbs.ok()) return verbs.status();
    verbs_ = std::move(verbs.value());
    CoderResources cr;
    cr.verbs = verbs_.get();
    cr.codebook = codebook_.get();
    cr.frames = frames_.get();
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
  std::unique_ptr<Codebook> codebook_;
  std::unique_ptr<FrameTable> frames_;
  std::unique_ptr<VerbLexicon> verbs_;
  std::unique_ptr<EventCoder> coder_;
};

}  // namespace

Result<std::unique_ptr<Stage>> NewEventsStage(const Resources& resources) {
  auto stage = std::make_unique<EventsStage>();
  NEWSMILL_RETURN_IF_ERROR(stage->Init(resources));
  return std::unique_ptr<Stage>(std::move(stage));
}

}  // namespace newsmill
