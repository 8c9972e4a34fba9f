#pragma once
// Writers of bilingual editions, one per file format. Each writes one self-contained file through
// AtomicFile, so a failed export leaves nothing half-written.
#include <filesystem>

#include "tm/export/bilingual_edition.hpp"

namespace korpu {

enum class EditionLayout { SideBySide, Interleaved };

// HTML5 with its CSS inline (screen and print): a two-column table, or each source paragraph followed by
// its translation.
void write_html_edition(const BilingualEdition& edition, EditionLayout layout,
                        const std::filesystem::path& output);
// OpenDocument Text: title, credits and a two-column table.
void write_odt_edition(const BilingualEdition& edition, const std::filesystem::path& output);
// Office Open XML (Word): title, credits and a two-column table.
void write_docx_edition(const BilingualEdition& edition, const std::filesystem::path& output);
// PDF, A4, laid out by Pango and drawn by Cairo in two columns with DejaVu fonts.
void write_pdf_edition(const BilingualEdition& edition, const std::filesystem::path& output);

}  // namespace korpu
