#!/usr/bin/env bash
# Speed and accuracy of the peers (Readability on linkedom, article-extractor)
# on the extraction tasks, beside newsmill, in one run on one machine.
#   bench/run_html_peers.sh [BUILD_DIR] [PEERS_COPY]
# Copies ../shared/peers to PEERS_COPY (default /tmp/peers; never into the
# repository), installs it with npm ci, then prints for each system the
# scorer's figures on extract-zyte and extract-trafilatura and the steady
# throughput on the Zyte pages (newsmill-html-bench and bench/html_peers.mjs).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build}"
peers="${2:-/tmp/peers}"
shared="$here/../shared"
[[ -d "$shared/peers" ]] || { echo "run_html_peers: no $shared/peers" >&2; exit 1; }
if [[ ! -d "$peers/node_modules" ]]; then
  rm -rf "$peers"
  cp -r "$shared/peers" "$peers"
  (cd "$peers" && npm ci --no-audit --no-fund >/dev/null)
fi
cp "$here/bench/html_peers.mjs" "$peers/html_peers.mjs"
eval_py="$shared/eval/newsmill_eval.py"
python3 "$eval_py" input extract-zyte -o "$peers/zyte_input.jsonl"
for task in extract-zyte extract-trafilatura; do
  echo "== $task: newsmill"
  python3 "$eval_py" run "$task" --system "$build/newsmill extract -" | tail -n +2
  for adapter in readability_linkedom article_extractor; do
    echo "== $task: $adapter"
    (cd "$peers" && python3 "$eval_py" run "$task" --system "node adapters/$adapter.mjs" | tail -n +2)
  done
done
echo "== throughput on the Zyte pages (one core)"
"$build/newsmill-html-bench"
(cd "$peers" && node html_peers.mjs zyte_input.jsonl --runs 3)
