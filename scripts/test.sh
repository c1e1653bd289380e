#!/usr/bin/env bash
# Builds if needed (same build/ as scripts/setup.sh) and runs the test suite with ctest.
#   scripts/test.sh             every test but the oracle checks
#   scripts/test.sh --oracle    only the `oracle` label: the same test data run through
#                               CPython 3.12.7 (../shared/ref/py312), validating the data
# Further arguments go to ctest (e.g. -R ast/). Exit status is ctest's.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/build_common.sh"
cd "$repo_root"

labels=(-LE oracle)
if [[ "${1:-}" == --oracle ]]; then
    labels=(-L oracle)
    shift
fi
build_all
ctest --test-dir "$build_dir" --output-on-failure -j2 "${labels[@]}" "$@"
