#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors, and runs all tests (the GUI
# tests under Xvfb through ctest); then builds everything again with AddressSanitizer and
# UndefinedBehaviorSanitizer and runs all tests once more, where any sanitizer report fails its test.
# Tests that need ../shared skip with a message when they are absent.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/install-deps.sh build run test
cmake -S . -B build-ci -DCMAKE_BUILD_TYPE=Release -DKORPU_WERROR=ON >/dev/null
cmake --build build-ci -j"$(nproc)"
cd build-ci
ctest --output-on-failure -j"$(nproc)"

cd "$root"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKORPU_WERROR=ON -DKORPU_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$(nproc)"
cd build-asan
# The crash harness (SIGKILL) and the import memory bound (resident memory, which the sanitizers inflate)
# have run above. GTK, D-Bus and fontconfig keep allocations for the process's life: tests/sanitizer/lsan.supp.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS="suppressions=$root/tests/sanitizer/lsan.supp:print_suppressions=0" \
    ctest --output-on-failure -j"$(nproc)" -E '^(crash_harness|tmx_import_memory_bound)$'
