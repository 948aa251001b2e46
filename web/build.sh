#!/usr/bin/env bash
# Builds the dashboard's npm part for the binary: installs web/package.json's
# packages when web/node_modules is missing or older than the lock file, and
# copies chart.js's UMD bundle to OUT_DIR/chart.umd.js (compiled into the
# binary, see server/sources.cmake). Without npm, or when the install fails,
# it writes a stub and the dashboard falls back to its own SVG charts.
#   web/build.sh OUT_DIR
set -uo pipefail
cd "$(dirname "$0")"
out="${1:?usage: web/build.sh OUT_DIR}"
mkdir -p "$out"
stub() {
  echo "web/build.sh: $1; the dashboard will draw its own SVG charts" >&2
  printf '/* chart.js unavailable at build time (%s): the dashboard uses its SVG fallback */\n' "$1" > "$out/chart.umd.js"
  exit 0
}
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  command -v npm >/dev/null 2>&1 || stub "npm not found"
  npm ci --no-audit --no-fund --loglevel=error >&2 || stub "npm ci failed"
fi
src=node_modules/chart.js/dist/chart.umd.min.js
[[ -f "$src" ]] || src=node_modules/chart.js/dist/chart.umd.js
[[ -f "$src" ]] || stub "chart.js not installed"
cp "$src" "$out/chart.umd.js.tmp" && mv "$out/chart.umd.js.tmp" "$out/chart.umd.js"
