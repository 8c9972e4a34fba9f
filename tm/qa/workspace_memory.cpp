#include "tm/qa/workspace_memory.hpp"

#include "tm/store/detail/sqlite.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {

std::vector<std::string> WorkspaceMemory::translations(const Language& source_lang, const Language& target_lang,
                                                       const std::string& source_text) const {
    const auto first = source_text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    const auto trimmed = source_text.substr(first, source_text.find_last_not_of(" \t\r\n") - first + 1);
    sql::Statement select(workspace_.database(),
                          "SELECT target_text FROM tm_unit WHERE source_lang = ?1 AND target_lang = ?2"
                          " AND source_text = ?3 ORDER BY id");
    select.bind(1, source_lang.tag()).bind(2, target_lang.tag()).bind(3, trimmed);
    std::vector<std::string> out;
    while (select.step()) out.push_back(select.column_text(0));
    return out;
}

}  // namespace korpu
