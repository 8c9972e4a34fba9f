#include "tm/export/tmx_export.hpp"

#include <fstream>

#include "tm/core/atomic_file.hpp"
#include "tm/core/error.hpp"
#include "tm/store/aligned_document.hpp"
#include "tm/store/alignment_store.hpp"
#include "tm/store/document_store.hpp"
#include "tm/store/workspace.hpp"
#include "tm/tmx/tmx_writer.hpp"

namespace korpu {

TmxExportSummary export_alignments_to_tmx(Workspace& workspace, const std::filesystem::path& output) {
    DocumentStore documents(workspace);
    AlignmentStore alignments(workspace);
    const auto all = alignments.list();

    TmxHeader header;
    header.source_language = all.empty() ? "*all*" : documents.info(all.front().source_document).language.tag();
    for (const auto& alignment : all) {
        if (documents.info(alignment.source_document).language.tag() != header.source_language) {
            header.source_language = "*all*";
        }
    }

    AtomicFile file(output);
    std::ofstream out(file.temporary_path(), std::ios::binary);
    if (!out) throw OutputError(output, "cannot be created");
    TmxExportSummary summary;
    {
        TmxWriter writer(out, header);
        for (const auto& alignment : all) {
            const auto aligned = load_aligned_document(workspace, alignment.id);
            for (std::size_t b = 0; b < aligned.beads.size(); ++b) {
                const auto& bead = aligned.beads[b];
                if (bead.source_count == 0 || bead.target_count == 0) {
                    ++summary.skipped_one_sided;
                    continue;
                }
                TmxUnit unit;
                unit.variants.push_back({aligned.source_info.language.tag(), aligned.source_text(b)});
                unit.variants.push_back({aligned.target_info.language.tag(), aligned.target_text(b)});
                writer.add(unit);
                ++summary.units;
            }
        }
        writer.finish();
    }
    out.close();
    if (!out) throw OutputError(output, "could not be written completely (disk full?)");
    file.commit();
    return summary;
}

}  // namespace korpu
