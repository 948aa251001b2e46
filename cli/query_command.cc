// newsmill query: read paths over a database written by `newsmill ingest`,
// as aligned tables (default) or JSON (the objects of the HTTP API, see
// docs/api.md).
//
//   newsmill query stats
//   newsmill query quotes --speaker Putin --q guarantees
//   newsmill query timeline RUS USA --by week --format json
#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/json_writer.h"
#include "base/utf8.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "store/store.h"
#include "store/store_json.h"

namespace newsmill::cli {
namespace {

struct QueryFlags {
  std::string db = kDefaultDatabase;
  std::string format = "table";
  int limit = 20;
  std::string cursor;
  // Filters (each subcommand uses some).
  std::string q, outlet, from, to, speaker, type, source, target, code, root;
  std::string by = "day";
  std::string id;
  std::string a, b;
  bool mentions = false;
  bool either = false;
};

// ---- Tables ----------------------------------------------------------------

// Shortens s to at most width code points, with an ellipsis; newlines
// become spaces.
std::string Fit(std::string_view s, size_t width) {
  std::string flat;
  for (char c : s) flat += (c == '\n' || c == '\t' || c == '\r') ? ' ' : c;
  if (CountCodePoints(flat) <= width) return flat;
  std::string out;
  size_t pos = 0, n = 0;
  while (pos < flat.size() && n + 1 < width) {
    size_t start = pos;
    DecodeUtf8(flat, &pos);
    out.append(flat, start, pos - start);
    ++n;
  }
  return out + "\xE2\x80\xA6";  // …
}

class Table {
 public:
  explicit Table(std::vector<std::string> header) { rows_.push_back(std::move(header)); }
  void Add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  void Print() const {
    std::vector<size_t> width(rows_[0].size(), 0);
    for (const auto& r : rows_)
      for (size_t i = 0; i < r.size(); ++i)
        width[i] = std::max(width[i], CountCodePoints(r[i]));
    for (size_t k = 0; k < rows_.size(); ++k) {
      std::string line;
      for (size_t i = 0; i < rows_[k].size(); ++i) {
        line += rows_[k][i];
        if (i + 1 < rows_[k].size())
          line += std::string(width[i] - CountCodePoints(rows_[k][i]) + 2, ' ');
      }
      std::printf("%s\n", line.c_str());
      if (k == 0) {
        std::string rule;
        for (size_t i = 0; i < width.size(); ++i)
          rule += std::string(width[i], '-') + (i + 1 < width.size() ? "  " : "");
        std::printf("%s\n", rule.c_str());
      }
    }
    if (rows_.size() == 1) std::printf("(nothing found)\n");
  }

 private:
  std::vector<std::vector<std::string>> rows_;
};

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string Date10(const std::string& s) { return s.substr(0, 10); }

std::string ActorLabel(const ActorRef& a) {
  if (a.name.empty() && a.actor.empty()) return "-";
  std::string s = a.name.empty() ? a.actor : a.name;
  if (!a.actor.empty() && !a.name.empty()) s += " (" + a.actor + ")";
  return s;
}

void PrintMore(const QueryFlags& f, const std::string& next) {
  if (!next.empty())
    std::printf("more: add --cursor %s (or raise --limit, now %d)\n", next.c_str(),
                f.limit);
}

// ---- JSON ------------------------------------------------------------------

template <typename T, typename F>
void PrintJsonList(const std::vector<T>& items, const std::string& next, F write) {
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
  std::printf("%s\n", out.c_str());
}

// ---- The subcommands ----------------------------------------------------------

int Fail(const Status& st) {
  PrintError(st.message());
  return st.code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFatal;
}

Result<std::unique_ptr<Store>> OpenForQuery(const QueryFlags& f) {
  StoreOptions o;
  o.read_only = true;
  o.create_if_missing = false;
  auto s = Store::Open(f.db, o);
  if (!s.ok() && s.status().code() == StatusCode::kNotFound)
    return Status::NotFound(s.status().message() +
                            " (create it with: newsmill ingest FILES --db " + f.db + ")");
  return s;
}

int RunQuery(const std::string& what, const QueryFlags& f) {
  bool json = f.format == "json";
  if (!json && f.format != "table") {
    PrintError("--format: '" + f.format + "' is not table or json");
    return kExitUsage;
  }
  auto opened = OpenForQuery(f);
  if (!opened.ok()) return Fail(opened.status());
  Store& store = **opened;
  Page page{f.limit, f.cursor};
  std::string next;

  if (what == "stats") {
    auto s = store.Stats();
    if (!s.ok()) return Fail(s.status());
    if (json) {
      std::string out;
      JsonWriter w(&out);
      WriteStats(w, *s);
      std::printf("%s\n", out.c_str());
      return kExitOk;
    }
    Table t({"what", "count"});
    t.Add({"articles", std::to_string(s->articles)});
    t.Add({"entities", std::to_string(s->entities)});
    t.Add({"mentions", std::to_string(s->mentions)});
    t.Add({"quotes", std::to_string(s->quotes)});
    t.Add({"events", std::to_string(s->events) + " (" +
                         std::to_string(s->event_mentions) + " mentions)"});
    t.Add({"times", std::to_string(s->times)});
    t.Add({"quantities", std::to_string(s->quantities)});
    t.Add({"watches", std::to_string(s->watches)});
    if (!s->first_published.empty())
      t.Add({"published", s->first_published + " .. " + s->last_published});
    t.Print();
    return kExitOk;
  }

  if (what == "summary") {
    // A readable overview for people: counts, articles, the most mentioned
    // actors and who is quoted most (over the latest 1,000 quotes).
    auto s = store.Stats();
    if (!s.ok()) return Fail(s.status());
    std::printf("%lld articles, %lld actors, %lld quotes, %lld events",
                static_cast<long long>(s->articles), static_cast<long long>(s->entities),
                static_cast<long long>(s->quotes), static_cast<long long>(s->events));
    if (!s->first_published.empty())
      std::printf(", published %s .. %s", Date10(s->first_published).c_str(),
                  Date10(s->last_published).c_str());
    std::printf("\n\nArticles\n");
    auto arts = store.ListArticles(ArticleFilter{"", "", "", "", Page{10, ""}}, &next);
    if (!arts.ok()) return Fail(arts.status());
    Table at({"published", "title", "quotes", "events"});
    for (const ArticleSummary& a : *arts)
      at.Add({Date10(a.published), Fit(a.title.empty() ? a.key : a.title, 64),
              std::to_string(a.quotes), std::to_string(a.events)});
    at.Print();
    std::printf("\nTop actors\n");
    auto ents = store.Entities(EntityFilter{"", "", Page{10, ""}}, &next);
    if (!ents.ok()) return Fail(ents.status());
    Table et({"actor", "type", "code", "mentions", "articles"});
    for (const EntityRow& e : *ents)
      et.Add({Fit(e.name, 32), e.type, e.actor, std::to_string(e.mentions),
              std::to_string(e.articles)});
    et.Print();
    std::printf("\nQuotes by speaker\n");
    QuoteFilter qf;
    qf.page = Page{1000, ""};
    auto quotes = store.Quotes(qf, &next);
    if (!quotes.ok()) return Fail(quotes.status());
    std::map<std::string, std::pair<int, std::string>> by_speaker;
    for (const QuoteRow& q : *quotes) {
      std::string who = q.speaker.name.empty() ? "(unknown)" : q.speaker.name;
      auto& [n, sample] = by_speaker[who];
      if (n++ == 0 || (sample.size() < 20 && q.text.size() > sample.size())) sample = q.text;
    }
    std::vector<std::pair<int, std::string>> order;
    for (const auto& [who, v] : by_speaker) order.emplace_back(-v.first, who);
    std::sort(order.begin(), order.end());
    Table qt({"speaker", "quotes", "for example"});
    for (size_t i = 0; i < order.size() && i < 10; ++i) {
      const auto& v = by_speaker[order[i].second];
      qt.Add({Fit(order[i].second, 28), std::to_string(v.first), Fit(v.second, 70)});
    }
    qt.Print();
    return kExitOk;
  }

  if (what == "articles") {
    ArticleFilter af{f.q, f.outlet, f.from, f.to, page};
    auto r = store.ListArticles(af, &next);
    if (!r.ok()) return Fail(r.status());
    if (json) {
      PrintJsonList(*r, next, WriteArticleSummary);
      return kExitOk;
    }
    Table t({"id", "published", "outlet", "title", "quotes", "events", "key"});
    for (const ArticleSummary& a : *r)
      t.Add({std::to_string(a.id), Date10(a.published), Fit(a.outlet, 20),
             Fit(a.title.empty() ? "(untitled)" : a.title, 60),
             std::to_string(a.quotes), std::to_string(a.events), Fit(a.key, 40)});
    t.Print();
    PrintMore(f, next);
    return kExitOk;
  }

  if (what == "article") {
    auto r = store.GetArticle(f.id);
    if (!r.ok()) return Fail(r.status());
    if (json) {
      std::string out;
      JsonWriter w(&out);
      WriteStoredArticle(w, *r);
      std::printf("%s\n", out.c_str());
      return kExitOk;
    }
    const ArticleSummary& a = r->summary;
    std::printf("%s\n", a.title.empty() ? "(untitled)" : a.title.c_str());
    std::printf("id %lld  key %s\n", static_cast<long long>(a.id), a.key.c_str());
    if (!a.outlet.empty() || !a.published.empty())
      std::printf("%s  %s\n", a.outlet.c_str(), a.published.c_str());
    if (!a.url.empty()) std::printf("%s\n", a.url.c_str());
    std::printf("%lld entities, %lld quotes, %lld event mentions; engine %s %s (%s)\n\n",
                static_cast<long long>(a.entities), static_cast<long long>(a.quotes),
                static_cast<long long>(a.events), a.engine.name.c_str(),
                a.engine.version.c_str(), a.engine.lexicon.c_str());
    std::printf("%s\n", a.has_text ? r->text.c_str()
                                   : "(stored without its text: --no-text)");
    QuoteFilter qf;
    qf.article_id = a.id;
    qf.page.limit = 1000;
    auto quotes = store.Quotes(qf, nullptr);
    if (quotes.ok() && !quotes->empty()) {
      std::printf("\nQuotes\n");
      Table t({"speaker", "cue", "quote"});
      for (const QuoteRow& q : *quotes)
        t.Add({Fit(q.speaker.name.empty() ? "-" : q.speaker.name, 30),
               q.cue.empty() ? "-" : q.cue, Fit(q.text, 80)});
      t.Print();
    }
    return kExitOk;
  }

  if (what == "quotes") {
    QuoteFilter qf;
    qf.speaker = f.speaker;
    qf.q = f.q;
    qf.from = f.from;
    qf.to = f.to;
    qf.page = page;
    auto r = store.Quotes(qf, &next);
    if (!r.ok()) return Fail(r.status());
    if (json) {
      PrintJsonList(*r, next, WriteQuote);
      return kExitOk;
    }
    Table t({"published", "speaker", "quote", "article"});
    for (const QuoteRow& q : *r)
      t.Add({Date10(q.published), Fit(q.speaker.name.empty() ? "-" : q.speaker.name, 28),
             Fit(q.text, 80), std::to_string(q.article_id)});
    t.Print();
    PrintMore(f, next);
    return kExitOk;
  }

  if (what == "entities") {
    EntityFilter ef{f.q, f.type, page};
    auto r = store.Entities(ef, &next);
    if (!r.ok()) return Fail(r.status());
    if (json) {
      PrintJsonList(*r, next, WriteEntity);
      return kExitOk;
    }
    Table t({"key", "name", "type", "actor", "mentions", "articles", "quotes"});
    for (const EntityRow& e : *r)
      t.Add({Fit(e.key, 30), Fit(e.name, 30), e.type, e.actor.empty() ? "-" : e.actor,
             std::to_string(e.mentions), std::to_string(e.articles),
             std::to_string(e.quotes)});
    t.Print();
    PrintMore(f, next);
    return kExitOk;
  }

  if (what == "entity") {
    auto r = store.GetEntity(f.id);
    if (!r.ok()) return Fail(r.status());
    if (json) {
      std::string out;
      JsonWriter w(&out);
      WriteEntityProfile(w, *r);
      std::printf("%s\n", out.c_str());
      return kExitOk;
    }
    const EntityRow& e = r->entity;
    std::printf("%s  [%s]  %s %s\n%lld mentions in %lld articles, %lld quotes\n",
                e.name.c_str(), e.key.c_str(), e.type.c_str(), e.actor.c_str(),
                static_cast<long long>(e.mentions), static_cast<long long>(e.articles),
                static_cast<long long>(e.quotes));
    if (!r->counterparts.empty()) {
      std::printf("\nCounterparts\n");
      Table t({"actor", "events", "cooperation", "conflict", "goldstein"});
      for (const Counterpart& c : r->counterparts)
        t.Add({Fit(ActorLabel(c.actor), 40), std::to_string(c.events),
               std::to_string(c.cooperation), std::to_string(c.conflict),
               Num(c.goldstein)});
      t.Print();
    }
    if (!r->acts.empty()) {
      std::printf("\nActs (CAMEO codes as source)\n");
      Table t({"code", "count"});
      for (const CodeCount& c : r->acts) t.Add({c.code, std::to_string(c.count)});
      t.Print();
    }
    if (!r->recent_quotes.empty()) {
      std::printf("\nRecent quotes\n");
      Table t({"published", "quote", "article"});
      for (const QuoteRow& q : r->recent_quotes)
        t.Add({Date10(q.published), Fit(q.text, 90), std::to_string(q.article_id)});
      t.Print();
    }
    return kExitOk;
  }

  if (what == "events") {
    EventFilter ef;
    ef.source = f.source;
    ef.target = f.target;
    ef.code = f.code;
    ef.root = f.root;
    ef.from = f.from;
    ef.to = f.to;
    ef.either_direction = f.either;
    ef.page = page;
    auto r = store.Events(ef, f.mentions, &next);
    if (!r.ok()) return Fail(r.status());
    if (json) {
      PrintJsonList(*r, next, WriteEvent);
      return kExitOk;
    }
    Table t({"date", "source", "code", "target", "goldstein", "mentions", "article"});
    for (const EventRow& e : *r)
      t.Add({Date10(e.date), Fit(ActorLabel(e.source), 34), e.code,
             Fit(ActorLabel(e.target), 34), Num(e.goldstein),
             std::to_string(e.mention_count), std::to_string(e.article_id)});
    t.Print();
    PrintMore(f, next);
    return kExitOk;
  }

  if (what == "timeline") {
    TimelineQuery tq;
    tq.a = f.a;
    tq.b = f.b;
    if (f.by == "week") tq.by = TimelineBy::kWeek;
    else if (f.by != "day") {
      PrintError("--by: '" + f.by + "' is not day or week");
      return kExitUsage;
    }
    tq.from = f.from;
    tq.to = f.to;
    auto r = store.GetTimeline(tq);
    if (!r.ok()) return Fail(r.status());
    if (json) {
      std::string out;
      JsonWriter w(&out);
      WriteTimeline(w, tq, *r);
      std::printf("%s\n", out.c_str());
      return kExitOk;
    }
    Table t({f.by, "cooperation", "conflict", "goldstein", f.a + "->" + f.b,
             f.b + "->" + f.a});
    for (const TimelineBucket& b : r->buckets)
      t.Add({b.period, std::to_string(b.cooperation), std::to_string(b.conflict),
             Num(b.cooperation_goldstein + b.conflict_goldstein),
             std::to_string(b.a_to_b), std::to_string(b.b_to_a)});
    t.Print();
    return kExitOk;
  }
  PrintError("query: unknown '" + what + "'");
  return kExitUsage;
}

}  // namespace

void AddQueryCommand(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<QueryFlags>();
  CLI::App* cmd = app.add_subcommand(
      "query", "Read a database written by 'newsmill ingest': articles, quotes "
               "by speaker, actors, events, timelines");
  cmd->require_subcommand(1);
  cmd->fallthrough();
  cmd->add_option("--db", f->db, "SQLite database (default: newsmill.db)");
  cmd->add_option("--format", f->format, "table (default) or json")
      ->check(CLI::IsMember({"table", "json"}));
  cmd->add_option("-n,--limit", f->limit, "Rows per page, 1..1000 (default 20)")
      ->check(CLI::Range(1, 1000));
  cmd->add_option("--cursor", f->cursor, "Continue after a previous page");
  auto dates = [&](CLI::App* sub) {
    sub->add_option("--from", f->from, "From this date (YYYY-MM-DD), inclusive");
    sub->add_option("--to", f->to, "Up to this date (YYYY-MM-DD), inclusive");
  };
  auto on = [&](CLI::App* sub, std::string what) {
    sub->callback([f, exit_code, what] { *exit_code = RunQuery(what, *f); });
  };

  on(cmd->add_subcommand("stats", "Counts of what the database holds"), "stats");
  on(cmd->add_subcommand("summary",
                         "Readable overview: articles, top actors, quotes by speaker"),
     "summary");

  CLI::App* articles = cmd->add_subcommand("articles", "List articles, newest first");
  articles->add_option("--q", f->q, "Words in the title or text");
  articles->add_option("--outlet", f->outlet, "Only this outlet");
  dates(articles);
  on(articles, "articles");

  CLI::App* article = cmd->add_subcommand("article", "One article with its quotes");
  article->add_option("id", f->id, "Row id or article key")->required();
  on(article, "article");

  CLI::App* quotes = cmd->add_subcommand("quotes", "Quotes, newest first");
  quotes->add_option("--speaker", f->speaker,
                     "Speaker: entity key (vladimir-putin) or name (Putin)");
  quotes->add_option("--q", f->q,
                     "Words in the quote; \"a phrase\" in quotes; word* for a prefix");
  dates(quotes);
  on(quotes, "quotes");

  CLI::App* entities = cmd->add_subcommand("entities", "Actors, most mentioned first");
  entities->add_option("--q", f->q, "Words of the name (prefixes match)");
  entities->add_option("--type", f->type,
                       "PERSON, ORGANIZATION, COUNTRY, PLACE or GROUP");
  on(entities, "entities");

  CLI::App* entity = cmd->add_subcommand(
      "entity", "One actor: counterparts, acts, recent quotes");
  entity->add_option("id", f->id, "Entity key or row id")->required();
  on(entity, "entity");

  CLI::App* events = cmd->add_subcommand("events", "Coded events, newest first");
  events->add_option("--source", f->source,
                     "Source actor: CAMEO code prefix (RUS, USAGOV) or entity key");
  events->add_option("--target", f->target, "Target actor, as --source");
  events->add_option("--code", f->code, "CAMEO event code (e.g. 112)");
  events->add_option("--root", f->root, "CAMEO root (e.g. 11)");
  events->add_flag("--either", f->either, "Source and target in either direction");
  events->add_flag("--mentions", f->mentions,
                   "One row per event mention instead of per event");
  dates(events);
  on(events, "events");

  CLI::App* timeline = cmd->add_subcommand(
      "timeline", "Cooperation and conflict between two actors per day or week");
  timeline->add_option("a", f->a, "First actor (CAMEO code prefix or entity key)")
      ->required();
  timeline->add_option("b", f->b, "Second actor")->required();
  timeline->add_option("--by", f->by, "day (default) or week")
      ->check(CLI::IsMember({"day", "week"}));
  dates(timeline);
  on(timeline, "timeline");

  cmd->footer(
      "Examples:\n"
      "  newsmill query --db news.db stats\n"
      "  newsmill query --db news.db quotes --speaker Putin --q guarantees\n"
      "  newsmill query --db news.db entities --type PERSON\n"
      "  newsmill query --db news.db timeline RUS USA --by week --format json\n");
}

}  // namespace newsmill::cli
