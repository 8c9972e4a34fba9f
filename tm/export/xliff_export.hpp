#pragma once
// Bilingual XLIFF files of one document for review in other CAT tools: XLIFF 2.0 (OASIS 2014) and
// XLIFF 1.2 (OASIS 2008). One unit per bead, with its status as segment state and its note; import
// (xliff_import.hpp) reads the reviewed file back.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "tm/export/bead_stream.hpp"
#include "tm/export/export_options.hpp"

namespace korpu {

class Workspace;

enum class XliffVersion { V2_0, V1_2 };

// Unit ids name the alignment and the bead: "a3-b17". Import uses them to find the bead again.
std::string xliff_unit_id(std::int64_t alignment, std::size_t bead);
// Parses a unit id; empty when it is not of that form.
std::optional<std::pair<std::int64_t, std::size_t>> parse_xliff_unit_id(const std::string& id);

// Exports the selected beads of one alignment (the workspace's only one when the selection names none);
// all of them unless the selection gives a range. Returns the number of units.
std::size_t export_xliff(Workspace& workspace, XliffVersion version, const std::filesystem::path& output,
                         const BeadSelection& selection, const ExportProgress& progress = {});

}  // namespace korpu
