#!/usr/bin/env bash
# Runs the SyntaxError catalog against IMPL and compares with expected.jsonl.
# Usage: tests/syntax_errors/run.sh IMPL [SUBSTRING...]
#   IMPL       path to a pyxis binary (run as `IMPL --check-syntax cases/X.py`), or the word
#              `oracle` (CPython 3.12.7 through py312 --pyodide, which validates the test data)
#   SUBSTRING  only run cases whose file name contains one of these (e.g. fstr_ 12)
# Prints one line per failing case (expected vs got), then `N passed, N failed`; exit status
# is 0 only if every selected case passed.
set -uo pipefail
impl=${1:?usage: run.sh IMPL|oracle [SUBSTRING...]}
shift
if [ "$impl" != oracle ]; then
  case "$impl" in /*) ;; *) impl="$PWD/$impl" ;; esac
fi
cd "$(dirname "$0")"
PY312=${PY312:-$(cd ../../.. && pwd)/shared/ref/py312}
PYTHON=${PYTHON:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

selected=()
for path in cases/*.py; do
  name=${path#cases/}
  if [ $# -eq 0 ]; then
    selected+=("$name")
  else
    for pattern in "$@"; do
      if [[ "$name" == *"$pattern"* ]]; then selected+=("$name"); break; fi
    done
  fi
done
printf '%s\n' "${selected[@]}" > "$tmp/selected.txt"

if [ "$impl" = oracle ]; then
  "$PY312" --pyodide regen_expected.py "$tmp/got.jsonl"
  "$PYTHON" compare.py expected.jsonl --jsonl "$tmp/got.jsonl" --select "$tmp/selected.txt"
  exit $?
fi

mkdir -p "$tmp/out"
for name in "${selected[@]}"; do
  timeout 20 "$impl" --check-syntax "cases/$name" > "$tmp/out/$name.out" 2> "$tmp/out/$name.err"
  echo $? > "$tmp/out/$name.rc"
done
"$PYTHON" compare.py expected.jsonl --outputs "$tmp/out" --select "$tmp/selected.txt"
exit $?
