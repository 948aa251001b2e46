"""newsmill: news articles to data (who said what, who did what to whom, when).

A thin layer over the C++ engine (the extension newsmill._newsmill). Records
are the JSON objects `newsmill extract` writes (SCHEMA.md, docs/record.md),
as Python dicts:

    import newsmill
    p = newsmill.Pipeline(reference_date="2022-03-01")
    rec = p.extract("Russian President Vladimir Putin said on Tuesday ...",
                    id="a1", published="2022-02-01")
    [q["speaker"] for q in rec["quotes"]]

    for rec in p.extract_many(({"id": i, "text": t} for i, t in pairs),
                              threads=2):
        ...   # in input order; a bad record gives {"id", "index", "error"}

A Pipeline loads its dictionaries and models once (~0.2 s) and is then
immutable: it may be shared by threads, and the GIL is released while
articles are analysed. newsmill.dask runs it on a Dask bag. See
docs/python.md.
"""

import datetime
import json
import os

from newsmill import _newsmill

__all__ = ["Pipeline", "all_stage_names", "__version__"]
__version__ = _newsmill.__version__

# Fields a record (dict) may carry, as in the CLI's JSONL input; "date" and
# "author" are accepted for "published" and "authors".
_ERRORS = ("record", "raise", "skip")


def all_stage_names():
    """Names of every analysis stage, in pipeline order."""
    return list(_newsmill.all_stage_names())


def _today():
    return datetime.datetime.now(datetime.timezone.utc).date().isoformat()


def _scalar(value):
    """A field as the JSONL reader takes it: str and bytes as they are,
    numbers as their decimal text, None as absent."""
    if value is None or isinstance(value, (str, bytes)):
        return value
    if isinstance(value, bool):
        raise TypeError("expected str, got bool")
    if isinstance(value, (int, float)):
        return str(value)
    return value  # the extension names the type in its error


def _article(origin, record):
    """The extension's article tuple from a record dict."""
    get = record.get
    published = get("published")
    if published is None:
        published = get("date")
    authors = get("authors")
    if authors is None:
        authors = get("author")
    if authors is not None and not isinstance(authors, (list, tuple)):
        authors = [authors]
    if authors is not None:
        authors = [_scalar(a) for a in authors if a is not None]
    return (origin, _scalar(get("id")), _scalar(get("url")), _scalar(published),
            _scalar(get("title")), _scalar(get("outlet")), authors,
            _scalar(get("text")), _scalar(get("html")))


class Pipeline:
    """The newsmill engine with its resources loaded.

    Options mirror the CLI's flags and PipelineOptions
    (include/newsmill/pipeline.h):
      stages          names (list, or "entities,quotes"); None: all. Stages a
                      requested stage needs are added.
      lexicon         directories of PETRARCH/Phoenix dictionaries added to
                      the built-in lexicon (a list, or one path).
      reference_date  latest date any inference may return (ISO date).
                      None: today (UTC), as the CLI does; give it and results
                      never depend on the clock. "" for no bound.
      published       publication date for articles that have none.
      data_dir        files overriding the embedded data/ files.
      wordnet_dir     WordNet's files; None: /usr/share/wordnet.
      any_language    analyse articles detected as not English anyway.
    Raises ValueError naming the problem (unknown stage, missing or broken
    lexicon directory, bad date).
    """

    def __init__(self, stages=None, lexicon=None, reference_date=None,
                 published=None, data_dir=None, wordnet_dir=None,
                 any_language=False):
        if isinstance(stages, str):
            stages = [s.strip() for s in stages.split(",")]
        stages = [s for s in (stages or []) if s]
        if isinstance(lexicon, (str, os.PathLike)):
            lexicon = [lexicon]
        lexicon = [os.fspath(d) for d in (lexicon or [])]
        if reference_date is None:
            reference_date = _today()
        self._options = dict(stages=stages, lexicon=lexicon,
                             reference_date=reference_date,
                             published=published, data_dir=data_dir,
                             wordnet_dir=wordnet_dir,
                             any_language=any_language)
        self._engine = _newsmill.Engine(
            stages, str(published or ""), str(reference_date), lexicon,
            os.fspath(data_dir) if data_dir else "",
            os.fspath(wordnet_dir) if wordnet_dir else None,
            bool(any_language))

    @property
    def options(self):
        """The options this pipeline was created with (a new dict)."""
        return dict(self._options)

    @property
    def stages(self):
        """The stages that run, in order."""
        return list(self._engine.stage_names)

    @property
    def lexicon_id(self):
        """Identifies the dictionaries in use (the record's engine.lexicon)."""
        return self._engine.lexicon_id

    def extract(self, text=None, id=None, published=None, url=None,
                title=None, outlet=None, authors=None, html=None,
                tokens=False, raw=False):
        """Analyses one article and returns its record (a dict; raw=True: the
        JSON text). `text` is str or bytes (invalid UTF-8 is repaired with a
        warning in the record); `html` a web page instead of text. tokens:
        include the syntax layer's tokens. Raises ValueError for an article
        that cannot be analysed (no text)."""
        if isinstance(authors, str):
            authors = [authors]
        article = _article("text", dict(
            id=id, url=url, published=published, title=title, outlet=outlet,
            authors=authors, text=text, html=html))
        record = self._engine.analyze(article, bool(tokens))
        return record if raw else json.loads(record)

    def extract_many(self, records, threads=None, tokens=False, raw=False,
                     errors="record", batch_size=None):
        """Analyses an iterable of records and yields their results in input
        order, lazily.

        A record is a dict with the CLI's JSONL fields: id, url, published
        (or date), title, outlet, authors (or author), and text or html (str
        or bytes). threads: worker threads (None: one per core); the results
        are the same for any number. A record that cannot be analysed (not a
        dict, no text, a field of the wrong type) is handled per `errors`:
          "record"  yield {"id": its id or None, "index": i, "error": message}
                    in its place and go on (the CLI reports it and goes on);
          "skip"    leave it out;
          "raise"   raise ValueError.
        Records are analysed batch_size at a time (default 32 per thread)
        with the GIL released."""
        if errors not in _ERRORS:
            raise ValueError("errors: expected one of %s, got %r"
                             % (", ".join(_ERRORS), errors))
        if threads is None:
            threads = os.cpu_count() or 1
        threads = max(1, int(threads))
        size = batch_size or 32 * threads
        batch = []
        for index, record in enumerate(records):
            batch.append((index, record))
            if len(batch) >= size:
                yield from self._run(batch, threads, tokens, raw, errors)
                batch = []
        if batch:
            yield from self._run(batch, threads, tokens, raw, errors)

    def _run(self, batch, threads, tokens, raw, errors):
        articles, places, results = [], [], [None] * len(batch)
        for k, (index, record) in enumerate(batch):
            origin = "records[%d]" % index
            try:
                if not hasattr(record, "get"):
                    raise TypeError("expected a dict, got %s"
                                    % type(record).__name__)
                articles.append(_article(origin, record))
                places.append(k)
            except TypeError as e:
                results[k] = (False, "%s: %s" % (origin, e))
        for k, result in zip(places, self._engine.analyze_batch(
                articles, threads, bool(tokens))):
            results[k] = result
        for (index, record), (ok, text) in zip(batch, results):
            if ok:
                yield text if raw else json.loads(text)
            elif errors == "record":
                rid = record.get("id") if hasattr(record, "get") else None
                err = {"id": rid, "index": index, "error": text}
                yield json.dumps(err, default=str) if raw else err
            elif errors == "raise":
                raise ValueError(text)

    def __repr__(self):
        return "newsmill.Pipeline(%s)" % ", ".join(
            "%s=%r" % kv for kv in self._options.items() if kv[1])
