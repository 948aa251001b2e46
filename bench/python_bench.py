"""Speed of the Python module's extract_many against `newsmill extract` on
the same JSONL corpus (docs/python.md):

    PYTHONPATH=build/python /usr/bin/python3 bench/python_bench.py \
        bench/out/bbc.jsonl --threads 1 --rounds 3

Each round runs, alternately: the CLI (records to /dev/null), the module
returning dicts (json.loads of each record), and the module returning the
JSON text (raw=True). Reports wall seconds, CPU seconds of the process and
its threads, records/s and MB of article text per CPU-second; medians last.
The module's records are checked against the CLI's before anything is timed.
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time

import newsmill

REFERENCE = "2026-11-27"


def cpu_self():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def cpu_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_cli(binary, path, threads):
    c0, t0 = cpu_children(), time.perf_counter()
    subprocess.run([binary, "extract", "-q", "--threads", str(threads),
                    "--reference-date", REFERENCE, path],
                   stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t0, cpu_children() - c0


def run_module(pipeline, path, threads, raw):
    c0, t0 = cpu_self(), time.perf_counter()
    with open(path, encoding="utf-8") as f:
        n = 0
        for _ in pipeline.extract_many((json.loads(line) for line in f),
                                       threads=threads, raw=raw):
            n += 1
    return time.perf_counter() - t0, cpu_self() - c0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--binary", default="build/newsmill")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    with open(args.corpus, encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    n = len(records)
    mb = sum(len(r.get("text", "").encode()) for r in records) / 1e6
    t0 = time.perf_counter()
    p = newsmill.Pipeline(reference_date=REFERENCE)
    print("pipeline created in %.3f s" % (time.perf_counter() - t0))

    # Same records as the CLI, checked on the first 50.
    head = records[:50]
    cli = subprocess.run(
        [args.binary, "extract", "-q", "--threads", "1", "--reference-date",
         REFERENCE, "-"], input="".join(json.dumps(r) + "\n" for r in head),
        capture_output=True, text=True, check=True).stdout.splitlines()
    mine = list(p.extract_many(head, threads=1, raw=True))
    if cli != mine:
        sys.exit("module records differ from the CLI's")

    runs = {"cli": [], "module dicts": [], "module raw": []}
    for _ in range(args.rounds):
        runs["cli"].append(run_cli(args.binary, args.corpus, args.threads))
        runs["module dicts"].append(
            run_module(p, args.corpus, args.threads, raw=False))
        runs["module raw"].append(
            run_module(p, args.corpus, args.threads, raw=True))
        for name, r in runs.items():
            wall, cpu = r[-1]
            print("%-13s wall %6.2f s  cpu %6.2f s  %6.1f rec/s  %.2f MB/CPU-s"
                  % (name, wall, cpu, n / wall, mb / cpu))
    print("medians (%d articles, %.2f MB of text, threads %d, load %.1f):"
          % (n, mb, args.threads, os.getloadavg()[0]))
    for name, r in runs.items():
        wall = statistics.median(x[0] for x in r)
        cpu = statistics.median(x[1] for x in r)
        print("%-13s wall %6.2f s  cpu %6.2f s  %6.1f rec/s  %.2f MB/CPU-s"
              % (name, wall, cpu, n / wall, mb / cpu))


if __name__ == "__main__":
    main()
