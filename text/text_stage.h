// The text layer as a pipeline stage: cleans the article text (UTF-8 repair,
// line endings, boilerplate lines), splits paragraphs, tokens and sentences,
// pairs quotation marks and detects the language. Always runs first.
#ifndef NEWSMILL_TEXT_TEXT_STAGE_H_
#define NEWSMILL_TEXT_TEXT_STAGE_H_

#include <memory>

#include "newsmill/stage.h"
#include "pipeline/resources.h"

namespace newsmill {

Result<std::unique_ptr<Stage>> NewTextStage(const Resources& resources);

}  // namespace newsmill

#endif  // NEWSMILL_TEXT_TEXT_STAGE_H_
