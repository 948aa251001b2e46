"""newsmill on Dask: analyse a dask.bag of article records.

    import dask.bag as db
    import newsmill.dask
    bag = db.read_text("crawl-*.jsonl").map(json.loads)
    records = newsmill.dask.extract_bag(bag, reference_date="2022-03-01")
    records.map(json.dumps).to_textfiles("out-*.jsonl")

Each worker process creates one Pipeline, lazily, the first time one of its
tasks needs it, and keeps it for the tasks after (loading costs ~0.2 s of
CPU; a Pipeline is shared by the worker's threads). extract_partition is
the function behind extract_bag, for bag.map_partitions or any other
scheduler. This module imports without dask; extract_bag raises
ImportError when dask is missing.
"""

import threading

import newsmill

__all__ = ["extract_bag", "extract_partition", "pipeline_for"]

_pipelines = {}
_lock = threading.Lock()


def _key(options):
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v)
                        for k, v in options.items()))


def pipeline_for(**pipeline_options):
    """This process's Pipeline for these options, created on first use."""
    key = _key(pipeline_options)
    with _lock:
        p = _pipelines.get(key)
        if p is None:
            p = newsmill.Pipeline(**pipeline_options)
            _pipelines[key] = p
        return p


def extract_partition(records, threads=1, tokens=False, errors="record",
                      **pipeline_options):
    """Records (dicts) -> list of result dicts, in order (see
    Pipeline.extract_many for `threads`, `tokens` and `errors`). The
    Pipeline comes from pipeline_for(**pipeline_options)."""
    p = pipeline_for(**pipeline_options)
    return list(p.extract_many(records, threads=threads, tokens=tokens,
                               errors=errors))


def extract_bag(bag, threads=1, tokens=False, errors="record",
                **pipeline_options):
    """A dask.bag of result dicts, one per input record, in order.

    bag holds record dicts (id, text or html, published, ...).
    pipeline_options are newsmill.Pipeline's; reference_date defaults to
    today on the calling machine, so that every worker uses the same date.
    threads: engine threads per task (default 1: Dask runs the tasks in
    parallel)."""
    try:
        import dask.bag  # noqa: F401  (the check that dask is there)
    except ImportError as e:
        raise ImportError(
            "newsmill.dask.extract_bag needs dask (Debian: python3-dask or "
            "python3-distributed; pip: dask[bag])") from e
    if pipeline_options.get("reference_date") is None:
        pipeline_options["reference_date"] = newsmill._today()
    return bag.map_partitions(extract_partition, threads=threads,
                              tokens=tokens, errors=errors,
                              **pipeline_options)
