// The SQLite implementation of Store.
//
// Writing. One connection writes, under write_mu_. A batch is a BEGIN
// IMMEDIATE transaction (the database write lock is taken at once, so a
// second writer process waits instead of failing half-way). Each Put runs
// in a SAVEPOINT: a Put that fails on its own input is rolled back to the
// savepoint and the batch goes on; a failure of the database itself (I/O,
// disk full, SQLite rolled the transaction back) poisons the batch, which
// CommitBatch then rolls back and reports. Replacing an article deletes its
// row (children go by ON DELETE CASCADE, FTS rows by triggers) after taking
// its contribution off the gathered entity counters, and inserts it again
// under the same row id.
//
// Reading. Read methods borrow a read-only connection from a pool (one per
// concurrent reader; WAL lets them read while the writer writes). Lists use
// keyset pagination: the cursor holds the last row's sort key and id, so a
// page costs the same wherever it starts and rows stored meanwhile neither
// repeat nor vanish.
#include <sqlite3.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <unordered_map>
#include <variant>

#include "base/date.h"
#include "base/embedded_data.h"
#include "base/json_writer.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "io/record_writer.h"
#include "store/sha256.h"
#include "store/sqlite_db.h"
#include "store/store.h"

namespace newsmill {

std::string_view PutOutcomeName(PutOutcome o) {
  switch (o) {
    case PutOutcome::kInserted: return "inserted";
    case PutOutcome::kReplaced: return "replaced";
    case PutOutcome::kUnchanged: return "unchanged";
  }
  return "";
}

namespace {

constexpr int kSchemaVersion = 2;

// Date keys (see data/store/schema.sql): ((day + kDayOffset) << kDayShift) | n.
constexpr int64_t kDayOffset = int64_t{1} << 20;
constexpr int kDayShift = 24;

int64_t DayBucket(std::optional<int64_t> day) {
  if (!day) return 0;
  int64_t b = *day + kDayOffset;
  return b >= 1 ? b : 0;
}

// The first key of the day `from` and one past the last key of the day `to`
// (ISO dates; "" = open).
std::pair<int64_t, int64_t> KeyRange(const std::string& from, const std::string& to) {
  int64_t lo = INT64_MIN, hi = INT64_MAX;
  if (auto d = ParseIsoDate(from)) lo = DayBucket(d->ToDays()) << kDayShift;
  if (auto d = ParseIsoDate(to)) hi = (DayBucket(d->ToDays()) + 1) << kDayShift;
  return {lo, hi};
}
constexpr int kMaxLimit = 1000;

// Failures of the database rather than of the article being stored.
bool IsDatabaseFailure(int rc) {
  switch (rc & 0xff) {
    case SQLITE_IOERR: case SQLITE_FULL: case SQLITE_CORRUPT:
    case SQLITE_NOTADB: case SQLITE_NOMEM: case SQLITE_CANTOPEN:
    case SQLITE_READONLY: case SQLITE_BUSY: case SQLITE_LOCKED:
    case SQLITE_PROTOCOL: case SQLITE_ABORT:
      return true;
    default:
      return false;
  }
}

std::optional<int64_t> DayOf(std::string_view iso) {
  if (iso.empty()) return std::nullopt;
  auto d = ParseIsoDate(iso);
  if (!d) return std::nullopt;
  return d->ToDays();
}

std::string DayToIso(int64_t day) { return Date::FromDays(day).ToString(); }

// "Vladimir Putin" -> "vladimir-putin": the key of an entity that came
// without one.
std::string KeyFromName(std::string_view name) {
  std::string key;
  bool dash = false;
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    if (IsAsciiAlpha(c) || IsAsciiDigit(c) || u >= 0x80) {
      if (dash && !key.empty()) key += '-';
      dash = false;
      key += AsciiLower(c);
    } else {
      dash = true;
    }
  }
  return key;
}

// ---- Input validation ----------------------------------------------------

Status CheckSpan(const Document& doc, const Span& s, const std::string& what) {
  if (s.begin > s.end || s.end > doc.text.size()) {
    return Status::InvalidArgument(
        "article '" + doc.id + "': " + what + " [" + std::to_string(s.begin) +
        "," + std::to_string(s.end) + ") lies outside the text (" +
        std::to_string(doc.text.size()) + " bytes)");
  }
  return Status::Ok();
}

Status CheckIndex(const Document& doc, int64_t i, size_t n,
                  const std::string& what) {
  if (i < -1 || i >= static_cast<int64_t>(n)) {
    return Status::InvalidArgument("article '" + doc.id + "': " + what + " " +
                                   std::to_string(i) + " points nowhere (" +
                                   std::to_string(n) + " items)");
  }
  return Status::Ok();
}

Status CheckUtf8(const Document& doc, std::string_view s,
                 const std::string& what) {
  if (!IsValidUtf8(s))
    return Status::InvalidArgument("article '" + doc.id + "': " + what +
                                   " is not valid UTF-8");
  return Status::Ok();
}

Status ValidateDocument(const Document& doc) {
  NEWSMILL_RETURN_IF_ERROR(CheckUtf8(doc, doc.id, "id"));
  NEWSMILL_RETURN_IF_ERROR(CheckUtf8(doc, doc.text, "text"));
  NEWSMILL_RETURN_IF_ERROR(CheckUtf8(doc, doc.title, "title"));
  NEWSMILL_RETURN_IF_ERROR(CheckUtf8(doc, doc.url, "url"));
  NEWSMILL_RETURN_IF_ERROR(CheckUtf8(doc, doc.outlet, "outlet"));
  NEWSMILL_RETURN_IF_ERROR(CheckUtf8(doc, doc.published, "published"));
  for (const auto& a : doc.authors)
    NEWSMILL_RETURN_IF_ERROR(CheckUtf8(doc, a, "author"));
  for (const auto& w : doc.warnings)
    NEWSMILL_RETURN_IF_ERROR(CheckUtf8(doc, w, "warning"));
  for (const auto& o : doc.cited_outlets)
    NEWSMILL_RETURN_IF_ERROR(CheckUtf8(doc, o, "cited outlet"));
  for (size_t i = 0; i < doc.sentences.size(); ++i)
    NEWSMILL_RETURN_IF_ERROR(CheckSpan(doc, doc.sentences[i].span,
                                       "sentences[" + std::to_string(i) + "]"));
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    std::string what = "mentions[" + std::to_string(i) + "]";
    NEWSMILL_RETURN_IF_ERROR(CheckSpan(doc, doc.mentions[i].span, what));
    NEWSMILL_RETURN_IF_ERROR(CheckIndex(doc, doc.mentions[i].entity,
                                        doc.entities.size(), what + ".entity"));
  }
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    std::string what = "entities[" + std::to_string(i) + "]";
    NEWSMILL_RETURN_IF_ERROR(CheckUtf8(doc, e.key, what + ".key"));
    NEWSMILL_RETURN_IF_ERROR(CheckUtf8(doc, e.name, what + ".name"));
    NEWSMILL_RETURN_IF_ERROR(CheckUtf8(doc, e.actor, what + ".actor"));
    NEWSMILL_RETURN_IF_ERROR(CheckUtf8(doc, e.country, what + ".country"));
    if (e.key.empty() && KeyFromName(e.name).empty())
      return Status::InvalidArgument("article '" + doc.id + "': " + what +
                                     " has neither key nor name");
    for (uint32_t m : e.mentions)
      NEWSMILL_RETURN_IF_ERROR(
          CheckIndex(doc, m, doc.mentions.size(), what + ".mentions"));
  }
  for (size_t i = 0; i < doc.quotes.size(); ++i) {
    const Quote& q = doc.quotes[i];
    std::string what = "quotes[" + std::to_string(i) + "]";
    NEWSMILL_RETURN_IF_ERROR(CheckSpan(doc, q.span, what + ".span"));
    NEWSMILL_RETURN_IF_ERROR(CheckSpan(doc, q.cue, what + ".cue"));
    NEWSMILL_RETURN_IF_ERROR(
        CheckSpan(doc, q.speaker_mention, what + ".speaker_mention"));
    NEWSMILL_RETURN_IF_ERROR(
        CheckIndex(doc, q.speaker, doc.entities.size(), what + ".speaker"));
    NEWSMILL_RETURN_IF_ERROR(CheckUtf8(doc, q.speaker_name, what + ".speaker_name"));
    NEWSMILL_RETURN_IF_ERROR(CheckUtf8(doc, q.source, what + ".source"));
  }
  for (size_t i = 0; i < doc.times.size(); ++i) {
    std::string what = "times[" + std::to_string(i) + "]";
    NEWSMILL_RETURN_IF_ERROR(CheckSpan(doc, doc.times[i].span, what));
    NEWSMILL_RETURN_IF_ERROR(CheckUtf8(doc, doc.times[i].value, what + ".value"));
  }
  for (size_t i = 0; i < doc.quantities.size(); ++i) {
    std::string what = "quantities[" + std::to_string(i) + "]";
    NEWSMILL_RETURN_IF_ERROR(CheckSpan(doc, doc.quantities[i].span, what));
    NEWSMILL_RETURN_IF_ERROR(CheckUtf8(doc, doc.quantities[i].unit, what + ".unit"));
  }
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    std::string what = "events[" + std::to_string(i) + "]";
    NEWSMILL_RETURN_IF_ERROR(CheckSpan(doc, e.cue, what + ".cue"));
    NEWSMILL_RETURN_IF_ERROR(CheckIndex(doc, e.source.entity,
                                        doc.entities.size(), what + ".source"));
    if (e.target)
      NEWSMILL_RETURN_IF_ERROR(CheckIndex(doc, e.target->entity,
                                          doc.entities.size(), what + ".target"));
    for (std::string_view s :
         {std::string_view(e.code), std::string_view(e.root),
          std::string_view(e.plover), std::string_view(e.source.name),
          std::string_view(e.source.actor), std::string_view(e.date),
          std::string_view(e.reported_by)})
      NEWSMILL_RETURN_IF_ERROR(CheckUtf8(doc, s, what));
    if (e.target) {
      NEWSMILL_RETURN_IF_ERROR(CheckUtf8(doc, e.target->name, what));
      NEWSMILL_RETURN_IF_ERROR(CheckUtf8(doc, e.target->actor, what));
    }
    if (e.location) NEWSMILL_RETURN_IF_ERROR(CheckUtf8(doc, e.location->name, what));
    if (e.code.empty())
      return Status::InvalidArgument("article '" + doc.id + "': " + what +
                                     " has no code");
  }
  return Status::Ok();
}

// ---- Query helpers ---------------------------------------------------------

using Arg = std::variant<int64_t, double, std::string>;

void BindArgs(Stmt* st, const std::vector<Arg>& args) {
  int i = 1;
  for (const Arg& a : args) {
    if (auto* v = std::get_if<int64_t>(&a)) st->Bind(i, *v);
    else if (auto* d = std::get_if<double>(&a)) st->Bind(i, *d);
    else st->Bind(i, std::get<std::string>(a));
    ++i;
  }
}

// A keyset cursor: the sort key (nullable) and row id of a page's last row.
struct Cursor {
  bool present = false;
  bool null_key = false;
  int64_t key = 0;
  int64_t id = 0;
};

std::string EncodeCursor(std::optional<int64_t> key, int64_t id) {
  return (key ? std::to_string(*key) : std::string("n")) + "." +
         std::to_string(id);
}

bool ParseInt(std::string_view s, int64_t* out) {
  if (s.empty() || s.size() > 18) return false;
  bool neg = s[0] == '-';
  if (neg) s.remove_prefix(1);
  if (s.empty()) return false;
  int64_t v = 0;
  for (char c : s) {
    if (!IsAsciiDigit(c)) return false;
    v = v * 10 + (c - '0');
  }
  *out = neg ? -v : v;
  return true;
}

Result<Cursor> DecodeCursor(std::string_view s) {
  Cursor c;
  if (s.empty()) return c;
  size_t dot = s.find('.');
  bool ok = dot != std::string_view::npos && ParseInt(s.substr(dot + 1), &c.id);
  if (ok) {
    std::string_view k = s.substr(0, dot);
    if (k == "n") c.null_key = true;
    else ok = ParseInt(k, &c.key);
  }
  if (!ok)
    return Status::InvalidArgument("cursor: '" + std::string(s.substr(0, 40)) +
                                   "' is not a cursor this server gave");
  c.present = true;
  return c;
}

// Lists ordered by a date key (quotes, events, articles) page with the
// last key as the cursor.
Result<int64_t> DecodeKeyCursor(std::string_view s) {
  int64_t k = 0;
  if (!ParseInt(s, &k))
    return Status::InvalidArgument("cursor: '" + std::string(s.substr(0, 40)) +
                                   "' is not a cursor this server gave");
  return k;
}

Status CheckLimit(int limit) {
  if (limit < 1 || limit > kMaxLimit)
    return Status::InvalidArgument("limit: " + std::to_string(limit) +
                                   " is not between 1 and " +
                                   std::to_string(kMaxLimit));
  return Status::Ok();
}


// Turns the words a user typed into a safe FTS5 query: each word becomes a
// quoted string (so FTS5 syntax in the input can never be an error), all
// words must match; a word ending in * matches as a prefix; text inside
// double quotes is a phrase. `column` restricts to one column ("" = all).
Result<std::string> FtsQuery(std::string_view what, std::string_view input,
                             std::string_view column, bool all_prefix) {
  std::string out;
  int words = 0;
  size_t i = 0;
  auto is_word = [](char c) {
    return IsAsciiAlpha(c) || IsAsciiDigit(c) ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  auto emit = [&](const std::string& phrase, bool prefix) {
    if (phrase.empty()) return;
    if (!out.empty()) out += ' ';
    if (!column.empty()) {
      out += column;
      out += " : ";
    }
    out += '"';
    out += phrase;
    out += '"';
    if (prefix) out += '*';
    ++words;
  };
  while (i < input.size()) {
    char c = input[i];
    if (c == '"') {
      size_t close = input.find('"', i + 1);
      std::string_view inner =
          input.substr(i + 1, close == std::string_view::npos
                                  ? std::string_view::npos
                                  : close - i - 1);
      std::string phrase;
      bool space = false;
      for (char d : inner) {
        if (is_word(d)) {
          if (space && !phrase.empty()) phrase += ' ';
          space = false;
          phrase += d;
        } else {
          space = true;
        }
      }
      emit(phrase, false);
      i = close == std::string_view::npos ? input.size() : close + 1;
      continue;
    }
    if (!is_word(c)) {
      ++i;
      continue;
    }
    std::string word;
    while (i < input.size() && is_word(input[i])) word += input[i++];
    bool prefix = all_prefix || (i < input.size() && input[i] == '*');
    emit(word, prefix);
  }
  if (words == 0)
    return Status::InvalidArgument(std::string(what) + ": '" +
                                   std::string(input.substr(0, 40)) +
                                   "' has no words to search for");
  if (words > 32)
    return Status::InvalidArgument(std::string(what) +
                                   ": more than 32 words to search for");
  return out;
}

// An actor parameter: an upper-case CAMEO code matches by prefix, anything
// else is an entity key.
bool IsActorCode(std::string_view s) {
  if (s.size() < 3 || s.size() > 32) return false;
  for (char c : s)
    if (!IsAsciiUpper(c) && !IsAsciiDigit(c)) return false;
  return true;
}

std::string PrefixEnd(std::string prefix) {
  // Codes are [A-Z0-9]; the next string after every extension of prefix.
  prefix.back() = static_cast<char>(prefix.back() + 1);
  return prefix;
}

// "(e.source_actor >= ? AND e.source_actor < ?)" or the entity-key form.
std::string ActorCondition(const std::string& alias, const std::string& role,
                           const std::string& param, std::vector<Arg>* args) {
  if (IsActorCode(param)) {
    // Seek on the first three letters (events_pair), then range.
    args->push_back(param.substr(0, 3));
    args->push_back(param);
    args->push_back(PrefixEnd(param));
    const std::string c = alias + "." + role;
    return "(" + c + "_cc = ? AND " + c + "_actor >= ? AND " + c + "_actor < ?)";
  }
  args->push_back(param);
  return alias + "." + role +
         "_entity_id = (SELECT id FROM entities WHERE key = ?)";
}

Status CheckActorParam(std::string_view what, std::string_view p) {
  if (p.size() > 200)
    return Status::InvalidArgument(std::string(what) + ": longer than 200 bytes");
  if (!IsValidUtf8(p))
    return Status::InvalidArgument(std::string(what) + ": not valid UTF-8");
  return Status::Ok();
}

void AddDateRange(const std::string& column, const std::string& from,
                  const std::string& to, std::string* where,
                  std::vector<Arg>* args) {
  if (auto d = DayOf(from)) {
    *where += " AND " + column + " >= ?";
    args->push_back(*d);
  }
  if (auto d = DayOf(to)) {
    *where += " AND " + column + " <= ?";
    args->push_back(*d);
  }
}

std::vector<std::string> ParseJsonStringArray(std::string_view json) {
  // The store writes this array itself (JsonWriter), so a small decoder of
  // its escapes is enough.
  std::vector<std::string> out;
  size_t i = 0;
  while (i < json.size()) {
    if (json[i] != '"') {
      ++i;
      continue;
    }
    std::string s;
    ++i;
    while (i < json.size() && json[i] != '"') {
      if (json[i] == '\\' && i + 1 < json.size()) {
        char e = json[++i];
        switch (e) {
          case 'n': s += '\n'; break;
          case 't': s += '\t'; break;
          case 'r': s += '\r'; break;
          case 'b': s += '\b'; break;
          case 'f': s += '\f'; break;
          case 'u': {
            if (i + 4 < json.size()) {
              char32_t cp = static_cast<char32_t>(
                  std::stoul(std::string(json.substr(i + 1, 4)), nullptr, 16));
              i += 4;
              if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < json.size() &&
                  json[i + 1] == '\\' && json[i + 2] == 'u') {
                char32_t lo = static_cast<char32_t>(std::stoul(
                    std::string(json.substr(i + 3, 4)), nullptr, 16));
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                i += 6;
              }
              AppendUtf8(cp, &s);
            }
            break;
          }
          default: s += e;
        }
        ++i;
      } else {
        s += json[i++];
      }
    }
    ++i;
    out.push_back(std::move(s));
  }
  return out;
}

std::string RandomHex(int bytes) {
  std::random_device rd;
  static const char kHex[] = "0123456789abcdef";
  std::string s;
  for (int i = 0; i < bytes; ++i) {
    unsigned v = rd() & 0xff;
    s += kHex[v >> 4];
    s += kHex[v & 15];
  }
  return s;
}

// ---- Column lists shared by the read paths ----------------------------------

constexpr char kArticleColumns[] =
    "a.id, a.key, a.doc_id, a.url, a.outlet, a.title, a.published, "
    "a.language, a.authors, a.analysed, a.text IS NOT NULL, a.text_length, "
    "a.n_entities, a.n_quotes, a.n_events, a.stored_at, g.name, g.version, "
    "g.lexicon, a.published_day, a.seq, a.sort_key";
constexpr int kArticleColumnCount = 22;

ArticleSummary ReadArticle(Stmt* st, int c) {
  ArticleSummary a;
  a.id = st->Int(c + 0);
  a.key = st->Text(c + 1);
  a.doc_id = st->Text(c + 2);
  a.url = st->Text(c + 3);
  a.outlet = st->Text(c + 4);
  a.title = st->Text(c + 5);
  a.published = st->Text(c + 6);
  a.language = st->Text(c + 7);
  a.authors = ParseJsonStringArray(st->TextView(c + 8));
  a.analysed = st->Int(c + 9) != 0;
  a.has_text = st->Int(c + 10) != 0;
  a.text_length = st->Int(c + 11);
  a.entities = st->Int(c + 12);
  a.quotes = st->Int(c + 13);
  a.events = st->Int(c + 14);
  a.stored_at = st->Text(c + 15);
  a.engine = {st->Text(c + 16), st->Text(c + 17), st->Text(c + 18)};
  return a;
}

constexpr char kQuoteColumns[] =
    "q.id, q.article_id, a.title, a.published, q.kind, q.text, q.start, "
    "q.end, en.key, q.speaker_name, en.actor, en.country, q.cue, q.source, "
    "q.sentence, g.name, g.version, g.lexicon, q.published_day";
constexpr char kQuoteFrom[] =
    " FROM quotes q JOIN articles a ON a.id = q.article_id"
    " JOIN engines g ON g.id = q.engine_id"
    " LEFT JOIN entities en ON en.id = q.speaker_entity_id";

QuoteRow ReadQuote(Stmt* st) {
  QuoteRow q;
  q.id = st->Int(0);
  q.article_id = st->Int(1);
  q.article_title = st->Text(2);
  q.published = st->Text(3);
  q.kind = st->Text(4);
  q.text = st->Text(5);
  q.start = st->Int(6);
  q.end = st->Int(7);
  q.speaker.key = st->Text(8);
  q.speaker.name = st->Text(9);
  q.speaker.actor = st->Text(10);
  q.speaker.country = st->Text(11);
  q.cue = st->Text(12);
  q.source = st->Text(13);
  q.sentence = st->Int(14);
  q.engine = {st->Text(15), st->Text(16), st->Text(17)};
  return q;
}

std::string EventColumns(bool mentions) {
  return std::string("e.id, e.article_id, e.grp, ") +
         (mentions ? "1" : "e.mention_count") +
         ", e.code, e.root, e.plover, e.quad, e.goldstein, se.key, "
         "e.source_name, e.source_actor, e.source_country, te.key, "
         "e.target_name, e.target_actor, e.target_country, e.date, "
         "e.location_name, e.location_country, e.mode, e.confidence, e.cue, "
         "e.sentence, a.title, g.name, g.version, g.lexicon, e.day, " +
         (mentions ? "e.event_id" : "e.id");
}

std::string EventFrom(bool mentions) {
  return std::string(" FROM ") + (mentions ? "event_mentions" : "events") +
         " e JOIN articles a ON a.id = e.article_id"
         " JOIN engines g ON g.id = e.engine_id"
         " LEFT JOIN entities se ON se.id = e.source_entity_id"
         " LEFT JOIN entities te ON te.id = e.target_entity_id";
}

EventRow ReadEvent(Stmt* st) {
  EventRow e;
  e.id = st->Int(0);
  e.article_id = st->Int(1);
  e.group = st->Int(2);
  e.mention_count = st->Int(3);
  e.code = st->Text(4);
  e.root = st->Text(5);
  e.plover = st->Text(6);
  e.quad = static_cast<int>(st->Int(7));
  e.goldstein = st->Double(8);
  e.source = {st->Text(9), st->Text(10), st->Text(11), st->Text(12)};
  e.target = {st->Text(13), st->Text(14), st->Text(15), st->Text(16)};
  e.date = st->Text(17);
  e.location_name = st->Text(18);
  e.location_country = st->Text(19);
  e.mode = st->Text(20);
  e.confidence = st->Double(21);
  e.cue = st->Text(22);
  e.sentence = st->Int(23);
  e.article_title = st->Text(24);
  e.engine = {st->Text(25), st->Text(26), st->Text(27)};
  return e;
}

constexpr char kEntityColumns[] =
    "n.id, n.key, n.name, n.type, n.actor, n.country, n.mention_count, "
    "n.article_count, n.quote_count";

EntityRow ReadEntity(Stmt* st) {
  EntityRow e;
  e.id = st->Int(0);
  e.key = st->Text(1);
  e.name = st->Text(2);
  e.type = st->Text(3);
  e.actor = st->Text(4);
  e.country = st->Text(5);
  e.mentions = st->Int(6);
  e.articles = st->Int(7);
  e.quotes = st->Int(8);
  return e;
}

constexpr char kWatchColumns[] =
    "id, name, kind, speaker, actor_a, actor_b, words, webhook, consent, "
    "unsubscribe_token, created_at, created_seq, notified_seq";

Watch ReadWatch(Stmt* st) {
  Watch w;
  w.id = st->Text(0);
  w.name = st->Text(1);
  w.kind = st->Text(2);
  w.speaker = st->Text(3);
  w.actor_a = st->Text(4);
  w.actor_b = st->Text(5);
  w.words = st->Text(6);
  w.webhook = st->Text(7);
  w.consent = st->Int(8) != 0;
  w.unsubscribe_token = st->Text(9);
  w.created_at = st->Text(10);
  w.created_seq = st->Int(11);
  w.notified_seq = st->Int(12);
  return w;
}

// ---- The store -----------------------------------------------------------

class SqliteStore : public Store {
 public:
  SqliteStore(std::string path, StoreOptions options)
      : path_(std::move(path)), options_(std::move(options)) {}

  ~SqliteStore() override {
    if (writer_ && writer_->InTransaction()) writer_->Exec("ROLLBACK");
  }

  Status Init();

  Status BeginBatch() override;
  Result<PutOutcome> Put(const Document& doc, const PutOptions& options) override;
  Status CommitBatch() override;
  void AbortBatch() override;
  Result<bool> Contains(const ArticleKey& id) const override;
  Result<bool> Remove(std::string_view key) override;

  Result<StoreStats> Stats() const override;
  Result<std::vector<ArticleSummary>> ListArticles(
      const ArticleFilter& filter, std::string* next_cursor) const override;
  Result<StoredArticle> GetArticle(std::string_view id_or_key) const override;
  Result<std::vector<QuoteRow>> Quotes(const QuoteFilter& filter,
                                       std::string* next_cursor) const override;
  Result<std::vector<EntityRow>> Entities(const EntityFilter& filter,
                                          std::string* next_cursor) const override;
  Result<EntityProfile> GetEntity(std::string_view id_or_key) const override;
  Result<std::vector<EventRow>> Events(const EventFilter& filter, bool mentions,
                                       std::string* next_cursor) const override;
  Result<Timeline> GetTimeline(const TimelineQuery& query) const override;

  Result<Watch> AddWatch(const Watch& w) override;
  Result<std::vector<Watch>> ListWatches() const override;
  Result<Watch> GetWatch(std::string_view id) const override;
  Result<bool> RemoveWatch(std::string_view id,
                           std::string_view unsubscribe_token) override;
  Result<std::vector<WatchMatch>> WatchMatches(const Watch& w, int64_t after_seq,
                                               int limit) const override;
  Status SetWatchNotified(std::string_view id, int64_t seq) override;

 private:
  // A pooled read connection, returned on destruction.
  class Reader {
   public:
    Reader(const SqliteStore* s, std::unique_ptr<SqliteDb> db)
        : store_(s), db_(std::move(db)) {}
    ~Reader() {
      if (db_) store_->ReturnReader(std::move(db_));
    }
    Reader(Reader&&) = default;
    SqliteDb* operator->() { return db_.get(); }
    SqliteDb* get() { return db_.get(); }

   private:
    const SqliteStore* store_;
    std::unique_ptr<SqliteDb> db_;
  };

  Result<Reader> GetReader() const;
  void ReturnReader(std::unique_ptr<SqliteDb> db) const;
  Status Configure(SqliteDb* db, bool writer) const;
  Status WriterRequired() const;

  Result<int64_t> EngineId(const EngineInfo& e);
  Result<PutOutcome> PutLocked(const Document& doc, const PutOptions& options);
  Status InsertArticle(const Document& doc, const ArticleKey& id,
                       const PutOptions& options, std::optional<int64_t> row_id);
  Status DeleteArticle(int64_t row_id);
  // The next free date key of a day bucket in table.column (writer).
  Result<int64_t> NextKey(const char* table, const char* column, int64_t bucket);
  Status BeginLocked();
  // After a failed statement: decides whether the open batch is lost.
  void NoteFailure(const Status& st);

  // The FTS5 query for quotes by speaker (key or name) and words; "" when
  // both are empty.
  Result<std::string> QuoteMatch(SqliteDb* db, const std::string& speaker,
                                 const std::string& words) const;
  Result<std::vector<QuoteRow>> QuotesOn(SqliteDb* db, const QuoteFilter& filter,
                                         std::string* next_cursor) const;

  std::string path_;
  StoreOptions options_;

  std::mutex write_mu_;
  std::unique_ptr<SqliteDb> writer_;
  bool in_batch_ = false;
  Status batch_error_;  // set when the open batch is lost
  int64_t next_seq_ = 0;
  std::map<std::tuple<std::string, std::string, std::string>, int64_t> engine_ids_;

  mutable std::mutex pool_mu_;
  mutable std::vector<std::unique_ptr<SqliteDb>> pool_;
};

Status SqliteStore::Configure(SqliteDb* db, bool writer) const {
  sqlite3_busy_timeout(db->raw(), options_.busy_timeout_ms);
  int cache = writer ? options_.cache_kib : std::min(options_.cache_kib, 8192);
  // Reads go through a shared memory map of the file's first 256 MiB: no
  // copy per page, and one OS page cache for every connection.
  std::string pragmas = "PRAGMA foreign_keys=ON; PRAGMA cache_size=-" +
                        std::to_string(cache) + "; PRAGMA temp_store=MEMORY; " +
                        (writer ? "" : "PRAGMA mmap_size=268435456;");
  if (writer) pragmas += "PRAGMA synchronous=NORMAL;";
  return db->Exec(pragmas);
}

Status SqliteStore::Init() {
  struct stat sb;
  bool exists = ::stat(path_.c_str(), &sb) == 0;
  if (!exists && (!options_.create_if_missing || options_.read_only))
    return Status::NotFound("no database at '" + path_ + "'");
  if (exists && S_ISDIR(sb.st_mode))
    return Status::InvalidArgument("'" + path_ + "' is a directory, not a database");

  if (options_.read_only) {
    auto r = GetReader();
    if (!r.ok()) return r.status();
    Stmt* st = (*r)->Prepare("SELECT value FROM meta WHERE key = 'schema_version'");
    if (!st) return Status::Corruption("'" + path_ + "' is not a newsmill database");
    if (st->Step() != Stmt::kRow)
      return Status::Corruption("'" + path_ + "' is not a newsmill database");
    if (st->Text(0) != std::to_string(kSchemaVersion))
      return Status::Unsupported("'" + path_ + "' has schema version " +
                                 st->Text(0) + "; this newsmill reads " +
                                 std::to_string(kSchemaVersion));
    return Status::Ok();
  }

  auto db = SqliteDb::Open(path_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                           options_.vfs);
  if (!db.ok()) return db.status();
  writer_ = std::move(db.value());
  // WAL before anything else; a database that cannot use it (a network file
  // system) still works, in rollback-journal mode.
  Stmt* wal = writer_->Prepare("PRAGMA journal_mode=WAL");
  if (!wal) {
    Status st = writer_->last_error();
    if (st.code() == StatusCode::kCorruption)
      return Status::Corruption("'" + path_ + "' is not a SQLite database");
    return Status(st.code(), path_ + ": " + st.message());
  }
  if (wal->Step() == Stmt::kError) {
    Status st = wal->error();
    if (st.code() == StatusCode::kCorruption)
      return Status::Corruption("'" + path_ + "' is not a SQLite database");
    return Status(st.code(), path_ + ": " + st.message());
  }
  wal->Reset();
  NEWSMILL_RETURN_IF_ERROR(Configure(writer_.get(), true));

  // Create or check the schema.
  NEWSMILL_RETURN_IF_ERROR(writer_->Exec("BEGIN IMMEDIATE"));
  auto fail = [&](Status st) {
    writer_->Exec("ROLLBACK");
    return st;
  };
  Stmt* has_meta = writer_->Prepare(
      "SELECT count(*) FROM sqlite_master WHERE type = 'table'");
  if (!has_meta || has_meta->Step() != Stmt::kRow)
    return fail(has_meta ? has_meta->error() : writer_->last_error());
  int64_t tables = has_meta->Int(0);
  has_meta->Reset();
  Stmt* version = writer_->Prepare(
      "SELECT value FROM sqlite_master, meta WHERE sqlite_master.name = 'meta' "
      "AND meta.key = 'schema_version'");
  std::string found;
  if (version && version->Step() == Stmt::kRow) found = version->Text(0);
  if (version) version->Reset();
  if (found.empty() && tables > 0)
    return fail(Status::Corruption("'" + path_ +
                                   "' is a SQLite database but not newsmill's"));
  if (!found.empty() && found != std::to_string(kSchemaVersion))
    return fail(Status::Unsupported("'" + path_ + "' has schema version " +
                                    found + "; this newsmill reads " +
                                    std::to_string(kSchemaVersion)));
  if (found.empty()) {
    auto schema = ReadDataFile("store/schema.sql", "");
    if (!schema.ok()) return fail(schema.status());
    Status st = writer_->Exec(*schema);
    if (!st.ok()) return fail(st);
    st = writer_->Exec("INSERT INTO meta(key, value) VALUES ('schema_version', '" +
                       std::to_string(kSchemaVersion) + "')");
    if (!st.ok()) return fail(st);
  }
  return writer_->Exec("COMMIT");
}

Status SqliteStore::WriterRequired() const {
  if (!writer_)
    return Status::InvalidArgument("'" + path_ + "' is open read-only");
  return Status::Ok();
}

Result<SqliteStore::Reader> SqliteStore::GetReader() const {
  {
    std::lock_guard<std::mutex> lock(pool_mu_);
    if (!pool_.empty()) {
      auto db = std::move(pool_.back());
      pool_.pop_back();
      return Reader(this, std::move(db));
    }
  }
  auto db = SqliteDb::Open(path_, SQLITE_OPEN_READONLY, options_.vfs);
  if (!db.ok()) return db.status();
  NEWSMILL_RETURN_IF_ERROR(Configure(db->get(), false));
  // Reads never hold a write lock, so a busy wait is short; a stale lock of
  // a crashed writer is cleared by SQLite itself.
  return Reader(this, std::move(db.value()));
}

void SqliteStore::ReturnReader(std::unique_ptr<SqliteDb> db) const {
  // A reader that was interrupted mid-statement must not keep a snapshot.
  if (db->InTransaction()) db->Exec("ROLLBACK");
  std::lock_guard<std::mutex> lock(pool_mu_);
  if (pool_.size() < 16) pool_.push_back(std::move(db));
}

// ---- Writing ----------------------------------------------------------------

Status SqliteStore::BeginLocked() {
  NEWSMILL_RETURN_IF_ERROR(writer_->Exec("BEGIN IMMEDIATE"));
  Stmt* st = writer_->Prepare("SELECT coalesce(max(seq), 0) FROM articles");
  if (!st || st->Step() != Stmt::kRow) {
    Status err = st ? st->error() : writer_->last_error();
    writer_->Exec("ROLLBACK");
    return err;
  }
  next_seq_ = st->Int(0) + 1;
  st->Reset();
  return Status::Ok();
}

Status SqliteStore::BeginBatch() {
  NEWSMILL_RETURN_IF_ERROR(WriterRequired());
  std::lock_guard<std::mutex> lock(write_mu_);
  if (in_batch_) return Status::Internal("BeginBatch: a batch is already open");
  NEWSMILL_RETURN_IF_ERROR(BeginLocked());
  in_batch_ = true;
  batch_error_ = Status::Ok();
  return Status::Ok();
}

Status SqliteStore::CommitBatch() {
  NEWSMILL_RETURN_IF_ERROR(WriterRequired());
  std::lock_guard<std::mutex> lock(write_mu_);
  if (!in_batch_) return Status::Internal("CommitBatch: no batch is open");
  in_batch_ = false;
  if (!batch_error_.ok()) {
    if (writer_->InTransaction()) writer_->Exec("ROLLBACK");
    engine_ids_.clear();
    Status st = batch_error_;
    batch_error_ = Status::Ok();
    return Status(st.code(), "batch not stored: " + st.message());
  }
  Status st = writer_->Exec("COMMIT");
  if (!st.ok()) {
    if (writer_->InTransaction()) writer_->Exec("ROLLBACK");
    engine_ids_.clear();
    return Status(st.code(), "batch not stored: " + st.message());
  }
  return Status::Ok();
}

void SqliteStore::AbortBatch() {
  if (!writer_) return;
  std::lock_guard<std::mutex> lock(write_mu_);
  if (!in_batch_) return;
  in_batch_ = false;
  batch_error_ = Status::Ok();
  if (writer_->InTransaction()) writer_->Exec("ROLLBACK");
  engine_ids_.clear();
}

void SqliteStore::NoteFailure(const Status& st) {
  int rc = sqlite3_extended_errcode(writer_->raw());
  if (!writer_->InTransaction() || IsDatabaseFailure(rc)) {
    if (batch_error_.ok()) batch_error_ = st;
  }
}

Result<int64_t> SqliteStore::EngineId(const EngineInfo& e) {
  auto key = std::make_tuple(e.name, e.version, e.lexicon);
  auto it = engine_ids_.find(key);
  if (it != engine_ids_.end()) return it->second;
  Stmt* st = writer_->Prepare(
      "INSERT INTO engines(name, version, lexicon) VALUES (?, ?, ?) "
      "ON CONFLICT DO UPDATE SET name = excluded.name RETURNING id");
  if (!st) return writer_->last_error();
  st->Bind(1, e.name);
  st->Bind(2, e.version);
  st->Bind(3, e.lexicon);
  if (st->Step() != Stmt::kRow) {
    Status err = st->error();
    st->Reset();
    return err;
  }
  int64_t id = st->Int(0);
  st->Reset();
  engine_ids_[key] = id;
  return id;
}

Result<PutOutcome> SqliteStore::Put(const Document& doc,
                                    const PutOptions& options) {
  NEWSMILL_RETURN_IF_ERROR(WriterRequired());
  NEWSMILL_RETURN_IF_ERROR(ValidateDocument(doc));
  std::lock_guard<std::mutex> lock(write_mu_);
  if (in_batch_) {
    if (!batch_error_.ok())
      return Status(batch_error_.code(),
                    "batch already failed: " + batch_error_.message());
    return PutLocked(doc, options);
  }
  // A batch of one.
  NEWSMILL_RETURN_IF_ERROR(BeginLocked());
  batch_error_ = Status::Ok();
  auto r = PutLocked(doc, options);
  if (!r.ok() || !batch_error_.ok()) {
    if (writer_->InTransaction()) writer_->Exec("ROLLBACK");
    engine_ids_.clear();
    batch_error_ = Status::Ok();
    return r.ok() ? Status::IoError("store failed") : r.status();
  }
  Status st = writer_->Exec("COMMIT");
  if (!st.ok()) {
    if (writer_->InTransaction()) writer_->Exec("ROLLBACK");
    engine_ids_.clear();
    return st;
  }
  return r;
}

Result<PutOutcome> SqliteStore::PutLocked(const Document& doc,
                                          const PutOptions& options) {
  ArticleKey derived;
  if (options.id.key.empty() || options.id.content_hash.empty())
    derived = KeyOf(doc);
  ArticleKey id{options.id.key.empty() ? derived.key : options.id.key,
                options.id.content_hash.empty() ? derived.content_hash
                                                : options.id.content_hash};
  if (!IsValidUtf8(id.key) || id.key.empty())
    return Status::InvalidArgument("article key is empty or not UTF-8");

  std::optional<int64_t> row_id;
  {
    Stmt* st = writer_->Prepare("SELECT id, content_hash FROM articles WHERE key = ?");
    if (!st) return writer_->last_error();
    st->Bind(1, id.key);
    Stmt::StepResult r = st->Step();
    if (r == Stmt::kError) {
      Status err = st->error();
      st->Reset();
      NoteFailure(err);
      return err;
    }
    if (r == Stmt::kRow) {
      row_id = st->Int(0);
      bool same = st->TextView(1) == id.content_hash;
      st->Reset();
      if (same && !options.force) return PutOutcome::kUnchanged;
    }
    st->Reset();
  }

  Status st = writer_->Exec("SAVEPOINT put");
  if (!st.ok()) {
    NoteFailure(st);
    return st;
  }
  if (row_id) st = DeleteArticle(*row_id);
  if (st.ok()) st = InsertArticle(doc, id, options, row_id);
  if (!st.ok()) {
    NoteFailure(st);
    if (writer_->InTransaction()) {
      writer_->Exec("ROLLBACK TO put");
      writer_->Exec("RELEASE put");
    }
    // An engine row inserted inside the savepoint is gone again.
    engine_ids_.clear();
    return st;
  }
  st = writer_->Exec("RELEASE put");
  if (!st.ok()) {
    NoteFailure(st);
    return st;
  }
  return row_id ? PutOutcome::kReplaced : PutOutcome::kInserted;
}

Result<int64_t> SqliteStore::NextKey(const char* table, const char* column,
                                     int64_t bucket) {
  const int64_t lo = bucket << kDayShift, hi = (bucket + 1) << kDayShift;
  Stmt* st = writer_->Prepare(std::string("SELECT max(") + column + ") FROM " +
                              table + " WHERE " + column + " >= ? AND " + column +
                              " < ?");
  if (!st) return writer_->last_error();
  st->Bind(1, lo);
  st->Bind(2, hi);
  if (st->Step() != Stmt::kRow) {
    Status err = st->error();
    st->Reset();
    return err;
  }
  int64_t next = st->IsNull(0) ? lo + 1 : st->Int(0) + 1;
  st->Reset();
  if (next >= hi)
    return Status::Unsupported(std::string(table) +
                               ": more than 16 million rows on one day");
  return next;
}

Status SqliteStore::DeleteArticle(int64_t row_id) {
  // Take the article's share off the gathered entities first.
  Stmt* st = writer_->Prepare(
      "UPDATE entities SET mention_count = entities.mention_count - ae.m, "
      "article_count = entities.article_count - 1, "
      "quote_count = entities.quote_count - ae.q "
      "FROM (SELECT entity_id, sum(mention_count) AS m, sum(quote_count) AS q "
      "      FROM article_entities WHERE article_id = ? GROUP BY entity_id) AS ae "
      "WHERE entities.id = ae.entity_id");
  if (!st) return writer_->last_error();
  st->Bind(1, row_id);
  NEWSMILL_RETURN_IF_ERROR(st->Run());
  st = writer_->Prepare("DELETE FROM articles WHERE id = ?");
  if (!st) return writer_->last_error();
  st->Bind(1, row_id);
  return st->Run();
}

Status SqliteStore::InsertArticle(const Document& doc, const ArticleKey& id,
                                  const PutOptions& options,
                                  std::optional<int64_t> row_id) {
  EngineInfo engine_info = options.engine;
  if (engine_info.name.empty()) engine_info.name = "newsmill";
  if (engine_info.version.empty()) engine_info.version = std::string(Version());
  auto engine = EngineId(engine_info);
  if (!engine.ok()) return engine.status();
  const int64_t engine_id = *engine;
  CodePointIndex cp(doc.text);
  auto C = [&](uint32_t byte) { return static_cast<int64_t>(cp.ToCodePoint(byte)); };
  std::optional<int64_t> published_day = DayOf(doc.published);

  std::string record = options.record_json;
  if (record.empty()) {
    RecordOptions ro;
    ro.lexicon_id = options.engine.lexicon;
    ro.include_text = options_.keep_text;
    AppendRecord(doc, ro, &record);
    if (!record.empty() && record.back() == '\n') record.pop_back();
  }
  std::string authors;
  {
    JsonWriter w(&authors);
    w.BeginArray();
    for (const auto& a : doc.authors) w.String(a);
    w.EndArray();
  }

  auto sort_key = NextKey("articles", "sort_key", DayBucket(published_day));
  if (!sort_key.ok()) return sort_key.status();
  Stmt* st = writer_->Prepare(
      "INSERT INTO articles(id, key, content_hash, doc_id, url, outlet, title, "
      "authors, published, published_day, published_from, language, analysed, "
      "text, text_length, record, n_entities, n_quotes, n_events, seq, "
      "stored_at, engine_id, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?, ?, ?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?, ?)");
  if (!st) return writer_->last_error();
  st->BindIntOrNull(1, row_id);
  st->Bind(2, id.key);
  st->Bind(3, id.content_hash);
  st->Bind(4, doc.id);
  st->BindTextOrNull(5, doc.url);
  st->BindTextOrNull(6, doc.outlet);
  st->BindTextOrNull(7, doc.title);
  st->Bind(8, authors);
  st->BindTextOrNull(9, doc.published);
  st->BindIntOrNull(10, published_day);
  st->Bind(11, PublishedFromName(doc.published_from));
  st->BindTextOrNull(12, doc.language);
  st->Bind(13, int64_t{doc.analysed ? 1 : 0});
  if (options_.keep_text) st->Bind(14, doc.text); else st->BindNull(14);
  st->Bind(15, static_cast<int64_t>(CountCodePoints(doc.text)));
  st->Bind(16, record);
  st->Bind(17, static_cast<int64_t>(doc.entities.size()));
  st->Bind(18, static_cast<int64_t>(doc.quotes.size()));
  st->Bind(19, static_cast<int64_t>(doc.events.size()));
  st->Bind(20, next_seq_);
  st->Bind(21, engine_id);
  st->Bind(22, *sort_key);
  NEWSMILL_RETURN_IF_ERROR(st->Run());
  const int64_t article_id = row_id ? *row_id : writer_->LastInsertRowid();
  ++next_seq_;

  // Entities: the gathered row per key, then this article's view of it.
  // Two local entities with one key (coreference left them apart) count once
  // towards article_count.
  std::vector<int64_t> entity_ids(doc.entities.size(), 0);
  {
    std::vector<int64_t> quote_counts(doc.entities.size(), 0);
    for (const Quote& q : doc.quotes)
      if (q.speaker >= 0) ++quote_counts[q.speaker];
    std::map<std::string, std::vector<size_t>> by_key;
    for (size_t i = 0; i < doc.entities.size(); ++i) {
      const Entity& e = doc.entities[i];
      by_key[e.key.empty() ? KeyFromName(e.name) : e.key].push_back(i);
    }
    std::string upsert =
        "INSERT INTO entities(key, name, type, actor, country, last_day, "
        "mention_count, article_count, quote_count, engine_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET "
        "mention_count = mention_count + excluded.mention_count, "
        "article_count = article_count + 1, "
        "quote_count = quote_count + excluded.quote_count";
    const char* kNewer =
        "coalesce(excluded.last_day, -999999) >= coalesce(last_day, -999999)";
    for (const char* col : {"name", "type", "actor", "country", "engine_id"}) {
      upsert += std::string(", ") + col + " = iif(" + kNewer + ", excluded." +
                col + ", " + col + ")";
    }
    upsert += std::string(", last_day = iif(") + kNewer +
              ", excluded.last_day, last_day) RETURNING id";
    Stmt* up = writer_->Prepare(upsert);
    if (!up) return writer_->last_error();
    for (const auto& [key, locals] : by_key) {
      // The entity with most mentions speaks for the key.
      size_t best = locals[0];
      int64_t mentions = 0, quotes = 0;
      for (size_t i : locals) {
        mentions += doc.entities[i].mentions.size();
        quotes += quote_counts[i];
        if (doc.entities[i].mentions.size() > doc.entities[best].mentions.size())
          best = i;
      }
      const Entity& e = doc.entities[best];
      up->Reset();
      up->Bind(1, key);
      up->Bind(2, e.name.empty() ? key : e.name);
      up->Bind(3, EntityTypeName(e.type));
      up->BindTextOrNull(4, e.actor);
      up->BindTextOrNull(5, e.country);
      up->BindIntOrNull(6, published_day);
      up->Bind(7, mentions);
      up->Bind(8, quotes);
      up->Bind(9, engine_id);
      if (up->Step() != Stmt::kRow) {
        Status err = up->error();
        up->Reset();
        return err;
      }
      int64_t eid = up->Int(0);
      up->Reset();
      for (size_t i : locals) entity_ids[i] = eid;
    }
    Stmt* ae = writer_->Prepare(
        "INSERT INTO article_entities(article_id, local_id, entity_id, name, "
        "type, actor, country, mention_count, quote_count, engine_id, sort_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!ae) return writer_->last_error();
    for (size_t i = 0; i < doc.entities.size(); ++i) {
      const Entity& e = doc.entities[i];
      ae->Reset();
      ae->Bind(1, article_id);
      ae->Bind(2, "e" + std::to_string(i + 1));
      ae->Bind(3, entity_ids[i]);
      ae->Bind(4, e.name);
      ae->Bind(5, EntityTypeName(e.type));
      ae->BindTextOrNull(6, e.actor);
      ae->BindTextOrNull(7, e.country);
      ae->Bind(8, static_cast<int64_t>(e.mentions.size()));
      ae->Bind(9, quote_counts[i]);
      ae->Bind(10, engine_id);
      ae->Bind(11, *sort_key);
      NEWSMILL_RETURN_IF_ERROR(ae->Run());
    }
  }
  auto entity_id = [&](int32_t i) -> std::optional<int64_t> {
    if (i < 0) return std::nullopt;
    return entity_ids[i];
  };
  auto local_id = [](int32_t i) {
    return i < 0 ? std::string() : "e" + std::to_string(i + 1);
  };

  if (!doc.mentions.empty()) {
    Stmt* m = writer_->Prepare(
        "INSERT INTO mentions(article_id, entity_id, local_entity, start, end, "
        "text, form, engine_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!m) return writer_->last_error();
    for (const Mention& men : doc.mentions) {
      m->Reset();
      m->Bind(1, article_id);
      m->BindIntOrNull(2, entity_id(men.entity));
      m->BindTextOrNull(3, local_id(men.entity));
      m->Bind(4, C(men.span.begin));
      m->Bind(5, C(men.span.end));
      m->Bind(6, doc.Text(men.span));
      m->Bind(7, MentionFormName(men.form));
      m->Bind(8, engine_id);
      NEWSMILL_RETURN_IF_ERROR(m->Run());
    }
  }

  if (!doc.quotes.empty()) {
    Stmt* q = writer_->Prepare(
        "INSERT INTO quotes(article_id, ord, kind, text, start, end, "
        "speaker_entity_id, speaker_local, speaker_name, speaker_mention_start, "
        "speaker_mention_end, speaker_mention_text, cue, cue_start, cue_end, "
        "source, sentence, published_day, engine_id, id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q) return writer_->last_error();
    auto first = NextKey("quotes", "id", DayBucket(published_day));
    if (!first.ok()) return first.status();
    int64_t quote_key = *first;
    for (size_t i = 0; i < doc.quotes.size(); ++i) {
      const Quote& x = doc.quotes[i];
      q->Reset();
      q->Bind(1, article_id);
      q->Bind(2, static_cast<int64_t>(i));
      q->Bind(3, QuoteKindName(x.kind));
      q->Bind(4, doc.Text(x.span));
      q->Bind(5, C(x.span.begin));
      q->Bind(6, C(x.span.end));
      q->BindIntOrNull(7, entity_id(x.speaker));
      q->BindTextOrNull(8, local_id(x.speaker));
      std::string speaker_name = x.speaker_name;
      if (speaker_name.empty() && x.speaker >= 0)
        speaker_name = doc.entities[x.speaker].name;
      q->BindTextOrNull(9, speaker_name);
      if (x.speaker_mention.empty()) {
        q->BindNull(10);
        q->BindNull(11);
        q->BindNull(12);
      } else {
        q->Bind(10, C(x.speaker_mention.begin));
        q->Bind(11, C(x.speaker_mention.end));
        q->Bind(12, doc.Text(x.speaker_mention));
      }
      if (x.cue.empty()) {
        q->BindNull(13);
        q->BindNull(14);
        q->BindNull(15);
      } else {
        q->Bind(13, doc.Text(x.cue));
        q->Bind(14, C(x.cue.begin));
        q->Bind(15, C(x.cue.end));
      }
      q->BindTextOrNull(16, x.source);
      q->Bind(17, static_cast<int64_t>(x.sentence));
      q->BindIntOrNull(18, published_day);
      q->Bind(19, engine_id);
      q->Bind(20, quote_key++);
      NEWSMILL_RETURN_IF_ERROR(q->Run());
    }
  }

  if (!doc.times.empty()) {
    Stmt* t = writer_->Prepare(
        "INSERT INTO times(article_id, ord, text, start, end, type, value, "
        "sentence, engine_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!t) return writer_->last_error();
    for (size_t i = 0; i < doc.times.size(); ++i) {
      const TimeExpr& x = doc.times[i];
      t->Reset();
      t->Bind(1, article_id);
      t->Bind(2, static_cast<int64_t>(i));
      t->Bind(3, doc.Text(x.span));
      t->Bind(4, C(x.span.begin));
      t->Bind(5, C(x.span.end));
      t->Bind(6, TimexTypeName(x.type));
      t->Bind(7, x.value);
      t->Bind(8, static_cast<int64_t>(x.sentence));
      t->Bind(9, engine_id);
      NEWSMILL_RETURN_IF_ERROR(t->Run());
    }
  }

  if (!doc.quantities.empty()) {
    Stmt* t = writer_->Prepare(
        "INSERT INTO quantities(article_id, ord, text, start, end, value, "
        "value_max, unit, approximate, engine_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!t) return writer_->last_error();
    for (size_t i = 0; i < doc.quantities.size(); ++i) {
      const Quantity& x = doc.quantities[i];
      t->Reset();
      t->Bind(1, article_id);
      t->Bind(2, static_cast<int64_t>(i));
      t->Bind(3, doc.Text(x.span));
      t->Bind(4, C(x.span.begin));
      t->Bind(5, C(x.span.end));
      t->Bind(6, x.value);
      if (x.value_max) t->Bind(7, *x.value_max); else t->BindNull(7);
      t->BindTextOrNull(8, x.unit);
      t->Bind(9, int64_t{x.approximate ? 1 : 0});
      t->Bind(10, engine_id);
      NEWSMILL_RETURN_IF_ERROR(t->Run());
    }
  }

  if (!doc.events.empty()) {
    // Collapse each group into one event: its first mention describes it.
    std::map<int, std::pair<int64_t, double>> group_stats;  // count, max conf
    for (const Event& e : doc.events) {
      auto& g = group_stats[e.group];
      ++g.first;
      g.second = std::max(g.second, static_cast<double>(e.confidence));
    }
    std::map<int, int64_t> group_rows;
    std::map<int64_t, int64_t> next_key;  // day bucket -> next events.id
    Stmt* ev = writer_->Prepare(
        "INSERT INTO events(code, root, quad, goldstein, plover, "
        "source_entity_id, source_name, source_actor, source_country, "
        "target_entity_id, target_name, target_actor, target_country, date, "
        "day, location_name, location_country, mode, source_cc, target_cc, "
        "id, article_id, grp, mention_count, confidence, cue, sentence, "
        "engine_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Stmt* em = writer_->Prepare(
        "INSERT INTO event_mentions(code, root, quad, goldstein, plover, "
        "source_entity_id, source_name, source_actor, source_country, "
        "target_entity_id, target_name, target_actor, target_country, date, "
        "day, location_name, location_country, mode, source_cc, target_cc, "
        "event_id, article_id, ord, grp, confidence, sentence, start, end, "
        "cue, cue_start, cue_end, reported_by, engine_id) VALUES (?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?)");
    if (!ev || !em) return writer_->last_error();
    // Binds the 20 columns that events and event_mentions share (1..20).
    auto bind_common = [&](Stmt* s, const Event& e, std::optional<int64_t> day) {
      std::string root = e.root.empty() ? e.code.substr(0, 2) : e.root;
      s->Bind(1, e.code);
      s->Bind(2, root);
      s->Bind(3, int64_t{e.quad});
      s->Bind(4, e.goldstein);
      s->BindTextOrNull(5, e.plover);
      s->BindIntOrNull(6, entity_id(e.source.entity));
      std::string source_name = e.source.name;
      if (source_name.empty() && e.source.entity >= 0)
        source_name = doc.entities[e.source.entity].name;
      s->BindTextOrNull(7, source_name);
      s->BindTextOrNull(8, e.source.actor);
      s->BindTextOrNull(9, e.source.country);
      std::string target_actor;
      if (e.target) {
        s->BindIntOrNull(10, entity_id(e.target->entity));
        std::string target_name = e.target->name;
        if (target_name.empty() && e.target->entity >= 0)
          target_name = doc.entities[e.target->entity].name;
        s->BindTextOrNull(11, target_name);
        s->BindTextOrNull(12, e.target->actor);
        s->BindTextOrNull(13, e.target->country);
        target_actor = e.target->actor;
      } else {
        for (int k = 10; k <= 13; ++k) s->BindNull(k);
      }
      s->BindTextOrNull(14, e.date);
      s->BindIntOrNull(15, day);
      if (e.location) {
        s->BindTextOrNull(16, e.location->name);
        s->BindTextOrNull(17, e.location->country);
      } else {
        s->BindNull(16);
        s->BindNull(17);
      }
      s->Bind(18, EventModeName(e.mode));
      s->BindTextOrNull(19, std::string_view(e.source.actor).substr(0, 3));
      s->BindTextOrNull(20, std::string_view(target_actor).substr(0, 3));
    };
    for (size_t i = 0; i < doc.events.size(); ++i) {
      const Event& e = doc.events[i];
      std::optional<int64_t> day = DayOf(e.date);
      if (!day) day = published_day;
      auto row = group_rows.find(e.group);
      if (row == group_rows.end()) {
        const auto& g = group_stats[e.group];
        int64_t bucket = DayBucket(day);
        auto nk = next_key.find(bucket);
        if (nk == next_key.end()) {
          auto first = NextKey("events", "id", bucket);
          if (!first.ok()) return first.status();
          nk = next_key.emplace(bucket, *first).first;
        }
        int64_t event_id = nk->second++;
        ev->Reset();
        bind_common(ev, e, day);
        ev->Bind(21, event_id);
        ev->Bind(22, article_id);
        ev->Bind(23, int64_t{e.group});
        ev->Bind(24, g.first);
        ev->Bind(25, g.second);
        ev->BindTextOrNull(26, doc.Text(e.cue));
        ev->Bind(27, static_cast<int64_t>(e.sentence));
        ev->Bind(28, engine_id);
        NEWSMILL_RETURN_IF_ERROR(ev->Run());
        row = group_rows.emplace(e.group, event_id).first;
      }
      em->Reset();
      bind_common(em, e, day);
      em->Bind(21, row->second);
      em->Bind(22, article_id);
      em->Bind(23, static_cast<int64_t>(i));
      em->Bind(24, int64_t{e.group});
      em->Bind(25, static_cast<double>(e.confidence));
      em->Bind(26, static_cast<int64_t>(e.sentence));
      Span sentence = e.sentence < doc.sentences.size()
                          ? doc.sentences[e.sentence].span
                          : e.cue;
      em->Bind(27, C(sentence.begin));
      em->Bind(28, C(sentence.end));
      if (e.cue.empty()) {
        em->BindNull(29);
        em->BindNull(30);
        em->BindNull(31);
      } else {
        em->Bind(29, doc.Text(e.cue));
        em->Bind(30, C(e.cue.begin));
        em->Bind(31, C(e.cue.end));
      }
      em->BindTextOrNull(32, e.reported_by);
      em->Bind(33, engine_id);
      NEWSMILL_RETURN_IF_ERROR(em->Run());
    }
  }

  if (!doc.cited_outlets.empty()) {
    Stmt* c = writer_->Prepare(
        "INSERT OR IGNORE INTO cited_outlets(article_id, outlet) VALUES (?, ?)");
    if (!c) return writer_->last_error();
    for (const auto& o : doc.cited_outlets) {
      c->Reset();
      c->Bind(1, article_id);
      c->Bind(2, o);
      NEWSMILL_RETURN_IF_ERROR(c->Run());
    }
  }
  if (!doc.warnings.empty()) {
    Stmt* w = writer_->Prepare(
        "INSERT INTO warnings(article_id, ord, message) VALUES (?, ?, ?)");
    if (!w) return writer_->last_error();
    for (size_t i = 0; i < doc.warnings.size(); ++i) {
      w->Reset();
      w->Bind(1, article_id);
      w->Bind(2, static_cast<int64_t>(i));
      w->Bind(3, doc.warnings[i]);
      NEWSMILL_RETURN_IF_ERROR(w->Run());
    }
  }
  return Status::Ok();
}

Result<bool> SqliteStore::Contains(const ArticleKey& id) const {
  auto r = GetReader();
  if (!r.ok()) return r.status();
  Stmt* st = (*r)->Prepare("SELECT content_hash FROM articles WHERE key = ?");
  if (!st) return (*r)->last_error();
  st->Bind(1, id.key);
  Stmt::StepResult s = st->Step();
  if (s == Stmt::kError) return st->error();
  bool found = s == Stmt::kRow &&
               (id.content_hash.empty() || st->TextView(0) == id.content_hash);
  st->Reset();
  return found;
}

Result<bool> SqliteStore::Remove(std::string_view key) {
  NEWSMILL_RETURN_IF_ERROR(WriterRequired());
  std::lock_guard<std::mutex> lock(write_mu_);
  bool own = !in_batch_;
  if (own) NEWSMILL_RETURN_IF_ERROR(BeginLocked());
  Stmt* st = writer_->Prepare("SELECT id FROM articles WHERE key = ?");
  if (!st) return writer_->last_error();
  st->Bind(1, key);
  Stmt::StepResult r = st->Step();
  std::optional<int64_t> id;
  if (r == Stmt::kRow) id = st->Int(0);
  Status err = r == Stmt::kError ? st->error() : Status::Ok();
  st->Reset();
  if (err.ok() && id) err = DeleteArticle(*id);
  if (!err.ok()) {
    NoteFailure(err);
    if (own && writer_->InTransaction()) writer_->Exec("ROLLBACK");
    return err;
  }
  if (own) NEWSMILL_RETURN_IF_ERROR(writer_->Exec("COMMIT"));
  return id.has_value();
}

// ---- Reading ----------------------------------------------------------------

Result<StoreStats> SqliteStore::Stats() const {
  auto r = GetReader();
  if (!r.ok()) return r.status();
  StoreStats s;
  Stmt* st = (*r)->Prepare(
      "SELECT (SELECT count(*) FROM articles), "
      "(SELECT count(*) FROM entities WHERE article_count > 0), "
      "(SELECT count(*) FROM mentions), (SELECT count(*) FROM quotes), "
      "(SELECT count(*) FROM events), (SELECT count(*) FROM event_mentions), "
      "(SELECT count(*) FROM times), (SELECT count(*) FROM quantities), "
      "(SELECT count(*) FROM watches), "
      "(SELECT min(published_day) FROM articles), "
      "(SELECT max(published_day) FROM articles), "
      "(SELECT coalesce(max(seq), 0) FROM articles)");
  if (!st) return (*r)->last_error();
  if (st->Step() != Stmt::kRow) return st->error();
  s.articles = st->Int(0);
  s.entities = st->Int(1);
  s.mentions = st->Int(2);
  s.quotes = st->Int(3);
  s.events = st->Int(4);
  s.event_mentions = st->Int(5);
  s.times = st->Int(6);
  s.quantities = st->Int(7);
  s.watches = st->Int(8);
  if (!st->IsNull(9)) s.first_published = DayToIso(st->Int(9));
  if (!st->IsNull(10)) s.last_published = DayToIso(st->Int(10));
  s.last_seq = st->Int(11);
  st->Reset();
  return s;
}

Result<std::vector<ArticleSummary>> SqliteStore::ListArticles(
    const ArticleFilter& f, std::string* next_cursor) const {
  NEWSMILL_RETURN_IF_ERROR(CheckLimit(f.page.limit));
  NEWSMILL_RETURN_IF_ERROR(CheckDate("from", f.from));
  NEWSMILL_RETURN_IF_ERROR(CheckDate("to", f.to));
  auto [lo, hi] = KeyRange(f.from, f.to);
  if (!f.page.cursor.empty()) {
    auto c = DecodeKeyCursor(f.page.cursor);
    if (!c.ok()) return c.status();
    hi = std::min(hi, *c);
  }
  std::string where = " WHERE 1";
  std::vector<Arg> args;
  if (!f.q.empty()) {
    auto fts = FtsQuery("q", f.q, "", false);
    if (!fts.ok()) return fts.status();
    // Newest first straight from the index; with an outlet filter the page
    // is cut after filtering instead.
    where += " AND a.sort_key IN (SELECT rowid FROM articles_fts WHERE "
             "articles_fts MATCH ? AND rowid >= ? AND rowid < ? ORDER BY rowid DESC" +
             std::string(f.outlet.empty() ? " LIMIT ?)" : ")");
    args.push_back(*fts);
    args.push_back(lo);
    args.push_back(hi);
    if (f.outlet.empty()) args.push_back(int64_t{f.page.limit + 1});
  } else {
    where += " AND a.sort_key >= ? AND a.sort_key < ?";
    args.push_back(lo);
    args.push_back(hi);
  }
  if (!f.outlet.empty()) {
    where += " AND a.outlet = ?";
    args.push_back(f.outlet);
  }
  args.push_back(int64_t{f.page.limit + 1});
  auto r = GetReader();
  if (!r.ok()) return r.status();
  Stmt* st = (*r)->Prepare(std::string("SELECT ") + kArticleColumns +
                           " FROM articles a JOIN engines g ON g.id = a.engine_id" +
                           where + " ORDER BY a.sort_key DESC LIMIT ?");
  if (!st) return (*r)->last_error();
  BindArgs(st, args);
  std::vector<ArticleSummary> out;
  int64_t last_key = 0;
  Stmt::StepResult s;
  while ((s = st->Step()) == Stmt::kRow) {
    if (static_cast<int>(out.size()) == f.page.limit) {
      if (next_cursor) *next_cursor = std::to_string(last_key);
      break;
    }
    out.push_back(ReadArticle(st, 0));
    last_key = st->Int(21);
  }
  if (s == Stmt::kError) return st->error();
  st->Reset();
  return out;
}

Result<StoredArticle> SqliteStore::GetArticle(std::string_view id_or_key) const {
  auto r = GetReader();
  if (!r.ok()) return r.status();
  std::string sql = std::string("SELECT ") + kArticleColumns +
                    ", a.text, a.record FROM articles a JOIN engines g ON "
                    "g.id = a.engine_id WHERE ";
  for (int pass = 0; pass < 2; ++pass) {
    int64_t num = 0;
    if (pass == 1 && !ParseInt(id_or_key, &num)) break;
    Stmt* st = (*r)->Prepare(sql + (pass == 0 ? "a.key = ?" : "a.id = ?"));
    if (!st) return (*r)->last_error();
    if (pass == 0) st->Bind(1, id_or_key); else st->Bind(1, num);
    Stmt::StepResult s = st->Step();
    if (s == Stmt::kError) return st->error();
    if (s == Stmt::kRow) {
      StoredArticle a;
      a.summary = ReadArticle(st, 0);
      a.text = st->Text(kArticleColumnCount);
      a.record_json = st->Text(kArticleColumnCount + 1);
      st->Reset();
      return a;
    }
    st->Reset();
  }
  return Status::NotFound("no article '" + std::string(id_or_key.substr(0, 200)) + "'");
}

Result<std::string> SqliteStore::QuoteMatch(SqliteDb* db, const std::string& speaker,
                                            const std::string& words) const {
  std::string match;
  if (!speaker.empty()) {
    Stmt* st = db->Prepare("SELECT id FROM entities WHERE key = ?");
    if (!st) return db->last_error();
    st->Bind(1, speaker);
    Stmt::StepResult s = st->Step();
    if (s == Stmt::kError) return st->error();
    if (s == Stmt::kRow) {
      // An entity key: the token the index holds for its id.
      match = "speaker : \"sid" + std::to_string(st->Int(0)) + "\"";
    } else {
      // A name: every word of it in the speaker's name.
      auto fts = FtsQuery("speaker", speaker, "speaker", false);
      if (!fts.ok()) {
        st->Reset();
        return fts.status();
      }
      match = *fts;
    }
    st->Reset();
  }
  if (!words.empty()) {
    auto fts = FtsQuery("q", words, "text", false);
    if (!fts.ok()) return fts.status();
    match += (match.empty() ? "" : " ") + *fts;
  }
  return match;
}

Result<std::vector<QuoteRow>> SqliteStore::QuotesOn(SqliteDb* db,
                                                    const QuoteFilter& f,
                                                    std::string* next_cursor) const {
  NEWSMILL_RETURN_IF_ERROR(CheckLimit(f.page.limit));
  NEWSMILL_RETURN_IF_ERROR(CheckDate("from", f.from));
  NEWSMILL_RETURN_IF_ERROR(CheckDate("to", f.to));
  NEWSMILL_RETURN_IF_ERROR(CheckActorParam("speaker", f.speaker));
  auto [lo, hi] = KeyRange(f.from, f.to);
  if (!f.page.cursor.empty()) {
    auto c = DecodeKeyCursor(f.page.cursor);
    if (!c.ok()) return c.status();
    hi = std::min(hi, *c);
  }
  auto match = QuoteMatch(db, f.speaker, f.q);
  if (!match.ok()) return match.status();
  std::string where = " WHERE q.id >= ? AND q.id < ?";
  std::vector<Arg> args = {lo, hi};
  if (!match->empty()) {
    // Speaker and words are one FTS5 query whose rowids are the quotes'
    // date keys: it reads newest first and stops at the page's end.
    bool alone = f.article_id <= 0;
    where += " AND q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? "
             "AND rowid >= ? AND rowid < ? ORDER BY rowid DESC" +
             std::string(alone ? " LIMIT ?)" : ")");
    args.push_back(*match);
    args.push_back(lo);
    args.push_back(hi);
    if (alone) args.push_back(int64_t{f.page.limit + 1});
  }
  if (f.article_id > 0) {
    where += " AND q.article_id = ?";
    args.push_back(f.article_id);
  }
  args.push_back(int64_t{f.page.limit + 1});
  Stmt* st = db->Prepare(std::string("SELECT ") + kQuoteColumns + kQuoteFrom +
                         where + " ORDER BY q.id DESC LIMIT ?");
  if (!st) return db->last_error();
  BindArgs(st, args);
  std::vector<QuoteRow> out;
  Stmt::StepResult s;
  while ((s = st->Step()) == Stmt::kRow) {
    if (static_cast<int>(out.size()) == f.page.limit) {
      if (next_cursor) *next_cursor = std::to_string(out.back().id);
      break;
    }
    out.push_back(ReadQuote(st));
  }
  if (s == Stmt::kError) return st->error();
  st->Reset();
  return out;
}

Result<std::vector<QuoteRow>> SqliteStore::Quotes(const QuoteFilter& f,
                                                  std::string* next_cursor) const {
  auto r = GetReader();
  if (!r.ok()) return r.status();
  return QuotesOn(r->get(), f, next_cursor);
}

Result<std::vector<EntityRow>> SqliteStore::Entities(
    const EntityFilter& f, std::string* next_cursor) const {
  NEWSMILL_RETURN_IF_ERROR(CheckLimit(f.page.limit));
  auto cursor = DecodeCursor(f.page.cursor);
  if (!cursor.ok()) return cursor.status();
  if (cursor->null_key) return Status::InvalidArgument("cursor: not an entity cursor");
  std::string where = " WHERE n.article_count > 0";
  std::vector<Arg> args;
  if (!f.q.empty()) {
    if (f.q.size() > 200) return Status::InvalidArgument("q: longer than 200 bytes");
    auto fts = FtsQuery("q", f.q, "", true);
    if (!fts.ok()) return fts.status();
    where += " AND n.id IN (SELECT rowid FROM entities_fts WHERE entities_fts MATCH ?)";
    args.push_back(*fts);
  }
  if (!f.type.empty()) {
    static const std::set<std::string> kTypes = {"PERSON", "ORGANIZATION",
                                                 "COUNTRY", "PLACE", "GROUP"};
    if (!kTypes.count(f.type))
      return Status::InvalidArgument(
          "type: '" + f.type.substr(0, 40) +
          "' is not PERSON, ORGANIZATION, COUNTRY, PLACE or GROUP");
    where += " AND n.type = ?";
    args.push_back(f.type);
  }
  if (cursor->present) {
    where += " AND (n.mention_count < ? OR (n.mention_count = ? AND n.id < ?))";
    args.push_back(cursor->key);
    args.push_back(cursor->key);
    args.push_back(cursor->id);
  }
  args.push_back(int64_t{f.page.limit + 1});
  auto r = GetReader();
  if (!r.ok()) return r.status();
  Stmt* st = (*r)->Prepare(std::string("SELECT ") + kEntityColumns +
                           " FROM entities n" + where +
                           " ORDER BY n.mention_count DESC, n.id DESC LIMIT ?");
  if (!st) return (*r)->last_error();
  BindArgs(st, args);
  std::vector<EntityRow> out;
  Stmt::StepResult s;
  while ((s = st->Step()) == Stmt::kRow) {
    if (static_cast<int>(out.size()) == f.page.limit) {
      if (next_cursor)
        *next_cursor = EncodeCursor(out.back().mentions, out.back().id);
      break;
    }
    out.push_back(ReadEntity(st));
  }
  if (s == Stmt::kError) return st->error();
  st->Reset();
  return out;
}

Result<EntityProfile> SqliteStore::GetEntity(std::string_view id_or_key) const {
  auto r = GetReader();
  if (!r.ok()) return r.status();
  SqliteDb* db = r->get();
  EntityProfile p;
  bool found = false;
  for (int pass = 0; pass < 2 && !found; ++pass) {
    int64_t num = 0;
    if (pass == 1 && !ParseInt(id_or_key, &num)) break;
    Stmt* st = db->Prepare(std::string("SELECT ") + kEntityColumns +
                           " FROM entities n WHERE " +
                           (pass == 0 ? "n.key = ?" : "n.id = ?"));
    if (!st) return db->last_error();
    if (pass == 0) st->Bind(1, id_or_key); else st->Bind(1, num);
    Stmt::StepResult s = st->Step();
    if (s == Stmt::kError) return st->error();
    if (s == Stmt::kRow) {
      p.entity = ReadEntity(st);
      found = true;
    }
    st->Reset();
  }
  if (!found)
    return Status::NotFound("no entity '" + std::string(id_or_key.substr(0, 200)) + "'");
  const int64_t id = p.entity.id;

  // Counterparts: the linked actor on the other side of each of its events
  // (read from the covering entity indexes, then named).
  std::map<int64_t, Counterpart> parts;
  for (int dir = 0; dir < 2; ++dir) {
    std::string me = dir == 0 ? "source" : "target";
    std::string other = dir == 0 ? "target" : "source";
    Stmt* st = db->Prepare(
        "SELECT x.other, o.key, o.name, o.actor, o.country, x.n, x.coop, x.conf, "
        "x.g FROM (SELECT " + other + "_entity_id AS other, count(*) AS n, "
        "sum(quad <= 2) AS coop, sum(quad >= 3) AS conf, sum(goldstein) AS g "
        "FROM events WHERE " + me + "_entity_id = ? AND " + other +
        "_entity_id IS NOT NULL GROUP BY " + other + "_entity_id) AS x "
        "JOIN entities o ON o.id = x.other ORDER BY x.n DESC LIMIT 50");
    if (!st) return db->last_error();
    st->Bind(1, id);
    Stmt::StepResult s;
    while ((s = st->Step()) == Stmt::kRow) {
      Counterpart& c = parts[st->Int(0)];
      c.actor = {st->Text(1), st->Text(2), st->Text(3), st->Text(4)};
      c.events += st->Int(5);
      c.cooperation += st->Int(6);
      c.conflict += st->Int(7);
      c.goldstein += st->Double(8);
    }
    if (s == Stmt::kError) return st->error();
    st->Reset();
  }
  for (auto& [k, c] : parts) p.counterparts.push_back(c);
  std::sort(p.counterparts.begin(), p.counterparts.end(),
            [](const Counterpart& a, const Counterpart& b) {
              return a.events != b.events ? a.events > b.events
                                          : a.actor.name < b.actor.name;
            });
  if (p.counterparts.size() > 20) p.counterparts.resize(20);

  for (int dir = 0; dir < 2; ++dir) {
    Stmt* st = db->Prepare(std::string("SELECT code, count(*) FROM events WHERE ") +
                           (dir == 0 ? "source" : "target") +
                           "_entity_id = ? GROUP BY code ORDER BY count(*) DESC, "
                           "code LIMIT 20");
    if (!st) return db->last_error();
    st->Bind(1, id);
    Stmt::StepResult s;
    auto& out = dir == 0 ? p.acts : p.received;
    while ((s = st->Step()) == Stmt::kRow) out.push_back({st->Text(0), st->Int(1)});
    if (s == Stmt::kError) return st->error();
    st->Reset();
  }

  QuoteFilter qf;
  qf.speaker = p.entity.key;
  qf.page.limit = 10;
  auto quotes = QuotesOn(db, qf, nullptr);
  if (!quotes.ok()) return quotes.status();
  p.recent_quotes = std::move(quotes.value());

  // Newest first along article_entities(entity_id, sort_key); an article
  // that names the key twice (two local entities) counts once.
  Stmt* st = db->Prepare(std::string("SELECT ") + kArticleColumns +
                         " FROM article_entities ae JOIN articles a ON a.id = "
                         "ae.article_id JOIN engines g ON g.id = a.engine_id "
                         "WHERE ae.entity_id = ? ORDER BY ae.sort_key DESC LIMIT 20");
  if (!st) return db->last_error();
  st->Bind(1, id);
  Stmt::StepResult s;
  std::set<int64_t> seen;
  while (p.recent_articles.size() < 10 && (s = st->Step()) == Stmt::kRow) {
    ArticleSummary a = ReadArticle(st, 0);
    if (seen.insert(a.id).second) p.recent_articles.push_back(std::move(a));
  }
  if (s == Stmt::kError) return st->error();
  st->Reset();
  return p;
}

Result<std::vector<EventRow>> SqliteStore::Events(const EventFilter& f,
                                                  bool mentions,
                                                  std::string* next_cursor) const {
  NEWSMILL_RETURN_IF_ERROR(CheckLimit(f.page.limit));
  NEWSMILL_RETURN_IF_ERROR(CheckDate("from", f.from));
  NEWSMILL_RETURN_IF_ERROR(CheckDate("to", f.to));
  NEWSMILL_RETURN_IF_ERROR(CheckActorParam("source", f.source));
  NEWSMILL_RETURN_IF_ERROR(CheckActorParam("target", f.target));
  auto check_code = [](std::string_view what, std::string_view v,
                       size_t min, size_t max) -> Status {
    if (v.empty()) return Status::Ok();
    bool ok = v.size() >= min && v.size() <= max;
    for (char c : v) ok = ok && (IsAsciiDigit(c) || IsAsciiUpper(c));
    if (!ok)
      return Status::InvalidArgument(std::string(what) + ": '" +
                                     std::string(v.substr(0, 40)) +
                                     "' is not a CAMEO code");
    return Status::Ok();
  };
  NEWSMILL_RETURN_IF_ERROR(check_code("code", f.code, 2, 4));
  NEWSMILL_RETURN_IF_ERROR(check_code("root", f.root, 2, 2));
  // Collapsed events page by their date key; mentions by (event, mention).
  Cursor cursor;
  int64_t key_cursor = INT64_MAX;
  if (mentions) {
    auto c = DecodeCursor(f.page.cursor);
    if (!c.ok()) return c.status();
    cursor = *c;
    if (cursor.null_key) return Status::InvalidArgument("cursor: not an event cursor");
  } else if (!f.page.cursor.empty()) {
    auto c = DecodeKeyCursor(f.page.cursor);
    if (!c.ok()) return c.status();
    key_cursor = *c;
  }

  std::string where = " WHERE 1";
  std::vector<Arg> args;
  auto pair = [&](const std::string& s, const std::string& t) {
    std::string c;
    if (!s.empty()) c += ActorCondition("e", "source", s, &args);
    if (!t.empty()) c += (c.empty() ? "" : " AND ") + ActorCondition("e", "target", t, &args);
    return c;
  };
  if (!f.source.empty() || !f.target.empty()) {
    std::string c = pair(f.source, f.target);
    if (f.either_direction) {
      std::string reverse = pair(f.target, f.source);
      c = "((" + c + ") OR (" + reverse + "))";
    }
    where += " AND " + c;
  }
  if (!f.code.empty()) {
    where += " AND e.code = ?";
    args.push_back(f.code);
  }
  if (!f.root.empty()) {
    where += " AND e.root = ?";
    args.push_back(f.root);
  }
  auto [lo, hi] = KeyRange(f.from, f.to);
  std::string key = mentions ? "e.event_id" : "e.id";
  where += " AND " + key + " >= ? AND " + key + " < ?";
  args.push_back(lo);
  args.push_back(std::min(hi, key_cursor));
  std::string sql;
  if (mentions) {
    if (cursor.present) {
      where += " AND (e.event_id < ? OR (e.event_id = ? AND e.id < ?))";
      args.push_back(cursor.key);
      args.push_back(cursor.key);
      args.push_back(cursor.id);
    }
    sql = "SELECT " + EventColumns(true) + EventFrom(true) + where +
          " ORDER BY e.event_id DESC, e.id DESC LIMIT ?";
  } else {
    // Deferred join: the filters run on the covering indexes and sort only
    // row ids; the page's rows are read afterwards.
    sql = "SELECT " + EventColumns(false) + EventFrom(false) +
          " WHERE e.id IN (SELECT e.id FROM events e" + where +
          " ORDER BY e.id DESC LIMIT ?) ORDER BY e.id DESC";
  }
  args.push_back(int64_t{f.page.limit + 1});
  auto r = GetReader();
  if (!r.ok()) return r.status();
  Stmt* st = (*r)->Prepare(sql);
  if (!st) return (*r)->last_error();
  BindArgs(st, args);
  std::vector<EventRow> out;
  int64_t last_event = 0;
  Stmt::StepResult s;
  while ((s = st->Step()) == Stmt::kRow) {
    if (static_cast<int>(out.size()) == f.page.limit) {
      if (next_cursor)
        *next_cursor = mentions ? EncodeCursor(last_event, out.back().id)
                                : std::to_string(out.back().id);
      break;
    }
    out.push_back(ReadEvent(st));
    last_event = st->Int(29);
  }
  if (s == Stmt::kError) return st->error();
  st->Reset();
  return out;
}

Result<Timeline> SqliteStore::GetTimeline(const TimelineQuery& q) const {
  if (q.a.empty() || q.b.empty())
    return Status::InvalidArgument("a and b: two actors are needed");
  NEWSMILL_RETURN_IF_ERROR(CheckActorParam("a", q.a));
  NEWSMILL_RETURN_IF_ERROR(CheckActorParam("b", q.b));
  NEWSMILL_RETURN_IF_ERROR(CheckDate("from", q.from));
  NEWSMILL_RETURN_IF_ERROR(CheckDate("to", q.to));
  std::vector<Arg> args;
  std::string range;
  std::vector<Arg> range_args;
  AddDateRange("e.day", q.from, q.to, &range, &range_args);
  std::string sql;
  for (int dir = 0; dir < 2; ++dir) {
    const std::string& s = dir == 0 ? q.a : q.b;
    const std::string& t = dir == 0 ? q.b : q.a;
    if (dir == 1) sql += " UNION ALL ";
    // Conditions are built one statement at a time: they push their
    // arguments in the order of the SQL text.
    std::string src = ActorCondition("e", "source", s, &args);
    std::string tgt = ActorCondition("e", "target", t, &args);
    sql += "SELECT e.day, e.quad, e.goldstein, " + std::to_string(dir) +
           " AS dir FROM events e WHERE " + src + " AND " + tgt +
           " AND e.day IS NOT NULL" + range;
    args.insert(args.end(), range_args.begin(), range_args.end());
  }
  sql = "SELECT day, quad >= 3, dir, count(*), sum(goldstein) FROM (" + sql +
        ") GROUP BY 1, 2, 3 ORDER BY 1";
  auto r = GetReader();
  if (!r.ok()) return r.status();
  Stmt* st = (*r)->Prepare(sql);
  if (!st) return (*r)->last_error();
  BindArgs(st, args);
  Timeline tl;
  std::map<int64_t, TimelineBucket> buckets;  // by first day of the period
  Stmt::StepResult s;
  while ((s = st->Step()) == Stmt::kRow) {
    int64_t day = st->Int(0);
    bool conflict = st->Int(1) != 0;
    int dir = static_cast<int>(st->Int(2));
    int64_t n = st->Int(3);
    double g = st->Double(4);
    int64_t start = day;
    if (q.by == TimelineBy::kWeek) {
      int wd = Date::FromDays(day).Weekday();  // Monday = 1
      start = day - (wd - 1);
    }
    TimelineBucket& b = buckets[start];
    if (conflict) {
      b.conflict += n;
      b.conflict_goldstein += g;
    } else {
      b.cooperation += n;
      b.cooperation_goldstein += g;
    }
    (dir == 0 ? b.a_to_b : b.b_to_a) += n;
    tl.total_events += n;
  }
  if (s == Stmt::kError) return st->error();
  st->Reset();
  for (auto& [start, b] : buckets) {
    Date d = Date::FromDays(start);
    b.start = d.ToString();
    if (q.by == TimelineBy::kWeek) {
      int y = 0, w = 0;
      d.IsoWeek(&y, &w);
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-W%02d", y, w);
      b.period = buf;
    } else {
      b.period = b.start;
    }
    tl.buckets.push_back(b);
  }
  return tl;
}

// ---- Watchlists ---------------------------------------------------------------

Result<Watch> SqliteStore::AddWatch(const Watch& in) {
  NEWSMILL_RETURN_IF_ERROR(WriterRequired());
  Watch w = in;
  auto text_field = [](std::string_view what, const std::string& v,
                       size_t max) -> Status {
    if (v.size() > max)
      return Status::InvalidArgument(std::string(what) + ": longer than " +
                                     std::to_string(max) + " bytes");
    if (!IsValidUtf8(v))
      return Status::InvalidArgument(std::string(what) + ": not valid UTF-8");
    return Status::Ok();
  };
  NEWSMILL_RETURN_IF_ERROR(text_field("name", w.name, 200));
  NEWSMILL_RETURN_IF_ERROR(text_field("speaker", w.speaker, 200));
  NEWSMILL_RETURN_IF_ERROR(text_field("a", w.actor_a, 200));
  NEWSMILL_RETURN_IF_ERROR(text_field("b", w.actor_b, 200));
  NEWSMILL_RETURN_IF_ERROR(text_field("words", w.words, 500));
  NEWSMILL_RETURN_IF_ERROR(text_field("webhook", w.webhook, 2000));
  if (w.kind == "speaker") {
    if (w.speaker.empty()) return Status::InvalidArgument("speaker: required for a speaker watch");
  } else if (w.kind == "pair") {
    if (w.actor_a.empty() || w.actor_b.empty())
      return Status::InvalidArgument("a and b: a pair watch needs two actors");
  } else if (w.kind == "words") {
    if (w.words.empty()) return Status::InvalidArgument("words: required for a words watch");
  } else {
    return Status::InvalidArgument("kind: '" + w.kind.substr(0, 40) +
                                   "' is not speaker, pair or words");
  }
  if (!w.words.empty()) {
    auto fts = FtsQuery("words", w.words, "text", false);
    if (!fts.ok()) return fts.status();
  }
  if (!w.webhook.empty()) {
    if (!StartsWith(w.webhook, "http://") && !StartsWith(w.webhook, "https://"))
      return Status::InvalidArgument("webhook: '" + w.webhook.substr(0, 80) +
                                     "' is not an http(s) URL");
    for (char c : w.webhook)
      if (static_cast<unsigned char>(c) <= ' ')
        return Status::InvalidArgument("webhook: spaces or control characters in the URL");
    if (!w.consent)
      return Status::InvalidArgument(
          "consent: a webhook is only called with the creator's explicit consent");
  }
  if (w.name.empty()) {
    if (w.kind == "speaker")
      w.name = "Quotes by " + w.speaker + (w.words.empty() ? "" : " with \"" + w.words + "\"");
    else if (w.kind == "pair") w.name = w.actor_a + " and " + w.actor_b;
    else w.name = "Quotes with \"" + w.words + "\"";
  }
  w.id = RandomHex(12);
  w.unsubscribe_token = RandomHex(16);
  std::lock_guard<std::mutex> lock(write_mu_);
  if (in_batch_) return Status::Internal("AddWatch: a batch is open");
  Stmt* st = writer_->Prepare(
      "INSERT INTO watches(id, name, kind, speaker, actor_a, actor_b, words, "
      "webhook, consent, unsubscribe_token, created_at, created_seq, "
      "notified_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), "
      "(SELECT coalesce(max(seq), 0) FROM articles), "
      "(SELECT coalesce(max(seq), 0) FROM articles)) RETURNING created_at, "
      "created_seq, notified_seq");
  if (!st) return writer_->last_error();
  st->Bind(1, w.id);
  st->Bind(2, w.name);
  st->Bind(3, w.kind);
  st->BindTextOrNull(4, w.speaker);
  st->BindTextOrNull(5, w.actor_a);
  st->BindTextOrNull(6, w.actor_b);
  st->BindTextOrNull(7, w.words);
  st->BindTextOrNull(8, w.webhook);
  st->Bind(9, int64_t{w.consent ? 1 : 0});
  st->Bind(10, w.unsubscribe_token);
  if (st->Step() != Stmt::kRow) {
    Status err = st->error();
    st->Reset();
    return err;
  }
  w.created_at = st->Text(0);
  w.created_seq = st->Int(1);
  w.notified_seq = st->Int(2);
  st->Reset();
  return w;
}

Result<std::vector<Watch>> SqliteStore::ListWatches() const {
  auto r = GetReader();
  if (!r.ok()) return r.status();
  Stmt* st = (*r)->Prepare(std::string("SELECT ") + kWatchColumns +
                           " FROM watches ORDER BY created_at, id");
  if (!st) return (*r)->last_error();
  std::vector<Watch> out;
  Stmt::StepResult s;
  while ((s = st->Step()) == Stmt::kRow) out.push_back(ReadWatch(st));
  if (s == Stmt::kError) return st->error();
  st->Reset();
  return out;
}

Result<Watch> SqliteStore::GetWatch(std::string_view id) const {
  auto r = GetReader();
  if (!r.ok()) return r.status();
  Stmt* st = (*r)->Prepare(std::string("SELECT ") + kWatchColumns +
                           " FROM watches WHERE id = ?");
  if (!st) return (*r)->last_error();
  st->Bind(1, id);
  Stmt::StepResult s = st->Step();
  if (s == Stmt::kError) return st->error();
  if (s != Stmt::kRow)
    return Status::NotFound("no watch '" + std::string(id.substr(0, 80)) + "'");
  Watch w = ReadWatch(st);
  st->Reset();
  return w;
}

Result<bool> SqliteStore::RemoveWatch(std::string_view id,
                                      std::string_view token) {
  NEWSMILL_RETURN_IF_ERROR(WriterRequired());
  std::lock_guard<std::mutex> lock(write_mu_);
  Stmt* st = writer_->Prepare(
      token.empty() ? "DELETE FROM watches WHERE id = ?"
                    : "DELETE FROM watches WHERE id = ? AND unsubscribe_token = ?");
  if (!st) return writer_->last_error();
  st->Bind(1, id);
  if (!token.empty()) st->Bind(2, token);
  NEWSMILL_RETURN_IF_ERROR(st->Run());
  return writer_->Changes() > 0;
}

Status SqliteStore::SetWatchNotified(std::string_view id, int64_t seq) {
  NEWSMILL_RETURN_IF_ERROR(WriterRequired());
  std::lock_guard<std::mutex> lock(write_mu_);
  Stmt* st = writer_->Prepare("UPDATE watches SET notified_seq = ? WHERE id = ?");
  if (!st) return writer_->last_error();
  st->Bind(1, seq);
  st->Bind(2, id);
  return st->Run();
}

Result<std::vector<WatchMatch>> SqliteStore::WatchMatches(const Watch& w,
                                                          int64_t after_seq,
                                                          int limit) const {
  NEWSMILL_RETURN_IF_ERROR(CheckLimit(limit));
  auto r = GetReader();
  if (!r.ok()) return r.status();
  SqliteDb* db = r->get();
  std::vector<WatchMatch> out;
  std::vector<Arg> args;
  std::string sql;
  if (w.kind == "pair") {
    std::string c1 = ActorCondition("e", "source", w.actor_a, &args);
    c1 += " AND " + ActorCondition("e", "target", w.actor_b, &args);
    std::string c2 = ActorCondition("e", "source", w.actor_b, &args);
    c2 += " AND " + ActorCondition("e", "target", w.actor_a, &args);
    sql = "SELECT " + EventColumns(false) + ", " + kArticleColumns +
          EventFrom(false) + " WHERE ((" + c1 + ") OR (" + c2 +
          ")) AND a.seq > ? ORDER BY a.seq DESC, e.id DESC LIMIT ?";
  } else {
    // Newest articles first; each quote is checked against the index by
    // its rowid, so a common word costs no more than a rare one.
    std::string where = " WHERE a.seq > ?";
    std::vector<Arg> pre;
    auto match = QuoteMatch(db, w.speaker, w.words);
    if (!match.ok()) return match.status();
    if (!match->empty()) {
      where += " AND EXISTS (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ? "
               "AND rowid = q.id)";
      pre.push_back(*match);
    }
    // a.seq > ? comes first in the SQL text.
    sql = std::string("SELECT ") + kQuoteColumns + ", " + kArticleColumns +
          kQuoteFrom + where + " ORDER BY a.seq DESC, q.id DESC LIMIT ?";
    args.push_back(after_seq);
    args.insert(args.end(), pre.begin(), pre.end());
    args.push_back(int64_t{limit});
    Stmt* st = db->Prepare(sql);
    if (!st) return db->last_error();
    BindArgs(st, args);
    Stmt::StepResult s;
    while ((s = st->Step()) == Stmt::kRow) {
      WatchMatch m;
      m.quote = ReadQuote(st);
      m.article = ReadArticle(st, 19);
      m.seq = st->Int(19 + 20);
      m.stored_at = m.article.stored_at;
      out.push_back(std::move(m));
    }
    if (s == Stmt::kError) return st->error();
    st->Reset();
    return out;
  }
  args.push_back(after_seq);
  args.push_back(int64_t{limit});
  Stmt* st = db->Prepare(sql);
  if (!st) return db->last_error();
  BindArgs(st, args);
  Stmt::StepResult s;
  while ((s = st->Step()) == Stmt::kRow) {
    WatchMatch m;
    m.event = ReadEvent(st);
    m.article = ReadArticle(st, 29);
    m.seq = st->Int(29 + 20);
    m.stored_at = m.article.stored_at;
    out.push_back(std::move(m));
  }
  if (s == Stmt::kError) return st->error();
  st->Reset();
  return out;
}

}  // namespace

Status Store::CheckDate(std::string_view what, std::string_view value) {
  if (value.empty()) return Status::Ok();
  if (value.size() > 40 || !ParseIsoDate(value))
    return Status::InvalidArgument(std::string(what) + ": '" +
                                   std::string(value.substr(0, 40)) +
                                   "' is not an ISO date (YYYY-MM-DD)");
  return Status::Ok();
}

ArticleKey Store::KeyOf(const ArticleInput& in) {
  Sha256 h;
  // Fields separated by a byte that UTF-8 text never holds, so that moving
  // text between fields changes the hash.
  auto field = [&](std::string_view s) {
    h.Update(s);
    h.Update(std::string_view("\xff", 1));
  };
  field(in.url);
  field(in.title);
  field(in.published);
  field(in.outlet);
  for (const auto& a : in.authors) field(a);
  field(in.html.empty() ? "text" : "html");
  field(in.html.empty() ? in.text : in.html);
  ArticleKey k;
  k.content_hash = h.HexDigest();
  k.key = !in.id.empty() ? in.id : !in.url.empty() ? in.url
                                                   : "sha256:" + k.content_hash;
  return k;
}

ArticleKey Store::KeyOf(const Document& doc) {
  Sha256 h;
  auto field = [&](std::string_view s) {
    h.Update(s);
    h.Update(std::string_view("\xff", 1));
  };
  field(doc.url);
  field(doc.title);
  field(doc.published);
  field(doc.outlet);
  for (const auto& a : doc.authors) field(a);
  field("text");
  field(doc.text);
  ArticleKey k;
  k.content_hash = h.HexDigest();
  k.key = !doc.id.empty() ? doc.id : !doc.url.empty() ? doc.url
                                                      : "sha256:" + k.content_hash;
  return k;
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path,
                                           const StoreOptions& options) {
  if (path.empty()) return Status::InvalidArgument("database path is empty");
  auto store = std::make_unique<SqliteStore>(path, options);
  Status st = store->Init();
  if (!st.ok()) return st;
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace newsmill
