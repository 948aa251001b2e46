-- The newsmill SQLite schema, version 2 (docs/store.md explains every table).
--
-- Offsets (start, end) are Unicode code point offsets into the article text,
-- as in the JSON record (SCHEMA.md). Days (day, published_day) are days since
-- 1970-01-01, so that ranges and ISO weeks are integer arithmetic. Every row
-- made by the analysis keeps engine_id: the engine (name, version, lexicon)
-- that produced it.
--
-- Date keys. Lists are newest first, so the rows they page through carry a
-- key that sorts by date: quotes.id, events.id and articles.sort_key are
-- ((day + 2^20) << 24) | n, n counting up within the day (day: the article's
-- publication day, for an event its own date; unknown dates use day key 0
-- and sort last). "Newest first" is then rowid order, which the FTS5 indexes
-- and the B-trees walk backwards and stop at LIMIT, however many rows match.
--
-- Run by Store::Open inside one transaction; every statement is idempotent.

CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS engines (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  version TEXT NOT NULL,
  lexicon TEXT NOT NULL,
  UNIQUE (name, version, lexicon)
);

-- One row per article. `key` is what makes storing idempotent: the input id,
-- else the canonical URL, else "sha256:<hash of the content>".
CREATE TABLE IF NOT EXISTS articles (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  doc_id TEXT NOT NULL,
  url TEXT,
  outlet TEXT,
  title TEXT,
  authors TEXT NOT NULL DEFAULT '[]',   -- JSON array of names
  published TEXT,                       -- ISO 8601 as in the record
  published_day INTEGER,                -- days since 1970-01-01, NULL if unknown
  published_from TEXT NOT NULL,
  language TEXT,
  analysed INTEGER NOT NULL,
  text TEXT,                            -- NULL when stored with --no-text
  text_length INTEGER NOT NULL,         -- in code points, kept without text
  record TEXT NOT NULL,                 -- the SCHEMA.md record (JSON)
  n_entities INTEGER NOT NULL,
  n_quotes INTEGER NOT NULL,
  n_events INTEGER NOT NULL,            -- event mentions
  seq INTEGER NOT NULL,                 -- grows with every store: feeds, "new"
  sort_key INTEGER NOT NULL UNIQUE,     -- date key (above): list order
  stored_at TEXT NOT NULL,              -- UTC, ISO 8601
  engine_id INTEGER NOT NULL REFERENCES engines(id)
);
CREATE INDEX IF NOT EXISTS articles_seq ON articles(seq);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);

-- Actors gathered across articles by their stable key. name/type/actor/
-- country come from the most recently published article that names them;
-- the counters cover every stored article.
CREATE TABLE IF NOT EXISTS entities (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  actor TEXT,
  country TEXT,
  last_day INTEGER,                     -- published_day that set the above
  mention_count INTEGER NOT NULL DEFAULT 0,
  article_count INTEGER NOT NULL DEFAULT 0,
  quote_count INTEGER NOT NULL DEFAULT 0,
  engine_id INTEGER REFERENCES engines(id)
);
CREATE INDEX IF NOT EXISTS entities_top ON entities(mention_count, id);

-- An entity as one article codes it (record `entities[]`), with its local
-- id ("e1"): roles are dated, so the code can differ between articles.
CREATE TABLE IF NOT EXISTS article_entities (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  actor TEXT,
  country TEXT,
  mention_count INTEGER NOT NULL,
  quote_count INTEGER NOT NULL,         -- quotes of this article it speaks
  sort_key INTEGER NOT NULL,            -- the article's: recent articles first
  engine_id INTEGER NOT NULL REFERENCES engines(id),
  PRIMARY KEY (article_id, local_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS article_entities_entity
  ON article_entities(entity_id, sort_key);

CREATE TABLE IF NOT EXISTS mentions (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity_id INTEGER REFERENCES entities(id),  -- NULL: mention of no entity
  local_entity TEXT,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  form TEXT NOT NULL,                   -- name, nominal, pronoun, adjective
  engine_id INTEGER NOT NULL REFERENCES engines(id)
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);

CREATE TABLE IF NOT EXISTS quotes (
  id INTEGER PRIMARY KEY,               -- date key (above)
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,                 -- position in the record's quotes[]
  kind TEXT NOT NULL,                   -- direct, indirect, mixed
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  speaker_entity_id INTEGER REFERENCES entities(id),
  speaker_local TEXT,                   -- "e1"
  speaker_name TEXT,
  speaker_mention_start INTEGER,
  speaker_mention_end INTEGER,
  speaker_mention_text TEXT,
  cue TEXT,
  cue_start INTEGER,
  cue_end INTEGER,
  source TEXT,                          -- outlet credited for the quote
  sentence INTEGER NOT NULL,
  published_day INTEGER,                -- the article's, for date filters
  engine_id INTEGER NOT NULL REFERENCES engines(id)
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_entity_id);

CREATE TABLE IF NOT EXISTS times (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  type TEXT NOT NULL,                   -- DATE, TIME, DURATION, SET
  value TEXT NOT NULL,                  -- TIMEX3 value
  sentence INTEGER NOT NULL,
  engine_id INTEGER NOT NULL REFERENCES engines(id)
);
CREATE INDEX IF NOT EXISTS times_article ON times(article_id);

CREATE TABLE IF NOT EXISTS quantities (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  value REAL NOT NULL,
  value_max REAL,
  unit TEXT,
  approximate INTEGER NOT NULL,
  engine_id INTEGER NOT NULL REFERENCES engines(id)
);
CREATE INDEX IF NOT EXISTS quantities_article ON quantities(article_id);

-- GDELT's events/mentions split. `events` has one row per reported
-- interaction: an article's event mentions that share a `group` collapse
-- into one event, described by its first mention, with mention_count.
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY,               -- date key (above), of the event's day
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  grp INTEGER NOT NULL,
  mention_count INTEGER NOT NULL,
  code TEXT NOT NULL,
  root TEXT NOT NULL,
  quad INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  plover TEXT,
  source_entity_id INTEGER REFERENCES entities(id),
  source_name TEXT,
  source_actor TEXT,
  source_country TEXT,
  source_cc TEXT,                       -- first 3 letters of source_actor
  target_entity_id INTEGER REFERENCES entities(id),
  target_name TEXT,
  target_actor TEXT,
  target_country TEXT,
  target_cc TEXT,                       -- first 3 letters of target_actor
  date TEXT,
  day INTEGER,                          -- event date, else published_day
  location_name TEXT,
  location_country TEXT,
  mode TEXT NOT NULL,
  confidence REAL NOT NULL,             -- highest of its mentions
  cue TEXT,
  sentence INTEGER NOT NULL,
  engine_id INTEGER NOT NULL REFERENCES engines(id),
  UNIQUE (article_id, grp)
);
-- Actor filters: a code prefix seeks on its first three letters (the
-- country or IGO part), then ranges over the full code. The timeline reads
-- these indexes only (they cover day, quad and goldstein).
CREATE INDEX IF NOT EXISTS events_pair
  ON events(source_cc, target_cc, source_actor, target_actor, day, quad, goldstein);
CREATE INDEX IF NOT EXISTS events_target ON events(target_cc, target_actor);
CREATE INDEX IF NOT EXISTS events_source_entity
  ON events(source_entity_id, target_entity_id, day, quad, goldstein, code);
CREATE INDEX IF NOT EXISTS events_target_entity
  ON events(target_entity_id, source_entity_id, day, quad, goldstein, code);
CREATE INDEX IF NOT EXISTS events_root ON events(root, code);

-- One row per event mention, exactly as in the record's events[].
CREATE TABLE IF NOT EXISTS event_mentions (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  grp INTEGER NOT NULL,
  code TEXT NOT NULL,
  root TEXT NOT NULL,
  quad INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  plover TEXT,
  source_entity_id INTEGER REFERENCES entities(id),
  source_name TEXT,
  source_actor TEXT,
  source_country TEXT,
  source_cc TEXT,
  target_entity_id INTEGER REFERENCES entities(id),
  target_name TEXT,
  target_actor TEXT,
  target_country TEXT,
  target_cc TEXT,
  date TEXT,
  day INTEGER,
  location_name TEXT,
  location_country TEXT,
  mode TEXT NOT NULL,
  confidence REAL NOT NULL,
  sentence INTEGER NOT NULL,
  start INTEGER NOT NULL,               -- the sentence that carries it
  end INTEGER NOT NULL,
  cue TEXT,
  cue_start INTEGER,
  cue_end INTEGER,
  reported_by TEXT,
  engine_id INTEGER NOT NULL REFERENCES engines(id)
);
CREATE INDEX IF NOT EXISTS event_mentions_event ON event_mentions(event_id);
CREATE INDEX IF NOT EXISTS event_mentions_article ON event_mentions(article_id);

CREATE TABLE IF NOT EXISTS cited_outlets (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  outlet TEXT NOT NULL,
  PRIMARY KEY (article_id, outlet)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS cited_outlets_outlet ON cited_outlets(outlet);

CREATE TABLE IF NOT EXISTS warnings (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  message TEXT NOT NULL,
  PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;

-- Saved queries with Atom feeds (newsmill watch, the dashboard).
CREATE TABLE IF NOT EXISTS watches (
  id TEXT PRIMARY KEY,                  -- random, unguessable: feed address
  name TEXT NOT NULL,
  kind TEXT NOT NULL,                   -- speaker, pair, words
  speaker TEXT,                         -- kind speaker: name or entity key
  actor_a TEXT,                         -- kind pair: actor codes or keys
  actor_b TEXT,
  words TEXT,                           -- kind words (also narrows speaker)
  webhook TEXT,                         -- URL called on new matches, or NULL
  consent INTEGER NOT NULL,             -- 1: the creator agreed to deliveries
  unsubscribe_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_seq INTEGER NOT NULL,         -- articles.seq when created
  notified_seq INTEGER NOT NULL         -- last articles.seq sent to webhook
) WITHOUT ROWID;

-- Full-text search (FTS5). The quote and article indexes are contentless
-- (content=''): their rowids are the date keys above, so that a search reads
-- newest first and stops at LIMIT; triggers keep them in sync (a delete
-- passes the values that were indexed). quotes_fts.speaker holds the
-- speaker's name and the token "sid<entity id>", so that a search by
-- speaker, by words, or both, is one FTS5 query.
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
  text, speaker, content='', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text, speaker)
  VALUES (new.id, new.text, coalesce(new.speaker_name, '') || ' sid' ||
          coalesce(new.speaker_entity_id, 0));
END;
CREATE TRIGGER IF NOT EXISTS quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker)
  VALUES ('delete', old.id, old.text, coalesce(old.speaker_name, '') || ' sid' ||
          coalesce(old.speaker_entity_id, 0));
END;

CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
  title, text, content='', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text)
  VALUES (new.sort_key, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
  VALUES ('delete', old.sort_key, old.title, old.text);
END;

CREATE VIRTUAL TABLE IF NOT EXISTS entities_fts USING fts5(
  name, key, content='entities', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS entities_fts_insert AFTER INSERT ON entities BEGIN
  INSERT INTO entities_fts(rowid, name, key) VALUES (new.id, new.name, new.key);
END;
CREATE TRIGGER IF NOT EXISTS entities_fts_update
  AFTER UPDATE OF name ON entities BEGIN
  INSERT INTO entities_fts(entities_fts, rowid, name, key)
  VALUES ('delete', old.id, old.name, old.key);
  INSERT INTO entities_fts(rowid, name, key) VALUES (new.id, new.name, new.key);
END;
