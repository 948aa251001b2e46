// JSON forms of the store's read results, shared by `newsmill query
// --format json` and the HTTP API so that both speak the same objects
// (documented in docs/api.md).
//
//   std::string out;
//   JsonWriter w(&out);
//   WriteQuote(w, quote);   // {"id":12,"article_id":3,"kind":"direct",...}
//
// Thread safety: pure functions.
#ifndef NEWSMILL_STORE_STORE_JSON_H_
#define NEWSMILL_STORE_STORE_JSON_H_

#include "base/json_writer.h"
#include "store/store.h"

namespace newsmill {

void WriteEngine(JsonWriter& w, const EngineInfo& e);
void WriteActorRef(JsonWriter& w, const ActorRef& a);
void WriteArticleSummary(JsonWriter& w, const ArticleSummary& a);
// The summary's fields plus "record": the SCHEMA.md record.
void WriteStoredArticle(JsonWriter& w, const StoredArticle& a);
void WriteQuote(JsonWriter& w, const QuoteRow& q);
void WriteEntity(JsonWriter& w, const EntityRow& e);
void WriteEntityProfile(JsonWriter& w, const EntityProfile& p);
void WriteEvent(JsonWriter& w, const EventRow& e);
void WriteTimeline(JsonWriter& w, const TimelineQuery& q, const Timeline& t);
void WriteStats(JsonWriter& w, const StoreStats& s);
// A watch; the unsubscribe token only when with_token (its creator).
void WriteWatch(JsonWriter& w, const Watch& watch, bool with_token);

}  // namespace newsmill

#endif  // NEWSMILL_STORE_STORE_JSON_H_
