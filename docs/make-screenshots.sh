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
# The editor's remembered layout and recent files stay out of the user's settings.
export HOME="$scratch/home"
mkdir -p "$HOME"

shoot() {  # shoot OUTPUT.png ARGS...: one run of the editor under a fresh Xvfb
    local output="$1"
    shift
    NO_AT_BRIDGE=1 timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$editor" "$@" --screenshot "$root/docs/$output"
    echo "wrote docs/$output"
}

"$korpu" align samples/az-en/milli-meclis-komissiya.az.txt samples/az-en/milli-meclis-komissiya.en.txt \
    --src-lang az --tgt-lang en --workspace "$scratch/sample.korpu" >/dev/null
# The first bead that needs review (a low-confidence one): the window shows the bead before it, so that
# the review bead's amber row is seen below the selected one, and its red mark on the map.
review_bead="$("$korpu" info "$scratch/sample.korpu" --beads | awk -F'\t' '$3 == "review" && !found {print $1; found = 1}')"
before=$(( ${review_bead:-2} > 1 ? ${review_bead:-2} - 1 : 1 ))
shoot editor-sample.png "$scratch/sample.korpu" --bead "$before"
shoot editor-map.png "$scratch/sample.korpu" --bead 3 --capture map
