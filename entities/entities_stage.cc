#include "entities/entities_stage.h"

#include "entities/entity_finder.h"

namespace newsmill {
namespace {

class EntitiesStage : public Stage {
 public:
  explicit EntitiesStage(std::shared_ptr<const Lexicon> lexicon)
      : lexicon_(std::move(lexicon)), finder_(*lexicon_) {}

  std::string_view name() const override { return "entities"; }

  Status Annotate(Document& doc) const override {
    finder_.Annotate(doc);
    return Status::Ok();
  }

 private:
  std::shared_ptr<const Lexicon> lexicon_;
  EntityFinder finder_;
};

}  // namespace

Result<std::unique_ptr<Stage>> NewEntitiesStage(const Resources& resources) {
  if (resources.lexicon == nullptr) {
    return Status::Internal("entities stage: the lexicon was not loaded");
  }
  return std::unique_ptr<Stage>(new EntitiesStage(resources.lexicon));
}

}  // namespace newsmill
