// Tokenizer: splits a paragraph of cleaned text into tokens, following the
// Universal Dependencies English conventions that the syntax layer was
// trained on:
//   - punctuation is split off, except periods that belong to an
//     abbreviation or initial ("Feb.", "U.S.", "J.") and inner separators
//     of numbers ("100,000", "1.5", "15:00", "02/01/2022");
//   - clitics are tokens of their own: "Russia’s" -> Russia ’s,
//     "don't" -> do n't, "cannot" -> can not, "gonna" -> gon na;
//   - hyphens between words are tokens ("well-known" -> well - known) except
//     after a listed prefix ("non-profit", "re-elected") and in codes
//     ("F-16", "COVID-19") and ISO dates;
//   - URLs, e-mail addresses, #hashtags and @handles stay whole;
//   - every quotation mark is a token (kQuoteMark); text/quote_pairing
//     decides later which are quotation marks and which apostrophes.
//
//   std::vector<Token> tokens;
//   Tokenize(rules, text, Span{0, (uint32_t)text.size()}, &tokens);
//
// Thread safety: pure function of its arguments.
#ifndef NEWSMILL_TEXT_TOKENIZER_H_
#define NEWSMILL_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "newsmill/document.h"
#include "text/text_rules.h"

namespace newsmill {

// Appends the tokens of text[range.begin, range.end) to *out. The first
// token gets kSpaceBefore (a paragraph start counts as white space).
void Tokenize(const TextRules& rules, std::string_view text, Span range,
              std::vector<Token>* out);

}  // namespace newsmill

#endif  // NEWSMILL_TEXT_TOKENIZER_H_
