#include "tm/store/file_pair_import.hpp"

#include "tm/align/document_aligner.hpp"

namespace korpu {
namespace {

NewDocument describe(const std::filesystem::path& file, const Language& language, const LoadedDocument& loaded) {
    return {file.filename().u8string(), language, std::filesystem::absolute(file).u8string(), to_string(loaded.format),
            loaded.encoding.name};
}

}  // namespace

ImportedPair import_file_pair(Workspace& workspace, const FilePair& pair, const PairImportProgress& progress) {
    const auto tell = [&progress](PairImportStage stage) {
        if (progress) progress(stage);
    };
    tell(PairImportStage::ReadingSource);
    const auto source = import_document(pair.source, pair.source_language, pair.layout, pair.source_options);
    tell(PairImportStage::ReadingTarget);
    const auto target = import_document(pair.target, pair.target_language, pair.layout, pair.target_options);
    tell(PairImportStage::Aligning);
    const auto beads = align_documents(source.content, target.content, pair.source_language, pair.target_language);
    tell(PairImportStage::Storing);
    ImportedPair imported;
    imported.stored =
        store_aligned_pair(workspace, describe(pair.source, pair.source_language, source), source.content,
                           describe(pair.target, pair.target_language, target), target.content, beads, "length",
                           source.findings, target.findings);
    imported.beads = beads.size();
    for (const auto& bead : beads) imported.needing_review += bead.status == BeadStatus::NeedsReview;
    imported.source_encoding = source.encoding;
    imported.target_encoding = target.encoding;
    return imported;
}

}  // namespace korpu
