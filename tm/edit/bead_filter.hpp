#pragma once
// Which beads a reviewer wants to see or visit next: by review status or by the aligner's confidence.
#include <cstddef>
#include <optional>
#include <vector>

#include "tm/align/bead.hpp"

namespace korpu {

enum class BeadFilter { All, NeedsReview, Unconfirmed, Confirmed, Automatic, LowConfidence };

// The aligner marks beads below its review threshold; the editor highlights the same ones.
bool is_low_confidence(const Bead& bead) noexcept;
bool matches(const Bead& bead, BeadFilter filter) noexcept;
// Indices of the matching beads, in order.
std::vector<std::size_t> filter_beads(const std::vector<Bead>& beads, BeadFilter filter);
// The first matching bead after `from`, going on from the start when the end is reached; none when no
// other bead matches.
std::optional<std::size_t> next_matching(const std::vector<Bead>& beads, std::size_t from, BeadFilter filter);
// The same, backwards.
std::optional<std::size_t> previous_matching(const std::vector<Bead>& beads, std::size_t from, BeadFilter filter);

}  // namespace korpu
