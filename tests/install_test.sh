#!/bin/sh
# Installs the build (`cmake --install BUILD --prefix TMP`) into a temporary
# directory and checks that what lands there runs on its own: the
# command-line tool analyses a sample, and, when the Python module was
# built, the installed package imports and extracts the same sample.
#
#   tests/install_test.sh BUILD_DIR PYTHON_EXECUTABLE_OR_EMPTY
set -eu
build="$1"
python="${2:-}"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" > "$prefix.log" 2>&1 || {
  cat "$prefix.log"; rm -f "$prefix.log"; exit 1; }
rm -f "$prefix.log"
text='Russian President Vladimir Putin said on Tuesday that Moscow would respond.'
printf '{"id":"t","text":"%s"}\n' "$text" | "$prefix/bin/newsmill" extract - > "$prefix/out.jsonl"
grep -q '"name":"Vladimir Putin"' "$prefix/out.jsonl" || {
  echo "install_test: the installed newsmill did not find Vladimir Putin"; cat "$prefix/out.jsonl"; exit 1; }
site="$(ls -d "$prefix"/lib/python3*/dist-packages 2>/dev/null | head -n 1 || true)"
if [ -n "$python" ] && [ -n "$site" ]; then
  cd "$prefix"
  PYTHONPATH="$site" "$python" -c "
import newsmill, sys
r = newsmill.Pipeline().extract(sys.argv[1])
assert newsmill.__file__.startswith(sys.argv[2]), newsmill.__file__
assert any(e['name'] == 'Vladimir Putin' for e in r['entities']), r['entities']
" "$text" "$prefix"
  echo "install_test: bin/newsmill and the Python package ran from $prefix"
else
  echo "install_test: bin/newsmill ran from $prefix (no Python module built)"
fi
