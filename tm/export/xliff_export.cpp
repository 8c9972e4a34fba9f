#include "tm/export/xliff_export.hpp"

#include "tm/export/alignment_choice.hpp"
#include "tm/export/detail/output_file.hpp"
#include "tm/export/detail/xliff_writers.hpp"
#include "tm/store/alignment_store.hpp"
#include "tm/store/document_store.hpp"

namespace korpu {

std::string xliff_unit_id(std::int64_t alignment, std::size_t bead) {
    return "a" + std::to_string(alignment) + "-b" + std::to_string(bead);
}

std::optional<std::pair<std::int64_t, std::size_t>> parse_xliff_unit_id(const std::string& id) {
    const auto dash = id.find("-b");
    if (id.size() < 4 || id[0] != 'a' || dash == std::string::npos || dash < 2)
        return std::nullopt;
    const auto digits = [](const std::string& s) {
        return !s.empty() && s.size() < 18 && s.find_first_not_of("0123456789") == std::string::npos;
    };
    const auto alignment = id.substr(1, dash - 1);
    const auto bead = id.substr(dash + 2);
    if (!digits(alignment) || !digits(bead))
        return std::nullopt;
    return std::make_pair(std::stoll(alignment), static_cast<std::size_t>(std::stoull(bead)));
}

std::size_t export_xliff(Workspace& workspace, XliffVersion version, const std::filesystem::path& output,
                         const BeadSelection& selection, const ExportProgress& progress) {
    const auto id = choose_alignment(workspace, selection.alignment);
    detail::XliffFileInfo info;
    info.alignment = id;
    DocumentStore documents(workspace);
    for (const auto& a : AlignmentStore(workspace).list()) {
        if (a.id != id)
            continue;
        const auto source = documents.info(a.source_document);
        info.original = source.name;
        info.source_language = source.language.tag();
        info.target_language = documents.info(a.target_document).language.tag();
    }
    BeadSelection beads_of_one = selection;
    beads_of_one.alignment = id;
    BeadStream beads(workspace, beads_of_one);
    detail::OutputFile file(output);
    const auto units = version == XliffVersion::V2_0
                           ? detail::write_xliff2(file.stream(), output, info, beads, progress)
                           : detail::write_xliff12(file.stream(), output, info, beads, progress);
    file.commit();
    if (progress)
        progress(beads.total(), beads.total());
    return units;
}

}  // namespace korpu
