#pragma once
// Reads an XLIFF 2.0 or 1.2 file into its units, with the position of each for error messages.
// Safe against hostile files: no network access, no DTDs, no entity expansion.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "tm/export/xliff_export.hpp"

namespace korpu {

struct XliffUnit {
    std::string id;
    std::string source;
    std::string target;
    bool has_target = false;
    std::string state;      // 2.0 segment state, 1.2 target state; empty when absent
    std::string sub_state;  // 2.0 only
    std::string approved;   // 1.2 only
    std::string note;       // all notes, joined by line breaks
    std::size_t line = 0;
    std::size_t column = 0;
};

struct XliffFile {
    XliffVersion version = XliffVersion::V2_0;
    std::string source_language;
    std::string target_language;
    std::size_t languages_line = 0;  // where the languages are declared (root in 2.0, file in 1.2)
    std::size_t languages_column = 0;
    std::vector<XliffUnit> units;
};

// Throws InputError (file:line:column) for a file that is not well-formed XLIFF 2.0 or 1.2.
XliffFile read_xliff(const std::filesystem::path& file);

}  // namespace korpu
