#include "store/store_json.h"

#include <cmath>

namespace newsmill {
namespace {

// Sums of Goldstein scores to two decimals: 16.2, not 16.200000000000003.
double Round2(double v) { return std::round(v * 100.0) / 100.0; }

}  // namespace

void WriteEngine(JsonWriter& w, const EngineInfo& e) {
  w.BeginObject();
  w.Key("name"); w.String(e.name);
  w.Key("version"); w.String(e.version);
  w.Key("lexicon"); w.String(e.lexicon);
  w.EndObject();
}

void WriteActorRef(JsonWriter& w, const ActorRef& a) {
  if (a.key.empty() && a.name.empty() && a.actor.empty()) {
    w.Null();
    return;
  }
  w.BeginObject();
  w.Key("key"); w.StringOrNull(a.key);
  w.Key("name"); w.StringOrNull(a.name);
  w.Key("actor"); w.StringOrNull(a.actor);
  w.Key("country"); w.StringOrNull(a.country);
  w.EndObject();
}

namespace {

void SummaryFields(JsonWriter& w, const ArticleSummary& a) {
  w.Key("id"); w.Int(a.id);
  w.Key("key"); w.String(a.key);
  w.Key("doc_id"); w.String(a.doc_id);
  w.Key("url"); w.StringOrNull(a.url);
  w.Key("outlet"); w.StringOrNull(a.outlet);
  w.Key("title"); w.StringOrNull(a.title);
  w.Key("authors");
  w.BeginArray();
  for (const auto& s : a.authors) w.String(s);
  w.EndArray();
  w.Key("published"); w.StringOrNull(a.published);
  w.Key("language"); w.StringOrNull(a.language);
  w.Key("analysed"); w.Bool(a.analysed);
  w.Key("has_text"); w.Bool(a.has_text);
  w.Key("text_length"); w.Int(a.text_length);
  w.Key("entities"); w.Int(a.entities);
  w.Key("quotes"); w.Int(a.quotes);
  w.Key("events"); w.Int(a.events);
  w.Key("stored_at"); w.String(a.stored_at);
  w.Key("engine"); WriteEngine(w, a.engine);
}

}  // namespace

void WriteArticleSummary(JsonWriter& w, const ArticleSummary& a) {
  w.BeginObject();
  SummaryFields(w, a);
  w.EndObject();
}

void WriteStoredArticle(JsonWriter& w, const StoredArticle& a) {
  w.BeginObject();
  SummaryFields(w, a.summary);
  w.Key("record");
  if (a.record_json.empty()) w.Null(); else w.Raw(a.record_json);
  w.EndObject();
}

void WriteQuote(JsonWriter& w, const QuoteRow& q) {
  w.BeginObject();
  w.Key("id"); w.Int(q.id);
  w.Key("article_id"); w.Int(q.article_id);
  w.Key("article_title"); w.StringOrNull(q.article_title);
  w.Key("published"); w.StringOrNull(q.published);
  w.Key("kind"); w.String(q.kind);
  w.Key("text"); w.String(q.text);
  w.Key("start"); w.Int(q.start);
  w.Key("end"); w.Int(q.end);
  w.Key("speaker"); WriteActorRef(w, q.speaker);
  w.Key("cue"); w.StringOrNull(q.cue);
  w.Key("source"); w.StringOrNull(q.source);
  w.Key("sentence"); w.Int(q.sentence);
  w.Key("engine"); WriteEngine(w, q.engine);
  w.EndObject();
}

void WriteEntity(JsonWriter& w, const EntityRow& e) {
  w.BeginObject();
  w.Key("id"); w.Int(e.id);
  w.Key("key"); w.String(e.key);
  w.Key("name"); w.String(e.name);
  w.Key("type"); w.String(e.type);
  w.Key("actor"); w.StringOrNull(e.actor);
  w.Key("country"); w.StringOrNull(e.country);
  w.Key("mentions"); w.Int(e.mentions);
  w.Key("articles"); w.Int(e.articles);
  w.Key("quotes"); w.Int(e.quotes);
  w.EndObject();
}

void WriteEntityProfile(JsonWriter& w, const EntityProfile& p) {
  w.BeginObject();
  w.Key("entity"); WriteEntity(w, p.entity);
  w.Key("counterparts");
  w.BeginArray();
  for (const Counterpart& c : p.counterparts) {
    w.BeginObject();
    w.Key("actor"); WriteActorRef(w, c.actor);
    w.Key("events"); w.Int(c.events);
    w.Key("cooperation"); w.Int(c.cooperation);
    w.Key("conflict"); w.Int(c.conflict);
    w.Key("goldstein"); w.Double(Round2(c.goldstein));
    w.EndObject();
  }
  w.EndArray();
  for (int i = 0; i < 2; ++i) {
    w.Key(i == 0 ? "acts" : "received");
    w.BeginArray();
    for (const CodeCount& c : i == 0 ? p.acts : p.received) {
      w.BeginObject();
      w.Key("code"); w.String(c.code);
      w.Key("count"); w.Int(c.count);
      w.EndObject();
    }
    w.EndArray();
  }
  w.Key("recent_quotes");
  w.BeginArray();
  for (const QuoteRow& q : p.recent_quotes) WriteQuote(w, q);
  w.EndArray();
  w.Key("recent_articles");
  w.BeginArray();
  for (const ArticleSummary& a : p.recent_articles) WriteArticleSummary(w, a);
  w.EndArray();
  w.EndObject();
}

void WriteEvent(JsonWriter& w, const EventRow& e) {
  w.BeginObject();
  w.Key("id"); w.Int(e.id);
  w.Key("article_id"); w.Int(e.article_id);
  w.Key("article_title"); w.StringOrNull(e.article_title);
  w.Key("group"); w.Int(e.group);
  w.Key("mentions"); w.Int(e.mention_count);
  w.Key("code"); w.String(e.code);
  w.Key("root"); w.String(e.root);
  w.Key("quad"); w.Int(e.quad);
  w.Key("goldstein"); w.Double(e.goldstein);
  w.Key("plover"); w.StringOrNull(e.plover);
  w.Key("source"); WriteActorRef(w, e.source);
  w.Key("target"); WriteActorRef(w, e.target);
  w.Key("date"); w.StringOrNull(e.date);
  w.Key("location");
  if (e.location_name.empty()) {
    w.Null();
  } else {
    w.BeginObject();
    w.Key("name"); w.String(e.location_name);
    w.Key("country"); w.StringOrNull(e.location_country);
    w.EndObject();
  }
  w.Key("mode"); w.String(e.mode);
  w.Key("confidence"); w.Double(e.confidence);
  w.Key("cue"); w.StringOrNull(e.cue);
  w.Key("sentence"); w.Int(e.sentence);
  w.Key("engine"); WriteEngine(w, e.engine);
  w.EndObject();
}

void WriteTimeline(JsonWriter& w, const TimelineQuery& q, const Timeline& t) {
  w.BeginObject();
  w.Key("a"); w.String(q.a);
  w.Key("b"); w.String(q.b);
  w.Key("by"); w.String(q.by == TimelineBy::kWeek ? "week" : "day");
  w.Key("total_events"); w.Int(t.total_events);
  w.Key("buckets");
  w.BeginArray();
  for (const TimelineBucket& b : t.buckets) {
    w.BeginObject();
    w.Key("period"); w.String(b.period);
    w.Key("start"); w.String(b.start);
    w.Key("cooperation"); w.Int(b.cooperation);
    w.Key("conflict"); w.Int(b.conflict);
    w.Key("cooperation_goldstein"); w.Double(Round2(b.cooperation_goldstein));
    w.Key("conflict_goldstein"); w.Double(Round2(b.conflict_goldstein));
    w.Key("goldstein"); w.Double(Round2(b.cooperation_goldstein + b.conflict_goldstein));
    w.Key("a_to_b"); w.Int(b.a_to_b);
    w.Key("b_to_a"); w.Int(b.b_to_a);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void WriteStats(JsonWriter& w, const StoreStats& s) {
  w.BeginObject();
  w.Key("articles"); w.Int(s.articles);
  w.Key("entities"); w.Int(s.entities);
  w.Key("mentions"); w.Int(s.mentions);
  w.Key("quotes"); w.Int(s.quotes);
  w.Key("events"); w.Int(s.events);
  w.Key("event_mentions"); w.Int(s.event_mentions);
  w.Key("times"); w.Int(s.times);
  w.Key("quantities"); w.Int(s.quantities);
  w.Key("watches"); w.Int(s.watches);
  w.Key("first_published"); w.StringOrNull(s.first_published);
  w.Key("last_published"); w.StringOrNull(s.last_published);
  w.EndObject();
}

void WriteWatch(JsonWriter& w, const Watch& x, bool with_token) {
  w.BeginObject();
  w.Key("id"); w.String(x.id);
  w.Key("name"); w.String(x.name);
  w.Key("kind"); w.String(x.kind);
  w.Key("speaker"); w.StringOrNull(x.speaker);
  w.Key("a"); w.StringOrNull(x.actor_a);
  w.Key("b"); w.StringOrNull(x.actor_b);
  w.Key("words"); w.StringOrNull(x.words);
  w.Key("webhook"); w.StringOrNull(x.webhook);
  w.Key("consent"); w.Bool(x.consent);
  w.Key("created_at"); w.String(x.created_at);
  w.Key("feed"); w.String("/feeds/" + x.id + ".atom");
  if (with_token) {
    w.Key("unsubscribe");
    w.String("/api/watches/" + x.id + "/unsubscribe?token=" + x.unsubscribe_token);
  }
  w.EndObject();
}

}  // namespace newsmill
