#!/usr/bin/env bash
# Builds the front-end fuzzer (clang, libFuzzer, ASan+UBSan) in build-fuzz/ and runs it for
# SECONDS, seeded with the AST cases and the SyntaxError catalog.
# Usage: fuzz/run_fuzzer.sh [SECONDS] [JOBS]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-600}
jobs=${2:-1}
build=$here/build-fuzz
if [ ! -f "$build/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPYXIS_FUZZ=ON -DPYXIS_SANITIZE=ON -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link" >/dev/null
fi
ninja -C "$build" frontend_fuzzer
corpus=$here/fuzz/corpus-run
mkdir -p "$corpus"
seeds=()
for d in "$here/tests/ast_cases" "$here/tests/syntax_errors/cases" "$here/tests/cli"; do
  [ -d "$d" ] && seeds+=("$d")
done
parallel=()
[ "$jobs" -gt 1 ] && parallel=(-jobs="$jobs" -workers="$jobs")
cd "$build"
exec "$build/fuzz/frontend_fuzzer" "$corpus" "${seeds[@]}" -max_total_time="$seconds" -max_len=4096 \
  -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 "${parallel[@]}"
