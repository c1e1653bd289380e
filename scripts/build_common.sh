# Shared by scripts/setup.sh and scripts/test.sh (sourced, not run): the one build directory
# and how it is configured, so both scripts agree and nothing is built twice.
# CI=true turns warnings into errors (-DPYXIS_WERROR=ON).

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="$repo_root/build"

desired_werror() { [[ "${CI:-}" == true ]] && echo ON || echo OFF; }

# Configures build/ (Release, Ninja, ccache when present) unless it already is, with the
# same -DPYXIS_WERROR. Later CMakeLists changes are picked up by the build itself.
ensure_configured() {
    local cache="$build_dir/CMakeCache.txt" werror
    werror="$(desired_werror)"
    if [[ -f "$build_dir/build.ninja" && -f "$cache" ]] &&
        grep -qx "PYXIS_WERROR:BOOL=$werror" "$cache" &&
        grep -qx "CMAKE_BUILD_TYPE:STRING=Release" "$cache"; then
        return 0
    fi
    echo "== configuring $build_dir (Release, PYXIS_WERROR=$werror)"
    cmake -S "$repo_root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DPYXIS_WERROR="$werror" >/dev/null
}

# Builds everything (pyxis, unit tests, the stdlib install); a no-op when up to date.
# Extra arguments go to the build tool (scripts/test.sh passes -k 0 to build all it can).
build_all() {
    ensure_configured
    cmake --build "$build_dir" -- "$@"
}
