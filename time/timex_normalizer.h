// Resolution of a time expression's meaning (a TimexFrame from the rules) to
// a TIMEX3 value against the document creation time (DCT).
//
// The idea: a frame gives some calendar fields (year, month, day, weekday,
// quarter, season, part of day, clock time), or a shift of the anchor (the
// DCT, or for anaphora the last date the text mentioned) by some units, or a
// count of units (durations, "three days ago"). Missing fields are filled
// from the anchor, choosing the direction by the tense of the clause:
//   - "Monday" in a past-tense clause is the last Monday on or before the
//     DCT, in a future one the next on or after it; with no tense the
//     nearer of the two (ties go to the past: news mostly reports).
//   - "Feb. 1" or "December" without a year: the next one on or after the
//     DCT when the clause is future or a word before it points ahead
//     ("until", "by", "effective"), the last one on or before it after
//     "since"; in a past-tense clause the last one unless the next is four
//     times nearer (the clause's verb need not be the event's: "ruled he
//     must return by Jan. 14" written on Jan. 6); with no tense the nearer.
//     A weekday given with it ("Tuesday, Feb. 1") picks the year in which
//     the date falls on that weekday, nearest to the DCT.
//   - "the third quarter", "the winter": the latest that has begun when
//     past, else the nearer (quarters are mostly reported after the fact).
//   - "last Friday": the last Friday strictly before the DCT; "next Friday"
//     the first strictly after; "this Friday" the one in the DCT's ISO week.
//   - "last month/week/year/quarter/decade", "yesterday", "next week":
//     calendar shifts written at that granularity (2022-W04, 2022-01).
//   - "three days ago", "a year earlier": the anchor shifted, written at the
//     unit's granularity (or the anchor's, when the anchor is a quarter or a
//     month the text named: "a year earlier" after "the third quarter").
// Durations become P<n><unit> (PT for hours, minutes, seconds; fractions go
// to the next smaller unit: 2 1/2 years = P2Y6M; an unknown count is X).
// Sets become XXXX-WXX-<weekday> or P1D-style values. Without a DCT,
// unresolvable parts are written with X (XXXX-02-01, XXXX-WXX-1).
//
//   TimexContext ctx; ctx.dct = ParseIsoDate("2022-02-01"); ctx.tense = Tense::kPast;
//   NormalizedTimex out;
//   if (NormalizeTimex(match.frame, ctx, &out)) ... out.value == "2022-01-31"
//
// Thread safety: pure functions.
#ifndef NEWSMILL_TIME_TIMEX_NORMALIZER_H_
#define NEWSMILL_TIME_TIMEX_NORMALIZER_H_

#include <optional>
#include <string>

#include "base/date.h"
#include "newsmill/document.h"
#include "time/time_grammar.h"

namespace newsmill {

struct TimexContext {
  std::optional<Date> dct;
  Tense tense = Tense::kNone;
  // A preposition before the expression that fixes the direction: +1
  // "until", "by", "through"; -1 "since"; 0 none.
  int lean = 0;
  // The last date the text mentioned, and how precisely (kDay, kMonth,
  // kQuarter, kYear ...); for "the same day", "the year", "a year earlier".
  std::optional<Date> ref;
  TimeUnit ref_gran = TimeUnit::kNone;
  // The last day and the last quarter the text named: clock times attach to
  // the day ("at 10 p.m." after "Oct. 23"), "the quarter" and "a year
  // earlier" in earnings reports to the quarter.
  std::optional<Date> ref_day;
  std::optional<Date> ref_quarter;
};

struct NormalizedTimex {
  TimexType type = TimexType::kDate;
  std::string value;
  // A calendar date the expression names (the first day of a month, a
  // quarter, ...), to serve as the anchor of later anaphora; kNone when it
  // names none (durations, vague references).
  Date ref;
  TimeUnit ref_gran = TimeUnit::kNone;
};

// Resolves frame against ctx. Returns false when the frame cannot give a
// value (a rule without enough fields); the expression is then dropped.
bool NormalizeTimex(const TimexFrame& frame, const TimexContext& ctx,
                    NormalizedTimex* out);

// Easter Sunday (Gregorian) of a year.
Date EasterSunday(int year);

}  // namespace newsmill

#endif  // NEWSMILL_TIME_TIMEX_NORMALIZER_H_
