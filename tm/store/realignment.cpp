#include "tm/store/realignment.hpp"

#include "tm/align/document_aligner.hpp"
#include "tm/store/alignment_store.hpp"
#include "tm/store/document_store.hpp"

namespace korpu {

std::vector<Bead> realign_alignment(Workspace& workspace, std::int64_t alignment_id) {
    AlignmentStore alignments(workspace);
    const auto alignment = alignments.info(alignment_id);
    DocumentStore documents(workspace);
    const auto source_info = documents.info(alignment.source_document);
    const auto target_info = documents.info(alignment.target_document);
    const auto beads =
        realign_documents(documents.content(alignment.source_document), documents.content(alignment.target_document),
                          source_info.language, target_info.language, alignments.beads(alignment_id));
    alignments.replace_beads(alignment_id, beads);
    return beads;
}

}  // namespace korpu
