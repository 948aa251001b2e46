// Stage: one step of the analysis pipeline.
//
// A stage reads what earlier stages put into a Document and adds its own
// annotations. Stages are built once (with the shared read-only resources
// they need) and then used by many threads at once, so Annotate is const and
// must not modify the stage.
//
//   class MyStage : public newsmill::Stage {
//    public:
//     std::string_view name() const override { return "my-stage"; }
//     newsmill::Status Annotate(newsmill::Document& doc) const override;
//   };
#ifndef NEWSMILL_STAGE_H_
#define NEWSMILL_STAGE_H_

#include <string_view>

#include "base/status.h"
#include "newsmill/document.h"

namespace newsmill {

class Stage {
 public:
  virtual ~Stage() = default;
  virtual std::string_view name() const = 0;
  // Adds annotations to doc. An error means this document could not be
  // analysed by this stage; the pipeline reports it and drops the document.
  // Thread-safe.
  virtual Status Annotate(Document& doc) const = 0;
};

}  // namespace newsmill

#endif  // NEWSMILL_STAGE_H_
