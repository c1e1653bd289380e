#!/usr/bin/env bash
# Compares `pyxis --dump-ast` with CPython 3.12.7's ast.dump(..., include_attributes=True)
# for every .py file of the installed stdlib (build/lib/python3.12), by SHA-256 of the dump.
# CPython runs once for the whole tree (tools/stdlib_ast_hashes.py under py312 --pyodide).
#   tools/check_stdlib_ast.sh [--pyxis BIN] [--lib DIR] [--jobs N]
#       prints "N of M files identical", then every file that differs or that either side
#       could not dump; exit status 0 only when all are identical
#   tools/check_stdlib_ast.sh [--pyxis BIN] [--lib DIR] --file RELPATH
#       one file (relative to DIR): where the two dumps first differ
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
oracle="${PY312:-$root/../shared/ref/py312}"
pyxis="$root/build/pyxis"
lib="$root/build/lib/python3.12"
jobs=2
single_file=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --pyxis) pyxis="$(realpath "$2")"; shift 2 ;;
        --lib) lib="$(realpath "$2")"; shift 2 ;;
        --jobs) jobs="$2"; shift 2 ;;
        --file) single_file="$2"; shift 2 ;;
        *) sed -n '2,10s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2; exit 2 ;;
    esac
done
[[ -x "$pyxis" ]] || { echo "check_stdlib_ast: no pyxis binary at $pyxis" >&2; exit 2; }
[[ -d "$lib" ]] || { echo "check_stdlib_ast: no stdlib at $lib (run scripts/setup.sh)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$lib"

if [[ -n "$single_file" ]]; then
    single_file="${single_file#"$lib"/}"
    "$oracle" --pyodide "$root/tools/ast_dump.py" "$single_file" >"$work/expected" 2>"$work/oracle.err" || {
        echo "CPython could not dump $single_file:"; tail -n 3 "$work/oracle.err"; exit 1; }
    exec bash "$root/tests/run_ast_case.sh" "$pyxis" "$single_file" "$work/expected"
fi

# CPython's side, in the background while pyxis runs.
"$oracle" --pyodide "$root/tools/stdlib_ast_hashes.py" . >"$work/cpython.txt" 2>"$work/cpython.err" &
oracle_pid=$!

# Pyxis's side: "RELPATH SHA256" or "RELPATH ERROR <last line pyxis printed on stderr>".
pyxis_hash() {
    local relpath="$1" out err status=0
    out="$(mktemp)" err="$(mktemp)"
    timeout 60 "$pyxis" --dump-ast "$relpath" >"$out" 2>"$err" || status=$?
    if [[ $status -eq 0 ]]; then
        echo "$relpath $(sha256sum <"$out" | cut -d' ' -f1)"
    else
        echo "$relpath ERROR $(tail -n 1 "$err") (exit status $status)"
    fi
    rm -f "$out" "$err"
}
export -f pyxis_hash
export pyxis
find . -name '*.py' -printf '%P\n' | sort | xargs -d '\n' -P "$jobs" -I{} bash -c 'pyxis_hash "$1"' _ {} \
    | sort >"$work/pyxis.txt"

wait "$oracle_pid" || { echo "check_stdlib_ast: the oracle failed:" >&2; tail -n 5 "$work/cpython.err" >&2; exit 2; }
sort "$work/cpython.txt" >"$work/cpython.sorted"

total=0 identical=0
problems=()
while IFS= read -r -u 3 cpython_line && IFS= read -r -u 4 pyxis_line; do
    total=$((total + 1))
    relpath="${cpython_line%% *}"
    if [[ "${pyxis_line%% *}" != "$relpath" ]]; then
        echo "check_stdlib_ast: file lists differ ($relpath vs ${pyxis_line%% *})" >&2
        exit 2
    fi
    if [[ "$cpython_line" == "$pyxis_line" && "$cpython_line" != *" ERROR "* ]]; then
        identical=$((identical + 1))
    elif [[ "$cpython_line" == *" ERROR "* ]]; then
        problems+=("$relpath: CPython raised ${cpython_line#* ERROR }; pyxis: ${pyxis_line#"$relpath" }")
    elif [[ "$pyxis_line" == *" ERROR "* ]]; then
        problems+=("$relpath: pyxis failed: ${pyxis_line#* ERROR }")
    else
        problems+=("$relpath: dumps differ (tools/check_stdlib_ast.sh --file $relpath)")
    fi
done 3<"$work/cpython.sorted" 4<"$work/pyxis.txt"

printf '%s\n' "${problems[@]}" | sed '/^$/d; s/^/  /'
echo "$identical of $total files identical"
[[ $identical -eq $total && $total -gt 0 ]]
