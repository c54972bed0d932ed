#!/usr/bin/env bash
# Installs dependencies, builds everything (CI preset) and runs every test with CTest.
# Usage: scripts/test.sh [extra ctest args]
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
export QT_QPA_PLATFORM=offscreen
ctest --preset ci -j2 "$@"
