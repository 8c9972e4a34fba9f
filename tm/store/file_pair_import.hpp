#pragma once
// Brings an original and its translation from files into a workspace: read both (any format and
// encoding the importer knows), segment, align, and store documents and alignment in one transaction.
// What the editor's import wizard runs on its worker thread.
#include <filesystem>
#include <functional>

#include "tm/core/language.hpp"
#include "tm/import/import_options.hpp"
#include "tm/import/load_document.hpp"
#include "tm/store/pair_import.hpp"

namespace korpu {

struct FilePair {
    std::filesystem::path source;
    std::filesystem::path target;
    Language source_language;
    Language target_language;
    ImportOptions source_options;
    ImportOptions target_options;
    InputLayout layout = InputLayout::RunningText;
};

enum class PairImportStage { ReadingSource, ReadingTarget, Aligning, Storing };

// Told when each stage begins. It may throw to cancel: nothing has been stored before the last stage.
using PairImportProgress = std::function<void(PairImportStage stage)>;

struct ImportedPair {
    StoredPair stored;
    std::size_t beads = 0;
    std::size_t needing_review = 0;
    TextEncoding source_encoding;
    TextEncoding target_encoding;
};

// Throws InputError for a file that cannot be read, and Error for a workspace that cannot take the pair.
ImportedPair import_file_pair(Workspace& workspace, const FilePair& pair, const PairImportProgress& progress = {});

}  // namespace korpu
