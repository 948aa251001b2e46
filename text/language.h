// Language identification, good enough to tell English news from the rest.
//
// Non-Latin scripts are recognised by their letters (Cyrillic -> ru or uk,
// Arabic, Hebrew, Greek, Devanagari, Thai, Han/kana/Hangul -> zh/ja/ko);
// Latin-script text by the share of each language's function words
// (data/text/stopwords.tsv). Short texts with too little evidence count as
// English.
//
// Thread safety: pure function.
#ifndef NEWSMILL_TEXT_LANGUAGE_H_
#define NEWSMILL_TEXT_LANGUAGE_H_

#include <string>
#include <string_view>
#include <vector>

#include "newsmill/document.h"
#include "text/text_rules.h"

namespace newsmill {

// Returns a BCP 47 code ("en", "de", "ru", ...) for the document's text,
// using its tokens.
std::string DetectLanguage(const TextRules& rules, std::string_view text,
                           const std::vector<Token>& tokens);

}  // namespace newsmill

#endif  // NEWSMILL_TEXT_LANGUAGE_H_
