// Watchlists out of the server: Atom feeds (RFC 4287) and webhook
// deliveries of new matches.
#include <algorithm>

#include "base/json_writer.h"
#include "base/utf8.h"
#include "newsmill/pipeline.h"
#include "server/service.h"
#include "store/store_json.h"

namespace newsmill {
namespace {

// XML text: escapes markup and drops characters XML 1.0 cannot carry.
std::string Xml(std::string_view s) {
  std::string out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t start = pos;
    char32_t c = DecodeUtf8(s, &pos);
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
    else if (c == 0xFFFE || c == 0xFFFF) continue;
    else out.append(s.substr(start, pos - start));
  }
  return out;
}

std::string Shorten(std::string_view s, size_t max_code_points) {
  std::string out;
  size_t pos = 0, n = 0;
  while (pos < s.size()) {
    size_t start = pos;
    DecodeUtf8(s, &pos);
    if (++n > max_code_points) return out + "\xE2\x80\xA6";
    out.append(s.substr(start, pos - start));
  }
  return out;
}

std::string Describe(const Watch& w) {
  if (w.kind == "pair") return "events between " + w.actor_a + " and " + w.actor_b;
  std::string d = w.kind == "speaker" ? "quotes by " + w.speaker : "quotes";
  if (!w.words.empty()) d += " with \"" + w.words + "\"";
  return d;
}

std::string MatchTitle(const WatchMatch& m) {
  if (m.quote) {
    const QuoteRow& q = *m.quote;
    std::string who = q.speaker.name.empty() ? "Unattributed" : q.speaker.name;
    return who + ": \xE2\x80\x9C" + Shorten(q.text, 120) + "\xE2\x80\x9D";
  }
  const EventRow& e = *m.event;
  auto name = [](const ActorRef& a) { return a.name.empty() ? a.actor : a.name; };
  return name(e.source) + " \xE2\x86\x92 " + name(e.target) + ": CAMEO " + e.code +
         (e.cue.empty() ? "" : " (" + e.cue + ")");
}

}  // namespace

Result<std::string> WatchFeed(const Store& store, const Watch& w,
                              const std::string& base) {
  auto matches = store.WatchMatches(w, w.created_seq, 50);
  if (!matches.ok()) return matches.status();
  std::string updated = w.created_at;
  for (const WatchMatch& m : *matches) updated = std::max(updated, m.stored_at);
  std::string x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                  "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n";
  x += "  <title>" + Xml(w.name) + "</title>\n";
  x += "  <subtitle>newsmill watchlist: " + Xml(Describe(w)) + "</subtitle>\n";
  x += "  <id>urn:newsmill:watch:" + Xml(w.id) + "</id>\n";
  x += "  <updated>" + Xml(updated) + "</updated>\n";
  x += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + Xml(base) +
       "/feeds/" + Xml(w.id) + ".atom\"/>\n";
  x += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + Xml(base) + "/\"/>\n";
  x += "  <author><name>newsmill</name></author>\n";
  x += "  <generator version=\"" + Xml(Version()) + "\">newsmill</generator>\n";
  for (const WatchMatch& m : *matches) {
    const ArticleSummary& a = m.article;
    std::string id = m.quote ? "quote:" + std::to_string(m.quote->id)
                             : "event:" + std::to_string(m.event->id);
    x += "  <entry>\n";
    x += "    <id>urn:newsmill:" + id + "</id>\n";
    x += "    <title>" + Xml(MatchTitle(m)) + "</title>\n";
    x += "    <updated>" + Xml(m.stored_at) + "</updated>\n";
    x += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + Xml(base) +
         "/#/article/" + std::to_string(a.id) + "\"/>\n";
    if (!a.url.empty())
      x += "    <link rel=\"related\" type=\"text/html\" href=\"" + Xml(a.url) + "\"/>\n";
    std::string summary = (a.title.empty() ? "(untitled)" : a.title);
    if (!a.outlet.empty()) summary += " \xE2\x80\x94 " + a.outlet;
    if (!a.published.empty()) summary += ", " + a.published;
    if (m.quote) summary += "\n\n" + m.quote->text;
    x += "    <summary type=\"text\">" + Xml(summary) + "</summary>\n";
    x += "  </entry>\n";
  }
  x += "</feed>\n";
  return x;
}

Result<int> NotifyWatches(Store& store, const WebhookSender& send,
                          const std::string& base, std::vector<std::string>* errors) {
  auto watches = store.ListWatches();
  if (!watches.ok()) return watches.status();
  int delivered = 0;
  for (const Watch& w : *watches) {
    if (w.webhook.empty() || !w.consent) continue;
    constexpr int kMax = 100;
    auto matches = store.WatchMatches(w, w.notified_seq, kMax);
    if (!matches.ok()) {
      if (errors) errors->push_back(w.id + ": " + matches.status().message());
      continue;
    }
    if (matches->empty()) continue;
    int64_t max_seq = w.notified_seq;
    std::string body;
    JsonWriter j(&body);
    j.BeginObject();
    j.Key("watch");
    j.BeginObject();
    j.Key("id"); j.String(w.id);
    j.Key("name"); j.String(w.name);
    j.Key("kind"); j.String(w.kind);
    j.EndObject();
    j.Key("feed"); j.String(base + "/feeds/" + w.id + ".atom");
    j.Key("unsubscribe");
    j.String(base + "/api/watches/" + w.id + "/unsubscribe?token=" + w.unsubscribe_token);
    j.Key("truncated"); j.Bool(matches->size() == static_cast<size_t>(kMax));
    j.Key("matches");
    j.BeginArray();
    for (const WatchMatch& m : *matches) {
      max_seq = std::max(max_seq, m.seq);
      j.BeginObject();
      j.Key("title"); j.String(MatchTitle(m));
      j.Key("link"); j.String(base + "/#/article/" + std::to_string(m.article.id));
      j.Key("article"); WriteArticleSummary(j, m.article);
      if (m.quote) { j.Key("quote"); WriteQuote(j, *m.quote); }
      if (m.event) { j.Key("event"); WriteEvent(j, *m.event); }
      j.EndObject();
    }
    j.EndArray();
    j.EndObject();
    Status st = send(w.webhook, body);
    if (!st.ok()) {
      if (errors) errors->push_back(w.id + ": " + w.webhook + ": " + st.message());
      continue;
    }
    ++delivered;
    Status mark = store.SetWatchNotified(w.id, max_seq);
    if (!mark.ok() && errors) errors->push_back(w.id + ": " + mark.message());
  }
  return delivered;
}

}  // namespace newsmill
