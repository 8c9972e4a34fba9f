#!/usr/bin/env bash
# Spelling figures for issue 6, by hand after building (korpu_dictionaries and bench_spell):
#   bash tests/bench/spell_bench.sh [SHARED]        (SHARED defaults to $KORPU_SHARED or ../shared)
# Coverage of the FLORES-200 devtest text with shared/eval/spell_coverage.py (Hunspell's command line on
# the built dictionary files), then typo flagging, top-3 suggestions and speed with bench_spell, for
# Azerbaijani against the mozillaz dictionary (shared/reference/dict-az, used as it is) and for English
# and Russian (Debian's dictionary with the set-up's supplement, as korpu loads them) against Debian's
# dictionaries alone.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
shared=${1:-${KORPU_SHARED:-$here/../shared}}
build=$here/build
flores=$shared/corpora/flores200-devtest
moz=$shared/reference/dict-az/mozillaz-spellchecker/az

coverage() { printf '%-28s ' "$1"; python3 "$shared/eval/spell_coverage.py" "$2" "$3"; }
coverage "az Körpü" "$build/dictionaries/az_AZ" "$flores/azj_Latn.devtest"
coverage "az mozillaz (baseline)" "$moz" "$flores/azj_Latn.devtest"
coverage "ru Körpü" "/usr/share/hunspell/ru_RU,$build/dictionaries/ru_RU.supplement" "$flores/rus_Cyrl.devtest"
coverage "ru Debian (baseline)" /usr/share/hunspell/ru_RU "$flores/rus_Cyrl.devtest"
coverage "en Körpü" "/usr/share/hunspell/en_US,$build/dictionaries/en_US.supplement" "$flores/eng_Latn.devtest"
coverage "en Debian (baseline)" /usr/share/hunspell/en_US "$flores/eng_Latn.devtest"

echo "az:"; "$build/tests/bench_spell" "$flores/azj_Latn.devtest" az "$build/dictionaries/az_AZ".{aff,dic} "$moz".{aff,dic}
echo "ru:"; "$build/tests/bench_spell" "$flores/rus_Cyrl.devtest" ru /usr/share/hunspell/ru_RU.aff /usr/share/hunspell/ru_RU.dic,"$build/dictionaries/ru_RU.supplement.dic" /usr/share/hunspell/ru_RU.{aff,dic}
echo "en:"; "$build/tests/bench_spell" "$flores/eng_Latn.devtest" en /usr/share/hunspell/en_US.aff /usr/share/hunspell/en_US.dic,"$build/dictionaries/en_US.supplement.dic" /usr/share/hunspell/en_US.{aff,dic}
