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

# The translation-memory panel with a fuzzy match: the memory holds bead 2's sentence with one word changed.
cp "$scratch/sample.korpu" "$scratch/memory.korpu"
bead2="$(sed -n 3p samples/az-en/milli-meclis-komissiya.az.txt | sed 's/^\(Milli[^.]*\.\).*/\1/')"
cat >"$scratch/memory.tmx" <<TMX
<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="make-screenshots" creationtoolversion="1" segtype="sentence"
 o-tmf="none" adminlang="en" srclang="az" datatype="plaintext"/><body>
<tu><tuv xml:lang="az"><seg>${bead2/sentyabrın/oktyabrın}</seg></tuv>
<tuv xml:lang="en"><seg>A working commission of the Milli Majlis Committee on Regional Affairs visited Khankendi and Khojavend district on 30 October.</seg></tuv></tu>
</body></tmx>
TMX
"$korpu" tm import "$scratch/memory.korpu" "$scratch/memory.tmx" --quiet >/dev/null
shoot editor-memory.png "$scratch/memory.korpu" --bead 2

# The QA panel: a translation that gets a number wrong (2.5 million becomes 3.5 million) and drops a sentence.
sed 's/2\.5 million/3.5 million/' samples/az-en/milli-meclis-komissiya.en.txt >"$scratch/qa.en.txt"
"$korpu" align samples/az-en/milli-meclis-komissiya.az.txt "$scratch/qa.en.txt" \
    --src-lang az --tgt-lang en --workspace "$scratch/qa.korpu" >/dev/null
shoot editor-qa.png "$scratch/qa.korpu" --run-qa

# The spelling menu on an Azerbaijani word: the sample's first sentence with "komissiyası" misspelt.
sed '1s/komissiyası/komisiyası/' samples/az-en/milli-meclis-komissiya.az.txt >"$scratch/typo.az.txt"
"$korpu" align "$scratch/typo.az.txt" samples/az-en/milli-meclis-komissiya.en.txt \
    --src-lang az --tgt-lang en --workspace "$scratch/typo.korpu" >/dev/null
shoot editor-spelling.png "$scratch/typo.korpu" --bead 1 --capture spelling
