#!/usr/bin/env bash
# Parses the whole installed stdlib with Pyxis and with CPython 3.12 (native, same run)
# and prints both times and the ratio. Usage: bench/run_parse_bench.sh [BUILD_DIR] [ROUNDS]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
rounds=${2:-5}
stdlib=$build/lib/python3.12
[ -d "$stdlib" ] || { echo "no stdlib at $stdlib (run scripts/setup.sh)" >&2; exit 2; }
cpython=${PYXIS_BENCH_CPYTHON:-}
if [ -z "$cpython" ]; then
  if PYENV_VERSION=3.12.1 python3.12 -c 'import sys; assert sys.version_info[:2] == (3, 12)' 2>/dev/null; then
    cpython="env PYENV_VERSION=3.12.1 python3.12"
  else
    cpython="$here/../shared/ref/py312"
    echo "warning: no native CPython 3.12; using the oracle, which is no speed baseline" >&2
  fi
fi
pyxis_line=$("$build/parse_stdlib_bench" "$stdlib" "$rounds")
cpython_line=$($cpython "$here/bench/parse_stdlib.py" "$stdlib" "$rounds")
echo "pyxis:   $pyxis_line"
echo "cpython: $cpython_line"
p=$(sed -E 's/.*best_seconds=([0-9.]+).*/\1/' <<<"$pyxis_line")
c=$(sed -E 's/.*best_seconds=([0-9.]+).*/\1/' <<<"$cpython_line")
awk -v p="$p" -v c="$c" 'BEGIN { printf "ratio (CPython time / Pyxis time): %.2fx %s\n", c / p, (p < c ? "(Pyxis faster)" : "(Pyxis slower)") }'
