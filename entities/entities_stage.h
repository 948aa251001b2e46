// The entities stage: mentions and entities (people, organisations,
// countries, places, groups) with CAMEO codes; see entities/entity_finder.cc.
// Needs the text layer; uses the built-in lexicon plus the user's
// dictionaries (Resources::lexicon).
#ifndef NEWSMILL_ENTITIES_ENTITIES_STAGE_H_
#define NEWSMILL_ENTITIES_ENTITIES_STAGE_H_

#include <memory>

#include "newsmill/stage.h"
#include "pipeline/resources.h"

namespace newsmill {

Result<std::unique_ptr<Stage>> NewEntitiesStage(const Resources& resources);

}  // namespace newsmill

#endif  // NEWSMILL_ENTITIES_ENTITIES_STAGE_H_
