#pragma once
// What a publisher prints on a bilingual edition's title page: a document's title, author and translator.
#include <cstdint>
#include <optional>
#include <string>

namespace korpu {

class Workspace;

struct DocumentMetadata {
    std::optional<std::string> title;
    std::optional<std::string> author;
    std::optional<std::string> translator;
};

// Throws Error when the workspace has no such document.
DocumentMetadata read_document_metadata(Workspace& workspace, std::int64_t document_id);
// Replaces all three fields (an empty optional clears one).
void write_document_metadata(Workspace& workspace, std::int64_t document_id,
                             const DocumentMetadata& metadata);

}  // namespace korpu
