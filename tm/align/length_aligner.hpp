#pragma once
// Gale and Church's length-based sentence aligner (Computational Linguistics 19(1), 1993): the banded
// dynamic programme of banded_aligner.hpp scored by character lengths alone.
#include <cstddef>
#include <string>
#include <vector>

#include "tm/align/bead.hpp"

namespace korpu {

// Aligns two lists of segment lengths (in characters). The ratio and variance of target to source
// characters are estimated from the two texts themselves.
std::vector<Bead> align_by_length(const std::vector<std::size_t>& source_lengths,
                                  const std::vector<std::size_t>& target_lengths);

// Length of a UTF-8 string in code points.
std::size_t character_length(const std::string& text);

}  // namespace korpu
