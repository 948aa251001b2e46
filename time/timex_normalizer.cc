#include "time/timex_normalizer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace newsmill {
namespace {

using F = FrameField;

// Where to look from the DCT for an expression without a year or week:
// strictly back ("since May 3") or ahead ("until Friday", or a future-tense
// clause: "will end on Feb. 1"), back unless the date ahead is much nearer
// (a past-tense clause, whose verb may not be the event's: "ruled he must
// return by Jan. 14"), or the nearer of the two (no tense).
enum class Dir { kStrictBack, kBack, kNearest, kForward };

Dir DirOf(Tense t, int lean) {
  if (lean < 0) return Dir::kStrictBack;
  if (lean > 0) return Dir::kForward;
  switch (t) {
    case Tense::kPast: return Dir::kBack;
    case Tense::kFuture: return Dir::kForward;
    default: return Dir::kNearest;
  }
}

bool Backward(Dir d) { return d == Dir::kBack || d == Dir::kStrictBack; }

// Chooses between the candidate db units back and the one df units ahead
// (-1: none).
bool PreferBack(int64_t db, int64_t df, Dir dir) {
  if (db < 0) return false;
  if (df < 0) return true;
  switch (dir) {
    case Dir::kStrictBack: return true;
    case Dir::kBack: return db <= 4 * df;
    // Ahead, unless the date back is within days and the one ahead a year
    // off: "must return by Jan. 14" published on Jan. 15 was written
    // before its deadline, not a year ahead of it.
    case Dir::kForward: return db * 60 < df;
    default: return db <= df;
  }
}

int I(double v) { return static_cast<int>(std::lround(v)); }

Date AddDays(const Date& d, int64_t n) {
  return Date::FromDays(d.ToDays() + n);
}

Date AddMonths(const Date& d, int n) {
  int idx = d.year * 12 + (d.month - 1) + n;
  Date r{idx / 12, idx % 12 + 1, d.day};
  if (idx < 0) return Date{0, 1, 1};
  int dim = DaysInMonth(r.year, r.month);
  if (r.day > dim) r.day = dim;
  return r;
}

int QuarterOf(int month) { return (month - 1) / 3 + 1; }

// Season index 1..4 (SP SU FA WI) of a date and the year it is labelled
// with; January and February belong to the winter of the year before.
void SeasonOf(const Date& d, int* season, int* year) {
  *year = d.year;
  if (d.month >= 12) *season = 4;
  else if (d.month >= 9) *season = 3;
  else if (d.month >= 6) *season = 2;
  else if (d.month >= 3) *season = 1;
  else {
    *season = 4;
    *year = d.year - 1;
  }
}

// A resolved calendar value at some granularity.
struct Cal {
  int year = -1;        // -1: unknown (XXXX)
  int month = 0;
  int day = 0;
  int week = 0;         // ISO week (year is then the ISO year)
  int quarter = 0;
  int half = 0;
  int season = 0;
  int decade = -1;      // 199
  int century = -1;     // 19
  int weekday = 0;      // a weekday with no date (no DCT): XXXX-WXX-n
  TimeUnit gran = TimeUnit::kNone;
};

// "%04d" and "%02d" of v clamped to [0, 10000) and [0, 100), without
// snprintf (values are formatted for every expression).
void Append4(int v, std::string* s) {
  v = v < 0 ? 0 : v % 10000;
  const char buf[4] = {static_cast<char>('0' + v / 1000),
                       static_cast<char>('0' + v / 100 % 10),
                       static_cast<char>('0' + v / 10 % 10),
                       static_cast<char>('0' + v % 10)};
  s->append(buf, 4);
}
void Append2(int v, std::string* s) {
  v = v < 0 ? 0 : v % 100;
  const char buf[2] = {static_cast<char>('0' + v / 10),
                       static_cast<char>('0' + v % 10)};
  s->append(buf, 2);
}

std::string Format(const Cal& c) {
  std::string s;
  auto year = [&]() {
    if (c.year < 0) s += "XXXX";
    else Append4(c.year, &s);
  };
  switch (c.gran) {
    case TimeUnit::kDay:
      if (c.weekday && c.month == 0) {
        s = "XXXX-WXX-" + std::to_string(c.weekday);
        return s;
      }
      year();
      s += '-';
      if (c.month) Append2(c.month, &s); else s += "XX";
      s += '-';
      if (c.day) Append2(c.day, &s); else s += "XX";
      return s;
    case TimeUnit::kWeek:
    case TimeUnit::kWeekend:
      year();
      s += "-W";
      if (c.week) Append2(c.week, &s); else s += "XX";
      if (c.gran == TimeUnit::kWeekend) s += "-WE";
      return s;
    case TimeUnit::kMonth:
      year();
      s += '-';
      if (c.month) Append2(c.month, &s); else s += "XX";
      return s;
    case TimeUnit::kQuarter:
      year();
      s += "-Q" + (c.quarter ? std::to_string(c.quarter) : std::string("X"));
      return s;
    case TimeUnit::kHalfYear:
      year();
      s += "-H" + (c.half ? std::to_string(c.half) : std::string("X"));
      return s;
    case TimeUnit::kYear:
      year();
      if (c.season)
        s += "-" + std::string(SeasonCode(static_cast<TimeSeason>(c.season)));
      return s;
    case TimeUnit::kDecade:
      if (c.decade < 0) return "XXX";
      {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%03d", c.decade % 1000);
        return buf;
      }
    case TimeUnit::kCentury:
      if (c.century < 0) return "XX";
      Append2(c.century, &s);
      return s;
    default:
      return "";
  }
}

Cal DayCal(const Date& d) {
  Cal c;
  c.year = d.year;
  c.month = d.month;
  c.day = d.day;
  c.gran = TimeUnit::kDay;
  return c;
}

Cal WeekCal(const Date& d, bool weekend) {
  Cal c;
  d.IsoWeek(&c.year, &c.week);
  c.gran = weekend ? TimeUnit::kWeekend : TimeUnit::kWeek;
  return c;
}

// The calendar value of anchor a shifted by n units, at that unit's
// granularity.
Cal Shift(const Date& a, TimeUnit unit, double n) {
  int k = I(n);
  switch (unit) {
    case TimeUnit::kDay:
      return DayCal(AddDays(a, k));
    case TimeUnit::kWeek:
      return WeekCal(AddDays(a, 7 * n), false);
    case TimeUnit::kFortnight:
      return WeekCal(AddDays(a, 14 * n), false);
    case TimeUnit::kWeekend:
      return WeekCal(AddDays(a, 7 * n), true);
    case TimeUnit::kMonth: {
      Date d = AddMonths(a, k);
      Cal c;
      c.year = d.year;
      c.month = d.month;
      c.gran = TimeUnit::kMonth;
      return c;
    }
    case TimeUnit::kQuarter: {
      int idx = a.year * 4 + QuarterOf(a.month) - 1 + k;
      Cal c;
      c.year = idx / 4;
      c.quarter = idx % 4 + 1;
      c.gran = TimeUnit::kQuarter;
      return c;
    }
    case TimeUnit::kHalfYear: {
      int idx = a.year * 2 + (a.month > 6 ? 1 : 0) + k;
      Cal c;
      c.year = idx / 2;
      c.half = idx % 2 + 1;
      c.gran = TimeUnit::kHalfYear;
      return c;
    }
    case TimeUnit::kYear: {
      Cal c;
      if (std::fabs(n - k) > 1e-9) {  // 1.5 years ago: months
        Date d = AddMonths(a, I(n * 12));
        c.year = d.year;
        c.month = d.month;
        c.gran = TimeUnit::kMonth;
        return c;
      }
      c.year = a.year + k;
      c.gran = TimeUnit::kYear;
      return c;
    }
    case TimeUnit::kDecade: {
      Cal c;
      c.decade = a.year / 10 + k;
      c.gran = TimeUnit::kDecade;
      return c;
    }
    case TimeUnit::kCentury:
    case TimeUnit::kMillennium: {
      Cal c;
      c.century = a.year / 100 + k;
      c.gran = TimeUnit::kCentury;
      return c;
    }
    default:  // hours, minutes, seconds: the day
      return DayCal(a);
  }
}

// The first day of a calendar value (for anaphora).
Date FirstDay(const Cal& c) {
  Date d{c.year, c.month ? c.month : 1, c.day ? c.day : 1};
  switch (c.gran) {
    case TimeUnit::kWeek:
    case TimeUnit::kWeekend: {
      // Monday of ISO week: Jan 4 is always in week 1.
      Date j4{c.year, 1, 4};
      int64_t monday = j4.ToDays() - (j4.Weekday() - 1) + 7 * (c.week - 1);
      return Date::FromDays(monday);
    }
    case TimeUnit::kQuarter:
      return Date{c.year, (c.quarter - 1) * 3 + 1, 1};
    case TimeUnit::kHalfYear:
      return Date{c.year, c.half == 2 ? 7 : 1, 1};
    default:
      return d;
  }
}

// The year in which month m (day d, 0: the whole month) lies, seen from the
// DCT in direction dir (see PreferBack). With a weekday, the year (near the
// DCT) in which m/d falls on it, when there is one.
int YearFor(const Date& dct, int m, int d, int wd, Dir dir) {
  if (d > 0 && wd > 0) {
    int best = -1;
    int64_t best_dist = 0;
    for (int y = dct.year - 6; y <= dct.year + 6; ++y) {
      Date c{y, m, d};
      if (!c.valid() || c.Weekday() != wd) continue;
      int64_t dist = std::llabs(c.ToDays() - dct.ToDays());
      if (best < 0 || dist < best_dist) {
        best = y;
        best_dist = dist;
      }
    }
    if (best >= 0 && best_dist < 370) return best;
  }
  // The candidate back (on or before the DCT) and ahead (on or after).
  int yb = -1, yf = -1;
  int64_t db = -1, df = -1;
  for (int y = dct.year - 1; y <= dct.year + 1; ++y) {
    int64_t diff;
    if (d > 0) {
      Date c{y, m, d};
      if (!c.valid()) continue;
      diff = c.ToDays() - dct.ToDays();
    } else {
      diff = (y * 12 + m - 1) - (dct.year * 12 + dct.month - 1);
    }
    if (diff <= 0 && (yb < 0 || -diff < db)) {
      yb = y;
      db = -diff;
    }
    if (diff >= 0 && (yf < 0 || diff < df)) {
      yf = y;
      df = diff;
    }
  }
  if (yb < 0 && yf < 0) return dct.year;
  return PreferBack(db, df, dir) ? yb : yf;
}

// Weekday wd (1..7) relative to the DCT: rel -1 strictly before, +1
// strictly after, 0 in the DCT's ISO week; no rel: by tense.
Date WeekdayDate(const Date& dct, int wd, bool has_rel, int rel, Dir dir) {
  int cur = dct.Weekday();
  int back = (cur - wd + 7) % 7;
  int fwd = (wd - cur + 7) % 7;
  if (has_rel) {
    if (rel < 0) return AddDays(dct, -(back == 0 ? 7 : back));
    if (rel > 0) return AddDays(dct, fwd == 0 ? 7 : fwd);
    return AddDays(dct, wd - cur);
  }
  if (Backward(dir)) return AddDays(dct, -back);
  if (dir == Dir::kForward) return AddDays(dct, fwd);
  return back <= fwd ? AddDays(dct, -back) : AddDays(dct, fwd);
}

// Index (year*n + i) of the period containing the DCT, for quarters (n=4),
// halves (2) and seasons (4, see SeasonOf).
int CurrentPeriod(const Date& dct, TimeUnit u) {
  if (u == TimeUnit::kQuarter) return dct.year * 4 + QuarterOf(dct.month) - 1;
  if (u == TimeUnit::kHalfYear) return dct.year * 2 + (dct.month > 6);
  int s, y;
  SeasonOf(dct, &s, &y);
  return y * 4 + s - 1;
}

// The year of period p (1-based) of n per year: the latest that has begun
// when past, else the nearer (ties to the past): "third-quarter results"
// expected in October are this year's.
int PeriodYear(const Date& dct, TimeUnit u, int n, int p, bool has_rel,
               int rel, Dir dir) {
  int cur = CurrentPeriod(dct, u);
  int year = cur / n;
  int same = year * n + p - 1;
  if (has_rel) {
    if (rel < 0) return same < cur ? year : year - 1;
    if (rel > 0) return same > cur ? year : year + 1;
    return year;
  }
  int back_year = same <= cur ? year : year - 1;
  int fwd_year = same >= cur ? year : year + 1;
  if (Backward(dir)) return back_year;
  if (dir == Dir::kForward && fwd_year == year) return fwd_year;
  int back = cur - (back_year * n + p - 1);
  int fwd = (fwd_year * n + p - 1) - cur;
  return back <= fwd ? back_year : fwd_year;
}

Date Thanksgiving(int year) {
  Date nov1{year, 11, 1};
  int first_thu = 1 + (4 - nov1.Weekday() + 7) % 7;
  return Date{year, 11, first_thu + 21};
}

std::string DurationValue(double n, TimeUnit unit) {
  bool vague = n == kVagueCount || !IsSet(n);
  TimeUnit u = unit;
  double k = n;
  // Express units TIMEX3 durations lack in those it has.
  if (!vague) {
    if (u == TimeUnit::kFortnight) { u = TimeUnit::kWeek; k *= 2; }
    else if (u == TimeUnit::kHalfYear) { u = TimeUnit::kMonth; k *= 6; }
    else if (u == TimeUnit::kDecade) { u = TimeUnit::kYear; k *= 10; }
    else if (u == TimeUnit::kCentury) { u = TimeUnit::kYear; k *= 100; }
    else if (u == TimeUnit::kMillennium) { u = TimeUnit::kYear; k *= 1000; }
    else if (u == TimeUnit::kWeekend) { u = TimeUnit::kDay; k *= 2; }
  }
  bool timeish = u == TimeUnit::kHour || u == TimeUnit::kMinute ||
                 u == TimeUnit::kSecond;
  std::string s = timeish ? "PT" : "P";
  if (vague) {
    s += "X";
    s += TimeUnitCode(u);
    return s;
  }
  double whole = std::floor(k + 1e-9);
  double frac = k - whole;
  // The next smaller unit for a fraction.
  TimeUnit sub = TimeUnit::kNone;
  double per = 0;
  switch (u) {
    case TimeUnit::kYear: sub = TimeUnit::kMonth; per = 12; break;
    case TimeUnit::kMonth: sub = TimeUnit::kDay; per = 30; break;
    case TimeUnit::kWeek: sub = TimeUnit::kDay; per = 7; break;
    case TimeUnit::kDay: sub = TimeUnit::kHour; per = 24; break;
    case TimeUnit::kHour: sub = TimeUnit::kMinute; per = 60; break;
    case TimeUnit::kMinute: sub = TimeUnit::kSecond; per = 60; break;
    default: break;
  }
  auto num = [](double v) {
    if (std::fabs(v - std::round(v)) < 1e-9)
      return std::to_string(static_cast<long long>(std::llround(v)));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return std::string(buf);
  };
  if (frac > 1e-9 && sub != TimeUnit::kNone &&
      std::fabs(frac * per - std::round(frac * per)) < 1e-6) {
    if (whole > 0) s += num(whole) + std::string(TimeUnitCode(u));
    if (u == TimeUnit::kDay) s += "T";
    s += num(frac * per) + std::string(TimeUnitCode(sub));
    return s;
  }
  s += num(k);
  s += TimeUnitCode(u);
  return s;
}

}  // namespace

Date EasterSunday(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;
  return Date{y, month, day};
}

bool NormalizeTimex(const TimexFrame& f, const TimexContext& ctx,
                    NormalizedTimex* out) {
  out->type = f.type;
  out->value.clear();
  out->ref_gran = TimeUnit::kNone;
  if (!f.literal.empty()) {
    out->value = std::string(f.literal);
    return true;
  }
  auto has = [&](F k) { return f.has(k); };
  auto get = [&](F k) { return f.get(k); };
  TimeUnit unit = has(F::kUnit) ? static_cast<TimeUnit>(I(get(F::kUnit)))
                                : TimeUnit::kNone;
  double n = has(F::kCount) ? get(F::kCount) : 1;
  bool vague_n = has(F::kCount) && get(F::kCount) == kVagueCount;

  if (f.type == TimexType::kDuration) {
    if (unit == TimeUnit::kNone) return false;
    out->value = DurationValue(vague_n ? kVagueCount : n, unit);
    return true;
  }
  if (f.type == TimexType::kSet) {
    if (has(F::kWeekday)) {
      out->value = "XXXX-WXX-" + std::to_string(I(get(F::kWeekday)));
      if (has(F::kPartOfDay))
        out->value += "T" + std::string(PartOfDayCode(
                                static_cast<PartOfDay>(I(get(F::kPartOfDay)))));
      return true;
    }
    if (has(F::kMonth)) {
      out->value = "XXXX-";
      Append2(I(get(F::kMonth)), &out->value);
      return true;
    }
    if (unit == TimeUnit::kNone) return false;
    out->value = DurationValue(vague_n ? kVagueCount : n, unit);
    return true;
  }

  // DATE and TIME.
  Dir dir = DirOf(ctx.tense, ctx.lean);
  const int anchor_kind = has(F::kAnchor) ? I(get(F::kAnchor)) : 0;
  const bool use_ref = anchor_kind == 1 && ctx.ref;
  std::optional<Date> anchor = use_ref ? ctx.ref : ctx.dct;
  TimeUnit anchor_gran = use_ref ? ctx.ref_gran : TimeUnit::kDay;
  Cal c;
  bool have = false;
  const bool has_rel = has(F::kRel);
  const int rel = has_rel ? I(get(F::kRel)) : 0;
  TimeUnit gran = has(F::kGran) ? static_cast<TimeUnit>(I(get(F::kGran)))
                                : TimeUnit::kNone;

  // Explicit calendar fields.
  int year = has(F::kYear) ? I(get(F::kYear))
             : has(F::kFiscal) ? I(get(F::kFiscal)) : -1;
  if (year >= 0 && has(F::kYearOffset)) year += I(get(F::kYearOffset));
  int month = has(F::kMonth) ? I(get(F::kMonth)) : 0;
  int day = has(F::kDay) ? I(get(F::kDay)) : 0;
  int wd = has(F::kWeekday) ? I(get(F::kWeekday)) : 0;
  if (has(F::kHoliday)) {
    int h = I(get(F::kHoliday));
    if (h > 0) {
      month = h / 100;
      day = h % 100;
    } else {
      // Computed holidays need a year: by tense around the DCT.
      int y = year >= 0 ? year : (ctx.dct ? ctx.dct->year : -1);
      if (y < 0) return false;
      auto compute = [&](int yy) {
        return h == -1 ? Thanksgiving(yy) : EasterSunday(yy);
      };
      Date hd = compute(y);
      if (year < 0 && ctx.dct) {
        int64_t diff = hd.ToDays() - ctx.dct->ToDays();
        if (Backward(dir) && diff > 0) hd = compute(y - 1);
        if (dir == Dir::kForward && diff < 0) hd = compute(y + 1);
        if (dir == Dir::kNearest && diff > 183) hd = compute(y - 1);
        if (dir == Dir::kNearest && diff < -183) hd = compute(y + 1);
      }
      c = DayCal(hd);
      have = true;
    }
  }
  if (!have && has(F::kDecade)) {
    c.decade = I(get(F::kDecade));
    c.gran = TimeUnit::kDecade;
    have = true;
  }
  if (!have && has(F::kCentury)) {
    c.century = I(get(F::kCentury)) - 1;
    c.gran = TimeUnit::kCentury;
    have = true;
  }
  // A year given by a shift ("last year's third quarter", "next year").
  if (!have && year < 0 && has_rel && gran == TimeUnit::kYear && anchor &&
      (has(F::kQuarter) || has(F::kHalf) || has(F::kSeason) || month)) {
    year = anchor->year + rel;
  }
  if (!have && month > 0) {
    if (year < 0 && ctx.dct) {
      if (has_rel && gran == TimeUnit::kNone && day > 0) {  // last Oct. 23
        Date same{ctx.dct->year, month, day};
        if (rel < 0) year = same < *ctx.dct ? same.year : same.year - 1;
        else if (rel > 0) year = *ctx.dct < same ? same.year : same.year + 1;
        else year = ctx.dct->year;
      } else if (has_rel && gran == TimeUnit::kNone) {  // last March
        int cur = ctx.dct->month;
        if (rel < 0) year = month < cur ? ctx.dct->year : ctx.dct->year - 1;
        else if (rel > 0) year = month > cur ? ctx.dct->year : ctx.dct->year + 1;
        else year = ctx.dct->year;
      } else {
        year = YearFor(*ctx.dct, month, day, wd, dir);
      }
    }
    c.year = year;
    c.month = month;
    c.day = day;
    c.gran = day ? TimeUnit::kDay : TimeUnit::kMonth;
    if (day && year >= 0 && !Date{year, month, day}.valid()) return false;
    // "the week of March 6": the week that holds the date.
    if (day && year >= 0 && !has_rel && (gran == TimeUnit::kWeek))
      c = WeekCal(Date{year, month, day}, false);
    have = true;
  } else if (!have && (has(F::kQuarter) || has(F::kHalf) || has(F::kSeason))) {
    TimeUnit u = has(F::kQuarter) ? TimeUnit::kQuarter
                 : has(F::kHalf) ? TimeUnit::kHalfYear : TimeUnit::kYear;
    int per = u == TimeUnit::kHalfYear ? 2 : 4;
    int p = I(get(has(F::kQuarter) ? F::kQuarter
                  : has(F::kHalf) ? F::kHalf : F::kSeason));
    if (p < 1 || p > per) return false;
    if (year < 0 && ctx.dct) {
      bool rel_here = has_rel && gran == TimeUnit::kNone;
      year = PeriodYear(*ctx.dct, u == TimeUnit::kYear ? TimeUnit::kNone : u,
                        per, p, rel_here, rel, dir);
    }
    c.year = year;
    if (u == TimeUnit::kQuarter) c.quarter = p;
    else if (u == TimeUnit::kHalfYear) c.half = p;
    else c.season = p;
    c.gran = u;
    have = true;
  } else if (!have && year >= 0) {
    c.year = year;
    c.gran = TimeUnit::kYear;
    have = true;
  } else if (!have && wd > 0) {
    if (ctx.dct) {
      c = DayCal(WeekdayDate(*ctx.dct, wd, has_rel, rel, dir));
    } else {
      c.weekday = wd;
      c.gran = TimeUnit::kDay;
    }
    have = true;
  }
  // "the quarter": the last quarter named, else the last one completed.
  if (!have && anchor_kind == 2) {
    if (ctx.ref_quarter) {
      c = Shift(*ctx.ref_quarter, TimeUnit::kQuarter, rel);
    } else if (ctx.dct) {
      c = Shift(*ctx.dct, TimeUnit::kQuarter, rel - 1);
    } else {
      return false;
    }
    have = true;
  }
  // Shifts of the anchor.
  if (!have && has(F::kDir) && unit != TimeUnit::kNone) {
    int d = I(get(F::kDir));
    if (vague_n || !anchor) {
      out->value = d < 0 ? "PAST_REF" : "FUTURE_REF";
      out->type = TimexType::kDate;
      return true;
    }
    if (unit == TimeUnit::kDecade || unit == TimeUnit::kCentury) {
      // "a decade ago": the year.
      c = Shift(*anchor, TimeUnit::kYear,
                d * n * (unit == TimeUnit::kDecade ? 10 : 100));
    } else if (unit == TimeUnit::kYear && d < 0 && ctx.ref_quarter &&
               std::fabs(n - I(n)) < 1e-9) {
      // Earnings reports compare a quarter with the one a year before: "a
      // year ago" after "the third quarter" is that quarter a year earlier.
      c = Shift(*ctx.ref_quarter, TimeUnit::kQuarter, -4 * I(n));
      have = true;
    } else {
      c = Shift(*anchor, unit, d * n);
    }
    // "a year earlier" after a named quarter or month keeps its precision.
    if (!have && use_ref && unit >= TimeUnit::kMonth &&
        (anchor_gran == TimeUnit::kQuarter || anchor_gran == TimeUnit::kMonth) &&
        unit > anchor_gran && std::fabs(n - I(n)) < 1e-9) {
      int months = d * I(n) * (unit == TimeUnit::kYear ? 12
                               : unit == TimeUnit::kQuarter ? 3
                               : unit == TimeUnit::kHalfYear ? 6 : 1);
      if (unit == TimeUnit::kDecade) months = d * I(n) * 120;
      c = Shift(AddMonths(*anchor, months), anchor_gran, 0);
    }
    have = true;
  }
  if (!have && gran != TimeUnit::kNone) {
    if (!anchor) {
      // No DCT: "last week" is still somewhere in the past.
      if (anchor_kind != 0 || !has_rel) return false;
      out->value = rel < 0 ? "PAST_REF" : rel > 0 ? "FUTURE_REF" : "PRESENT_REF";
      return true;
    }
    Date a = *anchor;
    if (use_ref && anchor_gran > gran) {
      if (!ctx.dct) return false;
      a = *ctx.dct;  // "the same day" after "in 1998": not resolvable
    }
    if (gran == TimeUnit::kWeekend && !has_rel) {
      // "the weekend": the last one when past, else the coming one.
      int cur = a.Weekday();
      int shift = 0;
      if (Backward(dir) && cur < 6) shift = -1;
      c = Shift(a, gran, shift);
    } else {
      c = Shift(a, gran, rel);
    }
    have = true;
  }
  // Time of day alone ("this morning", "3 p.m.", "noon"): a clock time
  // belongs to the last day the text named, else to the DCT.
  if (!have && (has(F::kPartOfDay) || has(F::kHour))) {
    if (has(F::kHour) && ctx.ref_day) {
      c = DayCal(*ctx.ref_day);
    } else if (!anchor) {
      c.gran = TimeUnit::kDay;
    } else {
      c = DayCal(*anchor);
    }
    have = true;
  }
  if (!have) return false;

  out->value = Format(c);
  if (out->value.empty()) return false;
  if (c.year >= 0 && c.gran != TimeUnit::kDecade &&
      c.gran != TimeUnit::kCentury) {
    out->ref = FirstDay(c);
    out->ref_gran = c.season ? TimeUnit::kYear : c.gran;
  }
  // Time of day.
  if (c.gran == TimeUnit::kDay) {
    if (has(F::kHour)) {
      int h = I(get(F::kHour));
      int mi = has(F::kMinute) ? I(get(F::kMinute)) : 0;
      if (has(F::kAmPm)) {
        int ap = I(get(F::kAmPm));
        if (h == 12) h = 0;
        h += ap;
      }
      if (h > 24 || mi > 59) return false;
      out->value += "T";
      Append2(h, &out->value);
      out->value += ":";
      Append2(mi, &out->value);
      if (has(F::kZone) && get(F::kZone) > 0) out->value += "Z";
    } else if (has(F::kPartOfDay)) {
      out->value += "T" + std::string(PartOfDayCode(
                              static_cast<PartOfDay>(I(get(F::kPartOfDay)))));
    }
  }
  return true;
}

}  // namespace newsmill
