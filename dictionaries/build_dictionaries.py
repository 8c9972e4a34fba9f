#!/usr/bin/env python3
"""Builds Körpü's spelling dictionaries into OUTPUT_DIR:

- az_AZ.aff/.dic: the team's affix file (az/make_aff.py) and word list (az/words/*.txt), plus the word
  forms of Debian's tesseract-ocr-aze (Apache-2.0), extracted with combine_tessdata -u and dawg2wordlist
  (package tesseract-ocr), cleaned of OCR junk and ASCII-stripped typos, and reduced to stem + flags where
  the affix rules produce the forms. Without those packages the dictionary holds the team's words only,
  and the script says so.
- en_US, en_GB, ru_RU: Debian's hunspell-en-us, hunspell-en-gb and hunspell-ru, copied with the team's
  supplements (en/*.txt, ru/*.txt: news names and words they lack) appended to the .dic.

Needs no network. usage: build_dictionaries.py OUTPUT_DIR [--tessdata FILE] [--hunspell-dir DIR]
"""
import argparse
import bisect
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "az"))

import make_aff  # noqa: E402

AZ_LETTERS = "abcçdeəfgğhxıijkqlmnoöprsştuüvyz"
AZ_SPECIAL = "çəğıöşü"
WORD = re.compile("^[" + AZ_LETTERS + AZ_LETTERS.upper().replace("I", "Iİ") + "]+$")
# Short words that the OCR list holds only as ASCII-stripped typos of a common word.
ASCII_TYPOS = {"cox", "ucun", "gore", "uzre", "butun", "coxlu", "hec", "sehv", "cunki", "artiq", "baki"}

# An unaccented form is taken for an ASCII-stripped typo when its accented twin has this many times its
# family of forms (measured on the tatoeba/UDHR texts, not on the FLORES benchmark).
ASCII_TYPO_FAMILY_RATIO = 2

# A lowercase form with no other forms of its own is taken for a name typed in lowercase when the
# capitalised name has at least this many forms ("istanbul" beside "İstanbul", "İstanbulda", ...).
MIN_NAME_FAMILY = 5

# A stem must show this many of its own forms in the OCR list before its paradigm is generated: one
# form alone is as likely a foreign word or a misread as an Azerbaijani stem.
MIN_NOUN_FORMS = 3
MIN_VERB_FORMS = 4


def fold(word):
    """The word as typed without Azerbaijani letters: ə->e, ş->s, ı->i, ç->c, ğ->g, ö->o, ü->u."""
    return word.translate(str.maketrans("əşıçğöüƏŞIÇĞÖÜİ", "esicgouESICGOUI"))


def az_lower(word):
    return word.replace("I", "ı").replace("İ", "i").lower()


def az_title(word):
    return ("İ" if word[0] == "i" else word[0].upper()) + word[1:]


def is_capitalised(word):
    return word[0].isupper() and not any(c.isupper() for c in word[1:])


def tesseract_words(tessdata):
    if not shutil.which("combine_tessdata") or not shutil.which("dawg2wordlist") or not os.path.exists(tessdata):
        print(f"build_dictionaries: {tessdata} or tesseract's tools are missing (Debian packages tesseract-ocr, "
              "tesseract-ocr-aze): the Azerbaijani dictionary holds the team's words only", file=sys.stderr)
        return []
    with tempfile.TemporaryDirectory() as work:
        shutil.copy(tessdata, os.path.join(work, "aze.traineddata"))
        prefix = os.path.join(work, "aze.")
        subprocess.run(["combine_tessdata", "-u", os.path.join(work, "aze.traineddata"), prefix],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = os.path.join(work, "words.txt")
        subprocess.run(["dawg2wordlist", prefix + "lstm-unicharset", prefix + "lstm-word-dawg", out],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(out, encoding="utf-8") as f:
            return [line.strip() for line in f if line.strip()]


def family_sizes(words):
    """For each word, how many listed words start with it: its inflected and derived forms."""
    ordered = sorted(words)
    return {w: bisect.bisect_left(ordered, w + "\U0010ffff") - i for i, w in enumerate(ordered)}


def clean(words):
    """Drops OCR junk (punctuation, letters outside the alphabet, all-capital and mixed-case forms), a
    capitalised form whose lowercase form is listed, and ASCII-stripped typos: a form without any
    Azerbaijani letter whose accented spelling is also listed with a larger family of forms
    ("azerbaycan" beside "azərbaycan", "azərbaycanlı", "azərbaycanın", ...). The family size decides
    because the OCR list has no frequencies, and junk such as "bırıncı" has no family."""
    kept = set()
    for w in words:
        w = unicodedata.normalize("NFC", w)
        if not WORD.match(w) or len(w) < 2 and not w.islower():
            continue
        if w.isupper() and len(w) > 1 or not (w.islower() or is_capitalised(w)):
            continue
        kept.add(w)
    family = family_sizes(az_lower(w) for w in kept)
    lowercase = family_sizes(w for w in kept if w.islower())
    capitalised = family_sizes(w for w in kept if not w.islower())
    accented = {}
    for w in kept:
        lower = az_lower(w)
        if any(c in AZ_SPECIAL for c in lower):
            accented[fold(lower)] = max(accented.get(fold(lower), 0), family[lower])
    result = set()
    for w in kept:
        lower = az_lower(w)
        if lower in ASCII_TYPOS:
            continue
        if not any(c in AZ_SPECIAL for c in lower) and accented.get(lower, 0) >= ASCII_TYPO_FAMILY_RATIO * family[lower]:
            continue
        if is_capitalised(w) and lower in kept:
            continue
        if w == lower and lowercase[w] <= 2 and capitalised.get(az_title(w), 0) >= MIN_NAME_FAMILY:
            continue  # "istanbul" alone beside "İstanbul", "İstanbulda", "İstanbulun": a name typed in lowercase
        result.add(w)
    return result


def team_words(folder):
    """(word, kind) from the team's lists: 'word' or 'word/noun', 'word/verb', 'word/name'."""
    entries = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.split("#", 1)[0].strip()
                if not line:
                    continue
                word, _, kind = line.partition("/")
                if kind not in ("", "noun", "verb", "name"):
                    sys.exit(f"{os.path.join(folder, name)}:{number}: unknown class '{kind}' (noun, verb, name)")
                for part in word.split():
                    entries.append((unicodedata.normalize("NFC", part), kind or "word"))
    return entries


def stem_class(flags, stem, kind):
    """The flag numbers for a stem as a noun or verb; None when it cannot take that paradigm."""
    features = make_aff.stem_features(stem)
    if features is None or len(stem) < 2:
        return None
    harmony, vowel_final = features
    last = stem[-1]
    if kind == "verb":
        ending = "vowel" if vowel_final else ("td" if stem.lower() in ("et", "get") else "consonant")
        return [flags.of("verb", harmony, ending)]
    ending = "vowel" if vowel_final else ("qk" if last in "qk" else "consonant")
    return [flags.of("noun", harmony, ending), flags.outer_for(stem)]


class Paradigms:
    """The forms each stem class produces, and the reverse: which (stem, class) a form may come from."""

    def __init__(self, flags):
        self.flags = flags
        self.by_suffix = {}
        self.entries = {}
        for (kind, harmony, ending), number in flags.numbers.items():
            if kind == "outer":
                continue
            self.entries[number] = [(strip, add) for strip, add, _ in make_aff.entries(flags, kind, harmony, ending)]
            for strip, add in self.entries[number]:
                self.by_suffix.setdefault(add, set()).add((kind, number, strip))

    def folded_index(self):
        """fold(suffix) -> {(class, fold(strip), suffix has an Azerbaijani letter)}."""
        index = {}
        for number, rows in self.entries.items():
            for strip, add in rows:
                index.setdefault(fold(add), set()).add((number, fold(strip), add if fold(add) != add else None))
        return index

    def forms(self, stem, number):
        """The forms the affix class `number` makes of `stem`, as Hunspell makes them."""
        return [stem[: len(stem) - len(strip)] + add for strip, add in self.entries[number] if stem.endswith(strip)]

    def analyses(self, word):
        for length in range(1, min(len(word) - 1, 16) + 1):
            for kind, number, strip in self.by_suffix.get(word[-length:], ()):
                yield word[:-length] + strip, kind, number


def induce_stems(words, paradigms, flags):
    """Stems whose paradigms the OCR list attests often enough, with their kind."""
    counts = {}
    for w in words:
        for stem, kind, number in paradigms.analyses(w):
            classes = stem_class(flags, stem, kind)
            if classes and classes[0] == number:
                counts.setdefault((stem, kind), set()).add(w)
    stems = {}
    for (stem, kind), forms in counts.items():
        if kind == "noun" and stem in words and len(forms) >= MIN_NOUN_FORMS - 1:
            stems.setdefault(stem, set()).add("noun")
        elif kind == "verb" and len(forms) >= MIN_VERB_FORMS:
            stems.setdefault(stem, set()).add("verb")
    return stems


def drop_ascii_twins(stems, words, paradigms, flags, protected):
    """Removes listed forms and stems that the affix rules reveal as ASCII-stripped typos: an unaccented
    form that a stem's paradigm spells with Azerbaijani letters in the suffix, when that spelling is listed
    with a larger family of forms ("olmus" and "olmusdur" for ol- + -muş(dur), "kitablarinda" for
    kitab + -larında; but "siyasi" stays beside the OCR's "siyası")."""
    stem_classes = set()
    for stem, kinds in stems.items():
        for kind in kinds:
            classes = stem_class(flags, stem, kind)
            if classes:
                stem_classes.add((az_lower(stem), classes[0]))
    index = paradigms.folded_index()
    family = family_sizes({az_lower(w) for w in words})

    def is_ascii_twin(word):
        lower = az_lower(word)
        if word in protected or any(c in AZ_SPECIAL for c in lower):
            return False
        return any(accented and (lower[:-length] + strip, number) in stem_classes
                   and family.get(lower[:-length] + accented, 0) >= ASCII_TYPO_FAMILY_RATIO * family.get(lower, 1)
                   for length in range(1, min(len(lower) - 1, 16) + 1)
                   for number, strip, accented in index.get(lower[-length:], ()))

    for stem in [s for s in stems if is_ascii_twin(s)]:
        del stems[stem]
        words.discard(stem)
    for w in [w for w in words if is_ascii_twin(w)]:
        words.discard(w)


def build_az(output, tessdata):
    flags = make_aff.Flags()
    with open(os.path.join(output, "az_AZ.aff"), "w", encoding="utf-8") as f:
        f.write(make_aff.affix_text())
    words = clean(tesseract_words(tessdata))
    paradigms = Paradigms(flags)
    stems = induce_stems(words, paradigms, flags)
    plain = set()
    team = team_words(os.path.join(HERE, "az", "words"))
    for word, kind in team:
        if kind in ("noun", "name"):
            stems.setdefault(word, set()).add("noun")
        elif kind == "verb":
            stems.setdefault(word, set()).add("verb")
        else:
            plain.add(word)
    drop_ascii_twins(stems, words, paradigms, flags, {w for w, _ in team})
    covered = set()
    entries = {}
    for stem, kinds in stems.items():
        numbers = set()
        for kind in kinds:
            classes = stem_class(flags, stem, kind)
            if classes:
                numbers.update(classes)
                covered.update(paradigms.forms(stem, classes[0]))
        entries[stem] = numbers
    for w in words | plain:
        if w not in covered and w not in entries:
            entries[w] = set()
    write_dic(os.path.join(output, "az_AZ.dic"), entries)
    print(f"build_dictionaries: az_AZ: {len(stems)} stems with affixes, {len(entries) - len(stems)} other words "
          f"(from {len(words)} cleaned OCR forms)")


def write_dic(path, entries):
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"{len(entries)}\n")
        for word in sorted(entries):
            numbers = entries[word]
            f.write(word + ("/" + ",".join(str(n) for n in sorted(numbers)) if numbers else "") + "\n")


def supplement(folder, possessive):
    """The team's words for a Debian dictionary; English names also get their possessive ('s)."""
    words = []
    if os.path.isdir(folder):
        for name in sorted(os.listdir(folder)):
            if name.endswith(".txt"):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    for line in f:
                        words += line.split("#", 1)[0].split()
    return words + ([w + "'s" for w in words] if possessive else [])


def build_debian(output, hunspell_dir, name, supplement_dir):
    aff = os.path.join(hunspell_dir, name + ".aff")
    dic = os.path.join(hunspell_dir, name + ".dic")
    if not (os.path.exists(aff) and os.path.exists(dic)):
        print(f"build_dictionaries: {dic} is missing (Debian's hunspell packages): {name} not built", file=sys.stderr)
        return
    shutil.copy(aff, os.path.join(output, name + ".aff"))
    with open(dic, encoding="utf-8-sig") as f:
        lines = f.read().splitlines()
    extra = supplement(supplement_dir, possessive=name.startswith("en"))
    with open(os.path.join(output, name + ".dic"), "w", encoding="utf-8") as f:
        f.write(f"{int(lines[0].split()[0]) + len(extra)}\n")
        f.write("\n".join(lines[1:] + extra) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--tessdata", default="/usr/share/tesseract-ocr/5/tessdata/aze.traineddata")
    parser.add_argument("--hunspell-dir", default="/usr/share/hunspell")
    args = parser.parse_args()
    os.makedirs(args.output, exist_ok=True)
    build_az(args.output, args.tessdata)
    for name, folder in (("en_US", "en"), ("en_GB", "en"), ("ru_RU", "ru")):
        build_debian(args.output, args.hunspell_dir, name, os.path.join(HERE, folder))


if __name__ == "__main__":
    main()
