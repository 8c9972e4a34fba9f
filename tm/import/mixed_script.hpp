#pragma once
// Words whose letters come from more than one script: a Latin "c" or "o" typed inside a Russian word,
// a Cyrillic "Ә" inside Azerbaijani Latin. They look right and break search, spelling and matching, so
// they are reported for QA; the text is never changed.
#include <string_view>
#include <vector>

#include "tm/core/document.hpp"
#include "tm/core/import_finding.hpp"

namespace korpu {

inline constexpr const char* kMixedScriptFinding = "mixed-script";

// Every mixed-script word of one segment, with `segment` as its index.
std::vector<ImportFinding> find_mixed_script_words(std::string_view text, std::size_t segment);

// Every mixed-script word of a document.
std::vector<ImportFinding> find_mixed_script_words(const SegmentedDocument& document);

}  // namespace korpu
