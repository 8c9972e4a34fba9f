#include "tm/store/aligned_document.hpp"

#include "tm/align/document_aligner.hpp"
#include "tm/core/error.hpp"
#include "tm/store/alignment_store.hpp"

namespace korpu {

std::string AlignedDocument::source_text(std::size_t bead) const {
    return bead_side_text(source_segments, beads[bead].source_begin, beads[bead].source_count);
}

std::string AlignedDocument::target_text(std::size_t bead) const {
    return bead_side_text(target_segments, beads[bead].target_begin, beads[bead].target_count);
}

AlignedDocument load_aligned_document(Workspace& workspace, std::int64_t alignment_id) {
    AlignmentStore alignments(workspace);
    DocumentStore documents(workspace);
    for (const auto& alignment : alignments.list()) {
        if (alignment.id != alignment_id) continue;
        AlignedDocument aligned;
        aligned.alignment_id = alignment_id;
        aligned.source_info = documents.info(alignment.source_document);
        aligned.target_info = documents.info(alignment.target_document);
        aligned.source_segments = documents.segments(alignment.source_document);
        aligned.target_segments = documents.segments(alignment.target_document);
        aligned.beads = alignments.beads(alignment_id);
        return aligned;
    }
    throw Error("the workspace has no alignment " + std::to_string(alignment_id));
}

}  // namespace korpu
