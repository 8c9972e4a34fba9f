#include "tm/glossary/inflection.hpp"

#include <algorithm>
#include <array>

#include "tm/glossary/word_stemmer.hpp"
#include "tm/text/utf32.hpp"

namespace korpu {
namespace {

// Shortest stem an ending may leave behind, in letters: shorter stems make unrelated words collide
// ("по" + "ля", "у" + "ха"). Three is what the Snowball Russian stemmer's RV region amounts to for
// most words; Azerbaijani roots are mostly two or more letters (su, od, iş are the shortest common ones).
constexpr std::size_t kMinRussianStem = 3;
constexpr std::size_t kMinAzerbaijaniStem = 2;
// Longest suffix chain removed from an Azerbaijani word: plural + possessive + case + copula/-ki.
constexpr int kMaxAzerbaijaniSuffixes = 4;

// Russian inflection endings of nouns, adjectives, participles and verbs (team-written from the
// standard declension and conjugation tables), longest first where one is the tail of another.
constexpr std::array<std::u32string_view, 64> kRussianEndings{
    U"иями", U"ями", U"ами", U"иях", U"ией", U"иям", U"ого", U"его", U"ому", U"ему", U"ыми", U"ими", U"ая",
    U"яя",   U"ое",  U"ее",  U"ые",  U"ие",  U"ый",  U"ий",  U"ой",  U"ей",  U"ую",  U"юю",  U"ых",  U"их",
    U"ым",   U"им",  U"ом",  U"ем",  U"ам",  U"ям",  U"ах",  U"ях",  U"ов",  U"ев",  U"ия",  U"ии",  U"ию",
    U"ие",   U"ье",  U"ья",  U"ьи",  U"ью",  U"ет",  U"ит",  U"ут",  U"ют",  U"ат",  U"ят",  U"ть",  U"ла",
    U"ли",   U"ло",  U"а",   U"я",   U"о",   U"е",   U"ы",   U"и",   U"у",   U"ю",   U"ь",   U"й"};

std::u32string fold_yo(std::u32string word) {
    std::replace(word.begin(), word.end(), U'ё', U'е');
    return word;
}

bool ends_with(std::u32string_view word, std::u32string_view tail) {
    return word.size() >= tail.size() && word.substr(word.size() - tail.size()) == tail;
}

void add_unique(std::vector<std::string>& keys, std::string key) {
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
}

std::vector<std::string> russian_lemma_keys(std::u32string_view lemma) {
    const auto word = fold_yo(std::u32string(lemma));
    std::vector<std::string> keys{to_utf8(word)};
    for (const auto ending : kRussianEndings) {
        if (ends_with(word, ending) && word.size() - ending.size() >= kMinRussianStem) {
            add_unique(keys, to_utf8(word.substr(0, word.size() - ending.size())));
            break;
        }
    }
    return keys;
}

std::vector<std::string> russian_form_keys(std::u32string_view form) {
    const auto word = fold_yo(std::u32string(form));
    std::vector<std::string> keys{to_utf8(word)};
    for (const auto ending : kRussianEndings) {
        if (ends_with(word, ending) && word.size() - ending.size() >= kMinRussianStem) {
            add_unique(keys, to_utf8(word.substr(0, word.size() - ending.size())));
        }
    }
    return keys;
}

// --- Azerbaijani ---------------------------------------------------------------------------------

bool is_az_vowel(char32_t c) { return std::u32string_view(U"aıoueəiöü").find(c) != std::u32string_view::npos; }

char32_t last_vowel(std::u32string_view stem) {
    for (auto it = stem.rbegin(); it != stem.rend(); ++it) {
        if (is_az_vowel(*it)) return *it;
    }
    return 0;
}

// The vowel a two-way (A: a/ə) or four-way (I: ı/i/u/ü) suffix takes after a stem whose last vowel is v.
char32_t two_way(char32_t v) { return std::u32string_view(U"aıou").find(v) != std::u32string_view::npos ? U'a' : U'ə'; }
char32_t four_way(char32_t v) {
    switch (v) {
        case U'a':
        case U'ı': return U'ı';
        case U'o':
        case U'u': return U'u';
        case U'ö':
        case U'ü': return U'ü';
        default: return U'i';
    }
}

enum class After { Any, Vowel, Consonant };

struct Suffix {
    std::u32string_view pattern;  // A and I stand for the harmonising vowels
    After after;
};

// Nominal suffixes (team-written from the standard Azerbaijani grammar tables).
// The derivational -lI ("having": prezidentli, and with -lIk "presidency": prezidentliyə) is left out: it
// makes another word, not a form of the term.
constexpr std::array<Suffix, 32> kAzerbaijaniSuffixes{{
    {U"lAr", After::Any},  // plural
    {U"ImIz", After::Consonant},
    {U"mIz", After::Vowel},  // our
    {U"InIz", After::Consonant},
    {U"nIz", After::Vowel},  // your
    {U"lArI", After::Any},   // their
    // "my" and "your" after a vowel (-m, -n) are left out: they make too many words false forms of shorter
    // ones (adam "man" would be ada "island" + m), and they are rare in the texts Körpü checks.
    {U"Im", After::Consonant},  // my
    {U"In", After::Consonant},  // your; genitive
    {U"sI", After::Vowel},
    {U"I", After::Consonant},  // his/her; accusative
    {U"nIn", After::Vowel},    // genitive
    {U"yA", After::Vowel},
    {U"A", After::Consonant},  // dative
    {U"nA", After::Vowel},     // dative after a possessive
    {U"nI", After::Vowel},
    {U"yI", After::Vowel},  // accusative
    {U"dA", After::Any},
    {U"tA", After::Consonant},
    {U"ndA", After::Vowel},  // locative
    {U"dAn", After::Any},
    {U"tAn", After::Consonant},
    {U"ndAn", After::Vowel},  // ablative
    {U"lA", After::Any},
    {U"ylA", After::Vowel},  // instrumental
    {U"dIr", After::Any},
    {U"tIr", After::Consonant},  // copula
    {U"kI", After::Any},         // -ki (Bakıdakı)
    {U"cA", After::Any},         // equative
    {U"dAkI", After::Any},       // locative + -ki
    {U"sIz", After::Any},        // without
    {U"IncI", After::Consonant},
    {U"ncI", After::Vowel},  // ordinal
}};

// The stem left when `suffix` ends `word` in the variant harmony requires, or nothing.
bool strip_suffix(std::u32string_view word, const Suffix& suffix, std::u32string& stem) {
    const auto n = suffix.pattern.size();
    if (word.size() < n + kMinAzerbaijaniStem) return false;
    const auto candidate = word.substr(0, word.size() - n);
    const char32_t vowel = last_vowel(candidate);
    if (vowel == 0) return false;
    const bool stem_ends_in_vowel = is_az_vowel(candidate.back());
    if (suffix.after == After::Vowel && !stem_ends_in_vowel) return false;
    if (suffix.after == After::Consonant && stem_ends_in_vowel) return false;
    const auto tail = word.substr(word.size() - n);
    for (std::size_t i = 0; i < n; ++i) {
        const char32_t p = suffix.pattern[i];
        const char32_t expected = p == U'A' ? two_way(vowel) : p == U'I' ? four_way(vowel) : p;
        if (tail[i] != expected) return false;
    }
    stem.assign(candidate);
    return true;
}

void azerbaijani_stems(const std::u32string& word, int depth, std::vector<std::string>& keys) {
    add_unique(keys, to_utf8(word));
    // q -> ğ and k -> y before a vowel-initial suffix (bayraq/bayrağı, çörək/çörəyi).
    if (word.back() == U'ğ') add_unique(keys, to_utf8(word.substr(0, word.size() - 1) + U"q"));
    if (word.back() == U'y' && word.size() > 2 && is_az_vowel(word[word.size() - 2])) {
        add_unique(keys, to_utf8(word.substr(0, word.size() - 1) + U"k"));
    }
    if (depth == kMaxAzerbaijaniSuffixes) return;
    std::u32string stem;
    for (const auto& suffix : kAzerbaijaniSuffixes) {
        if (strip_suffix(word, suffix, stem)) azerbaijani_stems(stem, depth + 1, keys);
    }
}

// --- English -------------------------------------------------------------------------------------

std::vector<std::string> english_form_keys(std::u32string word) {
    std::vector<std::string> keys{to_utf8(word)};
    for (const std::u32string_view possessive : {U"'s", U"’s", U"'", U"’"}) {
        if (ends_with(word, possessive)) {
            word.resize(word.size() - possessive.size());
            add_unique(keys, to_utf8(word));
            break;
        }
    }
    // Relational adjectives made from the noun: "presidential", "governmental", "national" stand for the
    // noun in a translation ("prezident aparatı" / "presidential staff").
    for (const std::u32string_view adjective : {U"ial", U"al"}) {
        if (ends_with(word, adjective) && word.size() >= adjective.size() + 4) {
            add_unique(keys, to_utf8(word.substr(0, word.size() - adjective.size())));
            break;
        }
    }
    if (word.size() > 3 && word.back() == U's' && !ends_with(word, U"ss")) {
        add_unique(keys, to_utf8(word.substr(0, word.size() - 1)));
        if (ends_with(word, U"es")) add_unique(keys, to_utf8(word.substr(0, word.size() - 2)));
        if (ends_with(word, U"ies")) add_unique(keys, to_utf8(word.substr(0, word.size() - 3) + U"y"));
    }
    return keys;
}

std::vector<std::string> rule_lemma_keys(std::u32string word, std::string_view primary_language) {
    if (primary_language == "ru") return russian_lemma_keys(word);
    return {to_utf8(word)};
}

std::vector<std::string> rule_form_keys(std::u32string word, std::string_view primary_language) {
    if (primary_language == "ru") return russian_form_keys(word);
    if (primary_language == "en") return english_form_keys(std::move(word));
    if (primary_language == "az") {
        std::vector<std::string> keys;
        azerbaijani_stems(word, 0, keys);
        return keys;
    }
    return {to_utf8(word)};
}

std::string fold_key(std::string_view word, std::string_view primary_language) {
    auto text = to_utf32(word);
    return to_utf8(primary_language == "ru" ? fold_yo(std::move(text)) : text);
}

// The word and the stemmer's dictionary forms of it, folded as the rules fold (ё as е); empty when the
// stemmer knows no form of the word.
std::vector<std::string> dictionary_keys(std::string_view lower_word, std::string_view primary_language,
                                         const WordStemmer* stemmer) {
    std::vector<std::string> keys;
    if (!stemmer) return keys;
    const auto stems = stemmer->stems(lower_word, primary_language);
    if (stems.empty()) return keys;
    keys.push_back(fold_key(lower_word, primary_language));
    for (const auto& stem : stems) add_unique(keys, fold_key(stem, primary_language));
    return keys;
}

}  // namespace

// A word of running text that the stemmer's dictionary knows is keyed by its dictionary forms alone: the
// dictionary tells the forms of "учение" from those of "учёный", which stripping endings would both reduce
// to "учен". The suffix rules key the words it does not know (names, new words) and languages without a
// stemmer. A term keeps both kinds of keys, so that it is found in either kind of word.
std::vector<std::string> lemma_keys(std::string_view lower_lemma, std::string_view primary_language,
                                    const WordStemmer* stemmer) {
    auto keys = rule_lemma_keys(to_utf32(lower_lemma), primary_language);
    for (auto& key : dictionary_keys(lower_lemma, primary_language, stemmer)) add_unique(keys, std::move(key));
    return keys;
}

std::vector<std::string> form_keys(std::string_view lower_word, std::string_view primary_language,
                                   const WordStemmer* stemmer) {
    if (lower_word.empty()) return {};
    auto keys = dictionary_keys(lower_word, primary_language, stemmer);
    if (keys.empty()) keys = rule_form_keys(to_utf32(lower_word), primary_language);
    if (stemmer) {
        for (const auto& part : stemmer->compound_parts(lower_word, primary_language)) add_unique(keys, part);
    }
    return keys;
}

}  // namespace korpu
