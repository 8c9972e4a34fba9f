#!/usr/bin/env bash
# Takes the editor screenshots shown in the README, under Xvfb, from the bundled samples.
# Usage: bash docs/make-screenshots.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-build}"
cd "$root"
korpu="$build/app/cli/korpu"
editor="$build/app/editor/korpu-editor"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

"$korpu" align samples/az-en/milli-meclis-komissiya.az.txt samples/az-en/milli-meclis-komissiya.en.txt \
    --src-lang az --tgt-lang en --workspace "$scratch/sample.korpu" >/dev/null
NO_AT_BRIDGE=1 timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" \
    "$editor" "$scratch/sample.korpu" --screenshot "$root/docs/editor-sample.png"
echo "wrote docs/editor-sample.png"
