#!/usr/bin/env bash
# Runs the SyntaxError catalog (tests/syntax_errors) through the parser alone (no compile
# stage: cases listed in compile_stage_cases.txt are skipped) and compares with CPython.
#   tools/parser_error_catalog.sh [SUBSTRING...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root/tests/syntax_errors"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for path in cases/*.py; do
  name=${path#cases/}
  grep -qxF "$name" compile_stage_cases.txt && continue
  if [ $# -gt 0 ]; then
    keep=0
    for pattern in "$@"; do [[ "$name" == *"$pattern"* ]] && keep=1; done
    [ $keep = 1 ] || continue
  fi
  echo "$name" >> "$tmp/selected.txt"
done
"$root/tools/parser_replay.sh" --errors $(sed 's|^|cases/|' "$tmp/selected.txt") > "$tmp/got.jsonl"
python3 compare.py expected.jsonl --jsonl "$tmp/got.jsonl" --select "$tmp/selected.txt"
