#pragma once
// One glossary entry: an agreed translation of a term from one language into another.
#include <cstdint>
#include <string>
#include <vector>

#include "tm/core/language.hpp"

namespace korpu {

// "approved" entries are enforced by QA; "proposed" ones are listed but not enforced; "deprecated"
// ones are kept for reference only.
enum class TermStatus { Approved, Proposed, Deprecated };

const char* to_string(TermStatus status) noexcept;
// Throws UsageError for an unknown name.
TermStatus term_status_from_string(const std::string& name);

struct GlossaryEntry {
    std::int64_t id = 0;  // 0 until stored
    Language source_lang;
    Language target_lang;
    std::string source_term;
    std::string target_term;
    std::string part_of_speech;
    std::string note;
    std::vector<std::string> forbidden;  // target-language variants a translator must not use
    TermStatus status = TermStatus::Approved;
};

// Forbidden variants as one field ("a; b") in the workspace and in CSV/TSV files, and back.
std::string join_variants(const std::vector<std::string>& variants);
std::vector<std::string> split_variants(const std::string& field);

}  // namespace korpu
