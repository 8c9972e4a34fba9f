#include "tm/memory/detail/fuzzy_score.hpp"

#include <algorithm>

namespace korpu::detail {
namespace {

template <typename T>
std::size_t multiset_difference(std::vector<T> a, std::vector<T> b) {
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    std::vector<T> only;
    std::set_symmetric_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(only));
    return only.size();
}

std::vector<std::string> texts(const std::vector<Token>& tokens) {
    std::vector<std::string> out;
    out.reserve(tokens.size());
    for (const auto& token : tokens) out.push_back(token.text);
    return out;
}

}  // namespace

ScoredTokens scored_tokens(const std::vector<Token>& tokens) {
    ScoredTokens scored;
    for (const auto& token : tokens) {
        switch (token.kind) {
            case TokenKind::Word: scored.words.push_back(token); break;
            case TokenKind::Number:
                scored.words.push_back(token);
                scored.numbers.push_back(token);
                break;
            case TokenKind::Tag: ++scored.tags; break;
            case TokenKind::Punctuation: scored.punctuation.push_back(token.text); break;
        }
    }
    return scored;
}

int best_possible_score(std::size_t a, std::size_t b) {
    const auto longer = std::max(a, b);
    if (longer == 0) return 100;
    return static_cast<int>(100 * std::min(a, b) / longer);
}

FuzzyResult fuzzy_score(const ScoredTokens& query, const ScoredTokens& candidate, bool same_exact_form) {
    FuzzyResult result;
    if (same_exact_form) {
        result.score = 100;
        return result;
    }
    const auto& q = query.words;
    const auto& c = candidate.words;
    const std::size_t n = q.size();
    const std::size_t m = c.size();
    // Levenshtein over tokens, full matrix so that the differing candidate tokens can be traced back.
    std::vector<std::size_t> d((n + 1) * (m + 1));
    const auto at = [m](std::size_t i, std::size_t j) { return i * (m + 1) + j; };
    for (std::size_t i = 0; i <= n; ++i) d[at(i, 0)] = i;
    for (std::size_t j = 0; j <= m; ++j) d[at(0, j)] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t substitution = d[at(i - 1, j - 1)] + (q[i - 1].text == c[j - 1].text ? 0 : 1);
            d[at(i, j)] = std::min({substitution, d[at(i - 1, j)] + 1, d[at(i, j - 1)] + 1});
        }
    }
    for (std::size_t i = n, j = m; j > 0;) {
        if (i > 0 && d[at(i, j)] == d[at(i - 1, j - 1)] + (q[i - 1].text == c[j - 1].text ? 0 : 1)) {
            if (q[i - 1].text != c[j - 1].text) result.differing_tokens.push_back(j - 1);
            --i;
            --j;
        } else if (d[at(i, j)] == d[at(i, j - 1)] + 1) {
            result.differing_tokens.push_back(j - 1);
            --j;
        } else {
            --i;
        }
    }
    std::reverse(result.differing_tokens.begin(), result.differing_tokens.end());

    const std::size_t longer = std::max(n, m);
    const std::size_t distance = d[at(n, m)];
    int score = longer == 0 ? 100 : static_cast<int>(100 * (longer - distance) / longer);
    score -= kNumberPenalty * static_cast<int>(multiset_difference(texts(query.numbers), texts(candidate.numbers)));
    score -= kTagPenalty *
             static_cast<int>(query.tags > candidate.tags ? query.tags - candidate.tags : candidate.tags - query.tags);
    score -= kPunctuationPenalty * static_cast<int>(multiset_difference(query.punctuation, candidate.punctuation));
    result.score = std::clamp(score, 0, kBestFuzzyScore);
    return result;
}

}  // namespace korpu::detail
