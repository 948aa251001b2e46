// Quotation-mark pairing.
//
// The tokenizer makes every quotation character a kQuoteMark token; this
// pass decides, paragraph by paragraph, which open a quotation, which close
// one and which are apostrophes (those become kPunct), and records each
// paired stretch as a QuotedSpan.
//
// The idea: curly marks say their direction (“ opens, ” closes), straight
// ones are read from the space around them ("␣x opens, x"␣ closes), and a
// stack pairs a closing mark with the nearest open mark of the same kind
// (single marks nest inside double ones). A closing single mark with no
// open single quotation is an apostrophe (allies’ demands). A double
// quotation still open at the end of a paragraph runs on when the next
// paragraph opens with a quotation mark (the news convention for quotes
// over several paragraphs); each paragraph then gets its own QuotedSpan,
// sharing a group. Tokens inside get Token::kInQuote.
//
// Thread safety: works on the Document it is given.
#ifndef NEWSMILL_TEXT_QUOTE_PAIRING_H_
#define NEWSMILL_TEXT_QUOTE_PAIRING_H_

#include <cstdint>
#include <string>
#include <vector>

#include "newsmill/document.h"

namespace newsmill {

// Carries a quotation that may run on from one paragraph to the next.
struct QuotePairingState {
  int32_t run_on_group = -1;  // group of a quotation left open, or -1
  int32_t next_group = 0;
  int unbalanced = 0;         // open marks that found no partner
};

// Pairs the quotation marks among doc->tokens[token_begin, token_end), one
// paragraph, appending to doc->quoted and setting token flags and kinds.
void PairQuotes(Document* doc, uint32_t token_begin, uint32_t token_end,
                QuotePairingState* state);

}  // namespace newsmill

#endif  // NEWSMILL_TEXT_QUOTE_PAIRING_H_
