// Dated actor codes: resolving entities' codes once the article's date is
// known, and bounding an undated article's date by the office holders it
// names.
//
// The entities stage fills Entity::candidates when Document::published is
// unknown: every code the entity can have with the dates it held (a
// DatedCode with from = to = 0 is the undated code, valid outside every
// dated one). When the text names the office ("President Joe Biden"), only
// that office's periods are listed, so the article's date lies in one of
// them. The times stage, once it has inferred a date, calls
// ResolveEntityCodes; TenureWindow intersects the titled office holders'
// periods (Biden as president 2021-01-20..2025-01-20 and Blinken as
// Secretary of State 2021-01-26..2025-01-20 give 2021-01-26..2025-01-20).
//
//   if (auto d = ParseIsoDate(doc.published)) ResolveEntityCodes(doc, d->ToInt());
//   std::optional<DateWindow> w = TenureWindow(doc);
//
// Thread safety: pure functions of their arguments.
#ifndef NEWSMILL_ENTITIES_DATING_H_
#define NEWSMILL_ENTITIES_DATING_H_

#include <optional>
#include <vector>

#include "newsmill/document.h"

namespace newsmill {

// A range of dates, YYYYMMDD, both ends included; 0 = open.
struct DateWindow {
  int from = 0;
  int to = 0;
};

// The code of `candidates` on `date` (YYYYMMDD): the narrowest dated
// candidate that contains the date, else the undated one, else "".
std::string CodeOnDate(const std::vector<DatedCode>& candidates, int date);

// Sets Entity::actor (and Entity::country when empty) of every entity that
// has candidates, from the date. Entities whose actor is already set are
// left alone unless `overwrite` is true.
void ResolveEntityCodes(Document& doc, int date, bool overwrite = false);

// The dates on which every titled office holder of the document held the
// office the text gives them: the intersection over entities whose
// candidates are all dated (no undated fallback) of the union of their
// ranges. nullopt when no entity constrains the date or the constraints
// contradict each other.
std::optional<DateWindow> TenureWindow(const Document& doc);

// The same intersection over any constraints (each a union of ranges).
std::optional<DateWindow> IntersectWindows(
    const std::vector<std::vector<DateWindow>>& constraints);

// The windows of each constraining entity (for tests and for the times
// stage, which scores candidate dates by how many office holders fit).
std::vector<std::vector<DateWindow>> TenureConstraints(const Document& doc);

// The single code that `candidates` give over the whole window, or "" when
// it changes within it (or nothing covers part of it).
std::string CodeOverWindow(const std::vector<DatedCode>& candidates,
                           const DateWindow& w);

}  // namespace newsmill

#endif  // NEWSMILL_ENTITIES_DATING_H_
