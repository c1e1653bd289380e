#!/usr/bin/env bash
# Generates a mutation corpus with CPython 3.12.7 (tools/parser_fuzz_errors.py) and compares
# our parser's errors with it.   tools/parser_fuzz_check.sh OUT_DIR SEED COUNT FILE_OR_DIR...
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$1"
rm -rf "$out"
"$root/../shared/ref/py312" --pyodide "$root/tools/parser_fuzz_errors.py" "$@" 2>/dev/null
cd "$out"
ls cases > selected.txt
"$root/tools/parser_replay.sh" --errors $(sed 's|^|cases/|' selected.txt) > got.jsonl
python3 "$root/tests/syntax_errors/compare.py" expected.jsonl --jsonl got.jsonl --select selected.txt
