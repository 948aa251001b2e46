// A small fallback that guesses the tense governing a time expression from
// the words of its sentence, for when the syntax layer (Clause::tense) has
// not run.
//
// The idea: a time expression modifies the verb of its own clause. The
// sentence is cut into segments at clause boundaries (commas, "that",
// "which", "and", quotation marks, ...). In the expression's segment, a
// future auxiliary (will, would, 'll, plans) wins over a past form (said,
// had, -ed), which wins over a present one (is, says): "will be held
// Monday" is future although "held" looks past. When the segment has no
// verb ("On Monday, officials said ..."), the nearest marker in the
// sentence decides. The markers are listed in data/time/tense.tsv.
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
