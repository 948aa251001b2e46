// Boilerplate lines in plain text: page furniture that crawlers leave in
// article text ("Advertisement", newsletter boxes, consent lines, share and
// follow prompts, "Read more: ..." links).
//
// A line is furniture when (1) it consists of nothing but a furniture word
// or phrase ("Advertisement", "Related articles"), or (2) it is short, opens
// with an imperative call to action ("sign up", "follow us", "read more",
// "by submitting", "©") and does not report speech, or (3) it speaks in the
// first person of consenting ("I agree to", "I have read"). Quoted speech
// and long lines are never furniture. The cue phrases live in
// data/text/boilerplate.tsv; they are evidence of a kind of line, not the
// sentences themselves.
//
// Thread safety: pure function.
#ifndef NEWSMILL_TEXT_BOILERPLATE_H_
#define NEWSMILL_TEXT_BOILERPLATE_H_

#include <string_view>

#include "text/text_rules.h"

namespace newsmill {

bool IsBoilerplateLine(const TextRules& rules, std::string_view line);

}  // namespace newsmill

#endif  // NEWSMILL_TEXT_BOILERPLATE_H_
