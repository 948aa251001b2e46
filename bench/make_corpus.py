#!/usr/bin/env python3
"""Writes a benchmark corpus as JSONL ({"id", "text"}) from a folder of .txt
articles (default: the BBC News corpus in ../shared, read in place). The
output goes to bench/out/, which is not part of the repository."""
import json, os, sys

src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(__file__), '..', '..', 'shared', 'corpora', 'bbc-news', 'bbc')
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
    os.path.dirname(__file__), 'out', 'bbc.jsonl')
os.makedirs(os.path.dirname(out), exist_ok=True)
n = 0
with open(out, 'w', encoding='utf-8') as f:
    for root, _, files in sorted(os.walk(src)):
        for name in sorted(files):
            if not name.endswith('.txt'):
                continue
            path = os.path.join(root, name)
            with open(path, 'rb') as g:
                text = g.read().decode('utf-8', errors='replace')
            f.write(json.dumps({'id': os.path.relpath(path, src), 'text': text},
                               ensure_ascii=False) + '\n')
            n += 1
print(f'{n} articles -> {out}', file=sys.stderr)
