# Shared by scripts/setup.sh and scripts/test.sh (sourced, not run): the one build directory
# and how it is configured, so both scripts agree and nothing is built twice.
# CI=true turns warnings into errors (-DPYXIS_WERROR=ON).

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="$repo_root/build"

desired_werror() { [[ "${CI:-}" == true ]] && echo ON || echo OFF; }

# Configures build/ (Release, Ninja, ccache when present) unless it already is. With
# --enforce (scripts/setup.sh) an existing build/ is reconfigured if its build type or
# -DPYXIS_WERROR differs; scripts/test.sh keeps whatever setup chose, so it never causes a
# second full build. Later CMakeLists changes are picked up by the build itself.
ensure_configured() {
    local cache="$build_dir/CMakeCache.txt" werror
    werror="$(desired_werror)"
    if [[ -f "$build_dir/build.ninja" && -f "$cache" ]]; then
        [[ "${1:-}" == --enforce ]] || return 0
        if grep -qx "PYXIS_WERROR:BOOL=$werror" "$cache" &&
            grep -qx "CMAKE_BUILD_TYPE:STRING=Release" "$cache"; then
            return 0
        fi
    fi
    echo "== configuring $build_dir (Release, PYXIS_WERROR=$werror)"
    cmake -S "$repo_root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DPYXIS_WERROR="$werror" >/dev/null
}

# Builds everything configured (pyxis, unit tests, the stdlib install); a no-op when up to date.
# Extra arguments go to the build tool (scripts/test.sh passes -k 0 to build all it can).
build_all() {
    cmake --build "$build_dir" -- "$@"
}
