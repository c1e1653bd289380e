#!/usr/bin/env bash
# Compares `pyxis --tokenize FILE` with CPython's `python -m tokenize -e FILE` for every .py
# file under a directory and reports "N of M files identical".
# usage: tools/check_tokenize.sh [--native] [--pyxis BINARY] [--show-diffs N] [DIR]
#   DIR defaults to the stdlib the build installs (build/lib/python3.12, or build-infra's),
#   else /tmp/stdlib312 (extracted from the pyodide package's python_stdlib.zip if missing).
#   --native: use the machine's CPython 3.12 (3.12.1, fast) instead of the exact 3.12.7.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
py312=/work/shared/ref/py312
oracle_flag=--pyodide
pyxis="$root/build/pyxis"
show=5
dir=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --native) oracle_flag=""; shift ;;
    --pyxis) pyxis="$2"; shift 2 ;;
    --show-diffs) show="$2"; shift 2 ;;
    *) dir="$1"; shift ;;
  esac
done
if [[ -z "$dir" ]]; then
  if [[ -f "$root/build/lib/python3.12/os.py" ]]; then
    dir="$root/build/lib/python3.12"
  elif [[ -f "$root/build-infra/lib/python3.12/os.py" ]]; then
    dir="$root/build-infra/lib/python3.12"
  else
    dir=/tmp/stdlib312
    if [[ ! -f "$dir/os.py" ]]; then
      mkdir -p "$dir"
      (cd "$dir" && unzip -q -o "$("$py312" --pyodide-dir)/python_stdlib.zip")
    fi
  fi
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
find "$dir" -name '*.py' -type f | LC_ALL=C sort > "$work/files"
total=$(wc -l < "$work/files")
# shellcheck disable=SC2086
"$py312" $oracle_flag "$here/tokenize_oracle.py" "$work/files" > "$work/oracle"
: > "$work/ours"
while IFS= read -r f; do
  { "$pyxis" --tokenize "$f" 2> "$work/err" || true; echo "--stderr--"; cat "$work/err"; } > "$work/out"
  echo "$(md5sum < "$work/out" | cut -d' ' -f1) $f" >> "$work/ours"
done < "$work/files"
same=$(paste -d' ' "$work/oracle" "$work/ours" | awk '$1 == $3 {n++} END {print n+0}')
paste -d' ' "$work/oracle" "$work/ours" | awk '$1 != $3 {print $2}' > "$work/differ"
if [[ -s "$work/differ" && "$show" -gt 0 ]]; then
  echo "differing files (first $show):"
  head -n "$show" "$work/differ" | while IFS= read -r f; do
    echo "=== $f"
    echo "$f" | "$py312" $oracle_flag "$here/tokenize_oracle.py" --show - > "$work/expected" || true
    { "$pyxis" --tokenize "$f" 2> "$work/err" || true; echo "--stderr--"; cat "$work/err"; } > "$work/actual"
    diff "$work/expected" "$work/actual" | head -n 10 || true
  done
fi
echo "$same of $total files identical"
