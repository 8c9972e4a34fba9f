#include "gui/gui_test_support.hpp"

#include <wx/app.h>
#include <wx/uiaction.h>
#include <wx/window.h>

#include <chrono>
#include <thread>

#include "support/test_support.hpp"
#include "tm/align/document_aligner.hpp"
#include "tm/import/load_document.hpp"
#include "tm/store/alignment_store.hpp"
#include "tm/store/pair_import.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::test {
namespace {

// Rounds of event processing that let a window lay itself out and repaint after an action.
constexpr int kSettleRounds = 20;
// Pause that lets the X server deliver simulated input before it is processed.
constexpr auto kInputPause = std::chrono::milliseconds(30);

}  // namespace

std::filesystem::path& gui_test_program() {
    static std::filesystem::path program;
    return program;
}

void settle() {
    for (int i = 0; i < kSettleRounds; ++i) {
        wxTheApp->ProcessPendingEvents();
        wxYield();
    }
}

void focus(wxWindow& window) {
    wxUIActionSimulator simulator;
    const wxRect area = window.GetScreenRect();
    simulator.MouseMove(area.GetLeft() + area.GetWidth() / 2, area.GetTop() + area.GetHeight() / 2);
    window.SetFocus();
    std::this_thread::sleep_for(kInputPause);
    settle();
}

void press(int key, int modifiers) {
    wxUIActionSimulator simulator;
    simulator.Char(key, modifiers);
    std::this_thread::sleep_for(kInputPause);
    settle();
}

void type_text(const std::string& ascii) {
    wxUIActionSimulator simulator;
    simulator.Text(ascii.c_str());
    std::this_thread::sleep_for(kInputPause);
    settle();
}

std::size_t align_sample(const std::filesystem::path& workspace_file, const std::string& pair, const std::string& stem,
                         const char* source_language) {
    const auto folder = source_dir() / "samples" / pair;
    const auto sl = Language::parse(source_language);
    const auto tl = Language::parse("en");
    const auto source = load_document(folder / (stem + "." + source_language + ".txt"), sl, InputLayout::RunningText);
    const auto target = load_document(folder / (stem + ".en.txt"), tl, InputLayout::RunningText);
    const auto beads = align_documents(source, target, sl, tl);
    auto workspace = Workspace::create(workspace_file);
    store_aligned_pair(workspace, {stem + "." + source_language + ".txt", sl, {}, "text", {}}, source,
                       {stem + ".en.txt", tl, {}, "text", {}}, target, beads, "length");
    return beads.size();
}

AlignedDocument saved_alignment(const std::filesystem::path& workspace_file) {
    auto workspace = Workspace::open(workspace_file);
    return load_aligned_document(workspace, AlignmentStore(workspace).list().front().id);
}

}  // namespace korpu::test
