#pragma once
// One change to an alignment: a run of beads, and the runs of source and target segments they cover,
// replaced by new ones. Every edit of the alignment editor (merge, split, move, insert, delete, confirm,
// retype) is a splice, and its undo is the same splice turned around.
#include <cstddef>
#include <string>
#include <vector>

#include "tm/align/bead.hpp"

namespace korpu {

struct AlignedDocument;

// A run of segments of one document: where it starts and the texts before and after the change.
struct SegmentChange {
    std::size_t begin = 0;
    std::vector<std::string> before;
    std::vector<std::string> after;

    bool changes_count() const noexcept { return before.size() != after.size(); }
};

struct Splice {
    // First bead replaced; beads hold absolute segment positions as they are before (and after) the change.
    std::size_t bead_begin = 0;
    std::vector<Bead> beads_before;
    std::vector<Bead> beads_after;
    SegmentChange source;
    SegmentChange target;

    // The same change undone.
    Splice reversed() const;
    // Segments added (or, when negative, removed) on each side.
    std::ptrdiff_t source_delta() const noexcept;
    std::ptrdiff_t target_delta() const noexcept;
};

// Applies the splice to the document in memory: beads, both sides' segments, and the positions of the
// beads after the changed run. The document must be in the splice's "before" state.
void apply_in_memory(AlignedDocument& document, const Splice& splice);

}  // namespace korpu
