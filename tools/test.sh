#!/usr/bin/env bash
# Runs every test: builds libeduind and runs CTest (CUnit suites, header and export checks,
# fuzz-seed replays, pytest for the Python module and the notebook, the eduind command
# end to end).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/tools/setup-deps.sh" "$@"
"$root/tools/build.sh"
build=${EDUIND_BUILD_DIR:-$root/build}
cd "$build"
ctest --output-on-failure -j"$(nproc)"
