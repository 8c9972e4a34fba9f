#pragma once
// Exports of one document (XLIFF, bilingual editions) need one alignment: the one the user named, or
// the workspace's only one.
#include <cstdint>
#include <optional>

namespace korpu {

class Workspace;

// Throws UsageError when `requested` is not in the workspace, or when it is empty and the workspace
// holds no alignment or more than one.
std::int64_t choose_alignment(Workspace& workspace, std::optional<std::int64_t> requested);

}  // namespace korpu
