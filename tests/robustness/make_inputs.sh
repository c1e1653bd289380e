#!/usr/bin/env bash
# Writes the robustness inputs (huge, deeply nested, binary) into DIR. They are generated,
# not committed, because some are 50 MB; every one is deterministic.
set -euo pipefail
out=${1:?output dir}
mkdir -p "$out"
rep() { head -c "$2" /dev/zero | tr '\0' "$1"; }
rep '(' 100000 > "$out/nested_parens_100000.py"
rep '[' 100000 > "$out/nested_brackets_100000.py"
{ rep '(' 199; printf 'x'; rep ')' 199; printf '\n'; } > "$out/nested_parens_199.py"
{ rep '-' 100000; printf '1\n'; } > "$out/unary_minus_100000.py"
{ for _ in $(seq 20000); do printf 'not '; done; printf 'x\n'; } > "$out/not_20000.py"
{ printf 'x = '; for _ in $(seq 50000); do printf 'lambda: '; done; printf '0\n'; } > "$out/lambda_50000.py"
{ printf 'x = '; rep '~' 100000; printf '1\n'; } > "$out/invert_100000.py"
{ printf 'x = 1'; for _ in $(seq 100000); do printf ' + 1'; done; printf '\n'; } > "$out/long_sum_100000.py"
{ printf 'x = a'; for _ in $(seq 100000); do printf '.b'; done; printf '\n'; } > "$out/long_attribute_chain.py"
{ printf 'x = f'; for _ in $(seq 100000); do printf '()'; done; printf '\n'; } > "$out/long_call_chain.py"
{ printf 'x = ['; for _ in $(seq 200000); do printf '1, '; done; printf ']\n'; } > "$out/long_list_200000.py"
{ i=0; ind=""; while [ $i -lt 99 ]; do printf '%sif x:\n' "$ind"; ind="$ind "; i=$((i+1)); done; printf '%spass\n' "$ind"; } > "$out/indent_99.py"
{ i=0; ind=""; while [ $i -lt 101 ]; do printf '%sif x:\n' "$ind"; ind="$ind "; i=$((i+1)); done; printf '%spass\n' "$ind"; } > "$out/indent_101.py"
# 50 MB: functions whose docstrings and comments carry most of the bytes.
awk 'BEGIN { pad = sprintf("%0900d", 0); gsub(/0/, "abcdefghij", pad); for (i = 0; i < 1950; i++) { printf "def f%d(a, b=1, *c, **d):\n    \"\"\"%s\n    %s\"\"\"\n    # %s\n    return [a, b, c, d, f\"{a!r:>10}\"]\n\n", i, pad, pad, pad } }' > "$out/valid_50mb.py"
{ cat "$out/valid_50mb.py"; printf 'x = (1 2)\n'; } > "$out/error_at_end_50mb.py"
{ printf 'x = "'; rep 'a' 20000000; printf '"\n'; } > "$out/string_20mb.py"
{ printf 'x = '; rep '9' 10000; printf '\n'; } > "$out/int_10000_digits.py"
{ printf 'x = 1\ny = "a\0b"\n'; } > "$out/nul_in_string.py"
{ printf 'x = 1\n\377\376\n'; } > "$out/invalid_utf8_line2.py"
{ printf '\357\273\277# coding: latin-1\nx = 1\n'; } > "$out/bom_with_latin1.py"
{ printf '# -*- coding: nonexistent-codec -*-\nx = 1\n'; } > "$out/unknown_encoding.py"
{ printf '# coding: latin-1\nx = "\351"\n'; } > "$out/latin1_ok.py"
# Pseudo-random bytes from a fixed linear congruential generator (no external tools).
for seed in 1 2 3 4 5 6 7 8; do
  LC_ALL=C awk -v seed="$seed" 'BEGIN { s = seed; for (i = 0; i < 2000; i++) { s = (s * 1103515245 + 12345) % 2147483648; printf "%c", int(s / 65536) % 255 + 1 } }' > "$out/random_bytes_$seed.py"
done
# Random printable ASCII "almost Python".
for seed in 1 2 3 4; do
  awk -v seed="$seed" 'BEGIN { t = "abcxyz019 ()[]{}:;,.=+-*/%@&|^~<>!\"'"'"'\\#\n\t_if def class lambda for in not and or"; s = seed; for (i = 0; i < 3000; i++) { s = (s * 1103515245 + 12345) % 2147483648; printf "%s", substr(t, int(s / 65536) % length(t) + 1, 1) } }' > "$out/random_text_$seed.py"
done
