#include "tm/spell/suggestion_ranker.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <utility>

namespace korpu {
namespace {

// Costs of the edits, relative to 1 for an ordinary insertion, deletion, substitution or swap of two
// neighbours. A dropped diacritic is the commonest slip on keyboards without Azerbaijani or Russian
// layouts (language-notes: "cox", "azerbaycan", "olmusdur"); a wrong case is rarely the error at all.
constexpr double kDiacriticCost = 0.3;
constexpr double kCaseCost = 0.2;
// Added when a candidate splits the word in two ("Ara stun" for "Arastun"): Hunspell offers such
// splits for every unknown long word, and a name it does not know is far likelier than a missed space.
constexpr double kSplitCost = 0.6;

// Letter pairs that differ only by a diacritic, as writers confuse them.
constexpr std::pair<char32_t, char32_t> kDiacriticPairs[] = {
    {U'ə', U'e'}, {U'ə', U'a'}, {U'ş', U's'}, {U'ı', U'i'}, {U'ç', U'c'}, {U'ğ', U'g'}, {U'ö', U'o'},
    {U'ü', U'u'}, {U'ё', U'е'}, {U'й', U'и'}, {U'ъ', U'ь'}, {U'é', U'e'}, {U'ı', U'I'}, {U'İ', U'I'},
};

bool differ_by_diacritic(char32_t a, char32_t b) {
    for (const auto& [x, y] : kDiacriticPairs)
        if ((a == x && b == y) || (a == y && b == x)) return true;
    return false;
}

double substitution_cost(char32_t a, char32_t b) {
    if (a == b) return 0;
    if (differ_by_diacritic(a, b)) return kDiacriticCost;
    const auto la = static_cast<char32_t>(u_tolower(static_cast<UChar32>(a)));
    const auto lb = static_cast<char32_t>(u_tolower(static_cast<UChar32>(b)));
    if (la == lb) return kCaseCost;
    if (differ_by_diacritic(la, lb)) return kDiacriticCost + kCaseCost;
    return 1;
}

std::u32string to_u32(std::string_view utf8) {
    const auto text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    std::u32string out(static_cast<std::size_t>(text.countChar32()), U'\0');
    UErrorCode status = U_ZERO_ERROR;
    text.toUTF32(reinterpret_cast<UChar32*>(out.data()), static_cast<int32_t>(out.size()), status);
    return out;
}

}  // namespace

double correction_cost(std::u32string_view typed, std::u32string_view candidate) {
    const std::size_t n = typed.size();
    const std::size_t m = candidate.size();
    std::vector<std::vector<double>> d(n + 1, std::vector<double>(m + 1, 0));
    for (std::size_t i = 0; i <= n; ++i) d[i][0] = static_cast<double>(i);
    for (std::size_t j = 0; j <= m; ++j) d[0][j] = static_cast<double>(j);
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            double best = std::min(d[i - 1][j] + 1, d[i][j - 1] + 1);
            best = std::min(best, d[i - 1][j - 1] + substitution_cost(typed[i - 1], candidate[j - 1]));
            if (i > 1 && j > 1 && typed[i - 1] == candidate[j - 2] && typed[i - 2] == candidate[j - 1])
                best = std::min(best, d[i - 2][j - 2] + 1);
            d[i][j] = best;
        }
    }
    return d[n][m];
}

std::vector<std::string> rank_suggestions(std::string_view typed, std::vector<std::string> candidates) {
    const std::u32string typed32 = to_u32(typed);
    std::vector<std::pair<double, std::string>> scored;
    for (auto& candidate : candidates) {
        const bool seen =
            std::any_of(scored.begin(), scored.end(), [&](const auto& s) { return s.second == candidate; });
        if (seen) continue;
        const bool splits =
            candidate.find_first_of(" -") != std::string::npos && typed.find_first_of(" -") == std::string_view::npos;
        scored.emplace_back(correction_cost(typed32, to_u32(candidate)) + (splits ? kSplitCost : 0.0),
                            std::move(candidate));
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> ranked;
    ranked.reserve(scored.size());
    for (auto& s : scored) ranked.push_back(std::move(s.second));
    return ranked;
}

}  // namespace korpu
