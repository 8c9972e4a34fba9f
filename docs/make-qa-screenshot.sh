#!/usr/bin/env bash
# Renders the QA report of the bundled QA sample (samples/qa) with headless Chromium: docs/qa-report.png.
# Usage: bash docs/make-qa-screenshot.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-build}"
cd "$root"
korpu="$build/app/cli/korpu"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

"$korpu" init "$scratch/review.korpu" >/dev/null
"$korpu" glossary import "$scratch/review.korpu" samples/qa/glossary.csv >/dev/null
# Exit status 1: the sample has errors, which is the point.
"$korpu" qa "$scratch/review.korpu" --pairs samples/qa/review-pairs.az-en.tsv --src-lang az --tgt-lang en \
    --format html -o "$scratch/qa.html" || [ $? -eq 1 ]
# --no-sandbox: Chromium's sandbox refuses to run as root (CI containers); the page is our own file.
HOME="$scratch" chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1000 \
    --screenshot="$root/docs/qa-report.png" "file://$scratch/qa.html" 2>"$scratch/chromium.log" ||
    { cat "$scratch/chromium.log" >&2; exit 1; }
echo "wrote docs/qa-report.png"
