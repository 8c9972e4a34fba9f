#pragma once
// Exports the beads of a workspace as clean parallel text (Moses line-aligned files, TSV, JSON Lines).
#include <filesystem>

#include "tm/export/bead_stream.hpp"
#include "tm/export/export_options.hpp"

namespace korpu {

class Workspace;

enum class ParallelTextFormat { Moses, Tsv, JsonLines };

// For Moses, `output` is the prefix of the two files (see moses_file()); the selection must then hold one
// language pair. Streams bead by bead; reports progress every few thousand beads.
CleanSummary export_parallel_text(Workspace& workspace, ParallelTextFormat format,
                                  const std::filesystem::path& output, const BeadSelection& selection,
                                  const CleanOptions& options, const ExportProgress& progress = {});

}  // namespace korpu
