#include "entities/dating.h"

#include <algorithm>

#include "base/date.h"
#include "base/strings.h"

namespace newsmill {
namespace {

bool Dated(const DatedCode& c) { return c.from != 0 || c.to != 0; }

bool Contains(const DatedCode& c, int d) {
  return (c.from == 0 || c.from <= d) && (c.to == 0 || d <= c.to);
}

int Lo(int x) { return x == 0 ? 0 : x; }
int Hi(int x) { return x == 0 ? 99999999 : x; }

int NextDay(int ymd) {
  Date d{ymd / 10000, ymd / 100 % 100, ymd % 100};
  return Date::FromDays(d.ToDays() + 1).ToInt();
}

bool IsCountryPrefix(const std::string& code) {
  if (code.size() < 3) return false;
  for (int i = 0; i < 3; ++i)
    if (!IsAsciiUpper(code[i])) return false;
  return code.compare(0, 3, "IGO") != 0 && code.compare(0, 3, "NGO") != 0 &&
         code.compare(0, 3, "IMG") != 0 && code.compare(0, 3, "MNC") != 0;
}

}  // namespace

std::string CodeOnDate(const std::vector<DatedCode>& candidates, int date) {
  const DatedCode* best = nullptr;
  int64_t best_width = 0;
  for (const DatedCode& c : candidates) {
    if (!Dated(c) || !Contains(c, date)) continue;
    int64_t width = static_cast<int64_t>(Hi(c.to)) - Lo(c.from);
    if (best == nullptr || width < best_width) {
      best = &c;
      best_width = width;
    }
  }
  if (best != nullptr) return best->code;
  for (const DatedCode& c : candidates)
    if (!Dated(c)) return c.code;
  return "";
}

void ResolveEntityCodes(Document& doc, int date, bool overwrite) {
  for (Entity& e : doc.entities) {
    if (e.candidates.empty() || (!overwrite && !e.actor.empty())) continue;
    std::string code = CodeOnDate(e.candidates, date);
    if (code.empty()) continue;
    e.actor = code;
    if (e.country.empty() && IsCountryPrefix(code)) e.country = code.substr(0, 3);
  }
}

std::vector<std::vector<DateWindow>> TenureConstraints(const Document& doc) {
  std::vector<std::vector<DateWindow>> out;
  for (const Entity& e : doc.entities) {
    if (e.candidates.empty()) continue;
    bool all_dated = std::all_of(e.candidates.begin(), e.candidates.end(), Dated);
    if (!all_dated) continue;
    std::vector<DateWindow> ws;
    for (const DatedCode& c : e.candidates) ws.push_back({c.from, c.to});
    out.push_back(std::move(ws));
  }
  return out;
}

std::optional<DateWindow> TenureWindow(const Document& doc) {
  return IntersectWindows(TenureConstraints(doc));
}

std::optional<DateWindow> IntersectWindows(
    const std::vector<std::vector<DateWindow>>& cs) {
  if (cs.empty()) return std::nullopt;
  // Intersect unions of ranges: keep the current set as a list of ranges.
  std::vector<DateWindow> cur = {{0, 0}};
  for (const std::vector<DateWindow>& ws : cs) {
    std::vector<DateWindow> next;
    for (const DateWindow& a : cur) {
      for (const DateWindow& b : ws) {
        int lo = std::max(Lo(a.from), Lo(b.from));
        int hi = std::min(Hi(a.to), Hi(b.to));
        if (lo <= hi) next.push_back({lo, hi == 99999999 ? 0 : hi});
      }
    }
    if (next.empty()) return std::nullopt;
    cur.swap(next);
  }
  // One window: the hull of what remains (usually a single range).
  DateWindow w = cur[0];
  for (const DateWindow& r : cur) {
    w.from = std::min(Lo(w.from), Lo(r.from));
    w.to = (w.to == 0 || r.to == 0) ? 0 : std::max(w.to, r.to);
  }
  return w;
}

std::string CodeOverWindow(const std::vector<DatedCode>& candidates,
                           const DateWindow& w) {
  // Walk the window through the change points of the candidates.
  std::vector<int> points = {Lo(w.from)};
  for (const DatedCode& c : candidates) {
    if (!Dated(c)) continue;
    if (c.from != 0 && c.from > Lo(w.from) && c.from <= Hi(w.to))
      points.push_back(c.from);
    if (c.to != 0 && c.to >= Lo(w.from) && c.to < Hi(w.to))
      points.push_back(NextDay(c.to));
  }
  std::sort(points.begin(), points.end());
  std::string code;
  for (int p : points) {
    std::string c = CodeOnDate(candidates, p == 0 ? 19000101 : p);
    if (c.empty()) return "";
    if (code.empty()) code = c;
    if (c != code) return "";
  }
  return code;
}

}  // namespace newsmill
