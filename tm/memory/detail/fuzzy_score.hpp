#pragma once
// The fuzzy match score of a stored source segment against a query, in percent. Internal to tm/memory;
// docs/translation-memory.md documents it for users.
//
// Base: token-level edit similarity, in the spirit of OmegaT's: words and numbers (in the match form of
// text_key.hpp) are compared as whole tokens, and base = 100 * (1 - edit distance / longer token count).
// Then penalties, each a named constant below: per differing number, per differing count of inline tags,
// and per differing punctuation mark. A fuzzy score is at most 99 (texts that differ only in case score 99):
// 100 is for exact matches.
#include <cstddef>
#include <utility>
#include <vector>

#include "tm/memory/detail/text_key.hpp"

namespace korpu::detail {

// A number that differs can change the meaning completely ("5 mg" vs "50 mg"): memoQ and Trados also
// penalise it beyond the token edit; 2 points keeps a one-number change of a long sentence above 90 %.
inline constexpr int kNumberPenalty = 2;
// A missing or extra inline tag costs the translator a tag insertion: 2 points, as for numbers.
inline constexpr int kTagPenalty = 2;
// Punctuation is not part of the token edit, but a differing mark still needs an edit: 1 point each.
inline constexpr int kPunctuationPenalty = 1;
inline constexpr int kBestFuzzyScore = 99;

struct ScoredTokens {
    std::vector<Token> words;  // words and numbers, in match form
    std::vector<Token> numbers;
    std::size_t tags = 0;
    std::vector<std::string> punctuation;
};

// Splits already folded tokens into what the score compares.
ScoredTokens scored_tokens(const std::vector<Token>& tokens);

// The highest base score possible for token counts `a` and `b` (the edit distance is at least |a - b|).
int best_possible_score(std::size_t a, std::size_t b);

struct FuzzyResult {
    int score = 0;
    // Candidate words and numbers the query does not have (substituted or inserted): token indexes.
    std::vector<std::size_t> differing_tokens;
};

// `same_exact_form`: the two texts are equal after exact_form() (then the score is 100).
FuzzyResult fuzzy_score(const ScoredTokens& query, const ScoredTokens& candidate, bool same_exact_form);

}  // namespace korpu::detail
