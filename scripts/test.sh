#!/usr/bin/env bash
# Builds if needed (same build/ as scripts/setup.sh) and runs the test suite with ctest.
#   scripts/test.sh             every test but the oracle checks
#   scripts/test.sh --oracle    only the `oracle` label: the same test data run through
#                               CPython 3.12.7 (../shared/ref/py312), validating the data
# Further arguments go to ctest (e.g. -R ast/). Exit status: ctest's, or 1 if the build failed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/build_common.sh"
cd "$repo_root"

labels=(-LE oracle)
if [[ "${1:-}" == --oracle ]]; then
    labels=(-L oracle)
    shift
fi
# A target that fails to build should not hide the tests of the others: build what can be
# built, run the tests (those without a binary fail), and fail in any case.
ensure_configured
build_status=0
build_all -k 0 || build_status=$?
test_status=0
ctest --test-dir "$build_dir" --output-on-failure -j2 "${labels[@]}" "$@" || test_status=$?
if [[ $build_status -ne 0 ]]; then
    echo "scripts/test.sh: the build failed (see above)" >&2
    exit 1
fi
exit $test_status
