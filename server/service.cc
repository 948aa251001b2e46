// The HTTP API as a class (see service.h and docs/api.md).
//
// Each route reads its parameters through a Params object that knows the
// names the route accepts: an unknown or repeated name, a value that is not
// UTF-8, too long, not a number in range or not an ISO date is a 400 that
// names the parameter. Store errors map to statuses by code:
// InvalidArgument 400, NotFound 404, anything else 500 (the database
// failed, not the request). Writes need the API token (401 without it).
// New matches of watchlists are delivered to webhooks by one background
// thread, so a POST never waits on somebody else's server.
#include "server/service.h"

#include <simdjson.h>

#include <atomic>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <set>
#include <thread>

#include "base/embedded_data.h"
#include "base/json_writer.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "io/input_reader.h"
#include "server/web_assets.h"
#include "store/store_json.h"

namespace newsmill {
namespace {

constexpr size_t kMaxParamBytes = 1000;

HttpResponse JsonResponse(int status, std::string body) {
  HttpResponse r;
  r.status = status;
  r.body = std::move(body);
  r.headers.push_back({"Cache-Control", "no-store"});
  return r;
}

HttpResponse Error(int status, std::string_view message) {
  std::string body;
  JsonWriter w(&body);
  w.BeginObject();
  w.Key("error");
  w.BeginObject();
  w.Key("status");
  w.Int(status);
  // Messages may quote user input: keep them valid UTF-8 for the writer.
  std::string clean;
  RepairUtf8(message, &clean);
  w.Key("message");
  w.String(clean);
  w.EndObject();
  w.EndObject();
  return JsonResponse(status, std::move(body));
}

HttpResponse FromStatus(const Status& st) {
  switch (st.code()) {
    case StatusCode::kInvalidArgument: return Error(400, st.message());
    case StatusCode::kNotFound: return Error(404, st.message());
    default: return Error(500, st.message());
  }
}

std::string HtmlEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

HttpResponse HtmlPage(int status, std::string_view title, std::string_view body_html) {
  HttpResponse r;
  r.status = status;
  r.content_type = "text/html; charset=utf-8";
  r.body = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" +
           HtmlEscape(title) +
           " - newsmill</title><link rel=\"stylesheet\" href=\"/app.css\"></head>"
           "<body class=\"page\"><main><h1>" +
           HtmlEscape(title) + "</h1>" + std::string(body_html) +
           "<p><a href=\"/\">newsmill dashboard</a></p></main></body></html>";
  r.headers.push_back({"Cache-Control", "no-store"});
  return r;
}

// The query parameters of one request, checked against the names a route
// accepts.
class Params {
 public:
  Params(const HttpRequest& req, std::initializer_list<std::string_view> allowed) {
    std::set<std::string_view> names(allowed);
    std::set<std::string> seen;
    for (const auto& [k, v] : req.query) {
      if (!status_.ok()) break;
      if (!names.count(k)) {
        std::string all;
        for (std::string_view n : allowed) all += (all.empty() ? "" : ", ") + std::string(n);
        status_ = Status::InvalidArgument(
            "unknown parameter '" + k.substr(0, 40) + "'" +
            (all.empty() ? "; this route takes none" : "; this route takes: " + all));
      } else if (!seen.insert(k).second) {
        status_ = Status::InvalidArgument(k + ": given more than once");
      } else if (v.size() > kMaxParamBytes) {
        status_ = Status::InvalidArgument(k + ": longer than " +
                                          std::to_string(kMaxParamBytes) + " bytes");
      } else if (!IsValidUtf8(v)) {
        status_ = Status::InvalidArgument(k + ": not valid UTF-8");
      } else {
        values_[k] = v;
      }
    }
  }
  const Status& status() const { return status_; }

  std::string Str(const std::string& name) const {
    auto it = values_.find(name);
    return it == values_.end() ? std::string() : it->second;
  }
  bool Has(const std::string& name) const { return values_.count(name) > 0; }

  int Int(const std::string& name, int def, int min, int max) {
    auto it = values_.find(name);
    if (it == values_.end()) return def;
    const std::string& v = it->second;
    int64_t n = 0;
    bool ok = !v.empty() && v.size() <= 10;
    for (char c : v) ok = ok && IsAsciiDigit(c);
    if (ok) for (char c : v) n = n * 10 + (c - '0');
    if (!ok || n < min || n > max) {
      Fail(name + ": '" + v.substr(0, 40) + "' is not a whole number from " +
           std::to_string(min) + " to " + std::to_string(max));
      return def;
    }
    return static_cast<int>(n);
  }
  bool Bool(const std::string& name) {
    std::string v = Str(name);
    if (v.empty() || v == "false" || v == "0") return false;
    if (v == "true" || v == "1") return true;
    Fail(name + ": '" + v.substr(0, 40) + "' is not true or false");
    return false;
  }
  std::string Date(const std::string& name) {
    std::string v = Str(name);
    Status st = Store::CheckDate(name, v);
    if (!st.ok()) Fail(st.message());
    return v;
  }
  std::string OneOf(const std::string& name, std::initializer_list<std::string_view> options,
                    std::string def) {
    if (!Has(name)) return def;
    std::string v = Str(name);
    std::string all;
    for (std::string_view o : options) {
      if (v == o) return v;
      all += (all.empty() ? "" : ", ") + std::string(o);
    }
    Fail(name + ": '" + v.substr(0, 40) + "' is not one of " + all);
    return def;
  }
  Page GetPage() {
    Page p;
    p.limit = Int("limit", 50, 1, 1000);
    p.cursor = Str("cursor");
    return p;
  }

 private:
  void Fail(std::string m) {
    if (status_.ok()) status_ = Status::InvalidArgument(std::move(m));
  }
  Status status_;
  std::map<std::string, std::string> values_;
};

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < a.size(); ++i)
    diff |= static_cast<unsigned char>(a[i]) ^
            static_cast<unsigned char>(i < b.size() ? b[i] : 0);
  return diff == 0;
}

template <typename T, typename F>
std::string ListJson(const std::vector<T>& items, const std::string& next, F write) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("items");
  w.BeginArray();
  for (const T& x : items) write(w, x);
  w.EndArray();
  w.Key("next_cursor");
  w.StringOrNull(next);
  w.EndObject();
  return out;
}

// "/api/articles/42" with prefix "/api/articles/" -> "42".
bool Tail(std::string_view path, std::string_view prefix, std::string* tail) {
  if (!StartsWith(path, prefix) || path.size() == prefix.size()) return false;
  *tail = std::string(path.substr(prefix.size()));
  return true;
}

class ServiceImpl : public Service {
 public:
  ServiceImpl(Store* store, const Pipeline* pipeline, ServiceOptions options)
      : store_(store), pipeline_(pipeline), options_(std::move(options)) {
    if (options_.webhook) worker_ = std::thread([this] { NotifyLoop(); });
  }
  ~ServiceImpl() override {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    if (worker_.joinable()) worker_.join();
  }

  HttpResponse Handle(const HttpRequest& req) const override {
    try {
      HttpResponse r = Route(req);
      r.headers.push_back({"X-Content-Type-Options", "nosniff"});
      return r;
    } catch (const std::exception& e) {
      return Error(500, std::string("internal error: ") + e.what());
    } catch (...) {
      return Error(500, "internal error");
    }
  }

  void WaitForDeliveries() const override {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [this] { return !pending_ && !busy_; });
  }

 private:
  HttpResponse Route(const HttpRequest& req) const;
  HttpResponse Static(const HttpRequest& req, std::string_view name) const;
  bool Authorized(const HttpRequest& req) const;
  HttpResponse Unauthorized() const {
    HttpResponse r = Error(401, options_.api_token.empty()
                                    ? "writes are disabled: the server was started without an API token"
                                    : "this request needs the API token: Authorization: Bearer <token>");
    r.headers.push_back({"WWW-Authenticate", "Bearer realm=\"newsmill\""});
    return r;
  }

  HttpResponse Stats(const HttpRequest& req) const;
  HttpResponse ListArticles(const HttpRequest& req) const;
  HttpResponse GetArticle(const HttpRequest& req, const std::string& id) const;
  HttpResponse PostArticle(const HttpRequest& req) const;
  HttpResponse Quotes(const HttpRequest& req) const;
  HttpResponse Events(const HttpRequest& req) const;
  HttpResponse Timeline(const HttpRequest& req) const;
  HttpResponse Entities(const HttpRequest& req) const;
  HttpResponse GetEntity(const HttpRequest& req, const std::string& id) const;
  HttpResponse ListWatches(const HttpRequest& req) const;
  HttpResponse PostWatch(const HttpRequest& req) const;
  HttpResponse DeleteWatch(const HttpRequest& req, const std::string& id) const;
  HttpResponse Unsubscribe(const HttpRequest& req, const std::string& id) const;
  HttpResponse Feed(const HttpRequest& req, const std::string& id) const;

  void RequestNotify() const {
    if (!options_.webhook) return;
    {
      std::lock_guard<std::mutex> lock(mu_);
      pending_ = true;
    }
    cv_.notify_all();
  }
  void NotifyLoop() {
    std::unique_lock<std::mutex> lock(mu_);
    while (true) {
      cv_.wait(lock, [this] { return stop_ || pending_; });
      if (stop_) return;
      pending_ = false;
      busy_ = true;
      lock.unlock();
      std::vector<std::string> errors;
      NotifyWatches(*store_, options_.webhook, options_.base_url, &errors);
      lock.lock();
      busy_ = false;
      cv_.notify_all();
    }
  }

  Store* store_;
  const Pipeline* pipeline_;
  ServiceOptions options_;
  mutable std::mutex mu_;
  mutable std::condition_variable cv_;
  mutable bool pending_ = false;
  bool busy_ = false;
  bool stop_ = false;
  std::thread worker_;
};

bool ServiceImpl::Authorized(const HttpRequest& req) const {
  if (options_.api_token.empty()) return false;
  auto it = req.headers.find("authorization");
  if (it != req.headers.end()) {
    std::string_view v = it->second;
    if (v.size() > 7 && EqualsIgnoreCase(v.substr(0, 7), "Bearer "))
      return ConstantTimeEquals(TrimAscii(v.substr(7)), options_.api_token);
  }
  it = req.headers.find("x-api-token");
  if (it != req.headers.end()) return ConstantTimeEquals(it->second, options_.api_token);
  return false;
}

HttpResponse ServiceImpl::Route(const HttpRequest& req) const {
  const std::string& p = req.path;
  const std::string& m = req.method;
  auto method_not_allowed = [](std::string allow) {
    HttpResponse r = Error(405, "method not allowed; use " + allow);
    r.headers.push_back({"Allow", allow});
    return r;
  };
  if (!IsValidUtf8(p) || p.size() > 4096) return Error(400, "bad path");
  std::string tail;
  bool get = m == "GET" || m == "HEAD";

  if (StartsWith(p, "/api/")) {
    if (p == "/api/stats") return get ? Stats(req) : method_not_allowed("GET");
    if (p == "/api/articles") {
      if (get) return ListArticles(req);
      if (m == "POST") return PostArticle(req);
      return method_not_allowed("GET, POST");
    }
    if (Tail(p, "/api/articles/", &tail))
      return get ? GetArticle(req, tail) : method_not_allowed("GET");
    if (p == "/api/quotes") return get ? Quotes(req) : method_not_allowed("GET");
    if (p == "/api/events") return get ? Events(req) : method_not_allowed("GET");
    if (p == "/api/timeline") return get ? Timeline(req) : method_not_allowed("GET");
    if (p == "/api/entities") return get ? Entities(req) : method_not_allowed("GET");
    if (Tail(p, "/api/entities/", &tail))
      return get ? GetEntity(req, tail) : method_not_allowed("GET");
    if (p == "/api/watches") {
      if (get) return ListWatches(req);
      if (m == "POST") return PostWatch(req);
      return method_not_allowed("GET, POST");
    }
    if (Tail(p, "/api/watches/", &tail)) {
      if (EndsWith(tail, "/unsubscribe")) {
        tail.resize(tail.size() - strlen("/unsubscribe"));
        if (get || m == "POST") return Unsubscribe(req, tail);
        return method_not_allowed("GET, POST");
      }
      if (m == "DELETE") return DeleteWatch(req, tail);
      return method_not_allowed("DELETE");
    }
    return Error(404, "no such route: " + p.substr(0, 200));
  }
  if (Tail(p, "/feeds/", &tail) && EndsWith(tail, ".atom")) {
    if (!get) return method_not_allowed("GET");
    return Feed(req, tail.substr(0, tail.size() - 5));
  }
  if (!get) return method_not_allowed("GET");
  if (p == "/" || p == "/index.html") return Static(req, "index.html");
  if (p.size() > 1 && p.find('/', 1) == std::string::npos) {
    std::string name = p.substr(1);
    if (name != "index.html") {
      HttpResponse r = Static(req, name);
      if (r.status != 404) return r;
    }
  }
  return Error(404, "not found: " + p.substr(0, 200));
}

HttpResponse ServiceImpl::Static(const HttpRequest& req, std::string_view name) const {
  // Query parameters are ignored here: the dashboard keeps its state in
  // the URL fragment, and links from elsewhere may carry anything.
  HttpResponse r;
  r.content_type = std::string(ContentTypeFor(name));
  if (!options_.web_dir.empty()) {
    // Only the files the binary knows, so no path can leave the directory.
    bool known = false;
    for (std::string_view n : WebAssetNames()) known = known || n == name;
    if (!known) return Error(404, "not found: " + std::string(name));
    auto data = ReadFileToString(options_.web_dir + "/" + std::string(name));
    if (!data.ok()) return Error(404, "not found: " + std::string(name));
    r.body = std::move(data.value());
  } else {
    auto asset = FindWebAsset(name);
    if (!asset) return Error(404, "not found: " + std::string(name));
    r.body = std::string(asset->data);
  }
  r.headers.push_back({"Cache-Control", "no-cache"});
  if (name == "index.html") {
    r.headers.push_back(
        {"Content-Security-Policy",
         "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
         "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"});
    r.headers.push_back({"Referrer-Policy", "no-referrer"});
  }
  return r;
}

HttpResponse ServiceImpl::Stats(const HttpRequest& req) const {
  Params params(req, {});
  if (!params.status().ok()) return FromStatus(params.status());
  auto s = store_->Stats();
  if (!s.ok()) return FromStatus(s.status());
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("stats");
  WriteStats(w, *s);
  w.Key("engine");
  w.BeginObject();
  w.Key("name"); w.String("newsmill");
  w.Key("version"); w.String(Version());
  w.EndObject();
  w.Key("writable");
  w.Bool(!options_.api_token.empty());
  w.Key("analysis");
  w.Bool(pipeline_ != nullptr);
  w.EndObject();
  return JsonResponse(200, std::move(out));
}

HttpResponse ServiceImpl::ListArticles(const HttpRequest& req) const {
  Params params(req, {"q", "outlet", "from", "to", "limit", "cursor"});
  ArticleFilter f;
  f.q = params.Str("q");
  f.outlet = params.Str("outlet");
  f.from = params.Date("from");
  f.to = params.Date("to");
  f.page = params.GetPage();
  if (!params.status().ok()) return FromStatus(params.status());
  std::string next;
  auto r = store_->ListArticles(f, &next);
  if (!r.ok()) return FromStatus(r.status());
  return JsonResponse(200, ListJson(*r, next, WriteArticleSummary));
}

HttpResponse ServiceImpl::GetArticle(const HttpRequest& req, const std::string& id) const {
  Params params(req, {});
  if (!params.status().ok()) return FromStatus(params.status());
  auto a = store_->GetArticle(id);
  if (!a.ok()) return FromStatus(a.status());
  std::string out;
  JsonWriter w(&out);
  WriteStoredArticle(w, *a);
  return JsonResponse(200, std::move(out));
}

HttpResponse ServiceImpl::PostArticle(const HttpRequest& req) const {
  if (!Authorized(req)) return Unauthorized();
  Params params(req, {"force"});
  bool force = params.Bool("force");
  if (!params.status().ok()) return FromStatus(params.status());
  if (!pipeline_) return Error(503, "this server does not analyse articles");
  if (req.body.size() > options_.max_body_bytes)
    return Error(413, "the article is larger than " +
                          std::to_string(options_.max_body_bytes) + " bytes");
  auto ct = req.headers.find("content-type");
  if (ct != req.headers.end() && ct->second.find("json") == std::string::npos)
    return Error(415, "send the article as JSON (Content-Type: application/json)");
  std::string_view body = TrimAscii(req.body);
  if (body.empty())
    return Error(400, "the body is empty; send {\"text\": \"...\"} or {\"html\": \"...\"}");
  if (body.front() != '{') return Error(400, "the body must be one JSON object");
  ArticleInput in;
  const std::string origin = "request body";
  Status st = ParseArticleJson(body, origin, &in);
  if (!st.ok()) return Error(400, st.message());
  // The reader names an article without id or URL after its origin; here
  // the key is then the content hash.
  if (in.id == origin) in.id.clear();
  if (TrimAscii(in.text).empty() && TrimAscii(in.html).empty())
    return Error(400, "text or html: the article has no body");
  if (!in.published.empty()) {
    Status d = Store::CheckDate("published", in.published);
    if (!d.ok()) return Error(400, d.message());
  }
  ArticleKey id = Store::KeyOf(in);
  if (in.id.empty()) in.id = id.key;
  auto doc = pipeline_->Analyze(in);
  if (!doc.ok()) return Error(422, doc.status().message());
  PutOptions put;
  put.id = id;
  put.force = force;
  put.engine = {"newsmill", std::string(Version()), pipeline_->lexicon_id()};
  auto outcome = store_->Put(*doc, put);
  if (!outcome.ok()) {
    if (outcome.status().code() == StatusCode::kInvalidArgument)
      return Error(422, outcome.status().message());
    return FromStatus(outcome.status());
  }
  auto stored = store_->GetArticle(id.key);
  if (!stored.ok()) return FromStatus(stored.status());
  if (*outcome != PutOutcome::kUnchanged) RequestNotify();
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("outcome");
  w.String(PutOutcomeName(*outcome));
  w.Key("article");
  WriteStoredArticle(w, *stored);
  w.EndObject();
  HttpResponse r = JsonResponse(*outcome == PutOutcome::kInserted ? 201 : 200, std::move(out));
  r.headers.push_back({"Location", "/api/articles/" + std::to_string(stored->summary.id)});
  return r;
}

HttpResponse ServiceImpl::Quotes(const HttpRequest& req) const {
  Params params(req, {"speaker", "q", "from", "to", "article", "limit", "cursor"});
  QuoteFilter f;
  f.speaker = params.Str("speaker");
  f.q = params.Str("q");
  f.from = params.Date("from");
  f.to = params.Date("to");
  f.article_id = params.Int("article", 0, 1, 2000000000);
  f.page = params.GetPage();
  if (!params.status().ok()) return FromStatus(params.status());
  std::string next;
  auto r = store_->Quotes(f, &next);
  if (!r.ok()) return FromStatus(r.status());
  return JsonResponse(200, ListJson(*r, next, WriteQuote));
}

HttpResponse ServiceImpl::Events(const HttpRequest& req) const {
  Params params(req, {"source", "target", "code", "root", "from", "to", "either",
                      "mentions", "limit", "cursor"});
  EventFilter f;
  f.source = params.Str("source");
  f.target = params.Str("target");
  f.code = params.Str("code");
  f.root = params.Str("root");
  f.from = params.Date("from");
  f.to = params.Date("to");
  f.either_direction = params.Bool("either");
  bool mentions = params.Bool("mentions");
  f.page = params.GetPage();
  if (!params.status().ok()) return FromStatus(params.status());
  std::string next;
  auto r = store_->Events(f, mentions, &next);
  if (!r.ok()) return FromStatus(r.status());
  return JsonResponse(200, ListJson(*r, next, WriteEvent));
}

HttpResponse ServiceImpl::Timeline(const HttpRequest& req) const {
  Params params(req, {"a", "b", "by", "from", "to"});
  TimelineQuery q;
  q.a = params.Str("a");
  q.b = params.Str("b");
  q.by = params.OneOf("by", {"day", "week"}, "day") == "week" ? TimelineBy::kWeek
                                                               : TimelineBy::kDay;
  q.from = params.Date("from");
  q.to = params.Date("to");
  if (!params.status().ok()) return FromStatus(params.status());
  if (q.a.empty()) return Error(400, "a: required (an actor code such as RUS, or an entity key)");
  if (q.b.empty()) return Error(400, "b: required (an actor code such as USA, or an entity key)");
  auto t = store_->GetTimeline(q);
  if (!t.ok()) return FromStatus(t.status());
  std::string out;
  JsonWriter w(&out);
  WriteTimeline(w, q, *t);
  return JsonResponse(200, std::move(out));
}

HttpResponse ServiceImpl::Entities(const HttpRequest& req) const {
  Params params(req, {"q", "type", "limit", "cursor"});
  EntityFilter f;
  f.q = params.Str("q");
  f.type = params.Str("type");
  f.page = params.GetPage();
  if (!params.status().ok()) return FromStatus(params.status());
  std::string next;
  auto r = store_->Entities(f, &next);
  if (!r.ok()) return FromStatus(r.status());
  return JsonResponse(200, ListJson(*r, next, WriteEntity));
}

HttpResponse ServiceImpl::GetEntity(const HttpRequest& req, const std::string& id) const {
  Params params(req, {});
  if (!params.status().ok()) return FromStatus(params.status());
  auto p = store_->GetEntity(id);
  if (!p.ok()) return FromStatus(p.status());
  std::string out;
  JsonWriter w(&out);
  WriteEntityProfile(w, *p);
  return JsonResponse(200, std::move(out));
}

HttpResponse ServiceImpl::ListWatches(const HttpRequest& req) const {
  if (!Authorized(req)) return Unauthorized();
  Params params(req, {});
  if (!params.status().ok()) return FromStatus(params.status());
  auto r = store_->ListWatches();
  if (!r.ok()) return FromStatus(r.status());
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("items");
  w.BeginArray();
  for (const Watch& x : *r) WriteWatch(w, x, true);
  w.EndArray();
  w.EndObject();
  return JsonResponse(200, std::move(out));
}

HttpResponse ServiceImpl::PostWatch(const HttpRequest& req) const {
  if (!Authorized(req)) return Unauthorized();
  Params params(req, {});
  if (!params.status().ok()) return FromStatus(params.status());
  if (req.body.size() > 64 * 1024) return Error(413, "the watch is larger than 64 KiB");
  simdjson::dom::parser parser;
  simdjson::padded_string padded(req.body);
  simdjson::dom::element root;
  if (parser.parse(padded).get(root) != simdjson::SUCCESS)
    return Error(400, "the body is not valid JSON");
  simdjson::dom::object obj;
  if (root.get_object().get(obj) != simdjson::SUCCESS)
    return Error(400, "the body must be a JSON object");
  Watch w;
  for (auto field : obj) {
    std::string key(field.key);
    std::string* target = nullptr;
    if (key == "kind") target = &w.kind;
    else if (key == "name") target = &w.name;
    else if (key == "speaker") target = &w.speaker;
    else if (key == "a") target = &w.actor_a;
    else if (key == "b") target = &w.actor_b;
    else if (key == "words") target = &w.words;
    else if (key == "webhook") target = &w.webhook;
    if (key == "consent") {
      bool b = false;
      if (field.value.get_bool().get(b) != simdjson::SUCCESS)
        return Error(400, "consent: must be true or false");
      w.consent = b;
      continue;
    }
    if (!target)
      return Error(400, "unknown field '" + key.substr(0, 40) +
                            "'; a watch has kind, name, speaker, a, b, words, "
                            "webhook, consent");
    if (field.value.is_null()) continue;
    std::string_view s;
    if (field.value.get_string().get(s) != simdjson::SUCCESS)
      return Error(400, key + ": must be a string");
    *target = std::string(TrimAscii(s));
  }
  auto added = store_->AddWatch(w);
  if (!added.ok()) return FromStatus(added.status());
  std::string out;
  JsonWriter jw(&out);
  WriteWatch(jw, *added, true);
  HttpResponse r = JsonResponse(201, std::move(out));
  r.headers.push_back({"Location", "/feeds/" + added->id + ".atom"});
  return r;
}

HttpResponse ServiceImpl::DeleteWatch(const HttpRequest& req, const std::string& id) const {
  if (!Authorized(req)) return Unauthorized();
  Params params(req, {});
  if (!params.status().ok()) return FromStatus(params.status());
  auto r = store_->RemoveWatch(id, "");
  if (!r.ok()) return FromStatus(r.status());
  if (!*r) return Error(404, "no watch '" + id.substr(0, 80) + "'");
  return JsonResponse(200, "{\"deleted\":true}");
}

HttpResponse ServiceImpl::Unsubscribe(const HttpRequest& req, const std::string& id) const {
  Params params(req, {"token"});
  std::string token = params.Str("token");
  if (!params.status().ok()) return FromStatus(params.status());
  if (token.empty()) return Error(400, "token: required (it is in your unsubscribe link)");
  auto w = store_->GetWatch(id);
  if (!w.ok() || !ConstantTimeEquals(w->unsubscribe_token, token)) {
    return HtmlPage(404, "Nothing to unsubscribe",
                    "<p>This watchlist does not exist any more, or the link is "
                    "not right.</p>");
  }
  if (req.method != "POST") {
    // A page with a button, so that link scanners cannot unsubscribe anyone.
    return HtmlPage(200, "Unsubscribe",
                    "<p>Stop the watchlist <strong>" + HtmlEscape(w->name) +
                        "</strong>: its feed and webhook end.</p><form method=\"post\" "
                        "action=\"/api/watches/" + HtmlEscape(id) + "/unsubscribe?token=" +
                        HtmlEscape(token) + "\"><button type=\"submit\">Unsubscribe</button></form>");
  }
  auto r = store_->RemoveWatch(id, token);
  if (!r.ok()) return FromStatus(r.status());
  return HtmlPage(200, "Unsubscribed",
                  "<p>The watchlist <strong>" + HtmlEscape(w->name) +
                      "</strong> is deleted; nothing more will be sent.</p>");
}

HttpResponse ServiceImpl::Feed(const HttpRequest& req, const std::string& id) const {
  Params params(req, {});
  if (!params.status().ok()) return FromStatus(params.status());
  auto w = store_->GetWatch(id);
  if (!w.ok()) return FromStatus(w.status());
  std::string base = options_.base_url;
  if (base.empty()) {
    auto host = req.headers.find("host");
    if (host != req.headers.end() && !host->second.empty() &&
        host->second.find_first_of("<>\"' ") == std::string::npos)
      base = "http://" + host->second;
  }
  auto feed = WatchFeed(*store_, *w, base);
  if (!feed.ok()) return FromStatus(feed.status());
  HttpResponse r;
  r.content_type = "application/atom+xml; charset=utf-8";
  r.body = std::move(feed.value());
  r.headers.push_back({"Cache-Control", "no-cache"});
  return r;
}

}  // namespace

Result<std::unique_ptr<Service>> Service::Create(Store* store, const Pipeline* pipeline,
                                                 ServiceOptions options) {
  if (!store) return Status::InvalidArgument("Service::Create: no store");
  while (!options.base_url.empty() && options.base_url.back() == '/')
    options.base_url.pop_back();
  return std::unique_ptr<Service>(new ServiceImpl(store, pipeline, std::move(options)));
}

}  // namespace newsmill
