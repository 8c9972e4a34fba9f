#include <catch2/catch.hpp>

#include "support/test_support.hpp"
#include "tm/core/error.hpp"
#include "tm/store/aligned_document.hpp"
#include "tm/store/alignment_store.hpp"
#include "tm/store/file_pair_import.hpp"
#include "tm/store/workspace.hpp"

using namespace korpu;
using korpu::test::ScratchDir;

namespace {

FilePair sample_pair() {
    const auto folder = korpu::test::source_dir() / "samples" / "az-en";
    FilePair pair;
    pair.source = folder / "milli-meclis-komissiya.az.txt";
    pair.target = folder / "milli-meclis-komissiya.en.txt";
    pair.source_language = Language::parse("az");
    pair.target_language = Language::parse("en");
    return pair;
}

}  // namespace

TEST_CASE("a pair of files is read, aligned and stored, each stage announced", "[store][import-pair]") {
    ScratchDir dir;
    auto workspace = Workspace::create(dir / "w.korpu");
    std::vector<PairImportStage> stages;
    const auto imported =
        import_file_pair(workspace, sample_pair(), [&stages](PairImportStage stage) { stages.push_back(stage); });
    CHECK(stages == std::vector<PairImportStage>{PairImportStage::ReadingSource, PairImportStage::ReadingTarget,
                                                 PairImportStage::Aligning, PairImportStage::Storing});
    CHECK(imported.beads > 10);
    CHECK(imported.source_encoding.name == "UTF-8");
    const auto document = load_aligned_document(workspace, imported.stored.alignment);
    CHECK(document.beads.size() == imported.beads);
    CHECK(document.source_info.language.tag() == "az-Latn");
}

TEST_CASE("an import cancelled by its progress callback stores nothing", "[store][import-pair]") {
    ScratchDir dir;
    auto workspace = Workspace::create(dir / "w.korpu");
    struct Stop {};
    CHECK_THROWS_AS(import_file_pair(workspace, sample_pair(),
                                     [](PairImportStage stage) {
                                         if (stage == PairImportStage::Aligning) throw Stop{};
                                     }),
                    Stop);
    CHECK(AlignmentStore(workspace).list().empty());
}

TEST_CASE("a missing file is an input error and stores nothing", "[store][import-pair]") {
    ScratchDir dir;
    auto workspace = Workspace::create(dir / "w.korpu");
    auto pair = sample_pair();
    pair.target = dir / "missing.en.txt";
    CHECK_THROWS_AS(import_file_pair(workspace, pair), InputError);
    CHECK(AlignmentStore(workspace).list().empty());
}
