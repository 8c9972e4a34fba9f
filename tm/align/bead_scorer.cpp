#include "tm/align/bead_scorer.hpp"

#include <algorithm>
#include <cmath>

#include "tm/align/anchor_code.hpp"

namespace korpu {
namespace {

// Prior of the length ratio: 1, weighted as this many characters of evidence. Across the pairs
// measured (FLORES-200 az/ru/en) the ratio lies within 0.9..1.0, so a short document's own ratio,
// skewed by a single omitted sentence, should not override it.
constexpr double kRatioPriorCharacters = 2000;
// Prior of the variance: Gale & Church (1993), section 4, and its weight in beads.
constexpr double kPriorVariance = 6.8;
constexpr double kVariancePriorBeads = 10;
// A single bead cannot move the variance estimate beyond this multiple of the prior (a wrong first
// alignment must not teach the model that anything goes).
constexpr double kVarianceOutlierCap = 4.0;

// Anchor evidence: how often an anchor of one side finds its partner on the other side of a right bead,
// and of a wrong one (by chance). Measured on the dev corpora as a whole: a strong anchor (number,
// month, name) of a right bead finds its partner about 7 times in 10, of a wrong bead about once in 20;
// a possible cognate (a long common word) about 3 times in 10 against once in 30.
constexpr double kStrongFound = 0.7;
constexpr double kStrongFoundByChance = 0.05;
constexpr double kCognateFound = 0.3;
constexpr double kCognateFoundByChance = 0.033;
// A word the lexicon knows finds its translation in the sentence it translates to about half the time
// (translations paraphrase, and the lexicon's keys are crude), in an unrelated sentence about 6 times in
// 100 (tests/bench/bench_lexicon_evidence.cpp with the core word list: tico19 en-ru 0.46 / 0.061,
// Tatoeba ru-en 0.52 / 0.061, corpora the alignment benchmark does not use). A known word left without
// its translation is therefore evidence too: against a bead that swallowed a sentence the other side
// dropped, whose words find nothing.
constexpr double kTranslationFound = 0.5;
constexpr double kTranslationFoundByChance = 0.061;
// A bead of s source and t target units offers s * t times as many pairs of units in which an anchor
// can meet its partner by chance; the chance is bounded here.
constexpr double kMaximumChance = 0.5;
// Unmatched strong anchors count up to this many per bead: a sentence full of titles and acronyms
// that the translation spells out ("Baş Nazir", "YDP") is not thereby unaligned. Three unmatched
// anchors already outweigh one match.
constexpr double kMissCap = 3;
// Prior of a 2-2 bead. Gale & Church's 0.011 lets 2-2 beads swallow two 1-1 beads whose length
// deviations happen to cancel; the dev corpora (and Moore 2002, who drops the shape) say a real 2-2
// is rarer than that.
constexpr double kTwoTwoPrior = 0.001;

// Priors of paragraph beads: a translator drops or merges a paragraph an order of magnitude more
// rarely than a sentence (and a paragraph that lost one of its sentences is still a 1-1 paragraph
// bead, only with a worse length match). Chosen on the dev corpora's text task.
constexpr double kParagraphOneSidedPrior = 0.0003;
constexpr double kParagraphMergedPrior = 0.003;
// -log of the two-tailed tail probability, tabulated up to this deviate in these steps; beyond, the
// probability is floored at kMinimumTail (one wildly long sentence must not veto a whole path).
constexpr double kTailTableEnd = 8.0;
constexpr double kTailTableStep = 0.005;
constexpr double kMinimumTail = 1e-12;
// A perfect length match is still no certainty: it keeps the odds finite.
constexpr double kMaximumLengthProbability = 0.999;

// -log of the prior of each shape of kBeadShapes for paragraphs, and for sentences after Gale & Church
// (1993), table 5 (1-0 and 0-1 share 0.0099, 2-1 and 1-2 share 0.089); 2-2 see kTwoTwoPrior.
double paragraph_shape_cost(std::size_t s, std::size_t t) {
    if (s == 1 && t == 1) return -std::log(1 - 2 * kParagraphOneSidedPrior - 2 * kParagraphMergedPrior);
    if (s == 0 || t == 0) return -std::log(kParagraphOneSidedPrior);
    if (s == 2 && t == 2) return -std::log(kTwoTwoPrior);
    return -std::log(kParagraphMergedPrior);
}

double shape_cost(std::size_t s, std::size_t t) {
    if (s == 1 && t == 1) return -std::log(0.89);
    if (s == 0 || t == 0) return -std::log(0.0099 / 2);
    if (s == 2 && t == 2) return -std::log(kTwoTwoPrior);
    return -std::log(0.089 / 2);
}

// log P(found | right) / P(found | chance), and the same for not found.
double match_weight(double found, double by_chance) { return std::log(found / by_chance); }
double miss_weight(double found, double by_chance) { return -std::log((1 - found) / (1 - by_chance)); }

std::vector<std::vector<std::uint32_t>> merged_pairs(const std::vector<AlignmentUnit>& units) {
    std::vector<std::vector<std::uint32_t>> pairs(units.size());
    for (std::size_t k = 1; k < units.size(); ++k) {
        const auto& a = units[k - 1].anchors;
        const auto& b = units[k].anchors;
        pairs[k].resize(a.size() + b.size());
        std::merge(a.begin(), a.end(), b.begin(), b.end(), pairs[k].begin());
    }
    return pairs;
}

}  // namespace

LengthModel estimate_length_model(const std::vector<AlignmentUnit>& source, const std::vector<AlignmentUnit>& target,
                                  const std::vector<Bead>& beads) {
    LengthModel model;
    double source_chars = 0;
    double target_chars = 0;
    if (beads.empty()) {
        for (const auto& u : source) source_chars += u.length;
        for (const auto& u : target) target_chars += u.length;
    } else {
        for (const auto& b : beads) {
            if (b.source_count != 1 || b.target_count != 1) continue;
            source_chars += source[b.source_begin].length;
            target_chars += target[b.target_begin].length;
        }
    }
    model.ratio = (target_chars + kRatioPriorCharacters) / (source_chars + kRatioPriorCharacters);
    double squares = 0;
    double count = 0;
    for (const auto& b : beads) {
        if (b.source_count != 1 || b.target_count != 1) continue;
        const double s = source[b.source_begin].length;
        const double t = target[b.target_begin].length;
        const double mean = (model.ratio * s + t) / 2;
        if (mean <= 0) continue;
        const double d = t - model.ratio * s;
        squares += std::min(d * d / mean, kVarianceOutlierCap * kPriorVariance);
        count += 1;
    }
    model.variance = (kPriorVariance * kVariancePriorBeads + squares) / (kVariancePriorBeads + count);
    return model;
}

BeadScorer::BeadScorer(const std::vector<AlignmentUnit>& source, const std::vector<AlignmentUnit>& target,
                       LengthModel model, Evidence evidence, UnitKind kind)
    : source_(source), target_(target), model_(model), evidence_(evidence) {
    if (evidence_ == Evidence::LengthAndAnchors) {
        source_pairs_ = merged_pairs(source);
        target_pairs_ = merged_pairs(target);
        for (const auto& unit : source) source_counts_.push_back(count_anchors(unit.anchors));
        for (const auto& unit : target) target_counts_.push_back(count_anchors(unit.anchors));
        for (const auto& pair : source_pairs_) source_pair_counts_.push_back(count_anchors(pair));
        for (const auto& pair : target_pairs_) target_pair_counts_.push_back(count_anchors(pair));
    }
    for (std::size_t s = 0; s < 3; ++s) {
        for (std::size_t t = 0; t < 3; ++t) {
            shape_costs_[s][t] = kind == UnitKind::Paragraph ? paragraph_shape_cost(s, t) : shape_cost(s, t);
            const double pairs = static_cast<double>(std::max<std::size_t>(s * t, 1));
            const double strong = std::min(kStrongFoundByChance * pairs, kMaximumChance);
            const double cognate = std::min(kCognateFoundByChance * pairs, kMaximumChance);
            const double translation = std::min(kTranslationFoundByChance * pairs, kMaximumChance);
            anchor_weights_[s][t] = {match_weight(kStrongFound, strong), miss_weight(kStrongFound, strong),
                                     match_weight(kCognateFound, cognate), match_weight(kTranslationFound, translation),
                                     miss_weight(kTranslationFound, translation)};
        }
    }
    miss_cap_ = kMissCap * anchor_weights_[1][1].strong_miss;
    const auto steps = static_cast<std::size_t>(kTailTableEnd / kTailTableStep) + 2;
    tail_cost_.resize(steps);
    for (std::size_t k = 0; k < steps; ++k) {
        const double z = static_cast<double>(k) * kTailTableStep;
        tail_cost_[k] = -std::log(std::max(std::erfc(z / std::sqrt(2.0)), kMinimumTail));
    }
}

double BeadScorer::length_cost(double source_chars, double target_chars) const {
    const double mean = (model_.ratio * source_chars + target_chars) / 2;
    if (mean <= 0) return 0;
    const double z = std::fabs(target_chars - model_.ratio * source_chars) / std::sqrt(mean * model_.variance);
    const double position = z / kTailTableStep;
    const auto k = static_cast<std::size_t>(position);
    if (k + 1 >= tail_cost_.size()) return tail_cost_.back();
    const double f = position - static_cast<double>(k);
    return tail_cost_[k] * (1 - f) + tail_cost_[k + 1] * f;
}

BeadScorer::AnchorCounts BeadScorer::count_anchors(const std::vector<std::uint32_t>& anchors) {
    AnchorCounts counts;
    for (const auto code : anchors) {
        counts.strong += anchor_kind(code) == AnchorKind::Strong;
        counts.translation += anchor_kind(code) == AnchorKind::Translation;
    }
    return counts;
}

double BeadScorer::anchor_cost(const std::vector<std::uint32_t>& a, AnchorCounts a_counts, std::size_t source_count,
                               const std::vector<std::uint32_t>& b, AnchorCounts b_counts,
                               std::size_t target_count) const {
    // Only the matches are counted here; what is left of each kind went unmatched.
    int strong_matches = 0;
    int strong_used = 0;  // strong anchors consumed by matches (one side of a match may be a cognate)
    int weak_matches = 0;
    int translation_matches = 0;
    constexpr auto kStrong = static_cast<std::uint32_t>(AnchorKind::Strong);
    constexpr auto kTranslation = static_cast<std::uint32_t>(AnchorKind::Translation);
    const std::size_t na = a.size();
    const std::size_t nb = b.size();
    std::size_t x = 0;
    std::size_t y = 0;
    while (x < na && y < nb) {
        const auto ka = anchor_id(a[x]);
        const auto kb = anchor_id(b[y]);
        if (ka == kb) {
            // Translation anchors have keys of their own: both sides of a match are of that kind or neither.
            const auto kinds = (a[x] | b[y]) & 3U;
            if ((kinds & kStrong) != 0) {
                ++strong_matches;
                strong_used += static_cast<int>((a[x] & kStrong) + (b[y] & kStrong));
            } else if (kinds == kTranslation) {
                ++translation_matches;
            } else {
                ++weak_matches;
            }
            ++x;
            ++y;
        } else {
            x += ka < kb;
            y += kb < ka;
        }
    }
    const int misses = a_counts.strong + b_counts.strong - strong_used;
    const int translation_misses = a_counts.translation + b_counts.translation - 2 * translation_matches;
    const auto& w = anchor_weights_[source_count][target_count];
    return std::min(w.strong_miss * misses + w.translation_miss * translation_misses - w.strong_match * strong_matches -
                        w.cognate_match * weak_matches - w.translation_match * translation_matches,
                    miss_cap_);
}

BeadScorer::Costs BeadScorer::costs(std::size_t i, std::size_t sc, std::size_t j, std::size_t tc) const {
    Costs c;
    if (sc == 0 || tc == 0) return c;
    double s = source_[i - 1].length;
    double t = target_[j - 1].length;
    if (sc == 2) s += source_[i - 2].length;
    if (tc == 2) t += target_[j - 2].length;
    c.length = length_cost(s, t);
    if (evidence_ == Evidence::LengthOnly) return c;
    c.anchors = sc == 1 ? (tc == 1 ? anchor_cost(source_[i - 1].anchors, source_counts_[i - 1], 1,
                                                 target_[j - 1].anchors, target_counts_[j - 1], 1)
                                   : anchor_cost(source_[i - 1].anchors, source_counts_[i - 1], 1, target_pairs_[j - 1],
                                                 target_pair_counts_[j - 1], 2))
                        : (tc == 1 ? anchor_cost(source_pairs_[i - 1], source_pair_counts_[i - 1], 2,
                                                 target_[j - 1].anchors, target_counts_[j - 1], 1)
                                   : anchor_cost(source_pairs_[i - 1], source_pair_counts_[i - 1], 2,
                                                 target_pairs_[j - 1], target_pair_counts_[j - 1], 2));
    return c;
}

double BeadScorer::cost(std::size_t i, std::size_t sc, std::size_t j, std::size_t tc) const {
    const Costs c = costs(i, sc, j, tc);
    return c.length + c.anchors + shape_costs_[sc][tc];
}

double BeadScorer::confidence(const Bead& bead) const {
    if (bead.source_count == 0 || bead.target_count == 0) return 0.0;
    const Costs c = costs(bead.source_begin + bead.source_count, bead.source_count,
                          bead.target_begin + bead.target_count, bead.target_count);
    // Odds of the length match (its two-tailed probability against its complement), times the
    // likelihood ratio of the anchors.
    const double p = std::min(std::exp(-c.length), kMaximumLengthProbability);
    const double log_odds = std::log(p) - std::log1p(-p) - c.anchors;
    return 1.0 / (1.0 + std::exp(-log_odds));
}

}  // namespace korpu
