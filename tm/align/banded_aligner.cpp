#include "tm/align/banded_aligner.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace korpu {
namespace {

constexpr double kUnreachable = std::numeric_limits<double>::infinity();
// A path closer than this to the band's edge (where the edge is not the document's) may have been
// pushed there by the band: widen and run again.
constexpr std::size_t kEdgeMargin = 2;

}  // namespace

std::vector<std::size_t> character_diagonal(const std::vector<AlignmentUnit>& source,
                                            const std::vector<AlignmentUnit>& target) {
    const std::size_t n = source.size();
    const std::size_t m = target.size();
    std::vector<std::size_t> centre(n + 1, 0);
    double source_total = 0;
    double target_total = 0;
    for (const auto& u : source) source_total += u.length + 1;
    for (const auto& u : target) target_total += u.length + 1;
    double source_done = 0;
    double target_done = 0;
    std::size_t j = 0;
    for (std::size_t i = 0; i <= n; ++i) {
        const double share = source_total > 0 ? source_done / source_total : 1.0;
        while (j < m && (target_done + (target[j].length + 1) / 2) / target_total < share) {
            target_done += target[j].length + 1;
            ++j;
        }
        centre[i] = j;
        if (i < n) source_done += source[i].length + 1;
    }
    centre[n] = m;
    return centre;
}

std::vector<std::size_t> path_centre(const std::vector<Bead>& beads, std::size_t n) {
    std::vector<std::size_t> centre(n + 1, 0);
    for (const auto& b : beads) {
        for (std::size_t k = 0; k < b.source_count; ++k)
            centre[b.source_begin + k + 1] = b.target_begin + b.target_count;
    }
    return centre;
}

namespace {

struct Band {
    std::vector<std::size_t> low;
    std::vector<std::size_t> high;
};

// Rows [low, high] around the centre, widened so that consecutive rows overlap (every cell can be
// reached by some bead from the row before).
Band make_band(const std::vector<std::size_t>& centre, std::size_t half_width, std::size_t m) {
    const std::size_t n = centre.size() - 1;
    Band band{std::vector<std::size_t>(n + 1), std::vector<std::size_t>(n + 1)};
    for (std::size_t i = 0; i <= n; ++i) {
        band.low[i] = centre[i] > half_width ? centre[i] - half_width : 0;
        band.high[i] = std::min(m, centre[i] + half_width);
    }
    band.low[0] = 0;
    band.high[n] = m;
    for (std::size_t i = 1; i <= n; ++i) band.low[i] = std::min(band.low[i], band.high[i - 1]);
    for (std::size_t i = n; i-- > 0;) band.high[i] = std::max(band.high[i], band.low[i + 1]);
    return band;
}

struct Outcome {
    std::vector<Bead> beads;
    bool touched_edge = false;
};

Outcome run_in_band(std::size_t n, std::size_t m, const BeadScorer& scorer, const Band& band) {
    std::vector<std::size_t> offset(n + 2, 0);
    for (std::size_t i = 0; i <= n; ++i) offset[i + 1] = offset[i] + (band.high[i] - band.low[i] + 1);
    std::vector<double> cost(offset[n + 1], kUnreachable);
    std::vector<std::uint8_t> choice(offset[n + 1], 0);
    cost[0] = 0.0;
    for (std::size_t i = 0; i <= n; ++i) {
        for (std::size_t j = band.low[i]; j <= band.high[i]; ++j) {
            if (i == 0 && j == 0) continue;
            const std::size_t here = offset[i] + (j - band.low[i]);
            double best = kUnreachable;
            std::uint8_t best_shape = 0;
            for (std::uint8_t s = 0; s < std::size(kBeadShapes); ++s) {
                const auto& shape = kBeadShapes[s];
                if (shape.source > i || shape.target > j) continue;
                const std::size_t fi = i - shape.source;
                const std::size_t fj = j - shape.target;
                if (fj < band.low[fi] || fj > band.high[fi]) continue;
                const double before = cost[offset[fi] + (fj - band.low[fi])];
                if (before == kUnreachable) continue;
                const double total = before + scorer.cost(i, shape.source, j, shape.target);
                if (total < best) {
                    best = total;
                    best_shape = s;
                }
            }
            cost[here] = best;
            choice[here] = best_shape;
        }
    }
    Outcome outcome;
    std::size_t i = n;
    std::size_t j = m;
    while (i > 0 || j > 0) {
        const auto& shape = kBeadShapes[choice[offset[i] + (j - band.low[i])]];
        Bead bead;
        bead.source_begin = i - shape.source;
        bead.source_count = shape.source;
        bead.target_begin = j - shape.target;
        bead.target_count = shape.target;
        bead.confidence = scorer.confidence(bead);
        outcome.beads.push_back(bead);
        i = bead.source_begin;
        j = bead.target_begin;
        if ((band.low[i] > 0 && j < band.low[i] + kEdgeMargin) || (band.high[i] < m && j + kEdgeMargin > band.high[i]))
            outcome.touched_edge = true;
    }
    std::reverse(outcome.beads.begin(), outcome.beads.end());
    return outcome;
}

}  // namespace

std::vector<Bead> align_units(const std::vector<AlignmentUnit>& source, const std::vector<AlignmentUnit>& target,
                              const BeadScorer& scorer, std::vector<std::size_t> centre, const BandOptions& options) {
    const std::size_t n = source.size();
    const std::size_t m = target.size();
    std::vector<Bead> beads;
    if (n == 0 || m == 0) {
        for (std::size_t k = 0; k < n; ++k) beads.push_back({k, 1, 0, 0, 0.0, BeadStatus::Automatic});
        for (std::size_t k = 0; k < m; ++k) beads.push_back({0, 0, k, 1, 0.0, BeadStatus::Automatic});
        return beads;
    }
    std::size_t half_width = options.initial_half_width;
    for (;;) {
        const auto outcome = run_in_band(n, m, scorer, make_band(centre, half_width, m));
        if (!outcome.touched_edge || half_width >= options.maximum_half_width || half_width >= std::max(n, m))
            return outcome.beads;
        centre = path_centre(outcome.beads, n);
        half_width *= 2;
    }
}

}  // namespace korpu
