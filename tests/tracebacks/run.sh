#!/usr/bin/env bash
# Uncaught-exception output: runs each tests/tracebacks/NAME.py as a program and compares its
# stderr, stdout and exit status with expected/NAME.txt (what CPython 3.12 prints), after
# replacing the directory of the cases with DIR/.
# Usage: tests/tracebacks/run.sh PYXIS     check pyxis against the expected files
#        tests/tracebacks/run.sh oracle    check the expected files against CPython 3.12
#        tests/tracebacks/run.sh --regen   rewrite the expected files from CPython 3.12
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
oracle="${PY312:-$root/../shared/ref/py312}"
mode="${1:?usage: run.sh PYXIS|oracle|--regen}"
impl="$mode"
[[ "$mode" == oracle || "$mode" == --regen ]] && impl="$oracle"
[[ "$impl" == /* ]] || impl="$PWD/$impl"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

# The program's output as compared: stdout, then stderr, then the exit status.
run_case() {
    local name="$1" status
    (cd "$here" && timeout 60 "$impl" "$name.py" >"$work/out" 2>"$work/err" </dev/null)
    status=$?
    {
        echo "--- stdout"
        cat "$work/out"
        echo "--- stderr"
        cat "$work/err"
        echo "--- exit status $status"
    } | sed "s#$here/#DIR/#g"
}

for case in "$here"/*.py; do
    name="$(basename "$case" .py)"
    if [[ "$mode" == --regen ]]; then
        run_case "$name" >"$here/expected/$name.txt"
        continue
    fi
    run_case "$name" >"$work/actual"
    if cmp -s "$work/actual" "$here/expected/$name.txt"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $name"
        diff "$here/expected/$name.txt" "$work/actual" | head -n 30 | sed 's/^/    /'
    fi
done
[[ "$mode" == --regen ]] && { echo "expected files rewritten"; exit 0; }
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
