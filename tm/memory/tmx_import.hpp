#pragma once
// Imports a TMX 1.4b file into the workspace's translation memory, streaming (the file is never held in
// memory) and in one transaction: a malformed file is rejected with file:line:column and nothing from it
// is stored. UTF-8 and UTF-16 files (with a byte order mark), xml:lang or lang in any case, srclang="*all*",
// multilingual units; inline tags (bpt, ept, ph, it, hi, ut) and properties are kept for export.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

namespace korpu {

class Workspace;

struct TmxImportOptions {
    // The pair to import. Empty source: the unit's srclang, else the header's, else its first <tuv>.
    // Empty target: every other language of the unit (one unit per language).
    std::string source_lang;
    std::string target_lang;
};

struct TmxImportSummary {
    std::size_t units_read = 0;  // <tu> elements
    std::size_t added = 0;       // new units
    std::size_t merged = 0;      // duplicates of stored units (their metadata merged)
    std::size_t skipped = 0;     // <tu> without the requested pair, or with an empty side
};

// Called now and then with the bytes read so far, the file size and the units read.
using TmxImportProgress = std::function<void(std::uint64_t bytes_read, std::uint64_t file_size, std::size_t units)>;

TmxImportSummary import_tmx(Workspace& workspace, const std::filesystem::path& file,
                            const TmxImportOptions& options = {}, const TmxImportProgress& progress = {});

}  // namespace korpu
