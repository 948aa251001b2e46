#!/usr/bin/env bash
# make bench: newsmill's throughput on a news corpus, stage by stage, and the
# JavaScript peers (../shared/peers) on the same corpus in the same run.
#
#   bench/run_bench.sh [BUILD_DIR]
#
# Corpus: ../shared/corpora/bbc-news (2,225 articles, 5 MB) converted to JSONL
# in bench/out/ (not part of the repository); the bundled samples when
# ../shared is absent. Peers are copied to $NEWSMILL_PEERS_DIR (default
# /tmp/newsmill-peers), outside the repository, and installed with npm ci;
# they are skipped with a message when ../shared or node is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
bench=$build/bench/newsmill-bench
shared=../shared
out=bench/out
mkdir -p "$out"

if [[ -d $shared/corpora/bbc-news/bbc ]]; then
  python3 bench/make_corpus.py "$shared/corpora/bbc-news/bbc" "$out/bbc.jsonl"
  corpus=$out/bbc.jsonl
else
  echo "bench: ../shared is absent; timing the bundled samples only" >&2
  corpus=samples
fi

echo "== newsmill on $corpus ($(uname -m), $(nproc) cores)"
results=$out/results.jsonl
: > "$results"
for stages in text text,syntax text,syntax,entities text,syntax,entities,quotes \
              text,syntax,entities,quotes,times ""; do
  if ! "$bench" --corpus "$corpus" --stages "$stages" --repeat 3 --json \
       >> "$results" 2>"$out/err.txt"; then
    echo "  stages '${stages:-all}': $(cat "$out/err.txt")"
  fi
done
"$bench" --corpus "$corpus" --repeat 3 --threads 2 --json >> "$results" 2>/dev/null || true

peers_json=$out/peers.jsonl
: > "$peers_json"
if [[ -d $shared/peers ]] && command -v node >/dev/null && [[ $corpus != samples ]]; then
  peers=${NEWSMILL_PEERS_DIR:-/tmp/newsmill-peers}
  if [[ ! -d $peers/node_modules ]]; then
    mkdir -p "$peers"
    cp -r "$shared/peers/." "$peers/"
    (cd "$peers" && npm ci --silent --no-audit --no-fund) >&2
  fi
  abs_corpus=$(realpath "$corpus")
  for tool in wink-entities chrono; do
    (cd "$peers" && node bench.js "$tool" --corpus "$abs_corpus" --runs 3) \
      >> "$peers_json" 2>/dev/null || echo "  peer $tool failed" >&2
  done
else
  echo "bench: peers skipped (needs ../shared/peers, node and the BBC corpus)" >&2
fi

python3 - "$results" "$peers_json" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
peers = []
for l in open(sys.argv[2]):
    l = l.strip()
    if not l:
        continue
    try:
        v = json.loads(l)
    except ValueError:
        continue
    peers.extend(v if isinstance(v, list) else [v])
print(f"{'stages':55s} {'thr':>3s} {'art/s':>8s} {'MB/s/core':>10s} {'create ms':>9s} {'RSS MB':>7s}")
for r in rows:
    print(f"{r['stages']:55s} {r['threads']:3d} {r['articles_per_s']:8.0f} {r['MB_per_s_per_core']:10.2f} {r['create_ms']:9.1f} {r['peak_rss_MB']:7.1f}")
one = [r for r in rows if r['threads'] == 1]
full = one[-1] if one else None
two = [r for r in rows if r['threads'] == 2]
if full and two:
    print(f"2 threads / 1 thread (all stages): {two[0]['MB_per_s']/full['MB_per_s']:.2f}x")
text = next((r for r in one if r['stages'] == 'text'), None)
for p in peers:
    if 'MBperSec' not in p:
        continue
    mine = full
    if p['tool'] == 'wink-entities':
        mine = next((r for r in one if r['stages'].startswith('text,syntax') and r['stages'].count(',') == 1), text)
    if p['tool'] == 'chrono':
        mine = next((r for r in one if r['stages'].endswith('times')), full)
    ratio = mine['MB_per_s_per_core'] / p['MBperSec'] if mine and p['MBperSec'] else float('nan')
    print(f"peer {p['tool']:20s} {p['MBperSec']:.2f} MB/s; newsmill [{mine['stages'] if mine else '-'}] is {ratio:.1f}x")
PY
