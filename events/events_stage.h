// The events stage: CAMEO-coded events (with Goldstein values and PLOVER
// types) for every clause that reports an interaction between actors. See
// events/event_coder.h for how a clause is coded, docs/events.md for the
// lexicon formats.
//
// Its data are the codebook, the frame tables and the verb lexicon (built
// in, plus the PETRARCH verb dictionaries found in
// PipelineOptions::lexicon_dirs), loaded once: by Pipeline::Create on a
// thread of their own (Resources::events), else by NewEventsStage.
//
// Thread safety: the stage is immutable after creation.
#ifndef NEWSMILL_EVENTS_EVENTS_STAGE_H_
#define NEWSMILL_EVENTS_EVENTS_STAGE_H_

#include <memory>

#include "newsmill/stage.h"
#include "pipeline/resources.h"

namespace newsmill {

class Codebook;
class FrameTable;
class VerbLexicon;

struct EventsData {
  ~EventsData();
  std::unique_ptr<Codebook> codebook;
  std::unique_ptr<FrameTable> frames;
  std::unique_ptr<VerbLexicon> verbs;
};

// Loads the stage's data. Errors name the file (and line).
Result<std::shared_ptr<const EventsData>> LoadEventsData(
    const PipelineOptions& options);

// Uses resources.events when set, else loads the data itself.
Result<std::unique_ptr<Stage>> NewEventsStage(const Resources& resources);

}  // namespace newsmill

#endif  // NEWSMILL_EVENTS_EVENTS_STAGE_H_
