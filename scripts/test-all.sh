#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors, and runs all tests (the GUI
# tests under Xvfb through ctest). Tests that need ../shared skip with a message when it is absent.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/install-deps.sh build run test
cmake -S . -B build-ci -DCMAKE_BUILD_TYPE=Release -DKORPU_WERROR=ON >/dev/null
cmake --build build-ci -j"$(nproc)"
cd build-ci
ctest --output-on-failure -j"$(nproc)"
