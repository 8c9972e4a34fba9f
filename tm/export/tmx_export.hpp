#pragma once
// Writes aligned pairs as TMX 1.4b: the whole workspace, one alignment (a document and its translation),
// or a range of its beads.
#include <cstddef>
#include <filesystem>

#include "tm/export/bead_stream.hpp"
#include "tm/export/export_options.hpp"

namespace korpu {

class Workspace;

struct TmxExportSummary {
    std::size_t units = 0;
    std::size_t skipped_one_sided = 0;
};

// Every selected bead with text on both sides becomes one translation unit. Written to a temporary file
// and renamed, so a failed export leaves no half-written file.
TmxExportSummary export_alignments_to_tmx(Workspace& workspace, const std::filesystem::path& output,
                                          const BeadSelection& selection = {},
                                          const ExportProgress& progress = {});

}  // namespace korpu
