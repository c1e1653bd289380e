#!/usr/bin/env bash
# Regenerates expected.jsonl and compile_stage_cases.txt from the oracle (CPython 3.12.7).
# Usage: tests/syntax_errors/regen_expected.sh [--check-file-mode]
#   --check-file-mode  also runs every case as a program (`py312 cases/X.py`, batch mode) and
#                      checks that the error it shows equals the one compile(bytes) raised.
set -euo pipefail
cd "$(dirname "$0")"
PY312=${PY312:-$(cd ../../.. && pwd)/shared/ref/py312}
PYTHON=${PYTHON:-python3}

"$PY312" --pyodide regen_expected.py expected.jsonl compile_stage_cases.txt
echo "expected.jsonl: $(wc -l < expected.jsonl) cases" >&2

if [ "${1:-}" = "--check-file-mode" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  "$PY312" --pyodide regen_expected.py "$tmp/unused.jsonl" --file-mode-traceback "$tmp/tracebacks.json"
  "$PY312" --pyodide --batch "$tmp/batch" --timeout 20 "$PWD"/cases/*.py 2>/dev/null || true
  "$PYTHON" compare.py --file-mode "$tmp/tracebacks.json" "$tmp/batch"
fi
