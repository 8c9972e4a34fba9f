#include <catch2/catch.hpp>
#include <wx/app.h>

#include "app/editor/main_frame.hpp"
#include "support/test_support.hpp"
#include "tm/align/document_aligner.hpp"
#include "tm/core/error.hpp"
#include "tm/import/load_document.hpp"
#include "tm/store/pair_import.hpp"
#include "tm/store/workspace.hpp"

using namespace korpu;
using korpu::test::ScratchDir;

namespace {

// Lets the window lay itself out and paint, as it would between user actions.
void settle() {
    for (int i = 0; i < 20; ++i) {
        wxTheApp->ProcessPendingEvents();
        wxYield();
    }
}

// Aligns one of the bundled sample pairs into a new workspace; returns the number of beads.
std::size_t align_sample(const std::filesystem::path& workspace_file, const std::string& pair, const std::string& stem,
                         const char* source_language, const char* target_language) {
    const auto folder = korpu::test::source_dir() / "samples" / pair;
    const auto sl = Language::parse(source_language);
    const auto tl = Language::parse("en");
    const auto source = load_document(folder / (stem + "." + source_language + ".txt"), sl, InputLayout::RunningText);
    const auto target = load_document(folder / (stem + "." + target_language + ".txt"), tl, InputLayout::RunningText);
    const auto beads = align_documents(source, target, sl, tl);
    auto workspace = Workspace::create(workspace_file);
    store_aligned_pair(workspace, {stem + ".az.txt", sl, {}, "text", {}}, source, {stem + ".en.txt", tl, {}, "text", {}},
                       target, beads, "length");
    return beads.size();
}

}  // namespace

TEST_CASE("the editor opens the sample workspace and shows one grid row per bead", "[gui]") {
    ScratchDir dir;
    const auto file = dir / "sample.korpu";
    const auto beads = align_sample(file, "az-en", "milli-meclis-komissiya", "az", "en");
    REQUIRE(beads > 10);

    auto* frame = new editor::MainFrame;
    frame->Show();
    frame->open_workspace(file);
    settle();
    CHECK(static_cast<std::size_t>(frame->grid().GetNumberRows()) == beads);
    CHECK(frame->alignment_list().GetCount() == 1);
    CHECK(frame->grid().GetColLabelValue(4).utf8_string() == "Source (az-Latn)");
    CHECK_FALSE(frame->grid().GetCellValue(0, 4).empty());
    frame->Destroy();
    settle();
}

TEST_CASE("the editor refuses a file that is not a workspace", "[gui]") {
    ScratchDir dir;
    korpu::test::write_file(dir / "notes.txt", "not a workspace");
    auto* frame = new editor::MainFrame;
    CHECK_THROWS_AS(frame->open_workspace(dir / "notes.txt"), WorkspaceError);
    CHECK(frame->grid().GetNumberRows() == 0);
    frame->Destroy();
    settle();
}
