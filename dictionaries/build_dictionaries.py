#!/usr/bin/env python3
"""Builds Körpü's spelling dictionaries into OUTPUT_DIR:

- az_AZ.aff/.dic: the team's affix file (az/make_aff.py) and word list (az/words/*.txt), plus the word
  forms of Debian's tesseract-ocr-aze (Apache-2.0), extracted with combine_tessdata -u and dawg2wordlist
  (package tesseract-ocr), cleaned of OCR junk and ASCII-stripped typos, and reduced to stem + flags where
  the affix rules produce the forms. Without those packages the dictionary holds the team's words only,
  and the script says so.
- en_US.supplement.dic, en_GB.supplement.dic, ru_RU.supplement.dic: words that Debian's hunspell-en-us,
  hunspell-en-gb and hunspell-ru (found where Debian puts them, not copied) do not accept, read with their
  affix files: the team's words (en/*.txt, ru/*.txt: news names, abbreviations), the words of Debian's
  larger SCOWL word lists (wamerican-huge, wbritish-huge) and their proper nouns of the largest size
  (wamerican-insane, wbritish-insane), and the word forms of Debian's tesseract-ocr-rus (Apache-2.0).

Needs no network. usage: build_dictionaries.py OUTPUT_DIR [--tessdata FILE] [--tessdata-rus FILE]
                                              [--hunspell-dir DIR] [--word-lists DIR]
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

# Debian's SCOWL word lists for the English supplements (packages wamerican-huge, wamerican-insane,
# wbritish-huge, wbritish-insane; SCOWL's licence, the same as hunspell-en-us's).
ENGLISH_LISTS = {"en_US": ("american-english-huge", "american-english-insane"),
                 "en_GB": ("british-english-huge", "british-english-insane")}
ENGLISH_PACKAGES = {"american-english-huge": "wamerican-huge", "american-english-insane": "wamerican-insane",
                    "british-english-huge": "wbritish-huge", "british-english-insane": "wbritish-insane"}

ENGLISH_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Proper nouns of SCOWL size 95 up to this length are left out when one edit turns them into a common
# word: "Teh", "Ive", "Ide" hide typos at the start of a sentence. Longer ones rarely do, and checking
# them all costs FLORES coverage (size 4: 98.5 % of tokens instead of 98.6 %).
MAX_CHECKED_NAME_LETTERS = 3

RUSSIAN_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
RUSSIAN_CAPITALISED = re.compile("^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*$")
RUSSIAN_LOWERCASE = re.compile("^[а-яё]+(?:-[а-яё]+)*$")


def fold(word):
    """The word as typed without Azerbaijani letters: ə->e, ş->s, ı->i, ç->c, ğ->g, ö->o, ü->u."""
    return word.translate(str.maketrans("əşıçğöüƏŞIÇĞÖÜİ", "esicgouESICGOUI"))


def az_lower(word):
    return word.replace("I", "ı").replace("İ", "i").lower()


def az_title(word):
    return ("İ" if word[0] == "i" else word[0].upper()) + word[1:]


def is_capitalised(word):
    return word[0].isupper() and not any(c.isupper() for c in word[1:])


def tesseract_word_list(tessdata, language):
    """The word list of a tesseract-ocr-LANG traineddata file (combine_tessdata -u, dawg2wordlist);
    empty, with a message, when the file or the tools are missing."""
    if not shutil.which("combine_tessdata") or not shutil.which("dawg2wordlist") or not os.path.exists(tessdata):
        print(f"build_dictionaries: {tessdata} or tesseract's tools are missing (Debian packages tesseract-ocr, "
              f"tesseract-ocr-{language}): its word forms are left out", file=sys.stderr)
        return []
    with tempfile.TemporaryDirectory() as work:
        traineddata = os.path.join(work, language + ".traineddata")
        shutil.copy(tessdata, traineddata)
        prefix = os.path.join(work, language + ".")
        subprocess.run(["combine_tessdata", "-u", traineddata, prefix],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = os.path.join(work, "words.txt")
        subprocess.run(["dawg2wordlist", prefix + "lstm-unicharset", prefix + "lstm-word-dawg", out],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(out, encoding="utf-8") as f:
            return [unicodedata.normalize("NFC", line.strip()) for line in f if line.strip()]


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
    words = clean(tesseract_word_list(tessdata, "aze"))
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


def team_supplement(folder, possessive):
    """The team's words for a Debian dictionary; English names also get their possessive ('s)."""
    words = []
    if os.path.isdir(folder):
        for name in sorted(os.listdir(folder)):
            if name.endswith(".txt"):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    for line in f:
                        words += line.split("#", 1)[0].split()
    return words + ([w + "'s" for w in words] if possessive else [])


def read_lines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return [line.strip() for line in f if line.strip() and "\ufffd" not in line]


def english_candidates(name, dict_dir, hunspell_dir):
    """Words of Debian's SCOWL word lists (wamerican-huge/-insane, wbritish-huge/-insane): all of size
    70 ("huge"), and the proper nouns of size 95 ("insane"). The lowercase words of size 95 are mostly
    rare and archaic forms one letter away from common words: with them the dictionary flagged 93 % of
    single-edit typos instead of 96 % (measured on the FLORES devtest in spell_bench.sh). Short rare names
    that are a typo of a common word away ("Teh" for "the") are left out too."""
    huge, insane = ENGLISH_LISTS[name]
    common = set()
    dic = os.path.join(hunspell_dir, name + ".dic")
    if os.path.exists(dic):
        with open(dic, encoding="utf-8", errors="replace") as f:
            common = {line.split("/", 1)[0].strip() for line in f if line[:1].islower()}
    words = []
    for list_name, proper_nouns_only in ((huge, False), (insane, True)):
        path = os.path.join(dict_dir, list_name)
        if not os.path.exists(path):
            print(f"build_dictionaries: {path} is missing (Debian packages {ENGLISH_PACKAGES[list_name]}): "
                  f"{name}'s supplement is smaller", file=sys.stderr)
            continue
        for w in read_lines(path):
            if not proper_nouns_only:
                words.append(w)
            elif w[0].isupper() and not (len(w) <= MAX_CHECKED_NAME_LETTERS and w[1:].islower()
                                         and one_edit_away(w.lower(), common, ENGLISH_LETTERS)):
                words.append(w)
    return words


def one_edit_away(word, known, alphabet):
    """Whether deleting, inserting, replacing or swapping one letter of `word` gives a word in `known`."""
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        if tail and head + tail[1:] in known:
            return True
        if len(tail) > 1 and head + tail[1] + tail[0] + tail[2:] in known:
            return True
        for letter in alphabet:
            if head + letter + tail in known or tail and letter != tail[0] and head + letter + tail[1:] in known:
                return True
    return False


def russian_candidates(tessdata, hunspell_base):
    """Word forms of Debian's tesseract-ocr-rus (Apache-2.0) that hunspell-ru lacks: every capitalised
    form (names of people and places, "Льгов", "Норвич"), and the lowercase forms that are no single edit
    away from a form hunspell-ru accepts: "скрининг", "шоппинг" stay, web misspellings such as "гараздо"
    and "хочю" go."""
    words = tesseract_word_list(tessdata, "rus")
    if not words:
        return []
    unknown = set(rejected_by(hunspell_base, words))
    known = set(words) - unknown
    result = []
    for w in sorted(unknown):
        if RUSSIAN_CAPITALISED.match(w):
            result.append(w)
        elif RUSSIAN_LOWERCASE.match(w) and not one_edit_away(w, known, RUSSIAN_LETTERS):
            result.append(w)
    return result


def rejected_by(hunspell_base, words):
    """The words Hunspell's command line rejects with the dictionary `hunspell_base` (all of them when
    the command is missing: the supplement then repeats some of the dictionary's words, harmlessly)."""
    if not shutil.which("hunspell"):
        return list(words)
    result = subprocess.run(["hunspell", "-d", hunspell_base, "-l", "-i", "utf-8"], input="\n".join(words),
                            capture_output=True, text=True, check=True)
    return result.stdout.split()


def affix_encoding(aff):
    with open(aff, "rb") as f:
        for line in f:
            if line.startswith(b"SET") and len(line.split()) > 1:
                return line.split()[1].decode("ascii")
    return "ISO8859-1"


def build_supplement(output, hunspell_dir, name, candidates, team):
    """Writes NAME.supplement.dic: the words of `candidates` and `team` that Debian's NAME dictionary
    does not accept, in its affix file's encoding. Hunspell reads it with that affix file (korpu's
    checker: Hunspell::add_dic; the command line: hunspell -d /usr/share/hunspell/NAME,OUTPUT/NAME.supplement)."""
    base = os.path.join(hunspell_dir, name)
    if not (os.path.exists(base + ".aff") and os.path.exists(base + ".dic")):
        print(f"build_dictionaries: {base}.dic is missing (Debian's hunspell packages): {name} has no supplement",
              file=sys.stderr)
        return
    for extension in (".aff", ".dic"):
        stale = os.path.join(output, name + extension)  # a copy an older set-up made, which would shadow Debian's
        if os.path.exists(stale):
            os.remove(stale)
    words = sorted(set(rejected_by(base, sorted(set(candidates)))) | set(team))
    encoding = affix_encoding(base + ".aff")
    encodable = []
    for w in words:
        try:
            w.encode(encoding)
            encodable.append(w)
        except (UnicodeEncodeError, LookupError):
            continue
    with open(os.path.join(output, name + ".supplement.dic"), "w", encoding=encoding, errors="strict") as f:
        f.write(f"{len(encodable)}\n")
        f.write("".join(w + "\n" for w in encodable))
    print(f"build_dictionaries: {name}.supplement: {len(encodable)} words")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--tessdata", default="/usr/share/tesseract-ocr/5/tessdata/aze.traineddata")
    parser.add_argument("--tessdata-rus", default="/usr/share/tesseract-ocr/5/tessdata/rus.traineddata")
    parser.add_argument("--hunspell-dir", default="/usr/share/hunspell")
    parser.add_argument("--word-lists", default="/usr/share/dict")
    args = parser.parse_args()
    os.makedirs(args.output, exist_ok=True)
    build_az(args.output, args.tessdata)
    for name in ("en_US", "en_GB"):
        build_supplement(args.output, args.hunspell_dir, name,
                         english_candidates(name, args.word_lists, args.hunspell_dir),
                         team_supplement(os.path.join(HERE, "en"), possessive=True))
    build_supplement(args.output, args.hunspell_dir, "ru_RU",
                     russian_candidates(args.tessdata_rus, os.path.join(args.hunspell_dir, "ru_RU")),
                     team_supplement(os.path.join(HERE, "ru"), possessive=False))


if __name__ == "__main__":
    main()
