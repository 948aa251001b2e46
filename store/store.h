// Store: analysed articles in an embedded SQLite database (default file
// newsmill.db), and the read paths that `newsmill query`, the HTTP API and
// the dashboard use. The schema is data/store/schema.sql, explained in
// docs/store.md.
//
// Writing (what `newsmill ingest` does):
//
//   StoreOptions options;                       // options.keep_text = false
//   auto store = Store::Open("newsmill.db", options);   // for --no-text
//   if (!store.ok()) return store.status();     // fatal: broken store
//   NEWSMILL_RETURN_IF_ERROR((*store)->BeginBatch());
//   for (const ArticleInput& in : inputs) {
//     ArticleKey id = Store::KeyOf(in);         // key + hash of the input
//     if (*(*store)->Contains(id)) continue;    // stored by an earlier run
//     Result<Document> doc = pipeline->Analyze(in);
//     if (!doc.ok()) { report(doc.status()); continue; }
//     PutOptions put;
//     put.id = id;
//     put.engine = {"newsmill", std::string(Version()), pipeline->lexicon_id()};
//     Result<PutOutcome> r = (*store)->Put(*doc, put);
//     if (!r.ok()) { report(r.status()); continue; }  // this article only
//     if (++n % 500 == 0) { commit; begin; }
//   }
//   NEWSMILL_RETURN_IF_ERROR((*store)->CommitBatch());
//
// Guarantees:
// - Idempotent: an article is identified by its key (input id, else URL,
//   else "sha256:" of its content). Putting the same key with the same
//   content hash changes nothing (kUnchanged); with another hash, the old
//   rows are replaced (kReplaced) and the article keeps its row id.
// - Atomic batches: BeginBatch opens a transaction that CommitBatch commits
//   whole. Each Put runs inside a savepoint: a Put that fails (bad spans,
//   a constraint) leaves no row behind and the batch goes on. An I/O error
//   (disk full, write failure) aborts the whole batch: CommitBatch then
//   returns the error and nothing of the batch is stored.
// - Resumable: a process killed mid-batch loses only that batch (WAL,
//   synchronous=NORMAL); a rerun that checks Contains() skips the rest.
// - Put outside a batch commits on its own (a batch of one).
//
// Reading: every read method is const, thread-safe and runs on its own
// pooled connection, so the server answers requests in parallel while one
// writer writes (WAL). Lists are paginated with an opaque cursor: pass the
// page's next_cursor back to get the following page ("" when none).
//
// Thread safety: read methods may be called from any thread at once. Write
// methods (BeginBatch, Put, CommitBatch, AbortBatch, Remove, the watch
// writers) serialise on an internal lock; a batch belongs to the thread
// that began it.
#ifndef NEWSMILL_STORE_STORE_H_
#define NEWSMILL_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "newsmill/document.h"
#include "newsmill/pipeline.h"

namespace newsmill {

inline constexpr char kDefaultDatabase[] = "newsmill.db";

// The record's `engine` object: what made a stored row.
struct EngineInfo {
  std::string name = "newsmill";
  std::string version;  // Version(); "" = this build's
  std::string lexicon;  // Pipeline::lexicon_id()
};

struct StoreOptions {
  // Create the file and the schema when missing. Default true. When false,
  // opening a missing file is NotFound.
  bool create_if_missing = true;
  // Open read-only (queries). Default false.
  bool read_only = false;
  // Store the full article text. Default true. False (--no-text): the text
  // column and the record's `text` are null; offsets, quotes, mentions and
  // every other annotation stay.
  bool keep_text = true;
  // How long a connection waits for a lock held by another process, in ms.
  // Default 5000.
  int busy_timeout_ms = 5000;
  // SQLite page cache of the writing connection, in KiB. Default 65536
  // (64 MiB): index pages of a large database stay cached while batches
  // write. Readers use min(cache_kib, 8192) each and mmap (256 MiB).
  int cache_kib = 65536;
  // Name of a registered SQLite VFS, "" for the default. Tests register a
  // VFS that fails writes to inject faults.
  std::string vfs;
};

// What identifies an article in the store.
struct ArticleKey {
  std::string key;           // input id, else URL, else "sha256:<hex>"
  std::string content_hash;  // sha256 hex of the content
};

struct PutOptions {
  // Key and content hash; empty fields are derived from the Document
  // (Store::KeyOf(doc)). Ingest passes Store::KeyOf(input), so that the same
  // input is recognised before it is analysed.
  ArticleKey id;
  EngineInfo engine;
  // The SCHEMA.md record of doc, if the caller has written it already
  // (without the newline); "" lets the store write it with the record
  // writer (io/record_writer.h), `text` null when keep_text is false.
  std::string record_json;
  // Replace even when the content hash is unchanged (re-analysis with a new
  // engine). Default false.
  bool force = false;
};

enum class PutOutcome { kInserted, kReplaced, kUnchanged };
std::string_view PutOutcomeName(PutOutcome o);  // "inserted", ...

// ---- Read paths -------------------------------------------------------------

struct Page {
  int limit = 50;       // 1..1000
  std::string cursor;   // "" for the first page
};

struct ArticleSummary {
  int64_t id = 0;       // row id: /api/articles/{id}
  std::string key;
  std::string doc_id;
  std::string url, outlet, title, published, language;
  std::vector<std::string> authors;
  bool analysed = false;
  bool has_text = false;
  int64_t text_length = 0;  // code points
  int64_t entities = 0, quotes = 0, events = 0;
  std::string stored_at;
  EngineInfo engine;
};

struct StoredArticle {
  ArticleSummary summary;
  std::string text;         // "" when stored without text
  std::string record_json;  // the SCHEMA.md record
};

struct ArticleFilter {
  std::string q;       // words in the title or text (FTS5); "" = all
  std::string outlet;  // exact outlet name; "" = all
  std::string from, to;  // published date range (ISO dates, inclusive)
  Page page;
};

struct ActorRef {
  std::string key;      // entity key, "" if none
  std::string name, actor, country;
};

struct QuoteRow {
  int64_t id = 0;
  int64_t article_id = 0;
  std::string article_title, published;
  std::string kind, text;
  int64_t start = 0, end = 0;  // code points into the article text
  ActorRef speaker;
  std::string cue, source;
  int64_t sentence = 0;
  EngineInfo engine;
};

struct QuoteFilter {
  // Speaker: an entity key (exact) or a name (case-insensitive, the
  // speaker's canonical or local name). "" = any.
  std::string speaker;
  std::string q;         // words in the quote (FTS5); "" = all
  std::string from, to;  // article published range (ISO dates, inclusive)
  int64_t article_id = 0;  // 0 = any
  Page page;
};

struct EntityRow {
  int64_t id = 0;
  std::string key, name, type, actor, country;
  int64_t mentions = 0, articles = 0, quotes = 0;
};

struct EntityFilter {
  std::string q;     // words of the name or key (prefix match); "" = top
  std::string type;  // PERSON, ORGANIZATION, ...; "" = any
  Page page;         // ordered by mentions, most first
};

struct EventRow {
  int64_t id = 0;          // events.id (collapsed) or event_mentions.id
  int64_t article_id = 0;
  int64_t group = 0;
  int64_t mention_count = 1;
  std::string code, root, plover;
  int quad = 0;
  double goldstein = 0;
  ActorRef source, target;  // target.name empty when none
  std::string date;
  std::string location_name, location_country;
  std::string mode;
  double confidence = 0;
  std::string cue;
  int64_t sentence = 0;
  std::string article_title;
  EngineInfo engine;
};

struct EventFilter {
  // Actors: a CAMEO code prefix ("RUS" matches RUS, RUSGOV, RUSMIL) or an
  // entity key ("vladimir-putin"). "" = any.
  std::string source, target;
  std::string code;  // exact CAMEO code
  std::string root;  // two-digit root
  std::string from, to;  // event date range (ISO dates, inclusive)
  // Either direction: (source, target) or (target, source). Default false.
  bool either_direction = false;
  Page page;  // newest first
};

enum class TimelineBy { kDay, kWeek };

struct TimelineQuery {
  std::string a, b;  // actors as in EventFilter (code prefix or key)
  TimelineBy by = TimelineBy::kDay;
  std::string from, to;  // inclusive ISO dates; "" = open
};

// One day or ISO week of events between a and b, in both directions.
// Cooperation: quad classes 1-2; conflict: 3-4 (collapsed events).
struct TimelineBucket {
  std::string period;  // "2022-02-01" or "2022-W05"
  std::string start;   // first day of the period (ISO date)
  int64_t cooperation = 0, conflict = 0;
  double cooperation_goldstein = 0, conflict_goldstein = 0;
  int64_t a_to_b = 0, b_to_a = 0;
};

struct Timeline {
  std::vector<TimelineBucket> buckets;  // in date order, empty periods left out
  int64_t total_events = 0;
};

struct Counterpart {
  ActorRef actor;
  int64_t events = 0;           // with this actor, both directions
  int64_t cooperation = 0, conflict = 0;
  double goldstein = 0;
};

struct CodeCount {
  std::string code;   // CAMEO code
  int64_t count = 0;
};

// An actor's page: who they meet, accuse, what they said.
struct EntityProfile {
  EntityRow entity;
  std::vector<Counterpart> counterparts;   // most events first (<= 20)
  std::vector<CodeCount> acts;             // codes as source, most first
  std::vector<CodeCount> received;         // codes as target, most first
  std::vector<QuoteRow> recent_quotes;     // newest first (<= 10)
  std::vector<ArticleSummary> recent_articles;  // newest first (<= 10)
};

struct StoreStats {
  int64_t articles = 0, entities = 0, mentions = 0, quotes = 0, events = 0,
          event_mentions = 0, times = 0, quantities = 0, watches = 0;
  std::string first_published, last_published;
  int64_t last_seq = 0;
};

// ---- Watchlists -------------------------------------------------------------

struct Watch {
  std::string id;        // random hex; the feed is /feeds/<id>.atom
  std::string name;
  std::string kind;      // "speaker", "pair" or "words"
  std::string speaker;   // kind speaker: name or key
  std::string actor_a, actor_b;  // kind pair
  std::string words;     // kind words; with speaker: narrows it
  std::string webhook;   // "" = none
  bool consent = false;
  std::string unsubscribe_token;
  std::string created_at;
  int64_t created_seq = 0;
  int64_t notified_seq = 0;
};

// A new match of a watch: a quote or an event, with its article.
struct WatchMatch {
  int64_t seq = 0;          // articles.seq of the article
  std::string stored_at;
  ArticleSummary article;
  std::optional<QuoteRow> quote;
  std::optional<EventRow> event;
};

// ---- The store --------------------------------------------------------------

class Store {
 public:
  // Opens or creates the database at path (WAL, foreign keys on) and checks
  // the schema version. IoError/Corruption name the path; a database of an
  // unknown schema version is Unsupported.
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const StoreOptions& options);

  // The key and content hash of an input, before analysis: key = id, else
  // url, else "sha256:<content hash>"; the hash covers url, title, published,
  // outlet, authors and the body (text or html).
  static ArticleKey KeyOf(const ArticleInput& input);
  // The same for an analysed Document (used when PutOptions::id is empty).
  static ArticleKey KeyOf(const Document& doc);

  virtual ~Store() = default;

  // ---- Writing ----
  // Opens a transaction. REQUIRES: no batch open.
  virtual Status BeginBatch() = 0;
  // Stores doc (see the guarantees above). InvalidArgument (nothing
  // written) when an annotation's span lies outside the text or an index
  // points nowhere; an I/O error aborts the open batch.
  virtual Result<PutOutcome> Put(const Document& doc,
                                 const PutOptions& options) = 0;
  // Commits the open batch. After an I/O error in the batch, returns that
  // error and stores nothing.
  virtual Status CommitBatch() = 0;
  // Rolls the open batch back (no-op when none is open).
  virtual void AbortBatch() = 0;
  // True when an article with this key and content hash is stored; with an
  // empty content_hash, when the key is.
  virtual Result<bool> Contains(const ArticleKey& id) const = 0;
  // Deletes an article and its rows. Returns false when the key is unknown.
  virtual Result<bool> Remove(std::string_view key) = 0;

  // ---- Reading ----
  virtual Result<StoreStats> Stats() const = 0;
  virtual Result<std::vector<ArticleSummary>> ListArticles(
      const ArticleFilter& filter, std::string* next_cursor) const = 0;
  // By row id ("42") or key; NotFound when neither matches.
  virtual Result<StoredArticle> GetArticle(std::string_view id_or_key) const = 0;
  virtual Result<std::vector<QuoteRow>> Quotes(const QuoteFilter& filter,
                                               std::string* next_cursor) const = 0;
  virtual Result<std::vector<EntityRow>> Entities(
      const EntityFilter& filter, std::string* next_cursor) const = 0;
  // By row id or key; NotFound when neither matches.
  virtual Result<EntityProfile> GetEntity(std::string_view id_or_key) const = 0;
  // Collapsed events (one per group), or with mentions=true one row per
  // event mention.
  virtual Result<std::vector<EventRow>> Events(const EventFilter& filter,
                                               bool mentions,
                                               std::string* next_cursor) const = 0;
  virtual Result<Timeline> GetTimeline(const TimelineQuery& query) const = 0;

  // ---- Watchlists ----
  // Validates and stores w; fills id, unsubscribe_token, created_at and the
  // seq fields. InvalidArgument names the bad field.
  virtual Result<Watch> AddWatch(const Watch& w) = 0;
  virtual Result<std::vector<Watch>> ListWatches() const = 0;
  // NotFound when unknown.
  virtual Result<Watch> GetWatch(std::string_view id) const = 0;
  // Deletes by id; with a non-empty token, only when it matches (the
  // unsubscribe link). Returns false when nothing matched.
  virtual Result<bool> RemoveWatch(std::string_view id,
                                   std::string_view unsubscribe_token) = 0;
  // Matches of w in articles stored after seq `after_seq`, newest first,
  // at most limit.
  virtual Result<std::vector<WatchMatch>> WatchMatches(const Watch& w,
                                                       int64_t after_seq,
                                                       int limit) const = 0;
  virtual Status SetWatchNotified(std::string_view id, int64_t seq) = 0;

  // Validates an ISO date parameter ("" passes); InvalidArgument names
  // `what`. The read paths use it; the server reports it as a 400.
  static Status CheckDate(std::string_view what, std::string_view value);
};

}  // namespace newsmill

#endif  // NEWSMILL_STORE_STORE_H_
