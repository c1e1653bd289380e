#!/usr/bin/env bash
# Builds tools/parser_replay from the front end's object files in BUILD (default build-parser;
# other parts of the library need not compile) and runs it.
#   tools/parser_replay.sh [--build DIR] [--show | --real ROOT] FIXTURE_DIR [RELPATH...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-parser"
if [[ "${1:-}" == "--build" ]]; then build="$2"; shift 2; fi
ninja -k 0 -C "$build" pyxis_core >/dev/null 2>&1 || true
objdir="$build/CMakeFiles/pyxis_core.dir"
objects=$(find "$objdir/src/frontend" "$objdir/src/support" "$objdir/generated" -name '*.o' \
          2>/dev/null)
bin="$build/parser_replay"
g++ -std=c++20 -O2 -g -I"$root/src" -I"$build/generated" "$root/tools/parser_replay.cpp" $objects \
    -lutf8proc -lgmp -o "$bin"
exec "$bin" "$@"
