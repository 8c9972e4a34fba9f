#pragma once
// Writes a splice to the workspace in one transaction: the segments of both documents and the alignment's
// beads, keeping segment and bead ordinals contiguous (they are positions, as the exporters read them).
#include <cstdint>

namespace korpu {

class Workspace;
struct Splice;

struct AlignmentRef {
    std::int64_t alignment = 0;
    std::int64_t source_document = 0;
    std::int64_t target_document = 0;
};

void store_splice(Workspace& workspace, const AlignmentRef& where, const Splice& splice);

}  // namespace korpu
