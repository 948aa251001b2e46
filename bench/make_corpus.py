#!/usr/bin/env python3
"""Writes a benchmark corpus as JSONL ({"id", "text"}) from a folder of .txt
articles (default: the BBC News corpus in ../shared, read in place). The
output goes to bench/out/, which is not part of the repository.

  python3 bench/make_corpus.py [SOURCE_DIR [OUTPUT.jsonl]]
"""
import argparse
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
parser.add_argument("source", nargs="?",
                    default=os.path.join(here, "..", "..", "shared", "corpora", "bbc-news", "bbc"),
                    help="folder of .txt articles (default: ../shared/corpora/bbc-news/bbc)")
parser.add_argument("output", nargs="?", default=os.path.join(here, "out", "bbc.jsonl"),
                    help="JSONL file to write (default: bench/out/bbc.jsonl)")
args = parser.parse_args()
if not os.path.isdir(args.source):
    sys.exit(f"make_corpus.py: {args.source} is not a folder (is ../shared beside the repository?)")
os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
n = 0
tmp = args.output + ".tmp"
with open(tmp, "w", encoding="utf-8") as f:
    for root, _, files in sorted(os.walk(args.source)):
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            path = os.path.join(root, name)
            with open(path, "rb") as g:
                text = g.read().decode("utf-8", errors="replace")
            f.write(json.dumps({"id": os.path.relpath(path, args.source), "text": text},
                               ensure_ascii=False) + "\n")
            n += 1
if n == 0:
    os.remove(tmp)
    sys.exit(f"make_corpus.py: no .txt articles under {args.source}")
os.replace(tmp, args.output)
print(f"{n} articles -> {args.output}", file=sys.stderr)
