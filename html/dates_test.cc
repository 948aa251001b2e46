#include "html/dates.h"

#include <gtest/gtest.h>

namespace newsmill::html {
namespace {

std::string Parse(std::string_view s, bool day_first = false) {
  auto d = ParseLooseDate(s, day_first);
  return d ? d->ToString() : "";
}

TEST(HtmlDates, ReadsTheFormsPagesUse) {
  const std::pair<const char*, const char*> cases[] = {
      {"2019-11-19T10:00:00Z", "2019-11-19"},
      {"2019-11-19T23:30:00-05:00", "2019-11-19"},
      {"2019/11/19", "2019-11-19"},
      {"20191119", "2019-11-19"},
      {"Tue, 19 Nov 2019 10:00:00 GMT", "2019-11-19"},
      {"November 19, 2019", "2019-11-19"},
      {"Nov. 19, 2019 at 5:00 p.m.", "2019-11-19"},
      {"Posted on Nov 19th 2019", "2019-11-19"},
      {"19 November 2019", "2019-11-19"},
      {"the 19th of Nov. 2019", "2019-11-19"},
      {"10. September 2017", "2017-09-10"},
      {"Sept. 3, 2020", "2020-09-03"},
      {"19.11.2019", "2019-11-19"},
      {"11/19/2019", "2019-11-19"},
      {"19/11/2019", "2019-11-19"},
      {"Updated: 2023-11-07 15:03", "2023-11-07"},
      // Not a complete or possible date.
      {"November 2019", ""},
      {"2019-02-30", ""},
      {"Call 555-1234", ""},
      {"version 1.2.3", ""},
      {"", ""},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(Parse(in), out) << in;
}

TEST(HtmlDates, AmbiguousNumericDatesFollowThePage) {
  EXPECT_EQ(Parse("02/10/2020", false), "2020-02-10");
  EXPECT_EQ(Parse("02/10/2020", true), "2020-10-02");
  EXPECT_EQ(Parse("13/10/2020", false), "2020-10-13");  // 13 is not a month
}

TEST(HtmlDates, FindsDatesInUrlPaths) {
  const std::pair<const char*, const char*> cases[] = {
      {"https://x.com/2019/11/19/story-slug/", "2019-11-19"},
      {"https://x.com/news/2019-11-19-story", "2019-11-19"},
      {"https://x.com/a/20191119/story.html", "2019-11-19"},
      {"https://x.com/2019/11/story", ""},
      {"https://x.com/story?id=20191119", ""},
      {"https://x.com/article/123456789012", ""},
  };
  for (const auto& [url, out] : cases) {
    auto d = DateInUrl(url);
    EXPECT_EQ(d ? d->ToString() : "", out) << url;
  }
}

}  // namespace
}  // namespace newsmill::html
