#!/usr/bin/env bash
# Installs the Debian packages newsmill needs to build, test and run.
# Idempotent: apt-get runs only when a package is missing.
#   scripts/setup.sh          build and test dependencies
#   scripts/setup.sh --web    also the browser-test dependencies (chromium)
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libgtest-dev libgmock-dev libbenchmark-dev
  libsqlite3-dev sqlite3 zlib1g-dev
  libsimdjson-dev libcli11-dev libutf8proc-dev
  libgumbo-dev libcpp-httplib-dev
  wordnet-base
  python3 nodejs npm
  # The Python module and its Dask runner (docs/python.md): ~3 MB to
  # download, ~20 s to install on the 2-core VM.
  python3-dev python3-pybind11 python3-distributed
)
if [[ "${1:-}" == "--web" ]]; then
  packages+=(chromium)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    # A command already on PATH (node/npm from another source) is good enough.
    case "$p" in
      nodejs) command -v node >/dev/null 2>&1 && continue ;;
      npm) command -v npm >/dev/null 2>&1 && continue ;;
      python3) command -v python3 >/dev/null 2>&1 && continue ;;
    esac
    missing+=("$p")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "setup: installing ${missing[*]}" >&2
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo)
  else
    echo "setup: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q || true
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
