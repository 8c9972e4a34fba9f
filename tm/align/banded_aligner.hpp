#pragma once
// The dynamic programme over beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2), restricted to a band so that time and
// memory grow linearly with the documents. The band lies around a given centre line (by default the
// diagonal in characters, where the target text is as far along as the source text); when the best
// path runs along its edge, the programme runs again in a band twice as wide around that path.
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

// For each source position 0..n, the target position where the target text has gone as far, in
// characters, as the source text.
std::vector<std::size_t> character_diagonal(const std::vector<AlignmentUnit>& source,
                                            const std::vector<AlignmentUnit>& target);

// For each source position 0..n, where a chain of beads over n source units reaches it.
std::vector<std::size_t> path_centre(const std::vector<Bead>& beads, std::size_t n);

// The cheapest chain of beads under the scorer, each with the scorer's confidence, searched in a
// band around `centre` (as the two functions above give it).
std::vector<Bead> align_units(const std::vector<AlignmentUnit>& source, const std::vector<AlignmentUnit>& target,
                              const BeadScorer& scorer, std::vector<std::size_t> centre,
                              const BandOptions& options = {});

}  // namespace korpu
