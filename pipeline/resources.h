// Resources: the read-only data that stages share (lexicons, models),
// loaded once by Pipeline::Create and used by every thread.
#ifndef NEWSMILL_PIPELINE_RESOURCES_H_
#define NEWSMILL_PIPELINE_RESOURCES_H_

#include <memory>
#include <string>

#include "lexicon/lexicon.h"
#include "newsmill/pipeline.h"

namespace newsmill {

namespace syntax {
struct SyntaxResources;
}
struct EventsData;

struct Resources {
  PipelineOptions options;
  // The built-in lexicon plus PipelineOptions::lexicon_dirs (lexicon/lexicon.h):
  // actors, agents and name cues for the entities, quotes and events stages.
  std::shared_ptr<const Lexicon> lexicon;
  // Identifies the data in use (a hash of the embedded data and user
  // lexicon files), for the record's engine.lexicon.
  std::string lexicon_id;
  // The syntax layer's models and word lists (syntax/syntax_stage.h);
  // loaded when a stage that needs them is requested, else null.
  std::shared_ptr<const syntax::SyntaxResources> syntax;
  // The events stage's codebook, frames and verbs (events/events_stage.h);
  // loaded by Pipeline::Create when the stage is requested, else null (the
  // stage then loads them itself).
  std::shared_ptr<const EventsData> events;
};

}  // namespace newsmill

#endif  // NEWSMILL_PIPELINE_RESOURCES_H_
