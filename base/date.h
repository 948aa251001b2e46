// Civil (proleptic Gregorian) dates without time zones: the arithmetic that
// time resolution, dated actor roles and the store share.
//
//   std::optional<Date> d = ParseIsoDate("2022-02-01");
//   d->Weekday();                    // 2 (Tuesday; Monday = 1 ... Sunday = 7)
//   Date::FromDays(d->ToDays() - 1)  // 2022-01-31
//   d->ToString()                    // "2022-02-01"
//
// Thread safety: plain values.
#ifndef NEWSMILL_BASE_DATE_H_
#define NEWSMILL_BASE_DATE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newsmill {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  // Days since 1970-01-01 (negative before).
  int64_t ToDays() const;
  static Date FromDays(int64_t days);
  // ISO weekday: Monday = 1 ... Sunday = 7.
  int Weekday() const;
  // ISO 8601 week-numbering year and week (1..53).
  void IsoWeek(int* iso_year, int* week) const;
  // "YYYY-MM-DD".
  std::string ToString() const;
  // Compact integer YYYYMMDD, handy for range checks.
  int ToInt() const { return year * 10000 + month * 100 + day; }
  bool valid() const;

  friend bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator<(const Date& a, const Date& b) {
    return a.ToInt() < b.ToInt();
  }
  friend bool operator<=(const Date& a, const Date& b) { return !(b < a); }
};

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);

// Parses "YYYY-MM-DD", "YYYYMMDD" and the date part of an ISO 8601
// date-time ("2022-02-01T10:00:00Z"). Returns nullopt on anything else or
// on an impossible date.
std::optional<Date> ParseIsoDate(std::string_view s);

// Today's date from the system clock (UTC). Only the CLI calls this, to give
// --reference-date its default; the library never reads the clock.
Date TodayUtc();

}  // namespace newsmill

#endif  // NEWSMILL_BASE_DATE_H_
