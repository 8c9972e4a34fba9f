#pragma once
// Writes the translation memory as TMX 1.4b, streaming: the whole memory or the units of one language
// pair, one origin document or a date range. Inline tags, properties, notes and the headers' properties of
// imported files are written back as they came. Written to a temporary file and renamed.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace korpu {

class Workspace;

struct TmxMemoryFilter {
    std::string source_lang;  // empty: any (a language also selects its regional variants)
    std::string target_lang;
    std::optional<std::int64_t> document;  // units from this workspace document only
    std::string since;                     // ISO 8601 date or date-time: units created or changed at or after it
    std::string until;                     // ... created or changed before it
};

// Called now and then with the units written and the units selected.
using TmxMemoryExportProgress = std::function<void(std::size_t done, std::size_t total)>;

// Returns the number of units written.
std::size_t export_memory_to_tmx(Workspace& workspace, const std::filesystem::path& output,
                                 const TmxMemoryFilter& filter = {}, const TmxMemoryExportProgress& progress = {});

}  // namespace korpu
