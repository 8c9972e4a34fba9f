#include "tm/glossary/term_matcher.hpp"

#include <algorithm>

#include "tm/glossary/inflection.hpp"
#include "tm/text/words.hpp"

namespace korpu {
namespace {

bool shares_key(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    for (const auto& key : a) {
        if (std::find(b.begin(), b.end(), key) != b.end()) return true;
    }
    return false;
}

}  // namespace

TermMatcher::TermMatcher(std::string primary_language, const WordStemmer* stemmer)
    : language_(std::move(primary_language)), stemmer_(stemmer) {}

std::size_t TermMatcher::add(std::string_view term) {
    Term entry;
    for (const auto& word : split_words(term))
        entry.word_keys.push_back(lemma_keys(lower_case(word.text, language_), language_, stemmer_));
    const auto index = terms_.size();
    if (!entry.word_keys.empty()) {
        for (const auto& key : entry.word_keys.front()) {
            auto& list = by_first_key_[key];
            if (std::find(list.begin(), list.end(), index) == list.end()) list.push_back(index);
        }
    }
    terms_.push_back(std::move(entry));
    return index;
}

std::vector<TermMatch> TermMatcher::find(std::string_view text) const {
    const auto words = split_words(text);
    std::vector<std::vector<std::string>> keys;
    keys.reserve(words.size());
    for (const auto& word : words) keys.push_back(form_keys(lower_case(word.text, language_), language_, stemmer_));

    std::vector<TermMatch> matches;
    for (std::size_t w = 0; w < words.size(); ++w) {
        std::vector<std::size_t> candidates;
        for (const auto& key : keys[w]) {
            const auto found = by_first_key_.find(key);
            if (found == by_first_key_.end()) continue;
            for (const auto term : found->second) {
                if (std::find(candidates.begin(), candidates.end(), term) == candidates.end())
                    candidates.push_back(term);
            }
        }
        std::sort(candidates.begin(), candidates.end());
        for (const auto term : candidates) {
            const auto& term_keys = terms_[term].word_keys;
            if (w + term_keys.size() > words.size()) continue;
            bool all = true;
            for (std::size_t k = 1; k < term_keys.size() && all; ++k) all = shares_key(keys[w + k], term_keys[k]);
            if (all) matches.push_back({term, words[w].begin, words[w + term_keys.size() - 1].end});
        }
    }
    return matches;
}

}  // namespace korpu
