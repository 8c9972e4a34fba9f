#pragma once
// Gale and Church's length-based sentence aligner (Computational Linguistics 19(1), 1993): a dynamic
// programme over beads 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2, scored by how well the character lengths of the
// two sides agree, restricted to a band around the diagonal so that time and memory grow linearly.
#include <cstddef>
#include <string>
#include <vector>

#include "tm/align/bead.hpp"

namespace korpu {

struct LengthAlignerOptions {
    // Half-width of the band around the diagonal, in segments. The band widens automatically to
    // cover the difference in segment counts between the two sides.
    std::size_t band = 100;
};

// Aligns two lists of segment lengths (in characters). The ratio of target to source characters is
// estimated from the two texts themselves.
std::vector<Bead> align_by_length(const std::vector<std::size_t>& source_lengths,
                                  const std::vector<std::size_t>& target_lengths,
                                  const LengthAlignerOptions& options = {});

// Length of a UTF-8 string in code points.
std::size_t character_length(const std::string& text);

}  // namespace korpu
