#!/usr/bin/env bash
# Sets up a Debian 12 machine for Pyxis and builds it: installs missing packages (apt),
# installs the pinned Python 3.12.7 stdlib into build/lib/python3.12, builds build/pyxis
# (Release, Ninja, ccache) and runs a demo. Idempotent; fast when nothing changed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/build_common.sh"
cd "$repo_root"

# Debian packages the build, the tests and later native modules need.
packages=(cmake ninja-build g++ clang ccache pkg-config libgtest-dev libgmock-dev libbenchmark-dev
          libgmp-dev libutf8proc-dev unicode-data zlib1g-dev libbz2-dev liblzma-dev libssl-dev
          libexpat1-dev libsqlite3-dev libffi-dev unzip)
# Tools that may come from elsewhere (NodeSource's nodejs bundles npm; python3 from pyenv):
# installed from Debian only when the command is missing.
declare -A package_for_command=([node]=nodejs [npm]=npm [python3]=python3 [flock]=util-linux
                                [openssl]=openssl)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
        missing+=("$package")
done
for command in "${!package_for_command[@]}"; do
    command -v "$command" >/dev/null || missing+=("${package_for_command[$command]}")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "== installing missing packages: ${missing[*]}"
    sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

echo "== stdlib: CPython 3.12.7 (pyodide@0.27.7) in build/lib/python3.12"
scripts/install_stdlib.sh "$build_dir/lib/python3.12"

echo "== building $build_dir"
ensure_configured --enforce
build_all

echo "== demo: build/pyxis --dump-ast scripts/demo.py"
cat scripts/demo.py
build/pyxis --dump-ast scripts/demo.py
echo "== setup done: run scripts/test.sh"
