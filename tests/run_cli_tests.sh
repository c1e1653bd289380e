#!/usr/bin/env bash
# Checks the pyxis command line: -V/--version, usage errors, unreadable files, and the
# SyntaxError display of `--dump-ast` for each tests/cli/NAME.py against tests/cli/NAME.err
# (what CPython 3.12.7 prints for that error; see tools/show_syntax_error.py).
# Usage: tests/run_cli_tests.sh PYXIS      run the checks (from the repository root)
#        tests/run_cli_tests.sh oracle     check the .err files against CPython 3.12.7
#        tests/run_cli_tests.sh --regen    rewrite the .err files from CPython 3.12.7
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
oracle="${PY312:-$root/../shared/ref/py312}"
mode="${1:?usage: run_cli_tests.sh PYXIS|oracle|--regen}"
[[ "$mode" == oracle || "$mode" == --regen || "$mode" == /* ]] || mode="$PWD/$mode"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }

# expect_run NAME STATUS STDOUT STDERR_PATTERN -- ARGS...: runs pyxis ARGS and checks the
# exit status, the exact stdout and that stderr matches the (grep -E) pattern ('' = empty).
expect_run() {
    local name="$1" want_status="$2" want_stdout="$3" stderr_pattern="$4"
    shift 5
    local status
    "$mode" "$@" >"$work/out" 2>"$work/err" </dev/null
    status=$?
    if [[ $status != "$want_status" ]]; then
        fail "$name: exit status $status, expected $want_status"
    elif [[ "$(cat "$work/out")" != "$want_stdout" ]]; then
        fail "$name: stdout was '$(head -c 200 "$work/out")'"
    elif [[ -z "$stderr_pattern" && -s "$work/err" ]]; then
        fail "$name: stderr should be empty, was '$(head -c 200 "$work/err")'"
    elif [[ -n "$stderr_pattern" ]] && ! grep -Eq "$stderr_pattern" "$work/err"; then
        fail "$name: stderr '$(head -c 200 "$work/err")' does not match /$stderr_pattern/"
    else
        pass
    fi
}

cases=(tests/cli/*.py)
if [[ "$mode" == oracle || "$mode" == --regen ]]; then
    # One CPython start: a program that shows every case's error the way the tool does.
    {
        echo "import os, subprocess, sys, runpy, io, contextlib"
        echo "os.chdir('$root')"
        for case in "${cases[@]}"; do
            echo "out = io.StringIO()"
            echo "sys.argv = ['tools/show_syntax_error.py', '$case']"
            echo "with contextlib.redirect_stdout(out):"
            echo "    try: runpy.run_path('tools/show_syntax_error.py', run_name='__main__')"
            echo "    except SystemExit: pass"
            echo "open('$work/$(basename "$case" .py).err', 'w', encoding='utf-8').write(out.getvalue())"
        done
    } >"$work/show_all.py"
    "$oracle" --pyodide "$work/show_all.py" || { echo "FAIL: the oracle did not run"; exit 1; }
    for case in "${cases[@]}"; do
        name="$(basename "$case" .py)"
        if [[ "$mode" == --regen ]]; then
            cp "$work/$name.err" "tests/cli/$name.err"
        elif cmp -s "$work/$name.err" "tests/cli/$name.err"; then
            pass
        else
            fail "$case: tests/cli/$name.err differs from CPython's display"
        fi
    done
else
    expect_run version 0 "Python 3.12.7" '' -- -V
    expect_run version_long 0 "Python 3.12.7" '' -- --version
    expect_run no_arguments_empty_stdin 0 "" '' --
    export PYTHONPATH="$root/tests/cli/run_module"
    expect_run run_module 0 "climod __main__ ['a', 'b']" '' -- -m climod a b
    expect_run run_package 0 $'clipkg imported\nclipkg main __main__ clipkg' '' -- -m clipkg
    expect_run run_submodule 0 $'clipkg imported\ntool __main__ clipkg' '' -- -m clipkg.tool
    expect_run run_missing_module 1 "" 'No module named no_such_module$' -- -m no_such_module
    unset PYTHONPATH
    if [[ "$(echo 'import sys; print("stdin", sys.argv)' | "$mode" - x)" == "stdin ['-', 'x']" ]]; then pass; else fail "program on stdin"; fi
    expect_run unknown_option 2 "" '^usage: pyxis' -- --no-such-option
    expect_run dump_ast_without_file 2 "" '^usage: pyxis --dump-ast FILE' -- --dump-ast
    expect_run dump_ast_missing_file 2 "" "^pyxis: can't open file 'tests/cli/no_such_file.py': \[Errno 2\] No such file or directory" \
        -- --dump-ast tests/cli/no_such_file.py
    expect_run dump_ast_directory 2 "" "^pyxis: can't open file 'tests/cli': \[Errno 21\] Is a directory" \
        -- --dump-ast tests/cli
    for case in "${cases[@]}"; do
        name="$(basename "$case" .py)"
        "$mode" --dump-ast "$case" >"$work/out" 2>"$work/err" </dev/null
        status=$?
        if [[ $status != 1 ]]; then
            fail "$case: exit status $status, expected 1 (a SyntaxError)"
        elif [[ -s "$work/out" ]]; then
            fail "$case: printed on stdout: $(head -c 200 "$work/out")"
        elif ! cmp -s "$work/err" "tests/cli/$name.err"; then
            fail "$case: stderr differs from tests/cli/$name.err"
            diff "tests/cli/$name.err" "$work/err" | sed 's/^/    /'
        else
            pass
        fi
    done
fi
[[ "$mode" == --regen ]] && { echo "wrote ${#cases[@]} tests/cli/*.err files"; exit 0; }
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
