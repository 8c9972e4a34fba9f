#pragma once
// Writes the aligned pairs of a workspace as TMX 1.4b.
#include <cstddef>
#include <filesystem>

namespace korpu {

class Workspace;

struct TmxExportSummary {
    std::size_t units = 0;
    std::size_t skipped_one_sided = 0;
};

// Every bead with text on both sides becomes one translation unit. Written to a temporary file
// and renamed, so a failed export leaves no half-written file.
TmxExportSummary export_alignments_to_tmx(Workspace& workspace, const std::filesystem::path& output);

}  // namespace korpu
