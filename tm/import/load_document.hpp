#pragma once
// Reads a document file and cuts it into segments: the one call the CLI and the editor make to bring a
// file into Körpü.
#include <filesystem>

#include "tm/core/document.hpp"
#include "tm/core/language.hpp"

namespace korpu {

enum class InputLayout {
    RunningText,        // paragraphs separated by blank lines, cut into sentences
    OneSegmentPerLine,  // already segmented: every non-empty line is a segment
};

SegmentedDocument load_document(const std::filesystem::path& file, const Language& language, InputLayout layout);

}  // namespace korpu
