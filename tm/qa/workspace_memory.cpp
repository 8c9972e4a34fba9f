#include "tm/qa/workspace_memory.hpp"

namespace korpu {
namespace {

// Enough exact matches to see every distinct translation a memory normally holds for one source.
constexpr std::size_t kMaxExactMatches = 20;

}  // namespace

std::vector<std::string> WorkspaceMemory::translations(const Language& source_lang, const Language& target_lang,
                                                       const std::string& source_text) const {
    if (source_text.find_first_not_of(" \t\r\n") == std::string::npos) return {};
    TmQuery query;
    query.source_lang = source_lang.tag();
    query.target_lang = target_lang.tag();
    query.text = source_text;
    query.max_matches = kMaxExactMatches;
    query.threshold = 100;
    std::vector<std::string> out;
    for (const auto& match : memory_.lookup(query)) {
        if (match.kind == MatchKind::Fuzzy) continue;
        out.push_back(match.unit.target_text);
    }
    return out;
}

}  // namespace korpu
