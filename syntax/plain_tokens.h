// A plain tokenizer for tests and tools: splits text the way GUM and the
// text layer do (punctuation apart, "n't" and possessive "'s" apart, hyphens
// between words apart), one sentence per line. The pipeline uses the text
// layer (text/) instead; this exists so that the syntax layer can be tested
// and tried on its own.
//
//   Document doc = PlainDocument("Putin said that talks would continue.\n");
//
// Thread safety: a pure function.
#ifndef NEWSMILL_SYNTAX_PLAIN_TOKENS_H_
#define NEWSMILL_SYNTAX_PLAIN_TOKENS_H_

#include <string_view>

#include "newsmill/document.h"

namespace newsmill::syntax {

// A Document with text, one sentence per non-empty line, tokens with kinds
// and flags (kInQuote between straight or curly double quotes).
Document PlainDocument(std::string_view text);

}  // namespace newsmill::syntax

#endif  // NEWSMILL_SYNTAX_PLAIN_TOKENS_H_
