// Quantities: counted or measured amounts in a sentence ("approximately
// 100,000 troops", "$40 billion", "1.5 million barrels", "three dozen
// people", "between 10 and 20 percent", "10-20 soldiers").
//
// The idea: a number (digits, words, or digits with a multiplier: "1.5
// million", "$40bn") is the core; before it an approximator ("about",
// "nearly", "more than", "up to", "some") and a currency sign; after it the
// upper end of a range ("and 20", "to 20", "-20") and a unit: a currency
// word, percent, or a counted noun from data/time/units.tsv found within
// the next three words ("100,000 Russian troops"), else a plural noun right
// after the number. Numbers inside time expressions ("Feb. 1", "10 years")
// are not quantities; neither are parts of names and codes ("COVID-19",
// "No. 10") nor number words without a unit ("one of them").
//
//   FindQuantities(text, scratch, grammar, &doc.quantities);
//
// Thread safety: pure function.
#ifndef NEWSMILL_TIME_QUANTITY_H_
#define NEWSMILL_TIME_QUANTITY_H_

#include <string_view>
#include <vector>

#include "newsmill/document.h"
#include "time/time_grammar.h"
#include "time/time_tagger.h"

namespace newsmill {

// Appends the quantities of one scanned sentence (s from TimeTagger::Scan).
void FindQuantities(std::string_view text, const TimeScratch& s,
                    const TimeGrammar& grammar, std::vector<Quantity>* out);

}  // namespace newsmill

#endif  // NEWSMILL_TIME_QUANTITY_H_
