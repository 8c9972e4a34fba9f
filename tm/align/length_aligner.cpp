#include "tm/align/length_aligner.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace korpu {
namespace {

// Variance of the target length per source character, Gale & Church (1993), section 4: s^2 = 6.8.
constexpr double kVariancePerCharacter = 6.8;

// Prior probabilities of the bead types, Gale & Church (1993), table 5 (1-0 and 0-1 share 0.0099,
// 2-1 and 1-2 share 0.089).
struct BeadShape {
    std::size_t source;
    std::size_t target;
    double prior;
};
constexpr BeadShape kShapes[] = {
    {1, 1, 0.89}, {1, 0, 0.0099 / 2}, {0, 1, 0.0099 / 2}, {2, 1, 0.089 / 2}, {1, 2, 0.089 / 2}, {2, 2, 0.011},
};

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Two-sided tail probability of a standard normal deviate: 2 (1 - Phi(|z|)).
double two_tailed(double z) { return std::erfc(std::fabs(z) / std::sqrt(2.0)); }

// -log P(match | delta) - log P(shape), with delta as in Gale & Church (1993), section 4. A one-sided
// bead has no length to compare: it costs its prior alone, as hunalign scores skips by a fixed penalty
// (Varga et al. 2005); charging it the length mismatch of an empty side would make omissions
// impossible and force them into 2-1 beads.
double bead_cost(double source_chars, double target_chars, double ratio, double prior) {
    if (source_chars == 0.0 || target_chars == 0.0) return -std::log(prior);
    const double mean = (source_chars + target_chars / ratio) / 2.0;
    if (mean <= 0.0) return -std::log(prior);
    const double delta = (ratio * source_chars - target_chars) / std::sqrt(mean * kVariancePerCharacter * ratio);
    const double p = std::max(two_tailed(delta), 1e-12);
    return -std::log(p) - std::log(prior);
}

// The band: for source row i, the target columns [low(i), high(i)] that the programme considers.
struct Band {
    std::size_t source_size;
    std::size_t target_size;
    std::size_t half_width;

    std::size_t centre(std::size_t i) const {
        return source_size == 0 ? 0 : static_cast<std::size_t>(static_cast<double>(i) * target_size / source_size);
    }
    std::size_t low(std::size_t i) const {
        const auto c = centre(i);
        return c > half_width ? c - half_width : 0;
    }
    std::size_t high(std::size_t i) const { return std::min(target_size, centre(i) + half_width); }
};

}  // namespace

std::size_t character_length(const std::string& text) {
    std::size_t count = 0;
    for (unsigned char c : text) count += (c & 0xC0) != 0x80;
    return count;
}

std::vector<Bead> align_by_length(const std::vector<std::size_t>& source_lengths,
                                  const std::vector<std::size_t>& target_lengths,
                                  const LengthAlignerOptions& options) {
    const std::size_t n = source_lengths.size();
    const std::size_t m = target_lengths.size();
    std::vector<Bead> beads;
    if (n == 0 && m == 0) return beads;

    double source_total = 0;
    double target_total = 0;
    for (auto l : source_lengths) source_total += static_cast<double>(l);
    for (auto l : target_lengths) target_total += static_cast<double>(l);
    const double ratio = (source_total > 0 && target_total > 0) ? target_total / source_total : 1.0;

    const std::size_t difference = n > m ? n - m : m - n;
    const Band band{n, m, std::max(options.band, difference + 2)};

    // Row i holds columns [band.low(i), band.high(i)]; cells outside the band are unreachable.
    std::vector<std::size_t> row_offset(n + 2, 0);
    for (std::size_t i = 0; i <= n; ++i) row_offset[i + 1] = row_offset[i] + (band.high(i) - band.low(i) + 1);
    std::vector<double> cost(row_offset[n + 1], kInfinity);
    std::vector<unsigned char> choice(row_offset[n + 1], 0);
    auto cell = [&](std::size_t i, std::size_t j) -> std::ptrdiff_t {
        if (j < band.low(i) || j > band.high(i)) return -1;
        return static_cast<std::ptrdiff_t>(row_offset[i] + (j - band.low(i)));
    };

    cost[static_cast<std::size_t>(cell(0, 0))] = 0.0;
    for (std::size_t i = 0; i <= n; ++i) {
        for (std::size_t j = band.low(i); j <= band.high(i); ++j) {
            const auto here = static_cast<std::size_t>(cell(i, j));
            if (i == 0 && j == 0) continue;
            for (unsigned char s = 0; s < std::size(kShapes); ++s) {
                const auto& shape = kShapes[s];
                if (shape.source > i || shape.target > j) continue;
                const auto from = cell(i - shape.source, j - shape.target);
                if (from < 0 || cost[static_cast<std::size_t>(from)] == kInfinity) continue;
                double source_chars = 0;
                double target_chars = 0;
                for (std::size_t k = 0; k < shape.source; ++k) source_chars += static_cast<double>(source_lengths[i - 1 - k]);
                for (std::size_t k = 0; k < shape.target; ++k) target_chars += static_cast<double>(target_lengths[j - 1 - k]);
                const double total =
                    cost[static_cast<std::size_t>(from)] + bead_cost(source_chars, target_chars, ratio, shape.prior);
                if (total < cost[here]) {
                    cost[here] = total;
                    choice[here] = s;
                }
            }
        }
    }

    std::size_t i = n;
    std::size_t j = m;
    while (i > 0 || j > 0) {
        const auto here = static_cast<std::size_t>(cell(i, j));
        const auto& shape = kShapes[choice[here]];
        Bead bead;
        bead.source_begin = i - shape.source;
        bead.source_count = shape.source;
        bead.target_begin = j - shape.target;
        bead.target_count = shape.target;
        const auto from = static_cast<std::size_t>(cell(bead.source_begin, bead.target_begin));
        // Confidence: the probability of the bead's length match, without the prior of its shape. A
        // one-sided bead (an omission or an addition) is never sure: a reviewer must look at it.
        bead.confidence = (shape.source == 0 || shape.target == 0)
                              ? 0.0
                              : std::exp(-(cost[here] - cost[from] + std::log(shape.prior)));
        beads.push_back(bead);
        i = bead.source_begin;
        j = bead.target_begin;
    }
    std::reverse(beads.begin(), beads.end());
    return beads;
}

}  // namespace korpu
