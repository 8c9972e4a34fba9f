#pragma once
// The dynamic programme over beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2), restricted to a band so that time and
// memory grow linearly with the documents. The band starts around the diagonal in characters (where
// the target text is as far along as the source text); when the best path runs along its edge, the
// programme runs again in a band twice as wide around that path.
#include <cstddef>
#include <vector>

#include "tm/align/bead.hpp"
#include "tm/align/bead_scorer.hpp"

namespace korpu {

struct BandOptions {
    // Half-width of the first band, in units, on top of the difference in unit counts.
    std::size_t initial_half_width = 24;
    // The band stops widening here: documents that far apart are not translations of each other.
    std::size_t maximum_half_width = 4096;
};

// The cheapest chain of beads under the scorer, each with the scorer's confidence.
std::vector<Bead> align_units(const std::vector<AlignmentUnit>& source, const std::vector<AlignmentUnit>& target,
                              const BeadScorer& scorer, const BandOptions& options = {});

}  // namespace korpu
