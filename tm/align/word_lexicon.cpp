#include "tm/align/word_lexicon.hpp"

#include <algorithm>
#include <unordered_map>

#include "tm/text/words.hpp"

namespace korpu {
namespace {

// A stem is the first five letters: long enough to tell most content words apart, short enough to
// cut the case endings of Russian and the suffixes of Azerbaijani. Words under four letters are
// mostly function words.
constexpr std::size_t kStemLetters = 5;
constexpr std::size_t kMinimumWordLetters = 4;
// A pair of stems must occur together in at least this many sentence pairs, with a Dice coefficient
// of at least this much, to count as a translation (hunalign's bootstrapping keeps pairs seen a few
// times over; chance co-occurrences in a few hundred pairs rarely reach 0.5).
constexpr std::size_t kMinimumCooccurrences = 2;
constexpr double kMinimumDice = 0.5;
// Stems in more than this share of the pairs are function words or the document's topic: they would
// anchor everything to everything (measured: letting them in costs 1-3 points of link F1).
constexpr double kMaximumStemShare = 0.1;

std::string first_letters(const std::string& lower, std::size_t letters) {
    std::size_t count = 0;
    std::size_t at = 0;
    while (at < lower.size() && count < letters) {
        ++at;
        while (at < lower.size() && (static_cast<unsigned char>(lower[at]) & 0xC0) == 0x80) ++at;
        ++count;
    }
    return lower.substr(0, at);
}

std::size_t letter_count(const std::string& text) {
    std::size_t count = 0;
    for (unsigned char c : text) count += (c & 0xC0) != 0x80;
    return count;
}

// The words of one side of the pairs to learn from, as numbered stems; words the lexicon already knows
// are left out (`known` caches the lookups), so that a word's evidence is not counted twice.
struct LearningSide {
    const WordLexicon& lexicon;
    const Language& language;
    LexiconSide side;
    std::unordered_map<std::string, std::uint32_t> ids;
    std::vector<std::string> names;
    std::unordered_map<std::string, bool> known;
};

std::vector<std::uint32_t> stem_ids(const std::string& text, LearningSide& learning) {
    std::vector<std::uint32_t> out;
    for (const auto& word : split_words(text)) {
        const auto stem = lexicon_stem(word.text, learning.language);
        if (stem.empty()) continue;
        auto [known, added_word] = learning.known.emplace(word.text, false);
        if (added_word)
            known->second = !learning.lexicon.entries_of(word.text, learning.language, learning.side).empty();
        if (known->second) continue;
        const auto [it, added] = learning.ids.emplace(stem, static_cast<std::uint32_t>(learning.ids.size()));
        if (added) learning.names.push_back(stem);
        out.push_back(it->second);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

const std::vector<std::uint32_t> kNoEntries;

// The lower-case word, Russian ё written е as most texts write it ("лёгкий", "легкого").
std::string folded_lower(const std::string& word, const Language& language) {
    auto lower = lower_case(word, language.primary());
    if (language.primary() != "ru") return lower;
    static const std::string kYo = "ё";
    static const std::string kYe = "е";
    for (auto at = lower.find(kYo); at != std::string::npos; at = lower.find(kYo, at))
        lower.replace(at, kYo.size(), kYe);
    return lower;
}

// A word-list key is at least this long: shorter words ("su", "il", "on") start too many others.
constexpr std::size_t kMinimumKeyLetters = 3;
// A text word finds a key shorter than kStemLetters only when it is at most this many letters longer:
// the inflectional endings of English and Russian take up to two or three letters ("год": "года",
// "годов", not "годовщина"); Azerbaijani stacks its suffixes (plural, possessive, case: "gün" ->
// "günlərində"), up to six letters.
std::size_t short_key_slack(std::size_t key_letters, const std::string& primary) {
    if (primary == "az") return 6;
    return key_letters <= 3 ? 2 : 3;
}

// Endings of dictionary forms that the other forms of the word do not keep, longest first.
std::string without_dictionary_ending(const std::string& lower, const std::string& primary) {
    static const std::vector<std::string> kRussianEndings = {"ться", "ть", "ти", "ый", "ий", "ой",
                                                             "ая",   "яя", "ое", "ее", "ые", "ие"};
    static const std::vector<std::string> kRussianFinals = {"а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "й", "ь"};
    // Azerbaijani infinitives, and a final q or k, which turns into ğ or y before a vowel ("balıq",
    // "balığı"; "çörək", "çörəyi").
    static const std::vector<std::string> kAzerbaijaniEndings = {"maq", "mək", "q", "k"};
    static const std::vector<std::string> kEnglishEndings = {"e", "y"};
    const std::vector<std::string>* lists[2] = {nullptr, nullptr};
    if (primary == "ru") {
        lists[0] = &kRussianEndings;
        lists[1] = &kRussianFinals;
    } else if (primary == "az") {
        lists[0] = &kAzerbaijaniEndings;
    } else if (primary == "en") {
        lists[0] = &kEnglishEndings;
    }
    for (const auto* endings : lists) {
        if (endings == nullptr) continue;
        for (const auto& ending : *endings) {
            if (lower.size() <= ending.size() ||
                lower.compare(lower.size() - ending.size(), ending.size(), ending) != 0)
                continue;
            std::string stripped = lower.substr(0, lower.size() - ending.size());
            if (letter_count(stripped) >= kMinimumKeyLetters) return stripped;
        }
    }
    return lower;
}

void file_under(std::unordered_map<std::string, std::vector<std::uint32_t>>& map, const std::string& key,
                std::uint32_t entry) {
    auto& entries = map[key];
    if (entries.empty() || entries.back() != entry) entries.push_back(entry);
}

}  // namespace

std::string word_list_key(const std::string& word, const Language& language) {
    const auto lower = folded_lower(word, language);
    if (letter_count(lower) < kMinimumKeyLetters) return {};
    return first_letters(without_dictionary_ending(lower, language.primary()), kStemLetters);
}

std::string lexicon_stem(const std::string& word, const Language& language) {
    if (letter_count(word) < kMinimumWordLetters) return {};
    return first_letters(folded_lower(word, language), kStemLetters);
}

void WordLexicon::add_stems(const std::string& source_stem, const std::string& target_stem) {
    if (source_stem.empty() || target_stem.empty()) return;
    if (!pairs_.insert(source_stem + '\t' + target_stem).second) return;
    by_source_[source_stem].push_back(entries_);
    by_target_[target_stem].push_back(entries_);
    ++entries_;
}

void WordLexicon::add_term(const TranslationPair& term, const Language& source_language,
                           const Language& target_language) {
    auto longest = [](const std::string& text) {
        std::string best;
        for (const auto& word : split_words(text))
            if (letter_count(word.text) > letter_count(best)) best = word.text;
        return best;
    };
    add_stems(lexicon_stem(longest(term.source), source_language), lexicon_stem(longest(term.target), target_language));
}

void WordLexicon::add_concept(const std::vector<std::string>& source_words,
                              const std::vector<std::string>& target_words, const Language& source_language,
                              const Language& target_language) {
    std::vector<std::string> source_keys;
    std::vector<std::string> target_keys;
    for (const auto& word : source_words)
        if (auto key = word_list_key(word, source_language); !key.empty()) source_keys.push_back(std::move(key));
    for (const auto& word : target_words)
        if (auto key = word_list_key(word, target_language); !key.empty()) target_keys.push_back(std::move(key));
    if (source_keys.empty() || target_keys.empty()) return;
    for (const auto& key : source_keys) file_under(concepts_by_source_, key, entries_);
    for (const auto& key : target_keys) file_under(concepts_by_target_, key, entries_);
    ++entries_;
}

std::vector<std::uint32_t> WordLexicon::entries_of(const std::string& word, const Language& language,
                                                   LexiconSide side) const {
    const bool source = side == LexiconSide::Source;
    std::vector<std::uint32_t> out;
    if (const auto stem = lexicon_stem(word, language); !stem.empty()) {
        const auto& entries = source ? source_entries(stem) : target_entries(stem);
        out = entries;
    }
    const auto& concepts = source ? concepts_by_source_ : concepts_by_target_;
    if (!concepts.empty()) {
        const auto lower = folded_lower(word, language);
        const std::size_t letters = letter_count(lower);
        for (std::size_t k = kMinimumKeyLetters; k <= kStemLetters && k <= letters; ++k) {
            if (k < kStemLetters && letters > k + short_key_slack(k, language.primary())) continue;
            const auto it = concepts.find(first_letters(lower, k));
            if (it != concepts.end()) out.insert(out.end(), it->second.begin(), it->second.end());
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

const std::vector<std::uint32_t>& WordLexicon::source_entries(const std::string& stem) const {
    const auto it = by_source_.find(stem);
    return it == by_source_.end() ? kNoEntries : it->second;
}

const std::vector<std::uint32_t>& WordLexicon::target_entries(const std::string& stem) const {
    const auto it = by_target_.find(stem);
    return it == by_target_.end() ? kNoEntries : it->second;
}

void learn_translations(const std::vector<TranslationPair>& pairs, const Language& source_language,
                        const Language& target_language, WordLexicon& lexicon) {
    LearningSide source_side{lexicon, source_language, LexiconSide::Source, {}, {}, {}};
    LearningSide target_side{lexicon, target_language, LexiconSide::Target, {}, {}, {}};
    std::vector<std::vector<std::uint32_t>> sources;
    std::vector<std::vector<std::uint32_t>> targets;
    for (const auto& pair : pairs) {
        sources.push_back(stem_ids(pair.source, source_side));
        targets.push_back(stem_ids(pair.target, target_side));
    }
    const auto& source_names = source_side.names;
    const auto& target_names = target_side.names;
    std::vector<std::size_t> source_count(source_names.size(), 0);
    std::vector<std::size_t> target_count(target_names.size(), 0);
    for (const auto& s : sources)
        for (auto id : s) ++source_count[id];
    for (const auto& t : targets)
        for (auto id : t) ++target_count[id];
    const auto too_common = static_cast<std::size_t>(kMaximumStemShare * static_cast<double>(pairs.size())) + 1;
    std::unordered_map<std::uint64_t, std::uint32_t> together;
    for (std::size_t k = 0; k < pairs.size(); ++k) {
        for (auto s : sources[k]) {
            if (source_count[s] < kMinimumCooccurrences || source_count[s] > too_common) continue;
            for (auto t : targets[k]) {
                if (target_count[t] < kMinimumCooccurrences || target_count[t] > too_common) continue;
                ++together[(static_cast<std::uint64_t>(s) << 32) | t];
            }
        }
    }
    for (const auto& [key, count] : together) {
        if (count < kMinimumCooccurrences) continue;
        const auto s = static_cast<std::uint32_t>(key >> 32);
        const auto t = static_cast<std::uint32_t>(key & 0xFFFFFFFFU);
        const double dice = 2.0 * count / static_cast<double>(source_count[s] + target_count[t]);
        if (dice >= kMinimumDice) lexicon.add_stems(source_names[s], target_names[t]);
    }
}

}  // namespace korpu
