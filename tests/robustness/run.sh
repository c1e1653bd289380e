#!/usr/bin/env bash
# Robustness: huge, deeply nested and binary inputs must end in exactly the exception
# CPython 3.12.7 raises (expected.jsonl, from expected_from_oracle.py under the oracle),
# never in a crash. Usage: tests/robustness/run.sh PYXIS_BINARY|oracle
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
impl=${1:?usage: run.sh PYXIS_BINARY|oracle}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$here/make_inputs.sh" "$work/in"
cd "$work/in"
if [ "$impl" = oracle ]; then
  "$here/../../../shared/ref/py312" --pyodide "$here/expected_from_oracle.py" $(ls *.py) > "$work/got.jsonl"
else
  for f in $(ls *.py); do
    out=$(ulimit -v 16000000; timeout 120 "$impl" --check-syntax "$f" 2>"$work/stderr")
    rc=$?
    if [ $rc -eq 0 ]; then
      printf '{"case": "%s", "type": "OK"}\n' "$f"
    elif [ $rc -eq 1 ] && [ -n "$out" ]; then
      printf '{"case": "%s", %s\n' "$f" "${out#\{}"
    else
      printf '{"case": "%s", "type": "CRASH", "exit_status": %d}\n' "$f" "$rc"
    fi
  done > "$work/got.jsonl"
fi
node "$here/compare_jsonl.mjs" "$here/expected.jsonl" "$work/got.jsonl"
