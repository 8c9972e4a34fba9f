#pragma once
// The two XLIFF dialects' writers, used by export_xliff (xliff_export.cpp).
#include <cstddef>
#include <filesystem>
#include <ostream>
#include <string>

#include "tm/export/bead_stream.hpp"
#include "tm/export/export_options.hpp"

namespace korpu::detail {

// What the file element says about the document.
struct XliffFileInfo {
    std::int64_t alignment = 0;
    std::string original;  // the source document's name
    std::string source_language;
    std::string target_language;
};

// Each writes the whole file from the stream of beads and returns the number of units.
std::size_t write_xliff2(std::ostream& out, const std::filesystem::path& file, const XliffFileInfo& info,
                         BeadStream& beads, const ExportProgress& progress);
std::size_t write_xliff12(std::ostream& out, const std::filesystem::path& file, const XliffFileInfo& info,
                          BeadStream& beads, const ExportProgress& progress);

}  // namespace korpu::detail
