// A small fallback that guesses the tense governing a time expression from
// the words of its sentence, for when the syntax layer (Clause::tense) has
// not run.
//
// The idea: a time expression modifies the verb of its own clause, usually
// the nearest one. The sentence is cut into segments at clause boundaries
// (commas, "that", "which", "and", quotation marks, ...); the marker nearest
// to the expression in its segment decides ("Bush on Tuesday said the U.S.
// may ..." is past), else the nearest in the sentence ("On Monday, officials
// said ..."). A verb form within three words after a future auxiliary is
// future ("will be held Monday", "may have met"). The markers (will, may,
// said, had, is, ...) are listed in data/time/tense.tsv; regular -ed forms
// are recognised by their ending.
//
//   Tense t = GuessTense(toks, match.tok_begin, match.tok_end, text);
//
// Thread safety: pure function.
#ifndef NEWSMILL_TIME_TENSE_GUESS_H_
#define NEWSMILL_TIME_TENSE_GUESS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "newsmill/document.h"
#include "time/time_scanner.h"

namespace newsmill {

// toks: the scanned tokens of one sentence; [b, e): the expression.
Tense GuessTense(const std::vector<TimeToken>& toks, uint32_t b, uint32_t e,
                 std::string_view text);

}  // namespace newsmill

#endif  // NEWSMILL_TIME_TENSE_GUESS_H_
