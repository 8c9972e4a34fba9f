#!/usr/bin/env bash
# Installs the Debian packages of the given groups (build, run, test; see debian-packages.txt) that are
# missing. Needs root (or sudo) on Debian 12. Does nothing when everything is there.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
groups=("$@")
[ ${#groups[@]} -gt 0 ] || groups=(build run)

wanted=()
section=""
while IFS= read -r line; do
    line="${line%%#*}"
    line="$(echo "$line" | tr -d '[:space:]')"
    [ -n "$line" ] || continue
    if [[ "$line" == \[*\] ]]; then section="${line:1:-1}"; continue; fi
    for g in "${groups[@]}"; do [ "$g" = "$section" ] && wanted+=("$line"); done
done < "$here/debian-packages.txt"

missing=()
for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#wanted[@]} packages of [${groups[*]}] are installed"
    exit 0
fi
echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
