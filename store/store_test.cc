#include "store/store.h"

#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "gtest/gtest.h"
#include "store/test_documents.h"

namespace newsmill {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/newsmill-store-test-XXXXXX";
    path_ = mkdtemp(tmpl);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

std::unique_ptr<Store> OpenStore(const std::string& path,
                                 StoreOptions options = {}) {
  auto s = Store::Open(path, options);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return s.ok() ? std::move(s.value()) : nullptr;
}

PutOptions Engine() {
  PutOptions p;
  p.engine = {"newsmill", "0.1.0", "test-lexicon"};
  return p;
}

// Counts rows with the sqlite3 API directly, as a user of the file would.
int64_t Count(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* st = nullptr;
  int64_t n = -1;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW)
    n = sqlite3_column_int64(st, 0);
  else
    ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return n;
}

std::string Text(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* st = nullptr;
  std::string out;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
    out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

// No row anywhere points to an article, event or entity that is not there.
void ExpectNoOrphans(const std::string& path) {
  for (const char* table : {"article_entities", "mentions", "quotes", "times",
                            "quantities", "events", "event_mentions",
                            "cited_outlets", "warnings"}) {
    EXPECT_EQ(Count(path, std::string("SELECT count(*) FROM ") + table +
                              " WHERE article_id NOT IN (SELECT id FROM articles)"),
              0)
        << table;
  }
  EXPECT_EQ(Count(path, "SELECT count(*) FROM event_mentions WHERE event_id "
                        "NOT IN (SELECT id FROM events)"),
            0);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM quotes_fts"),
            Count(path, "SELECT count(*) FROM quotes"));
  EXPECT_EQ(Text(path, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(Count(path, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
  // Entity counters equal what the per-article rows add up to.
  EXPECT_EQ(Count(path,
                  "SELECT count(*) FROM entities n WHERE article_count != "
                  "(SELECT count(DISTINCT article_id) FROM article_entities "
                  "WHERE entity_id = n.id) OR mention_count != (SELECT "
                  "coalesce(sum(mention_count), 0) FROM article_entities WHERE "
                  "entity_id = n.id)"),
            0);
}

Document NumberedArticle(int i, const std::string& body_word = "guarantees") {
  char date[16];
  std::snprintf(date, sizeof date, "2022-01-%02d", 1 + i % 28);
  std::string text = "Officials spoke in capital " + std::to_string(i) +
                     ". \"We want " + body_word + " number " + std::to_string(i) +
                     ",\" Lavrov said.";
  DocBuilder b("n" + std::to_string(i), text, date);
  int lavrov = b.AddEntity("sergei-lavrov", "Sergei Lavrov", EntityType::kPerson,
                           "RUSGOV", "RUS", {"Lavrov"});
  b.AddQuote("We want " + body_word + " number " + std::to_string(i) + ",", lavrov,
             "said");
  return b.Build();
}

TEST(Store, CreatesSchemaInWalModeAndReopens) {
  TempDir dir;
  std::string path = dir.File("news.db");
  { auto s = OpenStore(path); ASSERT_TRUE(s); }
  EXPECT_EQ(Text(path, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(Text(path, "SELECT value FROM meta WHERE key = 'schema_version'"), "2");
  auto s = OpenStore(path);
  ASSERT_TRUE(s);
  auto stats = s->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, 0);
}

TEST(Store, OtherSchemaVersionIsRefusedWithAClearMessage) {
  TempDir dir;
  std::string path = dir.File("old.db");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT); "
                         "INSERT INTO meta VALUES ('schema_version', '1');",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  for (bool read_only : {false, true}) {
    StoreOptions o;
    o.read_only = read_only;
    auto s = Store::Open(path, o);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.status().code(), StatusCode::kUnsupported);
    EXPECT_NE(s.status().message().find("schema version 1; this newsmill reads 2"),
              std::string::npos)
        << s.status().message();
  }
}

TEST(Store, OpenErrorsNameThePath) {
  TempDir dir;
  StoreOptions ro;
  ro.read_only = true;
  auto missing = Store::Open(dir.File("missing.db"), ro);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("missing.db"), std::string::npos);

  std::string junk = dir.File("junk.db");
  std::ofstream(junk) << std::string(5000, 'x');
  auto bad = Store::Open(junk, {});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("junk.db"), std::string::npos)
      << bad.status().ToString();

  auto as_dir = Store::Open(dir.File(""), {});
  EXPECT_FALSE(as_dir.ok());
}

TEST(Store, PutThenGetArticleReturnsRecordAndRows) {
  TempDir dir;
  std::string path = dir.File("news.db");
  auto s = OpenStore(path);
  Document doc = GuaranteesArticle();
  auto r = s->Put(doc, Engine());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(*r, PutOutcome::kInserted);

  auto a = s->GetArticle("guarantees-1");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->summary.title, doc.title);
  EXPECT_EQ(a->text, doc.text);
  EXPECT_EQ(a->summary.engine.lexicon, "test-lexicon");
  EXPECT_EQ(a->summary.quotes, 2);
  EXPECT_NE(a->record_json.find("\"engine\":{\"name\":\"newsmill\""), std::string::npos);
  EXPECT_NE(a->record_json.find("guarantees"), std::string::npos);
  // By row id as well.
  auto by_id = s->GetArticle(std::to_string(a->summary.id));
  ASSERT_TRUE(by_id.ok());
  EXPECT_EQ(by_id->summary.key, "guarantees-1");
  EXPECT_EQ(s->GetArticle("nope").status().code(), StatusCode::kNotFound);

  EXPECT_EQ(Count(path, "SELECT count(*) FROM quotes"), 2);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM times"), 1);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM quantities"), 1);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM cited_outlets"), 1);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM entities"), 5);
  // Every row keeps its engine.
  EXPECT_EQ(Count(path, "SELECT count(DISTINCT engine_id) FROM quotes"), 1);
  // Offsets are code points into the text.
  EXPECT_EQ(Text(path, "SELECT substr(a.text, q.start + 1, q.end - q.start) "
                       "FROM quotes q JOIN articles a ON a.id = q.article_id "
                       "WHERE q.ord = 0"),
            "We need legal guarantees of our security,");
  ExpectNoOrphans(path);
}

TEST(Store, OffsetsAreCodePointsForNonAsciiText) {
  TempDir dir;
  std::string path = dir.File("news.db");
  auto s = OpenStore(path);
  DocBuilder b("u1", "Viktor Orbán — Hungary’s leader — said: “Nem.” Orbán left.");
  int orban = b.AddEntity("viktor-orban", "Viktor Orbán", EntityType::kPerson,
                          "HUNGOV", "HUN", {"Viktor Orbán", "Orbán"});
  b.AddQuote("Nem.", orban, "said");
  ASSERT_TRUE(s->Put(b.Build(), Engine()).ok());
  EXPECT_EQ(Text(path, "SELECT substr(a.text, q.start + 1, q.end - q.start) "
                       "FROM quotes q JOIN articles a ON a.id = q.article_id"),
            "Nem.");
  EXPECT_EQ(Text(path, "SELECT group_concat(substr(a.text, m.start + 1, "
                       "m.end - m.start), '|') FROM mentions m JOIN articles a "
                       "ON a.id = m.article_id"),
            "Viktor Orbán|Orbán");
}

TEST(Store, StoringTheSameArticleTwiceChangesNothing) {
  TempDir dir;
  std::string path = dir.File("news.db");
  auto s = OpenStore(path);
  ASSERT_EQ(*s->Put(GuaranteesArticle(), Engine()), PutOutcome::kInserted);
  std::string before = Text(path, "SELECT seq || stored_at FROM articles");
  auto r = s->Put(GuaranteesArticle(), Engine());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, PutOutcome::kUnchanged);
  EXPECT_EQ(Text(path, "SELECT seq || stored_at FROM articles"), before);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM articles"), 1);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM quotes"), 2);
  EXPECT_EQ(Count(path, "SELECT mention_count FROM entities WHERE key = 'vladimir-putin'"), 2);
  EXPECT_EQ(Count(path, "SELECT article_count FROM entities WHERE key = 'vladimir-putin'"), 1);
}

TEST(Store, ChangedArticleReplacesItsRowsAndKeepsItsId) {
  TempDir dir;
  std::string path = dir.File("news.db");
  auto s = OpenStore(path);
  ASSERT_TRUE(s->Put(GuaranteesArticle(), Engine()).ok());
  int64_t id = Count(path, "SELECT id FROM articles");
  ASSERT_TRUE(s->Put(NumberedArticle(7), Engine()).ok());

  // Same key, new content: Putin is no longer in it.
  DocBuilder b("guarantees-1", "Lavrov said nothing new.", "2022-02-02");
  b.AddEntity("sergei-lavrov", "Sergei Lavrov", EntityType::kPerson, "RUSGOV",
              "RUS", {"Lavrov"});
  auto r = s->Put(b.Build(), Engine());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(*r, PutOutcome::kReplaced);
  EXPECT_EQ(Count(path, "SELECT id FROM articles WHERE key = 'guarantees-1'"), id);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM articles"), 2);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM quotes"), 1);  // article n7's
  EXPECT_EQ(Count(path, "SELECT count(*) FROM events"), 0);
  EXPECT_EQ(Count(path, "SELECT article_count FROM entities WHERE key = 'vladimir-putin'"), 0);
  EXPECT_EQ(Count(path, "SELECT article_count FROM entities WHERE key = 'sergei-lavrov'"), 2);
  // The old text is gone from the full-text index.
  ArticleFilter f;
  f.q = "guarantees legal";
  auto found = s->ListArticles(f, nullptr);
  ASSERT_TRUE(found.ok());
  EXPECT_TRUE(found->empty());
  // Gathered entities list only actors that still appear somewhere.
  auto top = s->Entities({}, nullptr);
  ASSERT_TRUE(top.ok());
  for (const EntityRow& e : *top) EXPECT_NE(e.key, "vladimir-putin");
  ExpectNoOrphans(path);
}

TEST(Store, ForceReplacesUnchangedContent) {
  TempDir dir;
  auto s = OpenStore(dir.File("news.db"));
  ASSERT_TRUE(s->Put(GuaranteesArticle(), Engine()).ok());
  PutOptions p = Engine();
  p.engine.version = "0.2.0";
  EXPECT_EQ(*s->Put(GuaranteesArticle(), p), PutOutcome::kUnchanged);
  p.force = true;
  EXPECT_EQ(*s->Put(GuaranteesArticle(), p), PutOutcome::kReplaced);
  EXPECT_EQ(s->GetArticle("guarantees-1")->summary.engine.version, "0.2.0");
}

TEST(Store, KeyIsInputIdElseUrlElseContentHash) {
  ArticleInput in;
  in.text = "Some text.";
  ArticleKey by_hash = Store::KeyOf(in);
  EXPECT_EQ(by_hash.key, "sha256:" + by_hash.content_hash);
  EXPECT_EQ(by_hash.content_hash.size(), 64u);
  in.url = "https://example.com/a";
  EXPECT_EQ(Store::KeyOf(in).key, "https://example.com/a");
  in.id = "wire-1";
  EXPECT_EQ(Store::KeyOf(in).key, "wire-1");
  // The hash covers the content, not the id.
  EXPECT_EQ(Store::KeyOf(in).content_hash, Store::KeyOf(in).content_hash);
  ArticleInput changed = in;
  changed.text = "Other text.";
  EXPECT_NE(Store::KeyOf(changed).content_hash, Store::KeyOf(in).content_hash);
  ArticleInput moved = in;
  moved.title = "Some";
  moved.text = " text.";
  EXPECT_NE(Store::KeyOf(moved).content_hash, Store::KeyOf(in).content_hash);
}

TEST(Store, ContainsAnswersByKeyAndHash) {
  TempDir dir;
  auto s = OpenStore(dir.File("news.db"));
  ArticleInput in;
  in.id = "x1";
  in.text = "Lavrov said nothing.";
  ArticleKey k = Store::KeyOf(in);
  EXPECT_FALSE(*s->Contains(k));
  DocBuilder b("x1", in.text);
  PutOptions p = Engine();
  p.id = k;
  ASSERT_TRUE(s->Put(b.Build(), p).ok());
  EXPECT_TRUE(*s->Contains(k));
  EXPECT_TRUE(*s->Contains({"x1", ""}));
  EXPECT_FALSE(*s->Contains({"x1", "other-hash"}));
}

TEST(Store, EntitiesAreGatheredAcrossArticlesByKey) {
  TempDir dir;
  std::string path = dir.File("news.db");
  auto s = OpenStore(path);
  ASSERT_TRUE(s->Put(GuaranteesArticle("a1", "2022-02-01"), Engine()).ok());
  ASSERT_TRUE(s->Put(GuaranteesArticle("a2", "2022-02-03"), Engine()).ok());
  ASSERT_TRUE(s->Put(NumberedArticle(1), Engine()).ok());
  auto top = s->Entities({}, nullptr);
  ASSERT_TRUE(top.ok());
  ASSERT_FALSE(top->empty());
  // Blinken: 3 mentions in each Guarantees article; Lavrov 2 + 2 + 1.
  ASSERT_GE(top->size(), 2u);
  EXPECT_EQ((*top)[0].key, "antony-blinken");
  EXPECT_EQ((*top)[0].mentions, 6);
  EXPECT_EQ((*top)[0].articles, 2);
  EXPECT_EQ((*top)[1].key, "sergei-lavrov");
  EXPECT_EQ((*top)[1].mentions, 5);
  EXPECT_EQ((*top)[1].articles, 3);
  EXPECT_EQ((*top)[1].quotes, 1);
  EntityFilter f;
  f.q = "vlad";
  auto putin = s->Entities(f, nullptr);
  ASSERT_TRUE(putin.ok());
  ASSERT_EQ(putin->size(), 1u);
  EXPECT_EQ((*putin)[0].name, "Vladimir Putin");
  EXPECT_EQ((*putin)[0].quotes, 4);
  f.q = "";
  f.type = "COUNTRY";
  EXPECT_EQ(s->Entities(f, nullptr)->size(), 2u);
  f.type = "ALIEN";
  EXPECT_EQ(s->Entities(f, nullptr).status().code(), StatusCode::kInvalidArgument);

  auto profile = s->GetEntity("antony-blinken");
  ASSERT_TRUE(profile.ok()) << profile.status().ToString();
  // Blinken met Lavrov (cooperation) and accused Russia (conflict), twice.
  ASSERT_EQ(profile->counterparts.size(), 2u);
  for (const Counterpart& c : profile->counterparts) {
    EXPECT_EQ(c.events, 2) << c.actor.name;
    if (c.actor.key == "sergei-lavrov") {
      EXPECT_EQ(c.cooperation, 2);
    } else {
      EXPECT_EQ(c.actor.key, "RUS");
      EXPECT_EQ(c.conflict, 2);
      EXPECT_DOUBLE_EQ(c.goldstein, -4.0);
    }
  }
  ASSERT_FALSE(profile->acts.empty());
  EXPECT_EQ(profile->acts[0].code, "040");
  EXPECT_EQ(profile->recent_articles.size(), 2u);
  EXPECT_EQ(s->GetEntity("nobody").status().code(), StatusCode::kNotFound);
}

TEST(Store, QuotesBySpeakerNameKeyAndWords) {
  TempDir dir;
  auto s = OpenStore(dir.File("news.db"));
  ASSERT_TRUE(s->Put(GuaranteesArticle(), Engine()).ok());
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(s->Put(NumberedArticle(i, "talks"), Engine()).ok());
  struct Case {
    std::string speaker, q;
    size_t expected;
  } cases[] = {
      {"vladimir-putin", "", 2},
      {"Vladimir Putin", "", 2},
      {"putin", "", 2},
      {"Sergei Lavrov", "", 5},
      {"", "guarantees", 1},
      {"", "GUARANTEES security", 1},
      {"", "\"legal guarantees\"", 1},
      {"", "guarant*", 1},
      {"", "talks", 5},
      {"putin", "talks", 0},
      {"nobody-at-all", "", 0},
  };
  for (const Case& c : cases) {
    QuoteFilter f;
    f.speaker = c.speaker;
    f.q = c.q;
    auto r = s->Quotes(f, nullptr);
    ASSERT_TRUE(r.ok()) << c.speaker << "/" << c.q << ": " << r.status().ToString();
    EXPECT_EQ(r->size(), c.expected) << c.speaker << "/" << c.q;
  }
  QuoteFilter f;
  f.q = "guarantees";
  auto r = s->Quotes(f, nullptr);
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].speaker.key, "vladimir-putin");
  EXPECT_EQ((*r)[0].cue, "told");
  EXPECT_EQ((*r)[0].article_title, "Putin says U.S. ignored demands");
}

TEST(Store, SearchInputNeverBreaksTheQuery) {
  TempDir dir;
  auto s = OpenStore(dir.File("news.db"));
  ASSERT_TRUE(s->Put(GuaranteesArticle(), Engine()).ok());
  // FTS5 syntax, SQL, quotes and junk: each is either searched or refused
  // as InvalidArgument, never an internal error.
  const char* inputs[] = {"\"unbalanced", "AND OR NOT", "(guarantees",
                          "text:guarantees", "NEAR(a b)", "'; DROP TABLE quotes; --",
                          "*", "^guarantees", "a\"b\"c", "\xc3\xa9t\xc3\xa9",
                          "-", "{text}:x", "guarantees*", "   "};
  for (const char* in : inputs) {
    QuoteFilter f;
    f.q = in;
    auto r = s->Quotes(f, nullptr);
    if (!r.ok()) {
      EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << in;
    }
    ArticleFilter af;
    af.q = in;
    auto a = s->ListArticles(af, nullptr);
    if (!a.ok()) {
      EXPECT_EQ(a.status().code(), StatusCode::kInvalidArgument) << in;
    }
    EntityFilter ef;
    ef.q = in;
    auto e = s->Entities(ef, nullptr);
    if (!e.ok()) {
      EXPECT_EQ(e.status().code(), StatusCode::kInvalidArgument) << in;
    }
  }
  EXPECT_EQ(s->Stats().value().articles, 1);
}

TEST(Store, ArticleSearchCoversTitleAndText) {
  TempDir dir;
  auto s = OpenStore(dir.File("news.db"));
  ASSERT_TRUE(s->Put(GuaranteesArticle(), Engine()).ok());
  ASSERT_TRUE(s->Put(NumberedArticle(3), Engine()).ok());
  ArticleFilter f;
  f.q = "Geneva";
  EXPECT_EQ(s->ListArticles(f, nullptr)->size(), 1u);
  f.q = "ignored demands";  // title words
  EXPECT_EQ(s->ListArticles(f, nullptr)->size(), 1u);
  f.q = "";
  f.from = "2022-01-15";
  auto r = s->ListArticles(f, nullptr);
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].key, "guarantees-1");
  f.from = "2022-13-01";
  EXPECT_EQ(s->ListArticles(f, nullptr).status().code(), StatusCode::kInvalidArgument);
}

TEST(Store, NoTextDropsTheTextButKeepsAnnotations) {
  TempDir dir;
  std::string path = dir.File("news.db");
  StoreOptions o;
  o.keep_text = false;
  auto s = OpenStore(path, o);
  ASSERT_TRUE(s->Put(GuaranteesArticle(), Engine()).ok());
  EXPECT_EQ(Count(path, "SELECT count(*) FROM articles WHERE text IS NULL"), 1);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM articles WHERE instr(record, "
                        "'Geneva') > 0"),
            0);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM articles WHERE instr(record, "
                        "'\"text\":null') > 0"),
            1);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM quotes"), 2);
  EXPECT_GT(Count(path, "SELECT text_length FROM articles"), 100);
  auto a = s->GetArticle("guarantees-1");
  ASSERT_TRUE(a.ok());
  EXPECT_FALSE(a->summary.has_text);
  EXPECT_TRUE(a->text.empty());
  QuoteFilter f;
  f.q = "guarantees";
  EXPECT_EQ(s->Quotes(f, nullptr)->size(), 1u);
}

TEST(Store, EventGroupsCollapseIntoOneEventWithMentions) {
  TempDir dir;
  std::string path = dir.File("news.db");
  auto s = OpenStore(path);
  ASSERT_TRUE(s->Put(GuaranteesArticle(), Engine()).ok());
  EXPECT_EQ(Count(path, "SELECT count(*) FROM event_mentions"), 4);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM events"), 3);
  EXPECT_EQ(Count(path, "SELECT mention_count FROM events WHERE grp = 2"), 2);
  EventFilter f;
  auto collapsed = s->Events(f, false, nullptr);
  ASSERT_TRUE(collapsed.ok());
  EXPECT_EQ(collapsed->size(), 3u);
  auto mentions = s->Events(f, true, nullptr);
  EXPECT_EQ(mentions->size(), 4u);
  f.source = "USA";
  f.target = "RUS";
  auto us_ru = s->Events(f, false, nullptr);
  ASSERT_EQ(us_ru->size(), 2u);  // Blinken met Lavrov; Blinken accused Russia
  f.either_direction = true;
  EXPECT_EQ(s->Events(f, false, nullptr)->size(), 3u);
  f = {};
  f.source = "antony-blinken";
  f.root = "11";
  auto accuse = s->Events(f, false, nullptr);
  ASSERT_EQ(accuse->size(), 1u);
  EXPECT_EQ((*accuse)[0].code, "112");
  EXPECT_EQ((*accuse)[0].target.name, "Russia");
  f.root = "1";
  EXPECT_EQ(s->Events(f, false, nullptr).status().code(), StatusCode::kInvalidArgument);
}

TEST(Store, TimelineSplitsCooperationAndConflictByDayAndWeek) {
  TempDir dir;
  auto s = OpenStore(dir.File("news.db"));
  ASSERT_TRUE(s->Put(GuaranteesArticle("a1", "2022-01-31"), Engine()).ok());  // Monday
  ASSERT_TRUE(s->Put(GuaranteesArticle("a2", "2022-02-01"), Engine()).ok());
  ASSERT_TRUE(s->Put(GuaranteesArticle("a3", "2022-02-08"), Engine()).ok());
  TimelineQuery q;
  q.a = "RUS";
  q.b = "USA";
  auto day = s->GetTimeline(q);
  ASSERT_TRUE(day.ok()) << day.status().ToString();
  ASSERT_EQ(day->buckets.size(), 3u);
  const TimelineBucket& b = day->buckets[0];
  EXPECT_EQ(b.period, "2022-01-31");
  EXPECT_EQ(b.cooperation, 1);   // the meeting (one event, two mentions)
  EXPECT_EQ(b.conflict, 2);      // ignored demands, accused Russia
  EXPECT_DOUBLE_EQ(b.conflict_goldstein, -4.0);
  EXPECT_DOUBLE_EQ(b.cooperation_goldstein, 1.0);
  EXPECT_EQ(b.a_to_b, 1);
  EXPECT_EQ(b.b_to_a, 2);
  EXPECT_EQ(day->total_events, 9);
  q.by = TimelineBy::kWeek;
  auto week = s->GetTimeline(q);
  ASSERT_EQ(week->buckets.size(), 2u);
  EXPECT_EQ(week->buckets[0].period, "2022-W05");
  EXPECT_EQ(week->buckets[0].start, "2022-01-31");
  EXPECT_EQ(week->buckets[0].conflict, 4);
  q.from = "2022-02-05";
  EXPECT_EQ(s->GetTimeline(q)->total_events, 3);
  q.b = "";
  EXPECT_EQ(s->GetTimeline(q).status().code(), StatusCode::kInvalidArgument);
}

TEST(Store, PagesFollowTheCursorWithoutRepeatsOrGaps) {
  TempDir dir;
  auto s = OpenStore(dir.File("news.db"));
  ASSERT_TRUE(s->BeginBatch().ok());
  for (int i = 0; i < 120; ++i) ASSERT_TRUE(s->Put(NumberedArticle(i), Engine()).ok());
  // Articles without a date sort last and page too.
  for (int i = 0; i < 7; ++i) {
    DocBuilder b("undated" + std::to_string(i), "\"Undated guarantees,\" Lavrov said.");
    int l = b.AddEntity("sergei-lavrov", "Sergei Lavrov", EntityType::kPerson, "", "", {"Lavrov"});
    b.AddQuote("Undated guarantees,", l, "said");
    ASSERT_TRUE(s->Put(b.Build(), Engine()).ok());
  }
  ASSERT_TRUE(s->CommitBatch().ok());
  for (int limit : {1, 7, 50, 1000}) {
    QuoteFilter f;
    f.page.limit = limit;
    std::set<int64_t> seen;
    int pages = 0;
    std::string prev_published = "9999";
    while (true) {
      std::string next;
      auto r = s->Quotes(f, &next);
      ASSERT_TRUE(r.ok()) << r.status().ToString();
      ++pages;
      for (const QuoteRow& q : *r) {
        EXPECT_TRUE(seen.insert(q.id).second) << "repeated " << q.id;
        if (!q.published.empty()) {
          EXPECT_LE(q.published, prev_published);
          prev_published = q.published;
        } else {
          prev_published = "";
        }
      }
      if (next.empty()) break;
      f.page.cursor = next;
      ASSERT_LT(pages, 200);
    }
    EXPECT_EQ(seen.size(), 127u) << "limit " << limit;
  }
  QuoteFilter bad;
  for (const char* c : {"x", "1.", ".1", "abc.def", "1.2.3", "99999999999999999999.1"}) {
    bad.page.cursor = c;
    EXPECT_EQ(s->Quotes(bad, nullptr).status().code(), StatusCode::kInvalidArgument) << c;
  }
  bad.page.cursor = "";
  bad.page.limit = 0;
  EXPECT_EQ(s->Quotes(bad, nullptr).status().code(), StatusCode::kInvalidArgument);
  bad.page.limit = 1001;
  EXPECT_EQ(s->Quotes(bad, nullptr).status().code(), StatusCode::kInvalidArgument);

  ASSERT_TRUE(s->Put(GuaranteesArticle(), Engine()).ok());
  EntityFilter ef;
  ef.page.limit = 2;
  std::vector<std::string> keys;
  for (int page = 0; page < 10; ++page) {
    std::string next;
    auto r = s->Entities(ef, &next);
    ASSERT_TRUE(r.ok());
    for (const EntityRow& e : *r) keys.push_back(e.key);
    if (next.empty()) break;
    ef.page.cursor = next;
  }
  EXPECT_EQ(keys.size(), 5u);
  EXPECT_EQ(std::set<std::string>(keys.begin(), keys.end()).size(), 5u);
  EXPECT_EQ(keys[0], "sergei-lavrov");  // 127 + 2 mentions
}

TEST(Store, BadDocumentIsRefusedWithoutRowsAndTheBatchGoesOn) {
  TempDir dir;
  std::string path = dir.File("news.db");
  auto s = OpenStore(path);
  Document bad = GuaranteesArticle("bad");
  bad.quotes[1].span.end = static_cast<uint32_t>(bad.text.size() + 10);
  Document bad_index = GuaranteesArticle("bad2");
  bad_index.events[0].source.entity = 99;
  Document bad_utf8 = GuaranteesArticle("bad3");
  bad_utf8.title = "\xff\xfe";
  ASSERT_TRUE(s->BeginBatch().ok());
  ASSERT_TRUE(s->Put(NumberedArticle(1), Engine()).ok());
  for (const Document* d : {&bad, &bad_index, &bad_utf8}) {
    auto r = s->Put(*d, Engine());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(r.status().message().find(d->id), std::string::npos)
        << r.status().message();
  }
  ASSERT_TRUE(s->Put(NumberedArticle(2), Engine()).ok());
  ASSERT_TRUE(s->CommitBatch().ok());
  EXPECT_EQ(Count(path, "SELECT count(*) FROM articles"), 2);
  ExpectNoOrphans(path);
}

TEST(Store, AbortedBatchStoresNothing) {
  TempDir dir;
  std::string path = dir.File("news.db");
  auto s = OpenStore(path);
  ASSERT_TRUE(s->Put(NumberedArticle(0), Engine()).ok());
  ASSERT_TRUE(s->BeginBatch().ok());
  for (int i = 1; i < 10; ++i) ASSERT_TRUE(s->Put(NumberedArticle(i), Engine()).ok());
  s->AbortBatch();
  EXPECT_EQ(Count(path, "SELECT count(*) FROM articles"), 1);
  EXPECT_EQ(Count(path, "SELECT mention_count FROM entities"), 1);
  ExpectNoOrphans(path);
  // And the store goes on working.
  ASSERT_TRUE(s->Put(NumberedArticle(5), Engine()).ok());
  EXPECT_EQ(Count(path, "SELECT count(*) FROM articles"), 2);
}

// ---- Fault injection: a VFS whose writes fail after a budget -------------

std::atomic<int64_t> g_write_budget{-1};  // -1: unlimited
std::atomic<int64_t> g_failed_writes{0};
sqlite3_vfs g_faulty_vfs;
sqlite3_io_methods g_faulty_methods;
const sqlite3_io_methods* g_real_methods = nullptr;

struct FaultyFile {
  sqlite3_file base;
  sqlite3_file* real;  // allocated after this struct
};

bool TakeBudget() {
  int64_t b = g_write_budget.load();
  while (b > 0 && !g_write_budget.compare_exchange_weak(b, b - 1)) {
  }
  if (b == 0) {
    ++g_failed_writes;
    return false;
  }
  return true;
}

int FaultyWrite(sqlite3_file* f, const void* p, int n, sqlite3_int64 off) {
  if (!TakeBudget()) return SQLITE_IOERR_WRITE;
  auto* ff = reinterpret_cast<FaultyFile*>(f);
  return ff->real->pMethods->xWrite(ff->real, p, n, off);
}
int FaultySync(sqlite3_file* f, int flags) {
  if (g_write_budget.load() == 0) return SQLITE_IOERR_FSYNC;
  auto* ff = reinterpret_cast<FaultyFile*>(f);
  return ff->real->pMethods->xSync(ff->real, flags);
}
#define FORWARD(name, sig, args)                          \
  int Faulty##name sig {                                  \
    auto* ff = reinterpret_cast<FaultyFile*>(f);          \
    return ff->real->pMethods->x##name args;              \
  }
FORWARD(Close, (sqlite3_file * f), (ff->real))
FORWARD(Read, (sqlite3_file * f, void* p, int n, sqlite3_int64 o), (ff->real, p, n, o))
FORWARD(Truncate, (sqlite3_file * f, sqlite3_int64 s), (ff->real, s))
FORWARD(FileSize, (sqlite3_file * f, sqlite3_int64* s), (ff->real, s))
FORWARD(Lock, (sqlite3_file * f, int l), (ff->real, l))
FORWARD(Unlock, (sqlite3_file * f, int l), (ff->real, l))
FORWARD(CheckReservedLock, (sqlite3_file * f, int* r), (ff->real, r))
FORWARD(FileControl, (sqlite3_file * f, int op, void* a), (ff->real, op, a))
FORWARD(SectorSize, (sqlite3_file * f), (ff->real))
FORWARD(DeviceCharacteristics, (sqlite3_file * f), (ff->real))
FORWARD(ShmMap, (sqlite3_file * f, int i, int s, int e, void volatile** p), (ff->real, i, s, e, p))
FORWARD(ShmLock, (sqlite3_file * f, int o, int n, int fl), (ff->real, o, n, fl))
FORWARD(ShmUnmap, (sqlite3_file * f, int d), (ff->real, d))
#undef FORWARD
void FaultyShmBarrier(sqlite3_file* f) {
  auto* ff = reinterpret_cast<FaultyFile*>(f);
  ff->real->pMethods->xShmBarrier(ff->real);
}

int FaultyOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* f, int flags,
               int* out_flags) {
  sqlite3_vfs* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
  auto* ff = reinterpret_cast<FaultyFile*>(f);
  ff->real = reinterpret_cast<sqlite3_file*>(ff + 1);
  int rc = real->xOpen(real, name, ff->real, flags, out_flags);
  if (rc != SQLITE_OK) {
    f->pMethods = nullptr;
    return rc;
  }
  g_real_methods = ff->real->pMethods;
  g_faulty_methods = *g_real_methods;
  g_faulty_methods.xClose = FaultyClose;
  g_faulty_methods.xRead = FaultyRead;
  g_faulty_methods.xWrite = FaultyWrite;
  g_faulty_methods.xTruncate = FaultyTruncate;
  g_faulty_methods.xSync = FaultySync;
  g_faulty_methods.xFileSize = FaultyFileSize;
  g_faulty_methods.xLock = FaultyLock;
  g_faulty_methods.xUnlock = FaultyUnlock;
  g_faulty_methods.xCheckReservedLock = FaultyCheckReservedLock;
  g_faulty_methods.xFileControl = FaultyFileControl;
  g_faulty_methods.xSectorSize = FaultySectorSize;
  g_faulty_methods.xDeviceCharacteristics = FaultyDeviceCharacteristics;
  g_faulty_methods.xShmMap = FaultyShmMap;
  g_faulty_methods.xShmLock = FaultyShmLock;
  g_faulty_methods.xShmBarrier = FaultyShmBarrier;
  g_faulty_methods.xShmUnmap = FaultyShmUnmap;
  g_faulty_methods.iVersion = std::min(g_real_methods->iVersion, 2);
  f->pMethods = &g_faulty_methods;
  return SQLITE_OK;
}

void RegisterFaultyVfs() {
  static bool done = false;
  if (done) return;
  done = true;
  sqlite3_vfs* real = sqlite3_vfs_find(nullptr);
  g_faulty_vfs = *real;
  g_faulty_vfs.zName = "newsmill-faulty";
  g_faulty_vfs.pAppData = real;
  g_faulty_vfs.szOsFile = sizeof(FaultyFile) + real->szOsFile;
  g_faulty_vfs.xOpen = FaultyOpen;
  g_faulty_vfs.pNext = nullptr;
  ASSERT_EQ(sqlite3_vfs_register(&g_faulty_vfs, 0), SQLITE_OK);
}

TEST(StoreFaults, WriteFailureMidBatchLeavesNothingHalfWritten) {
  RegisterFaultyVfs();
  // Each case makes a different write fail: with a small page cache the
  // batch spills to the WAL while Puts run, so a Put fails; with a large one
  // nothing is written before COMMIT, so the commit fails; a large budget
  // lets the batch through.
  struct Case {
    int cache_kib;
    int budget;
  };
  std::vector<Case> cases;
  for (int b : {0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
    cases.push_back({64, b});
  for (int b : {0, 1, 2, 7, 30, 1000000}) cases.push_back({16384, b});
  int put_failures = 0, commit_failures = 0, stored = 0;
  for (const Case& c : cases) {
    SCOPED_TRACE("cache " + std::to_string(c.cache_kib) + " KiB, budget " +
                 std::to_string(c.budget));
    TempDir dir;
    std::string path = dir.File("news.db");
    bool put_failed = false, commit_failed = false;
    {
      StoreOptions o;
      o.vfs = "newsmill-faulty";
      o.cache_kib = c.cache_kib;
      g_write_budget = -1;
      auto s = OpenStore(path, o);
      ASSERT_TRUE(s);
      ASSERT_TRUE(s->Put(GuaranteesArticle(), Engine()).ok());  // committed
      g_write_budget = c.budget;
      ASSERT_TRUE(s->BeginBatch().ok());
      for (int i = 0; i < 60; ++i) {
        auto r = s->Put(NumberedArticle(i, std::string(400, 'w')), Engine());
        if (!r.ok()) {
          put_failed = true;
          EXPECT_EQ(r.status().code(), StatusCode::kIoError) << r.status().ToString();
        }
      }
      Status st = s->CommitBatch();
      commit_failed = !st.ok();
      // A failed Put always fails the batch.
      if (put_failed) EXPECT_TRUE(commit_failed);
      g_write_budget = -1;
    }
    put_failures += put_failed;
    commit_failures += commit_failed && !put_failed;
    // Reopen without faults: the batch is whole or absent.
    int64_t n = Count(path, "SELECT count(*) FROM articles");
    EXPECT_EQ(n, commit_failed ? 1 : 61);
    stored += n == 61;
    ExpectNoOrphans(path);
    auto s = OpenStore(path);
    ASSERT_TRUE(s);
    EXPECT_TRUE(*s->Contains({"guarantees-1", ""}));
    // A rerun stores what is missing.
    for (int i = 0; i < 60; ++i)
      ASSERT_TRUE(s->Put(NumberedArticle(i, std::string(400, 'w')), Engine()).ok());
    EXPECT_EQ(Count(path, "SELECT count(*) FROM articles"), 61);
    ExpectNoOrphans(path);
  }
  EXPECT_GE(put_failures, 10);
  EXPECT_GE(commit_failures, 3);
  EXPECT_GE(stored, 1);
}

// ---- Resumability: a writer killed mid-batch -------------------------------

TEST(StoreFaults, KilledWriterLosesOnlyTheOpenBatchAndRerunSkipsTheRest) {
  TempDir dir;
  std::string path = dir.File("news.db");
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    // Child: one committed batch, then killed inside the second.
    auto s = Store::Open(path, {});
    if (!s.ok()) _exit(2);
    if (!(*s)->BeginBatch().ok()) _exit(3);
    for (int i = 0; i < 10; ++i)
      if (!(*s)->Put(NumberedArticle(i), Engine()).ok()) _exit(4);
    if (!(*s)->CommitBatch().ok()) _exit(5);
    if (!(*s)->BeginBatch().ok()) _exit(6);
    for (int i = 10; i < 15; ++i)
      if (!(*s)->Put(NumberedArticle(i), Engine()).ok()) _exit(7);
    raise(SIGKILL);
    _exit(8);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "child exited " << WEXITSTATUS(status);
  EXPECT_EQ(WTERMSIG(status), SIGKILL);

  auto s = OpenStore(path);
  ASSERT_TRUE(s);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM articles"), 10);
  ExpectNoOrphans(path);
  int inserted = 0, unchanged = 0;
  ASSERT_TRUE(s->BeginBatch().ok());
  for (int i = 0; i < 15; ++i) {
    Document d = NumberedArticle(i);
    if (*s->Contains(Store::KeyOf(d))) {
      ++unchanged;
      continue;
    }
    auto r = s->Put(d, Engine());
    ASSERT_TRUE(r.ok());
    inserted += *r == PutOutcome::kInserted;
  }
  ASSERT_TRUE(s->CommitBatch().ok());
  EXPECT_EQ(unchanged, 10);
  EXPECT_EQ(inserted, 5);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM articles"), 15);
  EXPECT_EQ(Count(path, "SELECT count(DISTINCT seq) FROM articles"), 15);
}

TEST(Store, ReadersRunWhileAWriterWrites) {
  TempDir dir;
  std::string path = dir.File("news.db");
  auto s = OpenStore(path);
  ASSERT_TRUE(s->Put(GuaranteesArticle(), Engine()).ok());
  std::atomic<bool> stop{false};
  std::atomic<int> reads{0}, errors{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t) {
    readers.emplace_back([&] {
      while (!stop) {
        QuoteFilter f;
        f.q = "guarantees";
        auto r = s->Quotes(f, nullptr);
        if (!r.ok() || r->empty()) ++errors;
        TimelineQuery q{"RUS", "USA", TimelineBy::kWeek, "", ""};
        if (!s->GetTimeline(q).ok()) ++errors;
        ++reads;
      }
    });
  }
  for (int b = 0; b < 5; ++b) {
    ASSERT_TRUE(s->BeginBatch().ok());
    for (int i = 0; i < 20; ++i) ASSERT_TRUE(s->Put(NumberedArticle(b * 20 + i), Engine()).ok());
    ASSERT_TRUE(s->CommitBatch().ok());
  }
  while (reads < 20) std::this_thread::yield();
  stop = true;
  for (auto& t : readers) t.join();
  EXPECT_EQ(errors, 0);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM articles"), 101);
}

TEST(Store, RemoveDeletesAnArticleAndItsRows) {
  TempDir dir;
  std::string path = dir.File("news.db");
  auto s = OpenStore(path);
  ASSERT_TRUE(s->Put(GuaranteesArticle(), Engine()).ok());
  ASSERT_TRUE(s->Put(NumberedArticle(1), Engine()).ok());
  EXPECT_TRUE(*s->Remove("guarantees-1"));
  EXPECT_FALSE(*s->Remove("guarantees-1"));
  EXPECT_EQ(Count(path, "SELECT count(*) FROM articles"), 1);
  ExpectNoOrphans(path);
}

TEST(Store, WatchesMatchNewQuotesAndEvents) {
  TempDir dir;
  auto s = OpenStore(dir.File("news.db"));
  ASSERT_TRUE(s->Put(NumberedArticle(1), Engine()).ok());
  Watch speaker;
  speaker.kind = "speaker";
  speaker.speaker = "vladimir-putin";
  auto w1 = s->AddWatch(speaker);
  ASSERT_TRUE(w1.ok()) << w1.status().ToString();
  EXPECT_EQ(w1->id.size(), 24u);
  EXPECT_EQ(w1->name, "Quotes by vladimir-putin");
  Watch pair;
  pair.kind = "pair";
  pair.actor_a = "RUS";
  pair.actor_b = "USA";
  auto w2 = s->AddWatch(pair);
  ASSERT_TRUE(w2.ok());
  Watch words;
  words.kind = "words";
  words.words = "guarantees";
  auto w3 = s->AddWatch(words);
  ASSERT_TRUE(w3.ok());

  // Created after article n1: it is not a new match.
  EXPECT_TRUE(s->WatchMatches(*w3, w3->created_seq, 50)->empty());
  ASSERT_TRUE(s->Put(GuaranteesArticle(), Engine()).ok());
  EXPECT_EQ(s->WatchMatches(*w1, w1->created_seq, 50)->size(), 2u);
  auto pm = s->WatchMatches(*w2, w2->created_seq, 50);
  ASSERT_TRUE(pm.ok()) << pm.status().ToString();
  EXPECT_EQ(pm->size(), 3u);
  ASSERT_TRUE((*pm)[0].event.has_value());
  auto wm = s->WatchMatches(*w3, w3->created_seq, 50);
  ASSERT_EQ(wm->size(), 1u);
  EXPECT_EQ(wm->at(0).article.key, "guarantees-1");

  EXPECT_EQ(s->ListWatches()->size(), 3u);
  EXPECT_FALSE(*s->RemoveWatch(w1->id, "wrong-token"));
  EXPECT_TRUE(*s->RemoveWatch(w1->id, w1->unsubscribe_token));
  EXPECT_EQ(s->GetWatch(w1->id).status().code(), StatusCode::kNotFound);
  ASSERT_TRUE(s->SetWatchNotified(w2->id, 99).ok());
  EXPECT_EQ(s->GetWatch(w2->id)->notified_seq, 99);

  struct Bad {
    Watch w;
    const char* field;
  };
  Watch no_kind;
  Watch hook;
  hook.kind = "words";
  hook.words = "x";
  hook.webhook = "http://127.0.0.1:9/hook";  // no consent
  Watch bad_hook = hook;
  bad_hook.consent = true;
  bad_hook.webhook = "file:///etc/passwd";
  Watch empty_words;
  empty_words.kind = "words";
  empty_words.words = "!!!";
  for (const Bad& b : {Bad{no_kind, "kind"}, Bad{hook, "consent"},
                       Bad{bad_hook, "webhook"}, Bad{empty_words, "words"}}) {
    auto r = s->AddWatch(b.w);
    ASSERT_FALSE(r.ok()) << b.field;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(r.status().message().find(b.field), 0u) << r.status().message();
  }
}

}  // namespace
}  // namespace newsmill
