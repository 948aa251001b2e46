// Sentence splitting for news text.
//
// Works on the tokens of one paragraph (a paragraph end always ends a
// sentence) after quotation marks are paired. A sentence may end after
// terminal punctuation (. ! ? … ...) or an abbreviation that can end one
// (Inc., U.S., Jr.); closing quotation marks and brackets that follow stay
// with it ("...home.” / ...now!”). Whether it does end depends on what
// comes next:
//   - after "." or "…": a capitalised word, a number, an opening quotation
//     mark or bracket starts a new sentence; a lower-case word does not;
//   - after "!" or "?": anything but a lower-case word (“Why?” he asked);
//   - after a title abbreviation (Mr. Sen. Lt. Col.): never;
//   - after No. Vol. Feb.: not before a number;
//   - after an initial (J. R. R. Tolkien) or a general abbreviation (U.S.
//     President ...): only before a typical sentence opener (The, He, But,
//     ...; data/text/sentence_openers.txt) or an opening quotation mark.
// Commas before a closing mark ("...right now,” The Hill reported) never
// end a sentence. Runaway sentences are cut at kMaxSentenceTokens.
//
// Thread safety: pure function of its arguments.
#ifndef NEWSMILL_TEXT_SENTENCE_SPLITTER_H_
#define NEWSMILL_TEXT_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <vector>

#include "newsmill/document.h"
#include "text/text_rules.h"

namespace newsmill {

inline constexpr uint32_t kMaxSentenceTokens = 400;

// Appends the sentences of tokens [token_begin, token_end) (one paragraph,
// index `paragraph`) to doc->sentences and sets kSentenceStart flags.
void SplitSentences(const TextRules& rules, Document* doc, uint32_t token_begin,
                    uint32_t token_end, uint32_t paragraph);

}  // namespace newsmill

#endif  // NEWSMILL_TEXT_SENTENCE_SPLITTER_H_
