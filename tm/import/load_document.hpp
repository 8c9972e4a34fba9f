#pragma once
// Reads a document file and cuts it into segments: the one call the CLI and the editor make to bring a
// file into Körpü.
#include <filesystem>

#include <vector>

#include "tm/core/document.hpp"
#include "tm/core/import_finding.hpp"
#include "tm/core/language.hpp"
#include "tm/import/encoding.hpp"
#include "tm/import/import_options.hpp"

namespace korpu {

enum class InputLayout {
    RunningText,        // paragraphs separated by blank lines, cut into sentences
    OneSegmentPerLine,  // already segmented: every line is a segment
};

struct LoadedDocument {
    SegmentedDocument content;
    DocumentFormat format = DocumentFormat::Text;
    TextEncoding encoding;
    std::size_t boilerplate_removed = 0;
    std::vector<ImportFinding> findings;  // mixed-script words, by segment
};

LoadedDocument import_document(const std::filesystem::path& file, const Language& language, InputLayout layout,
                               const ImportOptions& options = {});

// The content alone.
SegmentedDocument load_document(const std::filesystem::path& file, const Language& language, InputLayout layout,
                                const ImportOptions& options = {});

}  // namespace korpu
