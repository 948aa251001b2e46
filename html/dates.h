// Dates as web pages write them: in metadata values, bylines, datelines and
// URL paths.
//
//   std::optional<Date> d = html::ParseLooseDate("Nov. 19th, 2019", false);
//   d->ToString();                                   // "2019-11-19"
//   html::DateInUrl("https://x.com/2019/11/19/a");   // 2019-11-19
//
// Thread safety: pure functions.
#ifndef NEWSMILL_HTML_DATES_H_
#define NEWSMILL_HTML_DATES_H_

#include <optional>
#include <string_view>

#include "base/date.h"

namespace newsmill::html {

// The first complete date in s: ISO 8601 ("2019-11-19T10:00:00Z",
// "20191119"), slashes and dots ("2019/11/19", "19.11.2019"), month names
// in English ("November 19, 2019", "19 Nov. 2019", "Nov 19th, 2019",
// "10. September 2017", "Tue, 19 Nov 2019 10:00:00 GMT"), and numeric
// day-month orders: a part above 12 decides, else day_first (pages in
// British or other non-US English, and other languages, write 02/10/2020
// for 2 October). Years 1900-2100. nullopt when s holds no complete date.
std::optional<Date> ParseLooseDate(std::string_view s, bool day_first);

// A date in the path of a URL: /2019/11/19/, /2019-11-19-, /20191119/
// (years from 1995 for the compact form). nullopt when there is none.
std::optional<Date> DateInUrl(std::string_view url);

}  // namespace newsmill::html

#endif  // NEWSMILL_HTML_DATES_H_
