#!/usr/bin/env bash
# Runs the whole tests/python suite under the collector's two torture configurations:
#   stress: build-stress, Release with -DPYXIS_GC_STRESS=ON (a full collection at every
#           allocation: a value native code holds where the collector cannot see it is freed
#           at once, and the next use fails);
#   asan:   build-asan, Debug with -DPYXIS_SANITIZE=ON (AddressSanitizer + UBSan: use after
#           free, overflows, undefined behaviour abort the test with a report).
# It also checks that unbounded recursion gives RecursionError under ASan.
# Usage: scripts/stress_tests.sh [stress] [asan]   (default: both). Needs clang or g++.
# PYXIS_STRESS_TIMEOUT (seconds per test file, default 600) bounds the slow stress runs.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"
modes=("$@")
[[ ${#modes[@]} -eq 0 ]] && modes=(stress asan)
status=0

configure_and_build() {  # DIR CMAKE-ARGS...
    local dir="$1"
    shift
    if [[ ! -f "$dir/build.ninja" ]]; then
        cmake -S "$root" -B "$dir" -G Ninja "$@" >/dev/null || return 1
    fi
    cmake --build "$dir" --target pyxis
}

for mode in "${modes[@]}"; do
    case "$mode" in
        stress)
            echo "== GC stress: build-stress (Release, PYXIS_GC_STRESS=ON)"
            configure_and_build build-stress -DCMAKE_BUILD_TYPE=Release -DPYXIS_GC_STRESS=ON || { status=1; continue; }
            PYXIS_TEST_TIMEOUT="${PYXIS_STRESS_TIMEOUT:-600}" tests/run_python_tests.sh build-stress/pyxis || status=1
            ;;
        asan)
            echo "== ASan+UBSan: build-asan (Debug, PYXIS_SANITIZE=ON)"
            configure_and_build build-asan -DCMAKE_BUILD_TYPE=Debug -DPYXIS_SANITIZE=ON || { status=1; continue; }
            export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}"
            export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
            PYXIS_TEST_TIMEOUT="${PYXIS_STRESS_TIMEOUT:-600}" tests/run_python_tests.sh build-asan/pyxis || status=1
            echo "== ASan: unbounded recursion raises RecursionError"
            output="$(build-asan/pyxis -c 'def f(): f()
try:
    f()
except RecursionError as e:
    print("RecursionError:", e)' 2>&1)"
            if [[ "$output" == "RecursionError: maximum recursion depth exceeded" ]]; then
                echo "ok"
            else
                echo "FAIL recursion under ASan: $output"
                status=1
            fi
            ;;
        *)
            echo "unknown mode '$mode' (stress, asan)" >&2
            exit 2
            ;;
    esac
done
exit $status
