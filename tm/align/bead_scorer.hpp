#pragma once
// What a bead costs: -log of its probability, from the length of its two sides (Gale and Church 1993,
// with the ratio and variance of the document at hand) and from the anchors they share.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "tm/align/bead.hpp"

namespace korpu {

struct BeadShape {
    std::size_t source;
    std::size_t target;
};
// The shapes of bead the aligner considers.
inline constexpr BeadShape kBeadShapes[] = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}};

// One segment (or paragraph) as the aligner sees it.
struct AlignmentUnit {
    // In characters.
    double length = 0;
    // Sorted AnchorCodes (anchor_code.hpp): ids shifted left by two, the low bits their kind.
    std::vector<std::uint32_t> anchors;
};

struct LengthModel {
    // Target characters per source character.
    double ratio = 1.0;
    // Variance of the target length per target character.
    double variance = 6.8;
};

// The length model of a document pair: the ratio and the variance measured on the 1-1 beads of a
// first alignment, drawn towards the prior (ratio 1, Gale and Church's variance) in short documents,
// where a few sentences tell little. Without beads, the ratio of the two texts' total lengths.
LengthModel estimate_length_model(const std::vector<AlignmentUnit>& source, const std::vector<AlignmentUnit>& target,
                                  const std::vector<Bead>& beads);

// What a scorer weighs: lengths alone (cheap: a first pass that finds where the path runs) or lengths
// and anchors.
enum class Evidence { LengthOnly, LengthAndAnchors };

// What the units are: the priors of the bead shapes differ (a translator merges and drops sentences
// far more often than paragraphs).
enum class UnitKind { Sentence, Paragraph };

class BeadScorer {
  public:
    BeadScorer(const std::vector<AlignmentUnit>& source, const std::vector<AlignmentUnit>& target, LengthModel model,
               Evidence evidence = Evidence::LengthAndAnchors, UnitKind kind = UnitKind::Sentence);

    // Cost of the bead of source_count source and target_count target units (0..2 each) that ends
    // just before source unit i and target unit j.
    double cost(std::size_t i, std::size_t source_count, std::size_t j, std::size_t target_count) const;
    // 0..1: the probability that the bead is right, from its length match and its anchors, without
    // the prior of its shape. A one-sided bead is never sure: 0.
    double confidence(const Bead& bead) const;

  private:
    struct Costs {
        double length = 0;   // -log P(length match)
        double anchors = 0;  // -log likelihood ratio of the shared and the unmatched anchors
    };
    Costs costs(std::size_t i, std::size_t source_count, std::size_t j, std::size_t target_count) const;
    // How many anchors of a unit (or of two units merged) are strong and how many translations.
    struct AnchorCounts {
        int strong = 0;
        int translation = 0;
    };
    static AnchorCounts count_anchors(const std::vector<std::uint32_t>& anchors);
    double anchor_cost(const std::vector<std::uint32_t>& a, AnchorCounts a_counts, std::size_t source_count,
                       const std::vector<std::uint32_t>& b, AnchorCounts b_counts, std::size_t target_count) const;
    double length_cost(double source_chars, double target_chars) const;

    const std::vector<AlignmentUnit>& source_;
    const std::vector<AlignmentUnit>& target_;
    LengthModel model_;
    Evidence evidence_;
    // Anchors of units k-1 and k merged, for beads with two units on a side.
    std::vector<std::vector<std::uint32_t>> source_pairs_;
    std::vector<std::vector<std::uint32_t>> target_pairs_;
    std::vector<AnchorCounts> source_counts_;
    std::vector<AnchorCounts> target_counts_;
    std::vector<AnchorCounts> source_pair_counts_;
    std::vector<AnchorCounts> target_pair_counts_;
    // -log of the two-tailed normal tail, tabulated (computing erfc in the inner loop is slow).
    std::vector<double> tail_cost_;
    // -log prior of a bead of [source count][target count] units.
    double shape_costs_[3][3] = {};
    // Log likelihood ratios of anchors found and not found in a bead of [source count][target count]
    // units: the more units, the likelier an anchor meets its partner by chance.
    struct AnchorWeights {
        double strong_match = 0;
        double strong_miss = 0;
        double cognate_match = 0;
        double translation_match = 0;
        double translation_miss = 0;
    };
    AnchorWeights anchor_weights_[3][3] = {};
    // The unmatched anchors of a bead cost at most this much.
    double miss_cap_ = 0;
};

}  // namespace korpu
