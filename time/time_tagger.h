// TimeTagger: finds the time expressions of a sentence and resolves them to
// TIMEX3 values: scanner (time_scanner.h) -> rules (time_grammar.h) ->
// tense (Clause::tense, else tense_guess.h) -> normaliser
// (timex_normalizer.h).
//
// It works on plain strings, so it can be tested and used without the rest
// of the pipeline:
//
//   auto tagger = TimeTagger::Create("");           // embedded data/time files
//   std::vector<TimeExpr> t = (*tagger)->TagText(
//       "Lavrov and Blinken spoke Tuesday.", "2022-02-01");
//   // t[0]: "Tuesday", DATE, "2022-02-01"
//
// The times stage calls Scan and Resolve per sentence, carrying a
// TimexContext (the DCT and the last date mentioned) through the document.
//
// Thread safety: immutable after Create; use one TimeScratch per thread.
#ifndef NEWSMILL_TIME_TIME_TAGGER_H_
#define NEWSMILL_TIME_TIME_TAGGER_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "newsmill/document.h"
#include "time/time_grammar.h"
#include "time/timex_normalizer.h"

namespace newsmill {

// The scanned tokens and rule matches of one sentence.
struct TimeScratch {
  std::vector<TimeToken> toks;
  std::vector<TimeMatch> matches;
};

// Returns the tense of the clause that governs a byte span of the text, or
// Tense::kNone when it does not know (the tagger then guesses from words);
// sets *past_perfect when that clause is in the past perfect ("had not
// called him a suspect until Thursday": a past Thursday).
using TenseLookup = std::function<Tense(const Span&, bool* past_perfect)>;

class TimeTagger {
 public:
  // Loads data/time (see TimeGrammar::Create). Errors name file and line.
  static Result<std::unique_ptr<TimeTagger>> Create(const std::string& data_dir);

  const TimeGrammar& grammar() const { return *grammar_; }

  // Scans text[sentence] and matches the rules; replaces *s. A sentence
  // that can have neither a match nor a quantity (no digit, no trigger
  // word: TimeGrammar::MayHaveMatches) is not scanned and leaves *s empty.
  void Scan(std::string_view text, const Span& sentence, TimeScratch* s) const;

  // Resolves the matches of s (a sentence scanned by Scan) against ctx and
  // appends them to *out with `sentence` set; dropped matches (rules with
  // val=NONE, impossible dates) are skipped. Updates ctx->ref with each date
  // resolved. tense may be null.
  void Resolve(std::string_view text, const TimeScratch& s,
               uint32_t sentence, const TenseLookup* tense,
               TimexContext* ctx, std::vector<TimeExpr>* out) const;

  // Tags text as one sentence. dct: ISO date, or "" for none. tense: the
  // tense to assume, or nullopt to guess it from the words.
  std::vector<TimeExpr> TagText(std::string_view text, std::string_view dct,
                                std::optional<Tense> tense = std::nullopt) const;

 private:
  TimeTagger() = default;
  // After m, resolved as the last of *out: "and 25" in "April 24 and 25".
  void AddCoordinatedDay(std::string_view text, const TimeScratch& s, const TimeMatch& m,
                         uint32_t sentence, std::vector<TimeExpr>* out) const;
  std::unique_ptr<TimeGrammar> grammar_;
  // Entry ids of words Resolve compares with (-1: not in the vocabulary).
  int32_t as_ = -1, soon_ = -1, possessive_ = -1, the_ = -1;
};

}  // namespace newsmill

#endif  // NEWSMILL_TIME_TIME_TAGGER_H_
