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

std::vector<std::uint32_t> stem_ids(const std::string& text, const Language& language,
                                    std::unordered_map<std::string, std::uint32_t>& ids,
                                    std::vector<std::string>& names) {
    std::vector<std::uint32_t> out;
    for (const auto& word : split_words(text)) {
        const auto stem = lexicon_stem(word.text, language);
        if (stem.empty()) continue;
        const auto [it, added] = ids.emplace(stem, static_cast<std::uint32_t>(ids.size()));
        if (added) names.push_back(stem);
        out.push_back(it->second);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

const std::vector<std::uint32_t> kNoEntries;

}  // namespace

std::string lexicon_stem(const std::string& word, const Language& language) {
    if (letter_count(word) < kMinimumWordLetters) return {};
    return first_letters(lower_case(word, language.primary()), kStemLetters);
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
    std::unordered_map<std::string, std::uint32_t> source_ids;
    std::unordered_map<std::string, std::uint32_t> target_ids;
    std::vector<std::string> source_names;
    std::vector<std::string> target_names;
    std::vector<std::vector<std::uint32_t>> sources;
    std::vector<std::vector<std::uint32_t>> targets;
    for (const auto& pair : pairs) {
        sources.push_back(stem_ids(pair.source, source_language, source_ids, source_names));
        targets.push_back(stem_ids(pair.target, target_language, target_ids, target_names));
    }
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
