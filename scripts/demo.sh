#!/usr/bin/env bash
# make demo: analyse the bundled sample articles into a SQLite database and
# print a readable summary. Usage: scripts/demo.sh NEWSMILL_BINARY DB_FILE
set -euo pipefail
bin=${1:-build/newsmill}
db=${2:-demo.db}
cd "$(dirname "$0")/.."
rm -f "$db" "$db-wal" "$db-shm"
echo "== newsmill ingest samples/ --db $db"
# A fixed reference date keeps the demo's inferred dates reproducible.
"$bin" ingest samples/ --db "$db" --reference-date 2026-11-26 --quiet
echo
"$bin" query summary --db "$db"
echo
echo "Next:"
echo "  $bin serve --db $db          # the dashboard: open the address it prints"
echo "  $bin query quotes --db $db   # every quote with its speaker"
echo "  $bin extract samples/geneva-summit.txt   # one full JSON record"
