// Inference of an article's publication date from its text, for articles
// that arrive without one.
//
// The idea, in order of trust:
//  1. A dateline: "MOSCOW, Feb 1 (Reuters) -", "WASHINGTON, Feb. 1, 2022 -",
//     or a line that is nothing but a date near the top. It gives the day
//     (published_from = text).
//  2. A weekday with a date ("on Tuesday, Feb. 1") in the article's first
//     paragraphs: the date of the story's main event, usually the day of
//     publication. Without a year, only the years in which that date falls
//     on that weekday remain (2011, 2022, 2028 for Tuesday, Feb. 1);
//     published_from = inferred.
// When the year is open, the office-holders the article names decide: each
// entity the actors stage found carries its dated roles (Entity::candidates,
// YYYYMMDD ranges); the candidate year in which the most of them hold a
// dated role wins ("President Joe Biden" and "Secretary of State Antony
// Blinken" both hold office in 2022, not in 2011 or 2028). Ties go to the
// latest year. Without any such evidence a year is chosen only when the
// latest candidate lies within a year before the reference date. The
// search never passes the reference date (PipelineOptions::reference_date)
// and never reads the machine's clock; without a reference date it spans
// 1900..2100.
//
//   std::optional<PublishedGuess> g = InferPublished(doc, {scans.data(), n}, ref);
//   if (g) { doc.published = g->date.ToString(); doc.published_from = g->from; }
//   // then the entities' codes for that date: ResolveEntityCodes
//   // (entities/dating.h)
//
// Thread safety: pure functions.
#ifndef NEWSMILL_TIME_PUBLISHED_DATE_H_
#define NEWSMILL_TIME_PUBLISHED_DATE_H_

#include <optional>
#include <span>
#include <vector>

#include "base/date.h"
#include "newsmill/document.h"
#include "time/time_tagger.h"

namespace newsmill {

struct PublishedGuess {
  Date date;
  PublishedFrom from = PublishedFrom::kNone;
};

// doc: the article and (if the actors stage ran) its entities; scans: the
// TimeScratch of each sentence, in order (as filled by TimeTagger::Scan);
// reference: the latest date allowed, or nullopt.
std::optional<PublishedGuess> InferPublished(
    const Document& doc, std::span<const TimeScratch> scans,
    std::optional<Date> reference);

// The match in s that is a dateline ("MOSCOW, Feb 1 (Reuters) -", or a line
// that is only a date), when s is one of the first sentences; else null.
const TimeMatch* FindDateline(std::string_view text, const TimeScratch& s);

// The number of titled office holders of doc (entities whose candidates
// are all dated: the actors stage lists only the titled office's periods
// for them; see entities/dating.h) holding that office on date d. Exposed
// for tests.
int OfficeHoldersOn(const Document& doc, const Date& d);

}  // namespace newsmill

#endif  // NEWSMILL_TIME_PUBLISHED_DATE_H_
