#!/usr/bin/env bash
# One AST case: `PYXIS --dump-ast CASE` must print exactly EXPECTED (CPython 3.12.7's
# ast.dump(ast.parse(source, CASE), include_attributes=True)). Run from the repository root.
# Usage: tests/run_ast_case.sh PYXIS tests/ast_cases/NAME.py tests/ast_cases/expected/NAME.dump
set -uo pipefail
pyxis="$1" case_file="$2" expected="$3"
actual="$(mktemp)"
trap 'rm -f "$actual"' EXIT

timeout 60 "$pyxis" --dump-ast "$case_file" >"$actual"
status=$?
if [[ $status -ne 0 ]]; then
    echo "FAIL $case_file: pyxis --dump-ast exited with status $status (expected 0)"
    exit 1
fi
if cmp -s "$actual" "$expected"; then
    echo "ok $case_file"
    exit 0
fi
# Show where the one-line dumps part ways (byte offset), with context on each side.
first_difference="$(cmp "$expected" "$actual" 2>/dev/null | sed -n 's/.* byte \([0-9]*\).*/\1/p')"
first_difference="${first_difference:-$(( $(wc -c <"$expected") < $(wc -c <"$actual") ? $(wc -c <"$expected") + 1 : $(wc -c <"$actual") + 1 ))}"
context_start=$(( first_difference > 150 ? first_difference - 150 : 1 ))
echo "FAIL $case_file: dump differs from $expected at byte $first_difference" \
     "(expected $(wc -c <"$expected") bytes, got $(wc -c <"$actual"))"
echo "expected: ...$(tail -c +"$context_start" "$expected" | head -c 300)"
echo "actual:   ...$(tail -c +"$context_start" "$actual" | head -c 300)"
exit 1
