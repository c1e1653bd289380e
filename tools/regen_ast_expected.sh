#!/usr/bin/env bash
# Regenerates tests/ast_cases/expected/<name>.dump from CPython 3.12.7 (the oracle, in one
# py312 batch run), or with --check compares the committed files against it (oracle mode).
# Usage: tools/regen_ast_expected.sh [--check] [tests/ast_cases/NAME.py ...]   (default: all)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
oracle="${PY312:-$root/../shared/ref/py312}"
check=0
if [[ "${1:-}" == "--check" ]]; then check=1; shift; fi
[[ -x "$oracle" ]] || { echo "regen_ast_expected: oracle not found at $oracle (set PY312)" >&2; exit 2; }

cd "$root"
if [[ $# -gt 0 ]]; then cases=("$@"); else cases=(tests/ast_cases/*.py); fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/programs"
# Batch mode runs programs, not tools with arguments: one tiny program per case runs
# tools/ast_dump.py on it, from the repository root so the filename is the relative path.
# exec() adds one frame under the tool's; the recursion limit grows by one to make up.
for case in "${cases[@]}"; do
    name="$(basename "$case" .py)"
    cat >"$work/programs/$name.py" <<PY
import os, sys
os.chdir('$root')
sys.argv = ['tools/ast_dump.py', '$case']
sys.setrecursionlimit(sys.getrecursionlimit() + 1)
exec(compile(open('tools/ast_dump.py', 'rb').read(), 'tools/ast_dump.py', 'exec'), {'__name__': '__main__'})
PY
done
"$oracle" --batch "$work/out" "$work"/programs/*.py 2>"$work/batch.log" || true

status=0
for case in "${cases[@]}"; do
    name="$(basename "$case" .py)"
    out="$work/out/$name.py"
    expected="tests/ast_cases/expected/$name.dump"
    if [[ "$(cat "$out.rc" 2>/dev/null)" != 0 ]]; then
        echo "FAIL $case: the oracle could not dump it (rc $(cat "$out.rc" 2>/dev/null || echo '?'))" >&2
        cat "$out.err" >&2 2>/dev/null || true
        status=1
        continue
    fi
    [[ -s "$out.err" ]] && { echo "note: $case: the oracle wrote to stderr:" >&2; cat "$out.err" >&2; }
    if [[ $check == 1 ]]; then
        if cmp -s "$out.out" "$expected"; then
            echo "ok   $case"
        else
            echo "FAIL $case: $expected differs from the oracle's dump" >&2
            status=1
        fi
    elif ! cmp -s "$out.out" "$expected" 2>/dev/null; then
        cp "$out.out" "$expected"
        echo "wrote $expected"
    fi
done
if [[ $check == 1 ]]; then
    echo "${#cases[@]} cases checked against the oracle: $([[ $status == 0 ]] && echo all match || echo MISMATCHES)"
fi
exit $status
