#!/usr/bin/env bash
# Runs the front-end fuzzer for SECONDS, seeded with the AST and syntax-error test files.
# Usage: fuzz/run_fuzzer.sh BUILD_DIR SECONDS
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?build dir configured with -DPYXIS_FUZZ=ON}
seconds=${2:-600}
corpus=$here/fuzz/corpus-run
mkdir -p "$corpus"
seeds=()
for d in "$here/tests/ast_cases" "$here/tests/syntax_errors/cases"; do [ -d "$d" ] && seeds+=("$d"); done
exec "$build/fuzz/frontend_fuzzer" "$corpus" "${seeds[@]}" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1
