#pragma once
// Aligns two segmented documents: the entry point the CLI and the editor call.
#include <string>
#include <vector>

#include "tm/align/bead.hpp"
#include "tm/core/document.hpp"
#include "tm/core/language.hpp"

namespace korpu {

// Beads whose confidence falls below this are marked for review. 0.05 is the two-tailed 5 % level of
// the length test: a pair this far from the expected length ratio is rare in correct alignments.
constexpr double kReviewConfidenceThreshold = 0.05;

std::vector<Bead> align_documents(const SegmentedDocument& source, const SegmentedDocument& target,
                                  const Language& source_language, const Language& target_language);

// The text of one side of a bead: its segments joined by a space.
std::string bead_side_text(const std::vector<std::string>& segments, std::size_t begin, std::size_t count);

}  // namespace korpu
