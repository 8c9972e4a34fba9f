#include "tm/qa/qa_segment.hpp"

#include <fstream>

#include "tm/core/error.hpp"
#include "tm/store/aligned_document.hpp"
#include "tm/store/alignment_store.hpp"
#include "tm/text/utf32.hpp"

namespace korpu {

std::vector<QaSegment> load_qa_segments(Workspace& workspace) {
    std::vector<QaSegment> segments;
    for (const auto& alignment : AlignmentStore(workspace).list()) {
        const auto aligned = load_aligned_document(workspace, alignment.id);
        const auto label = aligned.source_info.name + " -> " + aligned.target_info.name;
        for (std::size_t b = 0; b < aligned.beads.size(); ++b) {
            if (aligned.beads[b].source_count == 0) continue;
            segments.push_back({label, alignment.id, b + 1, aligned.source_info.language, aligned.target_info.language,
                                aligned.source_text(b), aligned.target_text(b)});
        }
    }
    return segments;
}

std::vector<QaSegment> read_qa_pairs(const std::filesystem::path& file, const Language& source_lang,
                                     const Language& target_lang) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(file, "cannot be read");
    std::vector<QaSegment> segments;
    std::string line;
    std::size_t number = 0;
    const auto label = file.filename().u8string();
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (number == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
        const auto bad = find_invalid_utf8(line);
        if (bad != std::string::npos) throw InputError(file, number, bad + 1, "is not valid UTF-8");
        const auto tab = line.find('\t');
        if (tab == std::string::npos) {
            if (line.empty()) continue;
            throw InputError(file, number, 1, "needs a source and a target separated by a tab");
        }
        if (line.find('\t', tab + 1) != std::string::npos) {
            throw InputError(file, number, line.find('\t', tab + 1) + 1, "has more than two tab-separated fields");
        }
        segments.push_back({label, 0, number, source_lang, target_lang, line.substr(0, tab), line.substr(tab + 1)});
    }
    return segments;
}

}  // namespace korpu
