#!/usr/bin/env bash
# Differential test of compile-time errors: random programs through `IMPL --check-syntax`
# and through CPython 3.12.7, compared field by field.
# Usage: tests/syntax_errors/random/run_random.sh IMPL [SEED] [COUNT] [mixed|blocks]
set -uo pipefail
impl=${1:?usage: run_random.sh IMPL [SEED] [COUNT] [mixed|blocks]}
seed=${2:-1}
count=${3:-1000}
kind=${4:-mixed}
case "$impl" in /*) ;; *) impl="$PWD/$impl" ;; esac
here=$(cd "$(dirname "$0")" && pwd)
PY312=${PY312:-$(cd "$here/../../../.." && pwd)/shared/ref/py312}
PYTHON=${PYTHON:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$PYTHON" "$here/generate.py" "$work/programs" "$seed" "$count" "$kind"
"$PY312" --pyodide "$here/oracle_results.py" "$work"/programs/*.py > "$work/oracle.jsonl" 2>/dev/null
"$PYTHON" "$here/compare_random.py" "$impl" "$work/oracle.jsonl"
