#include "events/export.h"

#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <climits>
#include <map>
#include <tuple>

#include "base/json_writer.h"
#include "base/strings.h"
#include "base/utf8.h"

namespace newsmill {
namespace {

std::string Str(simdjson::dom::element e) {
  std::string_view sv;
  if (e.get_string().get(sv) == simdjson::SUCCESS) return std::string(sv);
  int64_t i;
  if (e.get_int64().get(i) == simdjson::SUCCESS) return std::to_string(i);
  return "";
}

int64_t Int(simdjson::dom::element e) {
  int64_t i;
  if (e.get_int64().get(i) == simdjson::SUCCESS) return i;
  double d;
  if (e.get_double().get(d) == simdjson::SUCCESS) return static_cast<int64_t>(d);
  return 0;
}

double Num(simdjson::dom::element e) {
  double d;
  if (e.get_double().get(d) == simdjson::SUCCESS) return d;
  int64_t i;
  if (e.get_int64().get(i) == simdjson::SUCCESS) return static_cast<double>(i);
  return 0;
}

ExportEvent::Side SideOf(simdjson::dom::object o) {
  ExportEvent::Side s;
  for (auto f : o) {
    if (f.value.is_null()) continue;
    if (f.key == "entity") s.entity = Str(f.value);
    else if (f.key == "name") s.name = Str(f.value);
    else if (f.key == "actor") s.actor = Str(f.value);
    else if (f.key == "country") s.country = Str(f.value);
  }
  return s;
}

// Code points [start, end) of s.
std::string CodePointSlice(std::string_view s, int64_t start, int64_t end) {
  if (start < 0 || end <= start) return "";
  size_t pos = 0;
  int64_t cp = 0;
  size_t b = s.size(), e = s.size();
  while (pos < s.size()) {
    if (cp == start) b = pos;
    if (cp == end) {
      e = pos;
      break;
    }
    DecodeUtf8(s, &pos);
    ++cp;
  }
  if (cp == start && b == s.size()) return "";
  return b < e ? std::string(s.substr(b, e - b)) : "";
}

bool Wanted(const ExportEvent& e, const ExportOptions& o) {
  if (std::find(o.modes.begin(), o.modes.end(), e.mode) == o.modes.end() &&
      std::find(o.modes.begin(), o.modes.end(), "all") == o.modes.end())
    return false;
  if (!o.from.empty() && (e.date.empty() || e.date < o.from)) return false;
  if (!o.to.empty() && (e.date.empty() || e.date.substr(0, 10) > o.to)) return false;
  return true;
}

// The article's events collapsed by group: the first mention and the count.
struct Collapsed {
  const ExportEvent* first;
  int mentions;
};
std::vector<Collapsed> Collapse(const ExportArticle& a, const ExportOptions& o) {
  std::vector<Collapsed> out;
  std::map<int64_t, size_t> by_group;
  for (const ExportEvent& e : a.events) {
    if (!Wanted(e, o)) continue;
    if (e.group > 0) {
      auto it = by_group.find(e.group);
      if (it != by_group.end()) {
        ++out[it->second].mentions;
        continue;
      }
      by_group[e.group] = out.size();
    }
    out.push_back({&e, 1});
  }
  return out;
}

std::string DateDigits(std::string_view iso) {
  std::string d;
  for (char c : iso.substr(0, 10))
    if (IsAsciiDigit(c)) d += c;
  return d.size() == 8 ? d : "";
}

std::string Upper(std::string_view s) {
  std::string u(s);
  for (char& c : u) c = AsciiUpper(c);
  return u;
}

// Actor code -> (known group, type codes): "RUSGOV" with country RUS ->
// types {GOV}; "IGOWSTNAT" -> group NAT, types {IGO, WST}.
void SplitActor(const ExportEvent::Side& s, std::string* group, std::vector<std::string>* types) {
  std::string_view code = s.actor;
  if (!s.country.empty() && StartsWith(code, s.country)) code.remove_prefix(s.country.size());
  std::vector<std::string> chunks;
  for (size_t i = 0; i + 3 <= code.size(); i += 3) chunks.emplace_back(code.substr(i, 3));
  if (!chunks.empty() && s.country.empty() &&
      (chunks[0] == "IGO" || chunks[0] == "NGO" || chunks[0] == "IMG" || chunks[0] == "MNC") &&
      chunks.size() > 1) {
    *group = chunks.back();
    chunks.pop_back();
  }
  for (size_t i = 0; i < chunks.size() && types->size() < 3; ++i) types->push_back(chunks[i]);
}

void Cell(std::string_view v, std::string* out) {
  for (char c : v) out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
  out->push_back('\t');
}

void ActorCells(const ExportEvent::Side* s, std::string* out) {
  if (!s) {
    for (int i = 0; i < 10; ++i) Cell("", out);
    return;
  }
  std::string group;
  std::vector<std::string> types;
  SplitActor(*s, &group, &types);
  Cell(s->actor, out);
  Cell(Upper(s->name), out);
  Cell(s->country, out);
  Cell(group, out);
  Cell("", out);  // ethnic
  Cell("", out);  // religion 1
  Cell("", out);  // religion 2
  for (int i = 0; i < 3; ++i) Cell(i < static_cast<int>(types.size()) ? types[i] : "", out);
}

// Code points where the first paragraph ends.
int64_t FirstParagraphEnd(const std::string& text) {
  size_t p = text.find("\n\n");
  if (p == std::string::npos) return INT64_MAX;
  return static_cast<int64_t>(CountCodePoints(std::string_view(text).substr(0, p)));
}

}  // namespace

Result<ExportArticle> ParseExportRecord(std::string_view json, int64_t number) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(json.data(), json.size()).get(root) != simdjson::SUCCESS)
    return Status::InvalidArgument("not a JSON object");
  simdjson::dom::object obj;
  if (root.get_object().get(obj) != simdjson::SUCCESS)
    return Status::InvalidArgument("not a JSON object");
  ExportArticle a;
  a.number = number;
  for (auto f : obj) {
    if (f.value.is_null()) continue;
    std::string_view k = f.key;
    if (k == "id") a.id = Str(f.value);
    else if (k == "url") a.url = Str(f.value);
    else if (k == "outlet") a.outlet = Str(f.value);
    else if (k == "published") a.published = Str(f.value);
    else if (k == "language") a.language = Str(f.value);
    else if (k == "text") a.text = Str(f.value);
    else if (k == "events") {
      simdjson::dom::array arr;
      if (f.value.get_array().get(arr) != simdjson::SUCCESS)
        return Status::InvalidArgument("\"events\" is not an array");
      for (auto ev : arr) {
        simdjson::dom::object eo;
        if (ev.get_object().get(eo) != simdjson::SUCCESS)
          return Status::InvalidArgument("an event is not an object");
        ExportEvent e;
        for (auto g : eo) {
          if (g.value.is_null()) continue;
          std::string_view gk = g.key;
          if (gk == "code") e.code = Str(g.value);
          else if (gk == "root") e.root = Str(g.value);
          else if (gk == "plover") e.plover = Str(g.value);
          else if (gk == "mode") e.mode = Str(g.value);
          else if (gk == "cue") e.cue = Str(g.value);
          else if (gk == "reported_by") e.reported_by = Str(g.value);
          else if (gk == "date") e.date = Str(g.value);
          else if (gk == "quad") e.quad = static_cast<int>(Int(g.value));
          else if (gk == "goldstein") e.goldstein = Num(g.value);
          else if (gk == "confidence") e.confidence = Num(g.value);
          else if (gk == "sentence") e.sentence = Int(g.value);
          else if (gk == "start") e.start = Int(g.value);
          else if (gk == "end") e.end = Int(g.value);
          else if (gk == "group") e.group = Int(g.value);
          else if (gk == "source" || gk == "target" || gk == "location") {
            simdjson::dom::object so;
            if (g.value.get_object().get(so) != simdjson::SUCCESS) continue;
            if (gk == "source") e.source = SideOf(so);
            else if (gk == "target") e.target = SideOf(so);
            else e.location = SideOf(so);
          }
        }
        if (e.code.empty()) return Status::InvalidArgument("an event has no \"code\"");
        if (e.root.empty()) e.root = e.code.substr(0, std::min<size_t>(2, e.code.size()));
        if (e.mode.empty()) e.mode = "asserted";
        a.events.push_back(std::move(e));
      }
    }
  }
  if (a.id.empty()) a.id = std::to_string(number);
  return a;
}

std::string GdeltHeader() {
  static const char* kColumns[] = {
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
      "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code",
      "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
      "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code",
      "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
      "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
      "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
      "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
      "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL"};
  std::string out;
  for (size_t i = 0; i < std::size(kColumns); ++i) {
    out += kColumns[i];
    out += i + 1 < std::size(kColumns) ? '\t' : '\n';
  }
  return out;
}

void AppendGdeltRows(const ExportArticle& a, const ExportOptions& o, std::string* out) {
  int64_t lead_end = FirstParagraphEnd(a.text);
  int64_t n = 0;
  for (const Collapsed& c : Collapse(a, o)) {
    const ExportEvent& e = *c.first;
    ++n;
    std::string date = DateDigits(!e.date.empty() ? e.date : a.published);
    int64_t id = a.number * 10000 + (e.group > 0 ? e.group : n);
    Cell(std::to_string(id), out);
    Cell(date, out);
    Cell(date.size() == 8 ? date.substr(0, 6) : "", out);
    Cell(date.size() == 8 ? date.substr(0, 4) : "", out);
    if (date.size() == 8) {
      int y = std::stoi(date.substr(0, 4)), m = std::stoi(date.substr(4, 2)),
          d = std::stoi(date.substr(6, 2));
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.4f", y + (m * 30 + d) / 365.0);
      Cell(buf, out);
    } else {
      Cell("", out);
    }
    ActorCells(&e.source, out);
    ActorCells(e.target ? &*e.target : nullptr, out);
    Cell(e.start < lead_end ? "1" : "0", out);
    Cell(e.code, out);
    Cell(e.code.substr(0, std::min<size_t>(3, e.code.size())), out);
    Cell(e.root, out);
    Cell(e.quad > 0 ? std::to_string(e.quad) : "", out);
    char g[16];
    std::snprintf(g, sizeof g, "%.1f", e.goldstein);
    Cell(g, out);
    Cell(std::to_string(c.mentions), out);
    Cell("1", out);  // NumSources
    Cell("1", out);  // NumArticles
    Cell("", out);   // AvgTone: not computed
    for (int i = 0; i < 16; ++i) Cell("", out);  // actor geography: not coded
    if (e.location) {
      Cell("", out);  // type: newsmill does not tell countries from cities here
      Cell(e.location->name, out);
      Cell(e.location->country, out);  // ISO alpha-3, not FIPS 10-4
      for (int i = 0; i < 5; ++i) Cell("", out);
    } else {
      for (int i = 0; i < 8; ++i) Cell("", out);
    }
    std::string added = DateDigits(a.published);
    if (!added.empty()) {
      std::string hms;
      if (a.published.size() >= 19 && a.published[10] == 'T')
        for (char ch : a.published.substr(11, 8))
          if (IsAsciiDigit(ch)) hms += ch;
      added += hms.size() == 6 ? hms : "000000";
    }
    Cell(added, out);
    for (char ch : !a.url.empty() ? a.url : a.id)
      out->push_back(ch == '\t' || ch == '\n' || ch == '\r' ? ' ' : ch);
    out->push_back('\n');
  }
}

void AppendPloverRecords(const ExportArticle& a, const ExportOptions& o, std::string* out) {
  // Collapsed events with a PLOVER type, merged when they are one event
  // with compound actors: same sentence, code and cue.
  struct Record {
    const ExportEvent* first;
    int mentions;
    std::vector<const ExportEvent::Side*> actors, recipients;
  };
  std::vector<Record> records;
  std::map<std::tuple<int64_t, std::string, std::string>, size_t> merge;
  auto same = [](const ExportEvent::Side* x, const ExportEvent::Side* y) {
    return (!x->entity.empty() && x->entity == y->entity) ||
           (x->entity.empty() && y->entity.empty() && x->actor == y->actor && x->name == y->name);
  };
  auto add = [&](std::vector<const ExportEvent::Side*>* list, const ExportEvent::Side* s) {
    for (const auto* t : *list)
      if (same(t, s)) return;
    list->push_back(s);
  };
  for (const Collapsed& c : Collapse(a, o)) {
    const ExportEvent& e = *c.first;
    if (e.plover.empty()) continue;
    auto key = std::make_tuple(e.sentence, e.code, e.cue);
    auto it = merge.find(key);
    size_t idx;
    if (it == merge.end()) {
      idx = records.size();
      merge[key] = idx;
      records.push_back({&e, c.mentions, {}, {}});
    } else {
      idx = it->second;
      records[idx].mentions = std::max(records[idx].mentions, c.mentions);
    }
    add(&records[idx].actors, &e.source);
    if (e.target) add(&records[idx].recipients, &*e.target);
  }
  int n = 0;
  for (Record& r : records) {
    // A participant on both sides ("A and B spoke") is an actor only.
    std::vector<const ExportEvent::Side*> recipients;
    for (const auto* t : r.recipients) {
      bool is_actor = false;
      for (const auto* s : r.actors) is_actor = is_actor || same(s, t);
      if (!is_actor) recipients.push_back(t);
    }
    const ExportEvent& e = *r.first;
    std::string line;
    JsonWriter w(&line);
    auto side = [&](const ExportEvent::Side* s) {
      w.BeginObject();
      w.Key("actorText");
      w.String(s->name);
      w.Key("code");
      w.StringOrNull(s->actor);
      w.Key("country");
      w.StringOrNull(s->country);
      w.EndObject();
    };
    w.BeginObject();
    w.Key("id");
    w.String(a.id + "-" + std::to_string(++n));
    w.Key("date");
    w.StringOrNull(!e.date.empty() ? e.date : a.published.substr(0, std::min<size_t>(10, a.published.size())));
    w.Key("event");
    w.String(e.plover);
    w.Key("mode");
    w.Null();
    w.Key("context");
    w.Null();
    w.Key("actor");
    w.BeginArray();
    for (const auto* s : r.actors) side(s);
    w.EndArray();
    w.Key("recipient");
    w.BeginArray();
    for (const auto* s : recipients) side(s);
    w.EndArray();
    w.Key("location");
    WritePlace(&w, e.location);
    w.Key("text");
    w.String(CodePointSlice(a.text, e.start, e.end));
    w.Key("eventText");
    w.StringOrNull(e.cue);
    w.Key("url");
    w.StringOrNull(a.url);
    w.Key("publication");
    w.StringOrNull(a.outlet);
    w.Key("language");
    w.StringOrNull(a.language);
    w.Key("articleId");
    w.String(a.id);
    w.Key("mentions");
    w.Int(r.mentions);
    w.Key("cameo");
    w.BeginObject();
    w.Key("code");
    w.String(e.code);
    w.Key("goldstein");
    w.Double(e.goldstein);
    w.Key("quad");
    w.Int(e.quad);
    w.EndObject();
    w.Key("newsmill");
    w.BeginObject();
    w.Key("mode");
    w.String(e.mode);
    w.Key("confidence");
    w.Double(e.confidence);
    w.Key("reported_by");
    w.StringOrNull(e.reported_by);
    w.Key("sentence");
    w.Int(e.sentence);
    w.Key("start");
    w.Int(e.start);
    w.Key("end");
    w.Int(e.end);
    w.Key("group");
    w.Int(e.group);
    w.EndObject();
    w.EndObject();
    out->append(line);
    out->push_back('\n');
  }
}

}  // namespace newsmill
