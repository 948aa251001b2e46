// The "times" pipeline stage: fills Document::times and
// Document::quantities, and Document::published when the input had none
// and the text allows it (see published_date.h).
//
// It runs after the text layer (sentences; without them it splits the text
// itself), and uses the syntax layer's Clause::tense and the actors stage's
// dated entity roles when those stages ran; it works without them.
//
//   auto stage = NewTimesStage(resources);  // loads data/time once
//   Status st = (*stage)->Annotate(doc);
//
// Thread safety: Annotate is const and may run on many documents at once.
#ifndef NEWSMILL_TIME_TIMES_STAGE_H_
#define NEWSMILL_TIME_TIMES_STAGE_H_

#include <memory>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "newsmill/document.h"
#include "newsmill/stage.h"
#include "pipeline/resources.h"

namespace newsmill {

// Errors: a broken data/time file (file and line named), a malformed
// reference date.
Result<std::unique_ptr<Stage>> NewTimesStage(const Resources& resources);

// Sentence spans of text split at line breaks and at sentence-final
// punctuation followed by a capital letter: the stage's fallback when the
// text layer gave no sentences. Exposed for tests.
std::vector<Span> FallbackSentences(std::string_view text);

}  // namespace newsmill

#endif  // NEWSMILL_TIME_TIMES_STAGE_H_
