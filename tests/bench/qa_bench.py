#!/usr/bin/env python3
"""QA benchmark: recall and precision of each `korpu qa` check on known errors injected into correctly
aligned pairs, the rate of findings on the clean pairs, and translate-toolkit's pofilter on the same pairs
for the checks both tools have.

The gold pairs are FLORES-200 devtest (Azerbaijani-English and Russian-English, 1012 professionally
translated sentences each), read from ../shared (or $KORPU_SHARED) by path and never copied. For every
check and language pair, up to --per-pair pairs on which the check finds nothing are picked at random
(fixed seed) and one error of the check's kind is injected into each; the whole set (all clean pairs plus
the injected ones) is then checked, so precision counts every finding of the check on a pair that holds no
injected error of its kind.

    python3 tests/bench/qa_bench.py --korpu build/app/cli/korpu [--shared ../shared] [--per-pair 30]

pofilter runs from Debian's python3-translate (/usr/bin/python3 -m translate.filters.pofilter) on a TMX
of the same pairs. Exit status 0 always (a benchmark, not a test); the table goes to standard output.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from xml.sax.saxutils import escape

# A glossary written for this benchmark, as a project's terminologist would: (source language, source
# term, approved translations, a forbidden variant, a wrong replacement used to remove the approved term).
# The approved translations are the senses a bilingual dictionary gives for the term (the accepted
# variants a team agrees on), written without looking at the FLORES translations; the forbidden variants
# are house-style or confusable words a project bans (US spelling "airplane" over "aeroplane", "militia"
# for the police, "islet" for an island). Azerbaijani "çay" is left out: it is both "river" and "tea", and
# a glossary does not enforce a homograph. Forbidden variants and replacements are never forms of an
# approved translation. The FLORES translators did not work from this glossary: where they chose another
# word (or left the term out), the check reports it, and the benchmark counts that as a false finding.
GLOSSARY = [
    ("az", "hökumət", ['government'], "governance", "authorities"),
    ("az", "prezident", ['president'], "chairman", "leader"),
    ("az", "ölkə", ['country', 'nation', 'state', 'land'], "realm", "region"),
    ("az", "şəhər", ['city', 'town'], "burgh", "settlement"),
    ("az", "universitet", ['university'], "varsity", "college"),
    ("az", "polis", ['police'], "militia", "guards"),
    ("az", "xəstəxana", ['hospital'], "infirmary", "clinic"),
    ("az", "ada", ['island', 'isle'], "islet", "atoll"),
    ("az", "komanda", ['team', 'squad', 'crew', 'side'], "outfit", "club"),
    ("az", "alim", ['scientist', 'scholar'], "boffin", "expert"),
    ("az", "təyyarə", ['aircraft', 'plane', 'airplane'], "aeroplane", "craft"),
    ("ru", "правительство", ['government'], "governance", "authorities"),
    ("ru", "президент", ['president'], "chairman", "leader"),
    ("ru", "страна", ['country', 'nation', 'state', 'land'], "realm", "region"),
    ("ru", "город", ['city', 'town'], "burgh", "settlement"),
    ("ru", "университет", ['university'], "varsity", "college"),
    ("ru", "полиция", ['police'], "militia", "guards"),
    ("ru", "больница", ['hospital'], "infirmary", "clinic"),
    ("ru", "остров", ['island', 'isle'], "islet", "atoll"),
    ("ru", "река", ['river'], "rivulet", "stream"),
    ("ru", "команда", ['team', 'squad', 'crew', 'side'], "outfit", "club"),
    ("ru", "учёный", ['scientist', 'scholar'], "boffin", "expert"),
    ("ru", "самолёт", ['aircraft', 'plane', 'airplane'], "aeroplane", "craft"),
]

# Checks of korpu and the pofilter tests that look for the same kind of error.
POFILTER = {
    "empty-target": ["untranslated", "blank"],
    "untranslated": ["unchanged"],
    "number-mismatch": ["numbers"],
    "unbalanced-brackets": ["brackets"],
    "unbalanced-quotes": ["doublequoting"],
    "end-punctuation": ["endpunc"],
    "whitespace": ["doublespacing", "startwhitespace", "endwhitespace", "puncspacing"],
    "repeated-word": ["doublewords"],
    "length-ratio": ["long", "short"],
}

# Russian -> Latin, BGN/PCGN 1947 (the bench's own, independent of korpu's ICU transliterator).
RU_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                     "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
AZ_LATIN = {"ə": "a", "ı": "i", "ö": "o", "ü": "u", "ş": "sh", "ç": "ch", "ğ": "gh", "c": "j", "x": "kh", "q": "g"}


def fold_name(word, lang):
    w = word.lower()
    if lang == "ru":
        w = "".join(RU_LATIN.get(c, c) for c in w)
    elif lang == "az":
        w = "".join(AZ_LATIN.get(c, c) for c in w)
    w = unicodedata.normalize("NFKD", w)
    w = "".join(c for c in w if c.isascii() and c.isalpha())
    for a, b in (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("x", "h"), ("gh", "g"), ("q", "g"), ("y", "i"), ("e", "a")):
        w = w.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", w)


WORD = re.compile(r"\w+", re.UNICODE)


def names_in(src, tgt, lang):
    """Target words that render a capitalised source word (fold keys equal, source ending allowed)."""
    keys = set()
    for m in WORD.finditer(src):
        w = m.group(0)
        if w[:1].isupper() and len(w) >= 4:
            k = fold_name(w, lang)
            keys.update({k, k[:-1], k[:-2], k[:-3]})
    out = []
    for i, m in enumerate(WORD.finditer(tgt)):
        w = m.group(0)
        if i == 0 or not w[:1].isupper() or len(w) < 5 or not w.isalpha() or not w.isascii():
            continue
        if fold_name(w, "en") in keys:
            out.append((m.start(), m.end(), w))
    return out


def respell(name, rng):
    """A spelling of `name` that a reader would take for the same name (Naryshkin -> Narishkin)."""
    options = []
    for a, b in (("y", "i"), ("i", "y"), ("kh", "h"), ("sh", "sch"), ("e", "a"), ("a", "e"), ("v", "ff")):
        pos = name.find(a, 1)
        if pos > 0:
            options.append(name[:pos] + b + name[pos + len(a):])
    for pos in range(2, len(name) - 1):
        if name[pos] in "lnmrst" and name[pos - 1] != name[pos]:
            options.append(name[:pos] + name[pos] + name[pos:])
            break
    options = [o for o in options if o != name and fold_name(o, "en") == fold_name(name, "en")]
    return rng.choice(options) if options else None


def words(text):
    return list(re.finditer(r"[^\W\d_]+", text))


CYRILLIC_LOOKALIKE = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х"}
LATIN_LOOKALIKE = {v: k for k, v in CYRILLIC_LOOKALIKE.items()}
STRIP = str.maketrans("əƏıİöÖüÜğĞçÇşŞ", "eEiIoOuUgGcCsS")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


AZ_ENDINGS = {"", "lar", "lər", "ın", "in", "un", "ün", "nın", "nin", "ı", "i", "u", "ü", "sı", "si", "a", "ə", "ya",
              "yə", "da", "də", "dan", "dən", "la", "lə", "ları", "ləri", "larının", "lərinin", "ının", "inin", "ına",
              "inə", "ında", "ində", "ını", "ini", "sının", "sinin", "sına", "sinə", "sında", "sində", "dakı", "dəki",
              "yla", "ylə", "nın", "nin", "sını", "sini", "lara", "lərə", "larda", "lərdə", "lardan", "lərdən",
              "nı", "ni", "na", "nə", "nda", "ndə", "ndan", "ndən", "dır", "dir"}
RU_ENDING = re.compile(r"[аяоеёыиуюйьмхв]{0,4}")


def is_form_of(word, term, lang):
    """The bench's own, deliberately plain test that `word` is an inflected form of `term`."""
    word, term = word.lower(), term.lower()
    if lang == "az":
        for stem in {term, term[:-1] + "ğ" if term.endswith("q") else term, term[:-1] + "y" if term.endswith("k") else term}:
            if word.startswith(stem) and word[len(stem):] in AZ_ENDINGS:
                return True
        return False
    stem = term[:-1] if term[-1] in "аяоеыийь" else term
    stem = stem[:-1] if stem.endswith(("и", "ы")) else stem
    return word.startswith(stem) and RU_ENDING.fullmatch(word[len(stem):]) is not None


def glossary_hits(src, tgt, lang):
    """Glossary rows whose source term is in the source and one of whose translations is in the target."""
    hits = []
    for row in GLOSSARY:
        if row[0] != lang:
            continue
        if any(is_form_of(w.group(0), row[1], lang) for w in words(src)) and any(re.search(
                r"\b" + re.escape(t) + r"(s|es|'s)?\b", tgt, re.IGNORECASE) for t in row[2]):
            hits.append(row)
    return hits


def plural(word):
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


def english_forms(word, replacement):
    """(form of word, the same form of replacement), longest forms first."""
    pairs = [(plural(word) + "'", plural(replacement) + "'"), (word + "'s", replacement + "'s"),
             (plural(word), plural(replacement)), (word, replacement)]
    return sorted(pairs, key=lambda p: -len(p[0]))


def inject(check, pairs, i, lang, rng):
    """The injected pair(s) for pair i, as (source, target) lists to append or replace; None if not applicable.
    Returns (mode, pairs): mode 'replace' puts the one pair in place of pair i, 'append' adds pairs at the end
    (the last one carries the error)."""
    src, tgt = pairs[i]
    ws = words(tgt)
    if check == "empty-target":
        return "replace", [(src, "")]
    if check == "untranslated":
        return "replace", [(src, src)] if len(words(src)) >= 2 else None
    if check == "number-mismatch":
        nums = list(re.finditer(r"\d+", tgt))
        if nums:
            m = rng.choice(nums)
            d = m.group(0)
            changed = d[:-1] + str((int(d[-1]) + rng.randint(1, 8)) % 10)
            return "replace", [(src, tgt[:m.start()] + changed + tgt[m.end():])]
        for k, month in enumerate(MONTHS):
            if month in tgt:
                return "replace", [(src, tgt.replace(month, MONTHS[(k + 1) % 12], 1))]
        return None
    if check == "glossary-term-missing" or check == "glossary-forbidden-term":
        hits = glossary_hits(src, tgt, lang)
        if not hits:
            return None
        row = rng.choice(hits)
        replacement = row[3] if check == "glossary-forbidden-term" else row[4]
        new = tgt
        for t in row[2]:
            # Every form of the approved word goes (plural, possessive), or the term would still be there.
            for form, replaced in english_forms(t, replacement):
                new = re.sub(r"\b" + re.escape(form.capitalize()) + r"\b", replaced.capitalize(), new)
                new = re.sub(r"\b" + re.escape(form) + r"\b", replaced, new, flags=re.IGNORECASE)
        return ("replace", [(src, new)]) if new != tgt else None
    if check == "name-spelling":
        names = names_in(src, tgt, lang)
        if not names:
            return None
        b, e, name = rng.choice(names)
        variant = respell(name, rng)
        if not variant:
            return None
        return "append", [(src, tgt), (src, tgt[:b] + variant + tgt[e:])]
    if check == "inconsistent-translation":
        if len(ws) < 4:
            return None
        k = rng.randrange(1, len(ws))
        return "append", [(src, tgt[:ws[k].start()] + tgt[ws[k].end():].lstrip())]
    if check == "inconsistent-source":
        sw = words(src)
        if len(sw) < 4:
            return None
        k = rng.randrange(1, len(sw))
        return "append", [(src[:sw[k].start()] + src[sw[k].end():].lstrip(), tgt)]
    if check == "memory-inconsistency":
        if len(ws) < 4:
            return None
        k = rng.randrange(1, len(ws))
        return "replace", [(src, tgt[:ws[k].start()] + tgt[ws[k].end():].lstrip())]
    if check == "length-ratio":
        other = pairs[(i + 1) % len(pairs)][1]
        return "replace", [(src, tgt + " " + other)]
    if check == "unbalanced-brackets":
        if len(ws) < 3:
            return None
        k = rng.randrange(1, len(ws))
        return "replace", [(src, tgt[:ws[k].start()] + "(" + tgt[ws[k].start():])]
    if check == "unbalanced-quotes":
        if len(ws) < 3 or '"' in tgt:
            return None
        k = rng.randrange(1, len(ws))
        return "replace", [(src, tgt[:ws[k].start()] + '"' + tgt[ws[k].start():])]
    if check == "end-punctuation":
        if not tgt.endswith("."):
            return None
        return "replace", [(src, tgt[:-1] + rng.choice(["", "?", "!", ","]))]
    if check == "whitespace":
        if len(ws) < 3:
            return None
        k = rng.randrange(1, len(ws))
        return "replace", [(src, tgt[:ws[k].start()] + " " + tgt[ws[k].start():])]
    if check == "repeated-word":
        cands = [w for w in ws[1:] if w.group(0).islower()]
        if not cands:
            return None
        w = rng.choice(cands)
        return "replace", [(src, tgt[:w.end()] + " " + w.group(0) + tgt[w.end():])]
    if check == "mixed-script":
        cands = [w for w in ws if any(c in CYRILLIC_LOOKALIKE for c in w.group(0)) and len(w.group(0)) >= 3]
        if not cands:
            return None
        w = rng.choice(cands)
        text = w.group(0)
        positions = [p for p, c in enumerate(text) if c in CYRILLIC_LOOKALIKE and p > 0] or \
            [p for p, c in enumerate(text) if c in CYRILLIC_LOOKALIKE]
        p = rng.choice(positions)
        mixed = text[:p] + CYRILLIC_LOOKALIKE[text[p]] + text[p + 1:]
        return "replace", [(src, tgt[:w.start()] + mixed + tgt[w.end():])]
    if check == "spelling":
        cands = [w for w in ws[1:] if w.group(0).islower() and len(w.group(0)) >= 6]
        if not cands:
            return None
        w = rng.choice(cands)
        text = w.group(0)
        p = rng.randrange(1, len(text) - 2)
        if text[p] == text[p + 1]:
            return None
        typo = text[:p] + text[p + 1] + text[p] + text[p + 2:]
        return "replace", [(src, tgt[:w.start()] + typo + tgt[w.end():])]
    if check == "stripped-letters":
        if lang != "az":
            return None
        stripped = src.translate(STRIP)
        return ("replace", [(stripped, tgt)]) if stripped != src else None
    return None


CHECKS = ["empty-target", "untranslated", "glossary-term-missing", "glossary-forbidden-term", "number-mismatch",
          "name-spelling", "inconsistent-translation", "inconsistent-source", "memory-inconsistency", "length-ratio",
          "unbalanced-brackets", "unbalanced-quotes", "end-punctuation", "whitespace", "repeated-word",
          "mixed-script", "stripped-letters", "spelling"]


ONE_PAIR_CHECKS = {"stripped-letters"}


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


class Korpu:
    def __init__(self, binary, work):
        self.binary = binary
        self.work = Path(work)
        self.count = 0

    def workspace(self, lang, tm_pairs=None):
        self.count += 1
        ws = self.work / f"w{self.count}.korpu"
        run([self.binary, "init", str(ws)]).check_returncode()
        glossary = self.work / "glossary.csv"
        with open(glossary, "w", encoding="utf-8") as f:
            f.write("source_lang,target_lang,source_term,target_term,forbidden\n")
            for row in GLOSSARY:
                for n, t in enumerate(row[2]):
                    f.write(f"{row[0]},en,{row[1]},{t},{row[3] if n == 0 else ''}\n")
        run([self.binary, "glossary", "import", str(ws), str(glossary)]).check_returncode()
        if tm_pairs:
            tmx = self.work / f"tm{self.count}.tmx"
            write_tmx(tmx, tm_pairs, lang)
            r = run([self.binary, "tm", "import", "-q", str(ws), str(tmx)])
            if r.returncode != 0:
                sys.exit("korpu tm import failed: " + r.stderr)
        return ws

    def qa(self, ws, pairs, lang, listing=None, label=""):
        tsv = self.work / f"pairs{self.count}.tsv"
        with open(tsv, "w", encoding="utf-8") as f:
            for s, t in pairs:
                f.write(s.replace("\t", " ") + "\t" + t.replace("\t", " ") + "\n")
        r = run([self.binary, "qa", str(ws), "--pairs", str(tsv), "--src-lang", lang, "--tgt-lang", "en",
                 "--format", "json"])
        if r.returncode not in (0, 1):
            sys.exit("korpu qa failed: " + r.stderr)
        flagged = defaultdict(set)  # check -> 0-based pair indices
        for f in json.loads(r.stdout)["findings"]:
            flagged[f["check"]].add(f["number"] - 1)
            if listing is not None:
                listing.append((label, f["check"], f["number"] - 1, f["span"][:60], f["message"][:100]))
        return flagged


def write_tmx(path, pairs, lang):
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="qa_bench" '
                'creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" '
                f'srclang="{lang}" datatype="plaintext"/><body>\n')
        for n, (s, t) in enumerate(pairs):
            f.write(f'<tu tuid="{n}"><tuv xml:lang="{lang}"><seg>{escape(s)}</seg></tuv>'
                    f'<tuv xml:lang="en"><seg>{escape(t)}</seg></tuv></tu>\n')
        f.write("</body></tmx>\n")


def pofilter(work, pairs, lang, tests):
    """tuid (0-based pair index) flagged per pofilter test."""
    tmx = Path(work) / "pofilter-in.tmx"
    out = Path(work) / "pofilter-out.tmx"
    write_tmx(tmx, pairs, lang)
    cmd = [POFILTER_CMD[0], *POFILTER_CMD[1:], "--progress=none", "--language=en", "-i", str(tmx), "-o", str(out)]
    for t in tests:
        cmd += ["-t", t]
    r = run(cmd)
    if r.returncode != 0:
        sys.exit("pofilter failed: " + r.stderr)
    flagged = defaultdict(set)
    text = out.read_text(encoding="utf-8") if out.exists() else ""
    for m in re.finditer(r'<tu tuid="(\d+)">(.*?)</tu>', text, re.S):
        for note in re.findall(r"<note>(\w+):", m.group(2)):
            flagged[note].add(int(m.group(1)))
    return flagged


POFILTER_CMD = None


def load_pairs(shared, lang):
    base = Path(shared) / "corpora" / "flores200-devtest"
    src_file = {"az": "azj_Latn.devtest", "ru": "rus_Cyrl.devtest"}[lang]
    src = (base / src_file).read_text(encoding="utf-8").splitlines()
    tgt = (base / "eng_Latn.devtest").read_text(encoding="utf-8").splitlines()
    return list(zip(src, tgt))


def main():
    global POFILTER_CMD
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--korpu", default="build/app/cli/korpu")
    parser.add_argument("--shared", default=os.environ.get("KORPU_SHARED", str(Path(__file__).resolve().parents[3] / "shared")))
    parser.add_argument("--per-pair", type=int, default=30, help="injected errors per check and language pair")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-pofilter", action="store_true")
    parser.add_argument("--show-clean", action="store_true", help="list every finding on the clean pairs")
    parser.add_argument("--show-missed", action="store_true",
                        help="list every injected error a check missed and every finding it made elsewhere")
    args = parser.parse_args()
    if not (Path(args.shared) / "corpora" / "flores200-devtest").is_dir():
        print(f"skipped: {args.shared}/corpora/flores200-devtest is absent (set KORPU_SHARED)")
        return 0
    POFILTER_CMD = ["/usr/bin/python3", "-m", "translate.filters.pofilter"]
    have_pofilter = not args.no_pofilter and run(POFILTER_CMD + ["--version"]).returncode == 0

    work = tempfile.mkdtemp(prefix="korpu-qa-bench-")
    korpu = Korpu(args.korpu, work)
    totals = {c: Counter() for c in CHECKS}
    pofilter_totals = {c: Counter() for c in POFILTER}
    clean_findings = Counter()
    clean_segments = 0
    clean_listing = []
    missed_listing = []
    for lang in ("az", "ru"):
        pairs = load_pairs(args.shared, lang)
        clean_segments += len(pairs)
        clean = korpu.qa(korpu.workspace(lang), pairs, lang, clean_listing, lang)
        for check, idx in clean.items():
            clean_findings[check] += len(idx)
        clean_pofilter = pofilter(work, pairs, lang, sorted({t for ts in POFILTER.values() for t in ts})) \
            if have_pofilter else {}
        for check in CHECKS:
            rng = random.Random(f"{args.seed}-{lang}-{check}")
            order = list(range(len(pairs)))
            rng.shuffle(order)
            pof_clean = set().union(*(clean_pofilter.get(t, set()) for t in POFILTER.get(check, [])))
            data = list(pairs)
            injected = set()
            tm_pairs = []
            # Checks that apply to one language pair only get both pairs' share.
            quota = args.per_pair * (2 if check in ONE_PAIR_CHECKS else 1)
            for i in order:
                if len(injected) >= quota:
                    break
                if i in clean.get(check, set()) or i in pof_clean:
                    continue  # already flagged by one of the tools: not a fair place for an injected error
                result = inject(check, pairs, i, lang, rng)
                if not result:
                    continue
                mode, new = result
                if mode == "replace":
                    data[i] = new[0]
                    injected.add(i)
                else:
                    data.extend(new[:-1])
                    data.append(new[-1])
                    injected.add(len(data) - 1)
                if check == "memory-inconsistency":
                    tm_pairs.append(pairs[i])
            if not injected:
                continue
            flagged = korpu.qa(korpu.workspace(lang, tm_pairs or None), data, lang).get(check, set())
            if args.show_missed:
                for i in sorted(injected - flagged):
                    missed_listing.append(f"missed {lang} {check} {i + 1}: {data[i][0][:90]} || {data[i][1][:160]}")
                for i in sorted(flagged - injected - clean.get(check, set())):
                    missed_listing.append(f"extra {lang} {check} {i + 1}: {data[i][0][:90]} || {data[i][1][:160]}")
            totals[check].update(injected=len(injected), tp=len(flagged & injected), fp=len(flagged - injected))
            if have_pofilter and check in POFILTER:
                pf = pofilter(work, data, lang, POFILTER[check])
                pf_flagged = set().union(*(pf.get(t, set()) for t in POFILTER[check]))
                pofilter_totals[check].update(tp=len(pf_flagged & injected), fp=len(pf_flagged - injected))

    def ratio(a, b):
        return a / b if b else float("nan")

    print(f"QA benchmark: FLORES-200 devtest az-en and ru-en, {clean_segments} clean pairs, "
          f"up to {args.per_pair} injected errors per check and language pair (seed {args.seed})\n")
    print(f"{'check':26} {'inj':>4} {'recall':>7} {'prec':>6}   {'pofilter':>8} {'recall':>7} {'prec':>6}   "
          f"{'clean/100':>9}  target")
    met_all = True
    for check in CHECKS:
        t = totals[check]
        recall = ratio(t["tp"], t["injected"])
        precision = ratio(t["tp"], t["tp"] + t["fp"])
        ok = t["injected"] >= 50 and recall >= 0.95 and precision >= 0.9
        met_all = met_all and ok
        line = f"{check:26} {t['injected']:4d} {recall:7.3f} {precision:6.3f}   "
        if check in POFILTER and have_pofilter:
            p = pofilter_totals[check]
            pr, pp = ratio(p["tp"], t["injected"]), ratio(p["tp"], p["tp"] + p["fp"])
            line += f"{'':8} {pr:7.3f} {pp:6.3f}   "
        else:
            line += f"{'-':>8} {'':7} {'':6}   "
        line += f"{100 * clean_findings[check] / clean_segments:9.2f}  {'met' if ok else 'MISSED'}"
        print(line)
    overall = 100 * sum(clean_findings.values()) / clean_segments
    print(f"\nfindings on clean pairs: {overall:.2f} per 100 segments (target < 1): "
          f"{'met' if overall < 1 else 'MISSED'}")
    for left_out in (["spelling"], ["spelling", "glossary-term-missing"]):
        rest = sum(n for c, n in clean_findings.items() if c not in left_out)
        print(f"  without {' and '.join(left_out)}: {100 * rest / clean_segments:.2f} per 100 segments")
    if args.show_clean:
        for lang, check, number, span, message in clean_listing:
            print(f"clean {lang} {number + 1} {check}: {span} | {message}")
    for line in missed_listing:
        print(line)
    print("per-check targets (>= 50 injected, recall >= 0.95, precision >= 0.9): " + ("all met" if met_all else "not all met"))
    print(f"work files: {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
