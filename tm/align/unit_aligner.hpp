#pragma once
// Aligning two runs of units in passes, each narrowing the search for the next: lengths alone in a wide
// band around the diagonal in characters (cheap: it finds where the path runs); then lengths and
// anchors in a narrow band around that path, with the prior length model (the draft); then again
// around the draft, with the length model measured on it (the final alignment).
#include <vector>

#include "tm/align/bead.hpp"
#include "tm/align/bead_scorer.hpp"

namespace korpu {

std::vector<Bead> draft_alignment(const std::vector<AlignmentUnit>& source, const std::vector<AlignmentUnit>& target,
                                  const LengthModel& prior, UnitKind kind = UnitKind::Sentence);

std::vector<Bead> final_alignment(const std::vector<AlignmentUnit>& source, const std::vector<AlignmentUnit>& target,
                                  const LengthModel& measured, const std::vector<Bead>& draft,
                                  UnitKind kind = UnitKind::Sentence);

}  // namespace korpu
