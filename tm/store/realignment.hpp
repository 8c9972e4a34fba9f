#pragma once
// Anchored re-alignment of a stored alignment: the beads a reviewer confirmed stay, the stretches between
// them are aligned again (tm/align/document_aligner.hpp), and the new chain replaces the old one.
#include <cstdint>
#include <vector>

#include "tm/align/bead.hpp"

namespace korpu {

class Workspace;

// Re-aligns and stores the result in one transaction; returns the new chain. Throws Error when the
// workspace has no such alignment.
std::vector<Bead> realign_alignment(Workspace& workspace, std::int64_t alignment_id);

}  // namespace korpu
