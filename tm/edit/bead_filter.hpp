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

// Where a bead marked from outside the alignment (a QA finding's bead) is after an edit that replaced
// `removed` beads from `first` on by `added` new ones: the same bead, moved along; inside the replaced run,
// the new bead at the same offset (the last new one past their end); none when the run was removed whole.
std::optional<std::size_t> bead_after_edit(std::size_t bead, std::size_t first, std::size_t removed,
                                           std::size_t added) noexcept;
// The same for a sorted list of marked beads; the result is sorted, without repeats.
std::vector<std::size_t> beads_after_edit(const std::vector<std::size_t>& beads, std::size_t first, std::size_t removed,
                                          std::size_t added);

}  // namespace korpu
