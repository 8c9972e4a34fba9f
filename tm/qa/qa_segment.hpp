#pragma once
// The unit QA looks at: one bead of an alignment (its source and target segments joined), or one pair
// of a bilingual TSV file.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "tm/core/language.hpp"

namespace korpu {

class Workspace;

struct QaSegment {
    std::string document;           // where it is: "az.txt -> en.txt" or the TSV file's name
    std::int64_t alignment_id = 0;  // 0 for pairs read from a file
    std::size_t number = 0;         // 1-based bead number (or line number in a TSV file)
    Language source_lang;
    Language target_lang;
    std::string source;
    std::string target;
};

// Every bead with source text of every alignment in the workspace, in order.
std::vector<QaSegment> load_qa_segments(Workspace& workspace);

// Pairs from a TSV file, one "source<TAB>target" a line; throws InputError naming the line.
std::vector<QaSegment> read_qa_pairs(const std::filesystem::path& file, const Language& source_lang,
                                     const Language& target_lang);

}  // namespace korpu
