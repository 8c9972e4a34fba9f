#pragma once
// Word (DOCX, Office Open XML) and LibreOffice (ODT, OpenDocument) documents: paragraphs and headings of
// the main text in reading order, tables cell by cell. Footnotes, comments, text boxes, deleted tracked
// changes and field codes are left out. The containers are read with libzip, the XML parts with libxml2
// (no network, no entities).
#include <filesystem>
#include <optional>
#include <vector>

#include "tm/core/document.hpp"
#include "tm/import/import_options.hpp"

namespace korpu {

// Docx or Odt for a ZIP container that holds one; nothing for other files. Throws InputError for a ZIP
// container that is damaged or holds neither.
std::optional<DocumentFormat> detect_office_format(std::string_view bytes, const std::filesystem::path& file);

std::vector<Block> read_docx_blocks(const std::filesystem::path& file);
std::vector<Block> read_odt_blocks(const std::filesystem::path& file);

}  // namespace korpu
