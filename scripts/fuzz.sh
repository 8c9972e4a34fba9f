#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for SECONDS (default 60), one after the
# other, on a working corpus seeded from tests/fuzz/corpus/<target>. Prints, per target, the executions and
# the coverage libFuzzer reached. A crash leaves its input in build-fuzz/findings/<target>/: copy it to
# tests/fuzz/regressions/<target>/ with the fix, and the test suite replays it from then on.
#   usage: bash scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
seconds="${1:-60}"
shift || true
build=build-fuzz
bash scripts/install-deps.sh build fuzz
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
    -DKORPU_FUZZ=ON -DKORPU_BUILD_EDITOR=OFF -DKORPU_BUILD_TESTS=ON >/dev/null
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(sed -n 's/^set(KORPU_FUZZ_TARGETS \(.*\))$/\1/p' tests/fuzz/CMakeLists.txt | tr ' ' '\n')
fi
cmake --build "$build" -j"$(nproc)" --target "${targets[@]/#/fuzz_}"
status=0
for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    findings="$build/findings/$target"
    mkdir -p "$corpus" "$findings"
    cp -n tests/fuzz/corpus/"$target"/* "$corpus"/ 2>/dev/null || true
    log="$build/fuzz-$target.log"
    if ASAN_OPTIONS=detect_leaks=1 "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=25 \
        -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="$findings/" -print_final_stats=1 "$corpus" >"$log" 2>&1; then
        result=ok
    else
        result="FINDING (see $log and $findings)"
        status=1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
    printf '%-16s %6ss  %10s runs  %-12s corpus %4s files  %s\n' "$target" "$seconds" "${runs:-?}" "${cov:-cov: ?}" \
        "$(ls "$corpus" | wc -l)" "$result"
done
exit $status
