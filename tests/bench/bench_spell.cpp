// Spelling: synthetic typos flagged, the intended word among the first 3 suggestions, and checking speed,
// for one language's dictionary and optionally a baseline dictionary measured in the same run. By hand:
//   build/tests/bench_spell TEXT LANG AFF DIC [BASELINE_AFF BASELINE_DIC] [TYPOS] [RUNS]
// TEXT is UTF-8 running text (the FLORES devtest file of the language: see tests/bench/spell_bench.sh).
// DIC may list supplements after the main .dic, comma-separated ("en_US.dic,en_US.supplement.dic").
// Typos: TYPOS (default 1000) single edits of distinct lowercase words of 4 letters or more that the
// dictionary accepts, each an insertion, deletion, substitution or swap of neighbours, and for
// Azerbaijani also a dropped diacritic (ə->e, ş->s, ı->i, ç->c, ğ->g, ö->o, ü->u). A typo that is itself a
// word of TEXT is not counted (no dictionary can flag a real word); the rate with them is printed too.
// Speed: the whole text checked RUNS (default 5) times without suggestions, median words per second.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "tm/core/language.hpp"
#include "tm/spell/spell_checker.hpp"
#include "tm/spell/spell_dictionary.hpp"
#include "tm/spell/word_tokenizer.hpp"

namespace {

// Fixed so that every run draws the same typos.
constexpr unsigned kSeed = 20261206;

std::u32string to_u32(const std::string& s) {
    const auto u = icu::UnicodeString::fromUTF8(s);
    std::u32string out;
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) out.push_back(static_cast<char32_t>(u.char32At(i)));
    return out;
}

std::string to_utf8(const std::u32string& s) {
    icu::UnicodeString u;
    for (char32_t c : s) u.append(static_cast<UChar32>(c));
    std::string out;
    u.toUTF8String(out);
    return out;
}

std::u32string alphabet(const korpu::Language& language) {
    if (language.primary() == "az") return U"abcçdeəfgğhxıijkqlmnoöprsştuüvyz";
    if (language.primary() == "ru") return U"абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    return U"abcdefghijklmnopqrstuvwxyz";
}

std::string make_typo(const std::u32string& word, const korpu::Language& language, std::mt19937& random) {
    const std::u32string letters = alphabet(language);
    const std::u32string plain = U"eesicgou";
    const std::u32string accented = U"əəşıçğöü";
    std::vector<std::size_t> diacritics;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (accented.find(word[i]) != std::u32string::npos) diacritics.push_back(i);
    const int kinds = language.primary() == "az" && !diacritics.empty() ? 5 : 4;
    std::u32string typo = word;
    auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
    switch (pick(static_cast<std::size_t>(kinds))) {
        case 0:
            typo.insert(typo.begin() + static_cast<long>(pick(typo.size() + 1)), letters[pick(letters.size())]);
            break;
        case 1: typo.erase(typo.begin() + static_cast<long>(pick(typo.size()))); break;
        case 2: typo[pick(typo.size())] = letters[pick(letters.size())]; break;
        case 3: {
            const std::size_t i = pick(typo.size() - 1);
            std::swap(typo[i], typo[i + 1]);
            break;
        }
        default: {
            const std::size_t i = diacritics[pick(diacritics.size())];
            typo[i] = plain[accented.find(typo[i])];
        }
    }
    return to_utf8(typo);
}

struct Figures {
    double flagged_nonword = 0;
    double flagged_all = 0;
    double top3 = 0;
    double words_per_second = 0;
};

Figures measure(const std::string& text, const korpu::Language& language, korpu::SpellChecker& checker,
                const std::vector<std::string>& intended, std::size_t typo_count, int runs) {
    korpu::WordTokenizer tokenizer(language);
    std::set<std::string> vocabulary;
    std::size_t word_count = 0;
    for (const auto& span : tokenizer.words(text)) {
        vocabulary.insert(text.substr(span.begin, span.end - span.begin));
        ++word_count;
    }
    std::mt19937 random(kSeed);
    std::size_t made = 0, nonword = 0, flagged = 0, flagged_nonword = 0, suggested = 0;
    for (std::size_t i = 0; made < typo_count && i < typo_count * 10; ++i) {
        const std::string& word = intended[i % intended.size()];
        const std::string typo = make_typo(to_u32(word), language, random);
        if (typo == word) continue;
        ++made;
        const bool is_flagged = !checker.accepts(typo);
        flagged += is_flagged;
        if (vocabulary.count(typo)) continue;
        ++nonword;
        flagged_nonword += is_flagged;
        if (is_flagged) {
            const auto suggestions = checker.suggest(typo, 3);
            suggested += std::find(suggestions.begin(), suggestions.end(), word) != suggestions.end();
        }
    }
    std::vector<double> rates;
    for (int run = 0; run < runs; ++run) {
        const auto start = std::chrono::steady_clock::now();
        const auto findings = checker.check(text, 0);
        const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
        rates.push_back(static_cast<double>(word_count) / seconds.count());
        if (findings.size() > word_count) std::abort();
    }
    std::sort(rates.begin(), rates.end());
    return {static_cast<double>(flagged_nonword) / static_cast<double>(nonword),
            static_cast<double>(flagged) / static_cast<double>(made),
            static_cast<double>(suggested) / static_cast<double>(nonword), rates[rates.size() / 2]};
}

korpu::SpellDictionary load(const std::string& aff, const std::string& dics) {
    std::vector<std::filesystem::path> files;
    for (std::size_t begin = 0; begin <= dics.size();) {
        const auto end = std::min(dics.find(',', begin), dics.size());
        files.emplace_back(dics.substr(begin, end - begin));
        begin = end + 1;
    }
    const std::vector<std::filesystem::path> supplements(files.begin() + 1, files.end());
    return korpu::SpellDictionary(aff, files.front(), supplements);
}

void print(const char* name, const Figures& f) {
    std::printf(
        "%-10s typos flagged %.1f %% (with real-word typos %.1f %%), intended word in top 3 %.1f %%, "
        "%.0f words/s\n",
        name, 100 * f.flagged_nonword, 100 * f.flagged_all, 100 * f.top3, f.words_per_second);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 5) {
        std::fprintf(stderr, "usage: bench_spell TEXT LANG AFF DIC [BASELINE_AFF BASELINE_DIC] [TYPOS] [RUNS]\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto language = korpu::Language::parse(argv[2]);
    const std::string fifth = argc >= 6 ? argv[5] : "";
    const bool has_baseline = argc >= 7 && fifth.size() > 4 && fifth.compare(fifth.size() - 4, 4, ".aff") == 0;
    const std::size_t typos =
        argc >= (has_baseline ? 8 : 6) ? std::strtoul(argv[has_baseline ? 7 : 5], nullptr, 10) : 1000;
    const int runs = argc >= (has_baseline ? 9 : 7) ? std::atoi(argv[has_baseline ? 8 : 6]) : 5;

    korpu::SpellChecker checker(language, load(argv[3], argv[4]));
    // The words typos are made from: distinct lowercase words of 4+ letters the dictionary accepts, in
    // text order (the seeded draw then picks among them).
    korpu::WordTokenizer tokenizer(language);
    std::vector<std::string> intended;
    std::set<std::string> seen;
    for (const auto& span : tokenizer.words(text)) {
        const std::string word = text.substr(span.begin, span.end - span.begin);
        const auto u = to_u32(word);
        if (u.size() < 4 || span.has_digits || !u_islower(static_cast<UChar32>(u[0])) || !seen.insert(word).second)
            continue;
        if (checker.accepts(word)) intended.push_back(word);
    }
    std::shuffle(intended.begin(), intended.end(), std::mt19937(kSeed));
    print("Körpü", measure(text, language, checker, intended, typos, runs));
    if (has_baseline) {
        korpu::SpellChecker baseline(language, load(argv[5], argv[6]));
        print("baseline", measure(text, language, baseline, intended, typos, runs));
    }
    return 0;
}
