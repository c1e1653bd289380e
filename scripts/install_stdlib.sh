#!/usr/bin/env bash
# Installs CPython 3.12.7's pure-Python standard library (pinned: npm package pyodide@0.27.7,
# verified by its npm integrity hash) into DEST, normally build/lib/python3.12.
# Usage: scripts/install_stdlib.sh DEST
# The tarball is cached outside the source tree in ${XDG_CACHE_HOME:-~/.cache}/pyxis/.
# A second run with the same pin does nothing (DEST/.pyxis-stdlib records what is installed).
set -euo pipefail

PYODIDE_VERSION=0.27.7
PYODIDE_INTEGRITY='sha512-RUSVJlhQdfWfgO9hVHCiXoG+nVZQRS5D9FzgpLJ/VcgGBLSAKoPL8kTiOikxbHQm1kRISeWUBdulEgO26qpSRA=='
# Pyodide's own packages and its emscripten sysconfig data are not part of Pyxis's stdlib.
DROPPED_ENTRIES=(pyodide _pyodide site-packages _sysconfigdata__emscripten_wasm32-emscripten.py)

die() { echo "install_stdlib: $*" >&2; exit 1; }

[[ $# -eq 1 ]] || die "usage: $0 DEST"
dest="$1"
stamp="$dest/.pyxis-stdlib"
pin="pyodide@$PYODIDE_VERSION $PYODIDE_INTEGRITY"

# Fast path: already installed from this very pin.
if [[ -f "$stamp" && "$(cat "$stamp")" == "$pin" ]]; then
    exit 0
fi

cache="${XDG_CACHE_HOME:-$HOME/.cache}/pyxis"
tarball="$cache/pyodide-$PYODIDE_VERSION.tgz"
mkdir -p "$cache"

# Serialise concurrent runs (several build directories may install at once).
exec 9>"$cache/.lock"
flock 9

cleanup=()
trap 'rm -rf "${cleanup[@]}"' EXIT

integrity_of() { echo "sha512-$(openssl dgst -sha512 -binary "$1" | base64 -w0)"; }

if [[ ! -f "$tarball" || "$(integrity_of "$tarball")" != "$PYODIDE_INTEGRITY" ]]; then
    command -v npm >/dev/null || die "npm is required (scripts/setup.sh installs it)"
    echo "install_stdlib: fetching pyodide@$PYODIDE_VERSION with npm pack" >&2
    download="$(mktemp -d "$cache/.download.XXXXXX")"
    cleanup+=("$download")
    (cd "$download" && npm pack "pyodide@$PYODIDE_VERSION" --silent >/dev/null) ||
        die "npm pack pyodide@$PYODIDE_VERSION failed"
    got="$(integrity_of "$download/pyodide-$PYODIDE_VERSION.tgz")"
    [[ "$got" == "$PYODIDE_INTEGRITY" ]] ||
        die "integrity mismatch for pyodide-$PYODIDE_VERSION.tgz: got $got, want $PYODIDE_INTEGRITY"
    mv "$download/pyodide-$PYODIDE_VERSION.tgz" "$tarball"
fi

# Unpack next to DEST, then swap it in, so DEST is never half-installed.
mkdir -p "$(dirname "$dest")"
staging="$(mktemp -d "$dest.staging.XXXXXX")"
cleanup+=("$staging")
tar -xzf "$tarball" -C "$staging" package/python_stdlib.zip
unzip -q "$staging/package/python_stdlib.zip" -d "$staging/lib"
for entry in "${DROPPED_ENTRIES[@]}"; do
    rm -rf "${staging:?}/lib/$entry"
done
mkdir -p "$staging/lib/site-packages"
echo "$pin" >"$staging/lib/.pyxis-stdlib"
rm -rf "$dest"
mv "$staging/lib" "$dest"
echo "install_stdlib: installed $(find "$dest" -name '*.py' | wc -l) .py files into $dest" >&2
