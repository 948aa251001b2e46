#!/usr/bin/env bash
# Runs the dashboard's browser test: installs Debian's chromium when it is
# missing (scripts/setup.sh --web) and web/'s npm packages (playwright-core)
# when they are missing, builds the fixture database (or uses DB, e.g. the
# demo database once it has Russia-US events and a quote on guarantees),
# then runs the test.
#   tests/browser/run.sh NEWSMILL_BINARY FIXTURE_DB_TOOL OUT_DIR [DB|ARTICLES_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
newsmill="$1"; fixture_tool="$2"; out="$3"; given_db="${4:-}"
if [[ ! -x /usr/bin/chromium ]]; then
  "$root/scripts/setup.sh" --web
fi
if [[ ! -f "$root/web/node_modules/playwright-core/package.json" ]]; then
  (cd "$root/web" && npm ci --no-audit --no-fund --loglevel=error)
fi
mkdir -p "$out"
if [[ -d "$given_db" ]]; then
  # A folder of articles (the samples): ingest it as `make demo` does.
  db="$out/demo.db"
  rm -f "$db" "$db-wal" "$db-shm"
  "$newsmill" ingest "$given_db" --db "$db" --reference-date 2026-11-26 --quiet
elif [[ -n "$given_db" ]]; then
  db="$given_db"
else
  db="$out/browser.db"
  rm -f "$db" "$db-wal" "$db-shm"
  "$fixture_tool" "$db" >/dev/null
fi
exec node --test-reporter=spec "$root/tests/browser/dashboard_test.mjs" \
  --newsmill "$newsmill" --db "$db" --out "$out"
