// CodePhrase: the CAMEO actor code of any noun phrase, for the events stage
// (sources and targets) and the quotes stage (speakers without a name).
//
//   PhraseCode c = CodePhrase(lexicon, doc, np.token_begin, np.token_end);
//   // "Russian President Vladimir Putin" -> RUSGOV (the entity's code)
//   // "Russian soldiers"                 -> RUSMIL (country + agent sector)
//   // "the Kremlin spokesman"            -> RUSGOV (institution's code)
//   // "Ukrainian protesters"             -> UKROPP
//   // "the U.S."                         -> USA
//
// REQUIRES: the entities stage ran on doc (its mentions are used).
// Thread safety: a pure function of its arguments.
#ifndef NEWSMILL_ENTITIES_ACTOR_CODE_H_
#define NEWSMILL_ENTITIES_ACTOR_CODE_H_

#include <string>

#include "lexicon/lexicon.h"
#include "newsmill/document.h"

namespace newsmill {

struct PhraseCode {
  std::string code;     // CAMEO actor code, "" if the phrase names no actor
  std::string country;  // ISO alpha-3 part, "" if none
  int32_t entity = -1;  // the entity the phrase refers to, if any
};

// Codes doc.tokens[token_begin, token_end). A mention of a person,
// organisation, country or place that ends the phrase (its head) gives that
// entity's code; otherwise the last role noun of the phrase (an agent:
// "soldiers", "government", "police") gives its sector, joined to the code
// of the country or organisation that modifies it ("Russian", "NATO").
// Dated codes use Document::published when known.
PhraseCode CodePhrase(const Lexicon& lexicon, const Document& doc,
                      uint32_t token_begin, uint32_t token_end);

}  // namespace newsmill

#endif  // NEWSMILL_ENTITIES_ACTOR_CODE_H_
