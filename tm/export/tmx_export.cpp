#include "tm/export/tmx_export.hpp"

#include "tm/export/detail/output_file.hpp"
#include "tm/tmx/tmx_writer.hpp"

namespace korpu {

TmxExportSummary export_alignments_to_tmx(Workspace& workspace, const std::filesystem::path& output,
                                          const BeadSelection& selection, const ExportProgress& progress) {
    BeadStream beads(workspace, selection);
    TmxHeader header;
    const auto pairs = beads.language_pairs();
    header.source_language = pairs.empty() ? "*all*" : pairs.front().first;
    for (const auto& pair : pairs) {
        if (pair.first != header.source_language)
            header.source_language = "*all*";
    }

    detail::OutputFile file(output);
    TmxExportSummary summary;
    {
        TmxWriter writer(file.stream(), header, output);
        ExportBead bead;
        std::size_t done = 0;
        while (beads.next(bead)) {
            if (progress && ++done % kProgressInterval == 0)
                progress(done, beads.total());
            if (bead.source.empty() || bead.target.empty()) {
                ++summary.skipped_one_sided;
                continue;
            }
            TmxUnit unit;
            unit.variants.push_back({bead.source_language, bead.source});
            unit.variants.push_back({bead.target_language, bead.target});
            writer.add(unit);
            ++summary.units;
        }
        writer.finish();
    }
    file.commit();
    if (progress)
        progress(beads.total(), beads.total());
    return summary;
}

}  // namespace korpu
