#include "text/text_stage.h"

namespace newsmill {
namespace {

class TextStage : public Stage {
 public:
  std::string_view name() const override { return "text"; }
  Status Annotate(Document& doc) const override {
    doc.language = "en";
    doc.analysed = !doc.text.empty();
    return Status::Ok();
  }
};

}  // namespace

Result<std::unique_ptr<Stage>> NewTextStage(const Resources& resources) {
  return std::unique_ptr<Stage>(new TextStage());
}

}  // namespace newsmill
