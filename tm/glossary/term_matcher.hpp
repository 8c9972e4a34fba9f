#pragma once
// Finds terms in running text across inflection: "комиссия" in "комиссией", "komissiya" in
// "komissiyanın", "court" in "courts'". A term of several words matches consecutive words, each in any
// of its forms (tm/glossary/inflection.hpp), with a stemmer's dictionary forms when one is given.
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace korpu {

class WordStemmer;

struct TermMatch {
    std::size_t term = 0;   // index of the term, in the order add() was called
    std::size_t begin = 0;  // byte span of the matched words in the text
    std::size_t end = 0;
};

class TermMatcher {
  public:
    // `primary_language`: "az", "ru", "en", ... (Language::primary()). The stemmer, if any, must outlive
    // the matcher.
    explicit TermMatcher(std::string primary_language, const WordStemmer* stemmer = nullptr);

    // Adds a term; returns its index. Terms without any letter are never found.
    std::size_t add(std::string_view term);
    std::size_t size() const noexcept { return terms_.size(); }

    // Every occurrence of every term, in text order; overlapping matches of different terms are all kept.
    std::vector<TermMatch> find(std::string_view text) const;

  private:
    struct Term {
        std::vector<std::vector<std::string>> word_keys;  // lemma keys of each word of the term
    };
    std::string language_;
    const WordStemmer* stemmer_ = nullptr;
    std::vector<Term> terms_;
    // The first word's keys -> the terms that start with a word having that key.
    std::unordered_map<std::string, std::vector<std::size_t>> by_first_key_;
};

}  // namespace korpu
