#!/usr/bin/env bash
# Runs self-checking Python test scripts (tests/python/**/test_*.py): each passes when it
# exits with status 0. IMPL is a pyxis binary, or `oracle` for CPython 3.12.7 (py312 batch
# mode), which checks that the tests themselves state CPython's behaviour.
# Usage: tests/run_python_tests.sh IMPL|oracle [FILE...]   (default: every test_*.py)
# Each script runs as a program in its own directory with sys.argv == [its file name].
set -uo pipefail
impl="${1:?usage: run_python_tests.sh IMPL|oracle [FILE...]}"
shift
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
oracle="${PY312:-$root/../shared/ref/py312}"
timeout_seconds="${PYXIS_TEST_TIMEOUT:-60}"

files=()
for file in "$@"; do files+=("$(realpath "$file")"); done
if [[ ${#files[@]} -eq 0 ]]; then
    while IFS= read -r file; do files+=("$file"); done < <(find "$root/tests/python" -name 'test_*.py' | sort)
fi
if [[ ${#files[@]} -eq 0 ]]; then
    echo "no Python tests under tests/python"
    echo "0 passed, 0 failed"
    exit 0
fi

duplicates="$(for file in "${files[@]}"; do basename "$file"; done | sort | uniq -d)"
if [[ -n "$duplicates" ]]; then
    echo "test file names must be unique (outputs are kept by base name): $duplicates" >&2
    exit 2
fi

outputs="$(mktemp -d)"
trap 'rm -rf "$outputs"' EXIT
if [[ "$impl" == oracle ]]; then
    # One interpreter for all files: py312 --batch writes OUT/<basename>.{out,err,rc}.
    "$oracle" --batch "$outputs" --timeout "$timeout_seconds" "${files[@]}" 2>"$outputs/batch.log"
else
    [[ "$impl" == /* ]] || impl="$PWD/$impl"
    for file in "${files[@]}"; do
        base="$(basename "$file")"
        (cd "$(dirname "$file")" && timeout "$timeout_seconds" "$impl" "$base" \
            >"$outputs/$base.out" 2>"$outputs/$base.err" </dev/null)
        echo $? >"$outputs/$base.rc"
    done
fi

passed=0 failed=0
for file in "${files[@]}"; do
    base="$(basename "$file")"
    relative="${file#"$root"/}"
    rc="$(cat "$outputs/$base.rc" 2>/dev/null || echo missing)"
    if [[ "$rc" == 0 ]]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $relative (exit status $rc)"
        tail -n 20 "$outputs/$base.err" 2>/dev/null | sed 's/^/    /'
    fi
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
