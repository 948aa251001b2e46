#include "base/date.h"

#include <chrono>
#include <cstdio>

namespace newsmill {

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && IsLeapYear(y) ? 29 : kDays[m - 1];
}

bool Date::valid() const {
  return month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t Date::ToDays() const {
  int64_t y = year - (month <= 2);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t mp = (month + 9) % 12;
  int64_t doy = (153 * mp + 2) / 5 + day - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::FromDays(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Date{static_cast<int>(y + (m <= 2)), m, d};
}

int Date::Weekday() const {
  int64_t z = ToDays();  // 1970-01-01 was a Thursday (4)
  int64_t w = (z % 7 + 7 + 3) % 7;  // Monday = 0
  return static_cast<int>(w) + 1;
}

void Date::IsoWeek(int* iso_year, int* week) const {
  // The week belongs to the year of its Thursday.
  int64_t days = ToDays();
  int64_t thursday = days - (Weekday() - 1) + 3;
  Date t = FromDays(thursday);
  Date jan1{t.year, 1, 1};
  *iso_year = t.year;
  *week = static_cast<int>((thursday - jan1.ToDays()) / 7) + 1;
}

std::string Date::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<Date> ParseIsoDate(std::string_view s) {
  auto digits = [&](size_t pos, size_t n, int* out) {
    if (pos + n > s.size()) return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
  };
  Date d;
  size_t next;
  if (digits(0, 4, &d.year) && s.size() >= 10 && s[4] == '-' &&
      digits(5, 2, &d.month) && s[7] == '-' && digits(8, 2, &d.day)) {
    next = 10;
  } else if (digits(0, 4, &d.year) && digits(4, 2, &d.month) &&
             digits(6, 2, &d.day)) {
    next = 8;
  } else {
    return std::nullopt;
  }
  if (next < s.size() && s[next] != 'T' && s[next] != ' ' && s[next] != 't')
    return std::nullopt;
  if (!d.valid()) return std::nullopt;
  return d;
}

Date TodayUtc() {
  auto now = std::chrono::system_clock::now();
  int64_t secs = std::chrono::duration_cast<std::chrono::seconds>(
                     now.time_since_epoch()).count();
  return Date::FromDays(secs / 86400);
}

}  // namespace newsmill
