#include "tm/glossary/hunspell_stemmer.hpp"

#include "tm/core/language.hpp"
#include "tm/spell/dictionary_locator.hpp"
#include "tm/spell/spell_dictionary.hpp"
#include "tm/text/words.hpp"

namespace korpu {
namespace {

// Words of running text repeat (Zipf): stems are cached per word, up to about the vocabulary of a large
// document set, then the cache starts over (the same bound as tm/spell's verdict cache).
constexpr std::size_t kMaxCachedWords = 250'000;
// English writes compounds closed ("teammate", "policeman", "nationwide"): a word made of two dictionary
// words of at least this many letters each also stands for its parts. Three keeps "jet", "man", "war".
constexpr std::size_t kMinCompoundPart = 3;

// Byte offsets inside `word` where a new code point starts, after at least `min` code points from either end.
std::vector<std::size_t> split_points(std::string_view word, std::size_t min) {
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if ((static_cast<unsigned char>(word[i]) & 0xC0) != 0x80) starts.push_back(i);
    }
    std::vector<std::size_t> points;
    for (std::size_t k = min; k + min <= starts.size(); ++k) points.push_back(starts[k]);
    return points;
}

}  // namespace

HunspellStemmer::HunspellStemmer() = default;
HunspellStemmer::~HunspellStemmer() = default;

bool HunspellStemmer::uses_hunspell(std::string_view primary_language) {
    return primary_language == "ru" || primary_language == "en";
}

SpellDictionary* HunspellStemmer::dictionary_for(const std::string& primary_language) const {
    const auto found = dictionaries_.find(primary_language);
    if (found != dictionaries_.end()) return found->second.get();
    std::unique_ptr<SpellDictionary> dictionary;
    if (const auto files = find_dictionary(Language::parse(primary_language), dictionary_folders()))
        dictionary = std::make_unique<SpellDictionary>(files->aff, files->dic);
    return (dictionaries_[primary_language] = std::move(dictionary)).get();
}

std::vector<std::string> HunspellStemmer::stems(std::string_view lower_word, std::string_view primary_language) const {
    // English stems are left to the team's rules: en_US derives by suffix flags as well as inflects
    // ("statement" from "state", "government" from "govern"), which would make other words forms of a term.
    if (primary_language != "ru" || lower_word.empty()) return {};
    std::string key(primary_language);
    key += '\t';
    key += lower_word;
    if (const auto found = cache_.find(key); found != cache_.end()) return found->second;
    std::vector<std::string> stems;
    if (auto* dictionary = dictionary_for(std::string(primary_language))) {
        for (const auto& stem : dictionary->stems(lower_word)) stems.push_back(lower_case(stem, primary_language));
    }
    if (cache_.size() >= kMaxCachedWords) cache_.clear();
    cache_.emplace(std::move(key), stems);
    return stems;
}

std::vector<std::string> HunspellStemmer::compound_parts(std::string_view lower_word,
                                                         std::string_view primary_language) const {
    if (primary_language != "en" || lower_word.empty()) return {};
    std::string key(primary_language);
    key += '\t';
    key += lower_word;
    if (const auto found = parts_cache_.find(key); found != parts_cache_.end()) return found->second;
    std::vector<std::string> parts;
    if (auto* dictionary = dictionary_for(std::string(primary_language))) {
        for (const auto at : split_points(lower_word, kMinCompoundPart)) {
            const auto head = lower_word.substr(0, at);
            const auto tail = lower_word.substr(at);
            if (!dictionary->accepts(head) || !dictionary->accepts(tail)) continue;
            parts.emplace_back(head);
            parts.emplace_back(tail);
        }
    }
    if (parts_cache_.size() >= kMaxCachedWords) parts_cache_.clear();
    parts_cache_.emplace(std::move(key), parts);
    return parts;
}

}  // namespace korpu
