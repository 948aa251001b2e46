#include "time/published_date.h"

#include <algorithm>

#include "base/strings.h"
#include "entities/dating.h"

namespace newsmill {
namespace {

using F = FrameField;


// The candidate years of month/day (and weekday, when given) up to the
// reference date.
std::vector<Date> Candidates(int m, int d, int wd, std::optional<Date> ref) {
  std::vector<Date> out;
  int hi = ref ? ref->year : 2100;
  int lo = ref ? ref->year - 100 : 1900;
  for (int y = hi; y >= lo; --y) {
    Date c{y, m, d};
    if (!c.valid()) continue;
    if (ref && *ref < c) continue;
    if (wd > 0 && c.Weekday() != wd) continue;
    out.push_back(c);
  }
  return out;  // latest first
}

// Picks among candidates by office-holders' tenure (see the header).
std::optional<Date> PickByTenure(const Document& doc,
                                 const std::vector<Date>& cands,
                                 std::optional<Date> ref) {
  if (cands.empty()) return std::nullopt;
  if (cands.size() == 1) return cands[0];
  int best_score = 0;
  std::optional<Date> best;
  for (const Date& c : cands) {  // latest first: ties keep the latest
    int score = OfficeHoldersOn(doc, c);
    if (score > best_score) {
      best_score = score;
      best = c;
    }
  }
  if (best) return best;
  if (ref && ref->ToDays() - cands[0].ToDays() <= 366) return cands[0];
  return std::nullopt;
}

bool IsDateFrame(const TimexFrame& f) {
  return f.has(F::kMonth) && f.has(F::kDay) && f.literal.empty() &&
         !f.has(F::kRel) && f.type == TimexType::kDate;
}

// A dateline: the date match starts within the first tokens of the first
// paragraph, after capitalised words and commas only ("MOSCOW, Feb 1"), and
// is followed by "(" or a dash, or ends its line.
}  // namespace

const TimeMatch* FindDateline(std::string_view text, const TimeScratch& s) {
  for (const TimeMatch& m : s.matches) {
    if (!IsDateFrame(m.frame)) continue;
    if (m.tok_begin > 8) return nullptr;
    for (uint32_t i = 0; i < m.tok_begin; ++i) {
      const TimeToken& t = s.toks[i];
      // City names and a byline: "MOSCOW,", "By Jane Marlow ·".
      bool ok = t.HasFlag(TimeToken::kCapitalized) ||
                (t.kind == TimeTokenKind::kPunct &&
                 (text[t.begin] == ',' || text[t.begin] == '.' ||
                  text[t.begin] == '/' || text[t.begin] == '|' ||
                  text[t.begin] == '-' ||
                  static_cast<unsigned char>(text[t.begin]) >= 0x80));
      if (!ok) return nullptr;
    }
    uint32_t after = m.tok_end;
    uint32_t line_end = s.toks[m.tok_end - 1].end;
    while (line_end < text.size() && text[line_end] == ' ') ++line_end;
    if (line_end >= text.size() || text[line_end] == '\n') return &m;
    if (after < s.toks.size()) {
      const TimeToken& t = s.toks[after];
      char c = text[t.begin];
      if (t.kind == TimeTokenKind::kPunct &&
          (c == '(' || c == '-' || c == ':' ||
           static_cast<unsigned char>(c) == 0xE2))
        return &m;
    }
    return nullptr;
  }
  return nullptr;
}

int OfficeHoldersOn(const Document& doc, const Date& d) {
  // Titled office holders only: the actors stage lists just the titled
  // office's periods for them, with no undated fallback
  // (TenureConstraints gives one list of windows per such entity).
  int ymd = d.ToInt();
  int n = 0;
  for (const std::vector<DateWindow>& windows : TenureConstraints(doc)) {
    for (const DateWindow& w : windows) {
      if ((w.from == 0 || w.from <= ymd) && (w.to == 0 || ymd <= w.to)) {
        ++n;
        break;
      }
    }
  }
  return n;
}

std::optional<PublishedGuess> InferPublished(
    const Document& doc, std::span<const TimeScratch> scans,
    std::optional<Date> reference) {
  std::string_view text = doc.text;
  // 1. A dateline in the first two sentences.
  for (size_t i = 0; i < scans.size() && i < 2; ++i) {
    const TimeMatch* m = FindDateline(text, scans[i]);
    if (m == nullptr) continue;
    const TimexFrame& f = m->frame;
    int month = static_cast<int>(f.get(F::kMonth));
    int day = static_cast<int>(f.get(F::kDay));
    if (f.has(F::kYear)) {
      Date d{static_cast<int>(f.get(F::kYear)), month, day};
      if (d.valid() && (!reference || d <= *reference))
        return PublishedGuess{d, PublishedFrom::kText};
      continue;
    }
    int wd = f.has(F::kWeekday) ? static_cast<int>(f.get(F::kWeekday)) : 0;
    std::vector<Date> cands = Candidates(month, day, wd, reference);
    if (wd == 0) {
      // Wire copy reports the day's news: a bare weekday in the lead
      // ("GENEVA, June 16 - ... agreed on Wednesday") is the dateline's day
      // or the day before it. Years that agree win, if any do.
      int lead_wd = 0;
      for (size_t k = i; k < scans.size() && k < i + 2 && lead_wd == 0; ++k) {
        for (const TimeMatch& w : scans[k].matches) {
          if (w.frame.has(F::kWeekday) && !w.frame.has(F::kMonth) &&
              !w.frame.has(F::kDay)) {
            lead_wd = static_cast<int>(w.frame.get(F::kWeekday));
            break;
          }
        }
      }
      if (lead_wd != 0) {
        std::vector<Date> same_day, day_after;
        for (const Date& c : cands) {
          if (c.Weekday() == lead_wd) same_day.push_back(c);
          if (c.Weekday() == lead_wd % 7 + 1) day_after.push_back(c);
        }
        if (!same_day.empty()) {
          cands.swap(same_day);
        } else if (!day_after.empty()) {
          cands.swap(day_after);
        }
      }
    }
    std::optional<Date> d = PickByTenure(doc, cands, reference);
    if (d) return PublishedGuess{*d, PublishedFrom::kText};
  }
  // 2. A weekday with a date in the first paragraphs.
  for (size_t i = 0; i < scans.size() && i < 8; ++i) {
    for (const TimeMatch& m : scans[i].matches) {
      const TimexFrame& f = m.frame;
      if (!IsDateFrame(f) || !f.has(F::kWeekday)) continue;
      int month = static_cast<int>(f.get(F::kMonth));
      int day = static_cast<int>(f.get(F::kDay));
      int wd = static_cast<int>(f.get(F::kWeekday));
      if (f.has(F::kYear)) {
        Date d{static_cast<int>(f.get(F::kYear)), month, day};
        if (d.valid() && d.Weekday() == wd &&
            (!reference || d <= *reference))
          return PublishedGuess{d, PublishedFrom::kInferred};
        continue;
      }
      std::vector<Date> cands = Candidates(month, day, wd, reference);
      std::optional<Date> d = PickByTenure(doc, cands, reference);
      if (d) return PublishedGuess{*d, PublishedFrom::kInferred};
    }
  }
  return std::nullopt;
}

}  // namespace newsmill
