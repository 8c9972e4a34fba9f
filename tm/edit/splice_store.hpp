#pragma once
// Writes a splice to the workspace in one transaction: the segments of both documents and the alignment's
// beads. Rows are found and placed by their sort keys (tm/store/ordinal_keys.hpp), which the editor keeps in
// step with the document in memory, so an edit touches the rows it changes and none after them.
#include <cstdint>
#include <vector>

namespace korpu {

class Workspace;
struct Splice;

struct AlignmentRef {
    std::int64_t alignment = 0;
    std::int64_t source_document = 0;
    std::int64_t target_document = 0;
};

// The sort keys (ordinal column) of an alignment's rows, in order: the source and target documents'
// segments and the beads.
struct AlignmentOrdinals {
    std::vector<std::int64_t> source;
    std::vector<std::int64_t> target;
    std::vector<std::int64_t> beads;
};

AlignmentOrdinals load_alignment_ordinals(Workspace& workspace, const AlignmentRef& where);

// Writes the splice. `ordinals` are those of the rows before it; returns those after it.
AlignmentOrdinals store_splice(Workspace& workspace, const AlignmentRef& where, const Splice& splice,
                               AlignmentOrdinals ordinals);

}  // namespace korpu
