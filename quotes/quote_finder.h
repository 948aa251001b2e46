// The quotes stage: who said what, and according to whom.
//
// Direct quotations come from the text layer's paired quotation marks; an
// attribution is looked for around each one, in this order:
//   1. after the closing mark, in the same sentence:  "...," Putin said. /
//      "...," said Putin, the Kremlin spokesman. / "...," he added.
//   2. before the opening mark, in the same sentence:  Putin said: "..." /
//      as Secretary of State Antony Blinken felt, "..."
//   3. none: a quotation that follows an attributed one in the same
//      paragraph, or opens a paragraph after one, continues its speaker
//      ("...," he said. "..."); pieces of a quotation that runs over several
//      paragraphs share the speaker of the piece that has one.
// Very short unattributed quotations (scare quotes, titles) are not speech
// and are left out.
//
// Indirect quotations come from cue verbs outside quotation marks:
//   X said (that) ... / X told reporters (that) ... / X accused Y of ... /
//   X urged Y to ... / ..., X said. / ..., said X. / according to X, ... /
//   ..., according to X.
// Reported content that contains a quoted fragment is `mixed`. The content
// ends at the sentence end, or before ", according to ...", or before a
// comma and a conjunction that starts another clause (", although ...").
//
// Speakers are the noun phrase before the cue (or after an inverted cue),
// read with the syntax layer's parts of speech when it ran; they are linked
// to the entity whose mention they contain (pronouns and role nouns through
// the entities stage's coreference). A speaker that is a news outlet ("The
// Hill reported", "according to the Associated Press") becomes the quote's
// `source` and is listed in Document::cited_outlets; the quote then keeps
// the speaker of the quotation it continues, if any.
//
// Thread safety: the stage is immutable after creation.
#ifndef NEWSMILL_QUOTES_QUOTE_FINDER_H_
#define NEWSMILL_QUOTES_QUOTE_FINDER_H_

#include <memory>

#include "newsmill/stage.h"
#include "pipeline/resources.h"

namespace newsmill {

Result<std::unique_ptr<Stage>> NewQuoteStage(const Resources& resources);

}  // namespace newsmill

#endif  // NEWSMILL_QUOTES_QUOTE_FINDER_H_
