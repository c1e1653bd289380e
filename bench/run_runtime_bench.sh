#!/usr/bin/env bash
# Runs the runtime benchmarks (bench/runtime/*.py) under Pyxis and under the native CPython
# 3.12 in the same run, best of N rounds each, and prints a Markdown table of the ratios.
# Usage: bench/run_runtime_bench.sh PYXIS [ROUNDS]   (PYXIS: a Release build of pyxis)
set -euo pipefail
pyxis="${1:?usage: run_runtime_bench.sh PYXIS [ROUNDS]}"
rounds="${2:-3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cpython=(env PYENV_VERSION=3.12.1 python3.12)

best_time() {
    local best=""
    for ((i = 0; i < rounds; i++)); do
        local start end elapsed
        start=$(date +%s.%N)
        "$@" >/dev/null || { echo "FAILED: $*" >&2; exit 1; }
        end=$(date +%s.%N)
        elapsed=$(echo "$end - $start" | bc -l)
        if [[ -z "$best" ]] || (( $(echo "$elapsed < $best" | bc -l) )); then best=$elapsed; fi
    done
    printf '%.3f' "$best"
}

echo "| benchmark | Pyxis | CPython 3.12.1 | ratio (CPython time / Pyxis time) |"
echo "| --- | --- | --- | --- |"
for script in "$root"/bench/runtime/*.py; do
    name="$(basename "$script" .py)"
    ours=$(best_time "$pyxis" "$script")
    theirs=$(best_time "${cpython[@]}" "$script")
    ratio=$(echo "$theirs / $ours" | bc -l)
    printf '| %s | %s s | %s s | %.2fx |\n' "$name" "$ours" "$theirs" "$ratio"
done
