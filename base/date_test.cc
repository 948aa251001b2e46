#include "base/date.h"

#include <gtest/gtest.h>

namespace newsmill {
namespace {

TEST(Date, ParsesIsoForms) {
  struct Case { const char* in; const char* out; } cases[] = {
      {"2022-02-01", "2022-02-01"},
      {"20220201", "2022-02-01"},
      {"2022-02-01T10:00:00Z", "2022-02-01"},
      {"2024-02-29", "2024-02-29"},
  };
  for (const auto& c : cases) {
    auto d = ParseIsoDate(c.in);
    ASSERT_TRUE(d.has_value()) << c.in;
    EXPECT_EQ(d->ToString(), c.out);
  }
  for (const char* bad : {"2023-02-29", "2022-13-01", "Feb 1", "", "2022-02-01x"})
    EXPECT_FALSE(ParseIsoDate(bad).has_value()) << bad;
}

TEST(Date, WeekdaysAndDayArithmetic) {
  Date d{2022, 2, 1};
  EXPECT_EQ(d.Weekday(), 2);  // Tuesday
  EXPECT_EQ(Date::FromDays(d.ToDays() - 1).ToString(), "2022-01-31");
  EXPECT_EQ(Date::FromDays(Date{1970, 1, 1}.ToDays()).ToString(), "1970-01-01");
  EXPECT_EQ(Date::FromDays(Date{1999, 12, 31}.ToDays() + 1).ToString(),
            "2000-01-01");
}

TEST(Date, IsoWeeksAcrossYearBoundaries) {
  struct Case { Date d; int year, week; } cases[] = {
      {{2022, 1, 24}, 2022, 4}, {{2022, 1, 30}, 2022, 4},
      {{2021, 1, 3}, 2020, 53}, {{2024, 12, 30}, 2025, 1},
      {{2022, 1, 1}, 2021, 52},
  };
  for (const auto& c : cases) {
    int y, w;
    c.d.IsoWeek(&y, &w);
    EXPECT_EQ(y, c.year) << c.d.ToString();
    EXPECT_EQ(w, c.week) << c.d.ToString();
  }
}

}  // namespace
}  // namespace newsmill
