#pragma once
// Reads back an XLIFF file exported by Körpü after review in another tool: the targets, states and notes
// of its units replace those of the matching beads. A file that does not match the workspace's document
// (other alignment, other languages, a source text that differs, an unknown unit) is rejected with
// InputError and nothing is changed: the whole import is one transaction.
#include <cstddef>
#include <filesystem>

namespace korpu {

class Workspace;

struct XliffImportSummary {
    std::size_t units = 0;
    std::size_t targets_changed = 0;
    std::size_t statuses_changed = 0;
    std::size_t notes_changed = 0;
};

XliffImportSummary import_xliff(Workspace& workspace, const std::filesystem::path& file);

}  // namespace korpu
