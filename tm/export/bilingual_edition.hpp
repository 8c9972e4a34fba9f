#pragma once
// A document and its translation laid out for readers: rows of paragraphs that correspond, with the
// title, languages and credits of the document's metadata. The HTML, ODT, DOCX and PDF editions all
// render this model.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tm/core/document.hpp"

namespace korpu {

class Workspace;

// One row of the edition: source paragraphs and the target paragraphs aligned with them. A row ends
// where both documents start a new paragraph, so each row holds whole paragraphs on both sides.
struct EditionRow {
    BlockKind kind = BlockKind::Paragraph;
    std::vector<std::string> source;
    std::vector<std::string> target;
};

struct BilingualEdition {
    std::string title;
    std::string author;           // empty when unknown
    std::string translator;       // empty when unknown
    std::string source_language;  // BCP 47 tags
    std::string target_language;
    std::string source_language_name;  // English names: "Azerbaijani", "Russian"
    std::string target_language_name;
    std::vector<EditionRow> rows;

    // "Azerbaijani original by A" and "English translation by B" (the names when known).
    std::string original_credit() const;
    std::string translation_credit() const;
    // Both, joined by a comma.
    std::string credits() const;
};

// Builds the edition of one alignment (the only one when none is given); throws UsageError as
// choose_alignment.
BilingualEdition build_edition(Workspace& workspace, std::optional<std::int64_t> alignment);

}  // namespace korpu
