"""Azerbaijani morphology for the affix file: vowel harmony, buffer consonants, consonant changes, and the
suffix chains of nouns and verbs, written from the grammar (Azerbaijani Latin orthography of 1991/2013).

Suffixes are written with archiphonemes, rendered against what they follow:
  A  two-way harmony:  a after a back vowel (a ı o u), ə after a front one (e ə i ö ü)
  I  four-way harmony: ı after a ı, u after o u, i after e ə i, ü after ö ü
  Q  q after a back vowel, k after a front one ("-dıq" / "-dik", "-acaq" / "-əcək")
  (y) (n) (s) buffer consonants, written only after a vowel; (I) a vowel written only after a consonant
A final q or k of what comes before becomes ğ or y when a vowel follows (uşaq -> uşağı, çörək -> çörəyi,
gələcək -> gələcəyəm).
"""

VOWELS = "aıoueəiöü"
BACK = "aıou"


def last_vowel(text):
    for c in reversed(text):
        if c in VOWELS:
            return c
    return None


def harmony4(vowel):
    return {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "ə": "i", "i": "i", "ö": "ü", "ü": "ü"}[vowel]


def harmony2(vowel):
    return "a" if vowel in BACK else "ə"


def soften(text):
    """The final consonant before a vowel-initial suffix: q -> ğ, k -> y."""
    if text.endswith("q"):
        return text[:-1] + "ğ"
    if text.endswith("k"):
        return text[:-1] + "y"
    return text


def parse(morpheme):
    """'(n)In' -> [('n', True), ('I', False), ('n', False)]: letters, buffer letters marked True."""
    out = []
    i = 0
    while i < len(morpheme):
        if morpheme[i] == "(":
            j = morpheme.index(")", i)
            out.extend((c, True) for c in morpheme[i + 1 : j])
            i = j + 1
        else:
            out.append((morpheme[i], False))
            i += 1
    return out


def attach(base, morpheme, soften_base=True):
    """Appends one morpheme to `base` (a stem or a stem plus suffixes) by the harmony and buffer rules."""
    ends_in_vowel = base[-1] in VOWELS
    vowel = last_vowel(base) or "a"
    added = ""
    for letter, optional in parse(morpheme):
        if optional:
            if letter == "I":
                if ends_in_vowel and not added:
                    continue
            elif not ends_in_vowel or added:
                continue
        if letter == "A":
            letter = harmony2(vowel)
        elif letter == "I":
            letter = harmony4(vowel)
        elif letter == "Q":
            letter = "q" if vowel in BACK else "k"
        if letter in VOWELS:
            vowel = letter
        added += letter
    if added and added[0] in VOWELS and soften_base:
        base = soften(base)
    return base + added


def chain(base, morphemes, stem_change="qk"):
    """`stem_change`: "qk" (nouns: uşaq -> uşağı), "td" (et -> edir), "" (no change at the stem)."""
    text = base
    for index, morpheme in enumerate(morphemes):
        if index == 0 and stem_change != "qk":
            following = attach(text, morpheme, soften_base=False)
            if stem_change == "td" and len(following) > len(text) and following[len(text)] in VOWELS:
                following = text[:-1] + "d" + following[len(text):]
            text = following
        else:
            text = attach(text, morpheme)
    return text


# Nouns: [plural] [possessive] [case], then the forms built on the locative with -kı.
PLURAL = ["", "lAr"]
POSSESSIVE = ["", "(I)m", "(I)n", "(s)I", "(I)mIz", "(I)nIz"]
CASES = ["", "(n)In", "(y)A", "(n)I", "dA", "dAn", "(y)lA", "cA", "dAkI", "dAkIlAr", "dAkInI", "dAkInIn",
         "dAkInA", "dAkIndA", "dAkIlArI", "dAkIlArIn", "dAkIlArA", "dAkIlArdA", "(y)dI", "(y)mIş", "(y)sA"]
# After a third-person possessive, cases take the buffer n: evi -> evinə, evində, evindən, evini, evinin.
CASES_AFTER_3RD = ["", "n", "nIn", "nA", "nI", "ndA", "ndAn", "(y)lA", "ncA", "ndAkI", "ndAkIlAr",
                   "ndAkInI", "ndAkInA", "ndAkIndA", "(y)dI", "(y)mIş", "(y)sA"]


def noun_suffix_chains():
    chains = []
    for plural in PLURAL:
        for possessive in POSSESSIVE:
            third = possessive == "(s)I"
            if plural and third:
                # "-ları": plural third person, also "their"; the plural with -(s)I reads -lArI
                pass
            for case in CASES_AFTER_3RD if third else CASES:
                morphemes = [m for m in (plural, possessive, case) if m]
                if morphemes:
                    chains.append(morphemes)
    return chains


# What follows a noun form or a participle as a predicate ("kitabdır", "müəllimdir", "evdədir", "hazırıq").
PREDICATE = ["dIr", "dIrlAr", "(y)Am", "sAn", "(y)IQ", "sInIz", "mI", "(y)dI", "(y)dIm", "(y)dIn", "(y)dIQ",
             "(y)dInIz", "(y)dIlAr", "(y)mIş", "(y)sA", "dIrmI", "(y)kAn"]

# Verbs: each chain follows the stem; "N" marks a chain whose result is a noun-like form (participle,
# verbal noun) that takes the predicate endings too.
PERSON_AFTER_CONSONANT = ["", "(y)Am", "sAn", "(y)IQ", "sInIz", "lAr", "dIr", "dIrlAr", "sA", "mI", "(y)dI",
                          "(y)dIm", "(y)dIn", "(y)dIQ", "(y)dInIz", "(y)dIlAr", "(y)mIş", "(y)sAm", "(y)sAn"]
PAST_PERSON = ["", "m", "n", "Q", "nIz", "lAr", "mI", "sA"]
NOUN_CASES = ["", "(n)In", "(y)A", "(n)I", "dA", "dAn", "(y)lA", "lAr", "lArI", "lArIn", "lArA", "lArI",
              "lArdA", "lArdAn", "lArInI", "lArInA", "lArInIn", "lArIndA", "lArIndAn"]
POSSESSED = ["(I)m", "(I)n", "(s)I", "(I)mIz", "(I)nIz", "(s)InI", "(s)InA", "(s)InIn", "(s)IndA", "(s)IndAn",
             "(s)IylA", "(I)mIzI", "(I)mIzA", "(I)mIzIn", "(I)nIzI", "lArI", "lArInI", "lArInA", "lArInIn",
             "lArIndA", "lArIndAn", "(I)mA", "(I)mI", "(I)mIn", "(I)mdAn", "(I)ndA", "(I)nA"]


def verb_suffix_chains():
    chains = []  # (morphemes, nominal)

    def add(morphemes, nominal=False):
        chains.append(([m for m in morphemes if m], nominal))

    for negative in ("", "mA"):
        neg = [negative] if negative else []
        # present: gəlir, gəlmir
        for person in PERSON_AFTER_CONSONANT:
            add(neg + (["r"] if negative else ["(y)Ir"]) + [person])
        # past: gəldi, gəlmədi
        for person in PAST_PERSON:
            add(neg + ["dI", person])
        # evidential: gəlmiş, gəlməmiş
        for person in PERSON_AFTER_CONSONANT:
            add(neg + ["mIş", person])
        # perfect converb: gəlib, gəlməyib
        for person in ["", "dIr", "(y)Am", "sAn", "(y)IQ", "sInIz", "lAr", "lArdIr"]:
            add(neg + ["(y)Ib", person])
        # future: gələcək, gəlməyəcək
        for person in PERSON_AFTER_CONSONANT:
            add(neg + ["(y)AcAQ", person])
        # necessity: gəlməli, gəlməməli
        for person in ["", "dIr", "(y)Am", "sAn", "(y)IQ", "sInIz", "dIrlAr", "(y)dI", "(y)dIm", "(y)dIQ",
                       "(y)dIlAr", "(y)dIr", "y(I)dI"]:
            add(neg + ["mAlI", person])
        # conditional and imperative: gəlsə, gəlsin, gəlin
        for person in PAST_PERSON:
            add(neg + ["sA", person])
        for ending in ["sIn", "sInlAr", "(y)In", "(y)InIz", "(y)Im", "(y)AQ", "(y)Am", "(y)AsAn",
                       "(y)AsInIz", "(y)AlIm"]:
            add(neg + [ending])
        # converbs: gələrək, gələndə, gəlincə, gəlmədən, gəldikdə
        for converb in ["(y)ArAQ", "(y)AndA", "(y)IncA", "dIQdA", "dIQcA", "dAn", "(y)AnA", "(y)AndAn"]:
            add(neg + [converb])
        # participles and verbal nouns, then noun endings: gələn, gələnlər, gəldiyi, gəlməsi, gəlmək
        for participle in ["(y)An", "(y)AcAQ", "dIQ", "mIş"]:
            for ending in NOUN_CASES + POSSESSED:
                add(neg + [participle, ending], nominal=True)
        for ending in NOUN_CASES + POSSESSED:
            add(neg + ["mA", ending], nominal=True) if negative == "" else None
        add(neg + ["mA"], nominal=True)
        for ending in ["", "dA", "dAn", "lA", "dIr", "(y)A", "lA", "cA"]:
            add(neg + ["mAQ", ending], nominal=True)
    # aorist: gələr, gəlməz, gəlmərəm
    for person in PERSON_AFTER_CONSONANT:
        add(["(y)Ar", person])
    for person in ["", "sAn", "(y)IQ", "sInIz", "lAr", "dI", "dIlAr", "mI", "sA"]:
        add(["mAz", person])
    add(["mArAm"])
    add(["mArIq"])
    return chains


def paradigm(stem, chains, stem_change="qk"):
    """The forms a stem takes with `chains` (lists of morphemes)."""
    return [chain(stem, morphemes, stem_change) for morphemes in chains]
