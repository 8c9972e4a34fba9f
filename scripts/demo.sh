#!/usr/bin/env bash
# The main job on a bundled sample: install what is missing, build, align the Azerbaijani-English sample
# into a workspace and open it in the editor (or, without a display, print it through `korpu`).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/install-deps.sh build run
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"

korpu=build/app/cli/korpu
workspace=build/sample.korpu
rm -f "$workspace" "$workspace-wal" "$workspace-shm"
"$korpu" init "$workspace"
"$korpu" align samples/az-en/milli-meclis-komissiya.az.txt samples/az-en/milli-meclis-komissiya.en.txt \
    --src-lang az --tgt-lang en --workspace "$workspace"
"$korpu" align samples/ru-en/vstrecha-v-baku.ru.txt samples/ru-en/vstrecha-v-baku.en.txt \
    --src-lang ru --tgt-lang en --workspace "$workspace"
"$korpu" export "$workspace" --format tmx -o build/sample.tmx

if [ -n "${DISPLAY:-}" ] && [ -z "${CI:-}" ]; then
    echo "Opening $workspace in the editor"
    exec build/app/editor/korpu-editor "$workspace"
fi
echo "No display: the aligned sample, bead by bead (number, type, status, source, target):"
"$korpu" info "$workspace" --beads
