#include "tm/export/parallel_text_export.hpp"

#include "tm/core/error.hpp"
#include "tm/export/pair_filter.hpp"
#include "tm/export/parallel_text_writer.hpp"

namespace korpu {
namespace {

std::unique_ptr<ParallelTextWriter> make_writer(ParallelTextFormat format,
                                                const std::filesystem::path& output,
                                                const BeadStream& beads) {
    switch (format) {
        case ParallelTextFormat::Moses: {
            const auto pairs = beads.language_pairs();
            if (pairs.size() > 1) {
                throw UsageError(
                    "the workspace holds several language pairs; choose one alignment with --alignment "
                    "for line-aligned files");
            }
            if (pairs.empty())
                throw UsageError("the workspace holds no alignment to export");
            return make_moses_writer(output, pairs.front().first, pairs.front().second);
        }
        case ParallelTextFormat::Tsv:
            return make_tsv_writer(output);
        case ParallelTextFormat::JsonLines:
            return make_jsonl_writer(output);
    }
    throw UsageError("unknown parallel-text format");
}

}  // namespace

CleanSummary export_parallel_text(Workspace& workspace, ParallelTextFormat format,
                                  const std::filesystem::path& output, const BeadSelection& selection,
                                  const CleanOptions& options, const ExportProgress& progress) {
    BeadStream beads(workspace, selection);
    auto writer = make_writer(format, output, beads);
    PairFilter filter(options);
    ExportBead bead;
    std::size_t done = 0;
    while (beads.next(bead)) {
        if (filter.keep(bead))
            writer->write(bead);
        if (progress && ++done % kProgressInterval == 0)
            progress(done, beads.total());
    }
    writer->commit();
    if (progress)
        progress(beads.total(), beads.total());
    return filter.summary();
}

}  // namespace korpu
