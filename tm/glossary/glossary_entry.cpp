#include "tm/glossary/glossary_entry.hpp"

#include "tm/core/error.hpp"

namespace korpu {

const char* to_string(TermStatus status) noexcept {
    switch (status) {
        case TermStatus::Approved: return "approved";
        case TermStatus::Proposed: return "proposed";
        case TermStatus::Deprecated: return "deprecated";
    }
    return "approved";
}

TermStatus term_status_from_string(const std::string& name) {
    if (name.empty() || name == "approved") return TermStatus::Approved;
    if (name == "proposed") return TermStatus::Proposed;
    if (name == "deprecated") return TermStatus::Deprecated;
    throw UsageError("unknown term status '" + name + "' (approved, proposed or deprecated)");
}

std::string join_variants(const std::vector<std::string>& variants) {
    std::string out;
    for (const auto& variant : variants) {
        if (!out.empty()) out += "; ";
        out += variant;
    }
    return out;
}

std::vector<std::string> split_variants(const std::string& field) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= field.size()) {
        auto end = field.find(';', start);
        if (end == std::string::npos) end = field.size();
        auto first = field.find_first_not_of(" \t", start);
        if (first != std::string::npos && first < end) {
            auto last = field.find_last_not_of(" \t", end - 1);
            out.push_back(field.substr(first, last - first + 1));
        }
        start = end + 1;
    }
    return out;
}

}  // namespace korpu
