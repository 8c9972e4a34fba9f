#pragma once
// One alignment with the text of both documents, as the editor, the exporters and the CLI read it.
#include <cstdint>
#include <string>
#include <vector>

#include "tm/align/bead.hpp"
#include "tm/store/document_store.hpp"

namespace korpu {

class Workspace;

struct AlignedDocument {
    std::int64_t alignment_id = 0;
    DocumentInfo source_info;
    DocumentInfo target_info;
    std::vector<std::string> source_segments;
    std::vector<std::string> target_segments;
    std::vector<Bead> beads;

    std::string source_text(std::size_t bead) const;
    std::string target_text(std::size_t bead) const;
};

// Throws Error when the workspace has no such alignment.
AlignedDocument load_aligned_document(Workspace& workspace, std::int64_t alignment_id);

}  // namespace korpu
