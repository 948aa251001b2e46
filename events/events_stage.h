// The events stage: CAMEO-coded events (with Goldstein values and PLOVER
// types) for every clause that reports an interaction between actors. See
// events/event_coder.h for how a clause is coded, docs/events.md for the
// lexicon formats.
//
// It loads the codebook, the frame tables and the verb lexicon (built in,
// plus the PETRARCH verb dictionaries found in PipelineOptions::lexicon_dirs)
// once, in NewEventsStage.
//
// Thread safety: the stage is immutable after creation.
#ifndef NEWSMILL_EVENTS_EVENTS_STAGE_H_
#define NEWSMILL_EVENTS_EVENTS_STAGE_H_

#include <memory>

#include "newsmill/stage.h"
#include "pipeline/resources.h"

namespace newsmill {

Result<std::unique_ptr<Stage>> NewEventsStage(const Resources& resources);

}  // namespace newsmill

#endif  // NEWSMILL_EVENTS_EVENTS_STAGE_H_
