// Resources: the read-only data that stages share (lexicons, models),
// loaded once by Pipeline::Create and used by every thread.
#ifndef NEWSMILL_PIPELINE_RESOURCES_H_
#define NEWSMILL_PIPELINE_RESOURCES_H_

#include <memory>
#include <string>

#include "newsmill/pipeline.h"

namespace newsmill {

struct Resources {
  PipelineOptions options;
  // Identifies the data in use (a hash of the embedded data and user
  // lexicon files), for the record's engine.lexicon.
  std::string lexicon_id;
};

}  // namespace newsmill

#endif  // NEWSMILL_PIPELINE_RESOURCES_H_
