#include <wx/app.h>
#include <wx/aui/framemanager.h>
#include <wx/combobox.h>
#include <wx/filepicker.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>
#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <thread>

#include "app/editor/alignment_map.hpp"
#include "app/editor/alignment_session.hpp"
#include "app/editor/bead_pane.hpp"
#include "app/editor/command_ids.hpp"
#include "app/editor/export_dialog.hpp"
#include "app/editor/glossary_panel.hpp"
#include "app/editor/import_wizard.hpp"
#include "app/editor/main_frame.hpp"
#include "app/editor/memory_panel.hpp"
#include "app/editor/qa_panel.hpp"
#include "app/editor/worker_job.hpp"
#include "gui/gui_test_support.hpp"
#include "support/test_support.hpp"
#include "tm/core/error.hpp"
#include "tm/glossary/glossary_store.hpp"
#include "tm/memory/translation_memory.hpp"
#include "tm/store/workspace.hpp"

using namespace korpu;
using korpu::test::press;
using korpu::test::saved_alignment;
using korpu::test::ScratchDir;
using korpu::test::settle;

namespace {

constexpr const char* kPair = "az-en";
constexpr const char* kStem = "milli-meclis-komissiya";

// A frame with the sample open, destroyed at the end of the test.
struct OpenSample {
    ScratchDir dir;
    std::filesystem::path file = dir / "sample.korpu";
    std::size_t beads = korpu::test::align_sample(file, kPair, kStem, "az");
    editor::MainFrame* frame = new editor::MainFrame;

    OpenSample() {
        frame->SetPosition(wxPoint(0, 0));
        frame->Show();
        frame->open_workspace(file);
        settle();
    }
    ~OpenSample() {
        frame->Destroy();
        settle();
    }
    editor::AlignmentSession& session() { return *frame->session(); }
    std::size_t first_bead_with(std::size_t source_count) const {
        const auto saved = saved_alignment(file);
        for (std::size_t i = 0; i < saved.beads.size(); ++i) {
            if (saved.beads[i].source_count == source_count && saved.beads[i].target_count > 0) return i;
        }
        FAIL("the sample has no bead with " << source_count << " source sentences");
        return 0;
    }
};

std::vector<std::string> bead_types(const AlignedDocument& document) {
    std::vector<std::string> types;
    for (const auto& bead : document.beads) types.push_back(bead.type());
    return types;
}

}  // namespace

TEST_CASE("the editor opens the sample workspace and shows one grid row per bead", "[gui]") {
    OpenSample open;
    REQUIRE(open.beads > 10);
    CHECK(static_cast<std::size_t>(open.frame->grid().GetNumberRows()) == open.beads);
    CHECK(open.frame->alignment_list().GetCount() == 1);
    CHECK(open.frame->grid().GetColLabelValue(4).utf8_string() == "Source (az-Latn)");
    CHECK_FALSE(open.frame->grid().GetCellValue(0, 4).empty());
    // The edit pane shows the first bead, letters of Azerbaijani intact.
    CHECK(open.frame->pane().text(korpu::Side::Source).GetText().utf8_string() ==
          "Milli Məclisin komissiyası Xocavənddə bərpa işlərinin gedişi ilə tanış olub");
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

TEST_CASE("keyboard: merge, split, move a sentence, undo and redo each, confirm, type; all saved", "[gui]") {
    OpenSample open;
    auto& grid = open.frame->grid();
    const auto original = saved_alignment(open.file);
    korpu::test::focus(grid);

    // Ctrl+M merges the current bead with the next.
    open.session().go_to(0);
    press('M', wxMOD_CONTROL);
    CHECK(saved_alignment(open.file).beads.size() == open.beads - 1);
    CHECK(grid.GetNumberRows() == static_cast<int>(open.beads - 1));
    CHECK(saved_alignment(open.file).beads[0].type() == "2-2");
    press('Z', wxMOD_CONTROL);
    CHECK(bead_types(saved_alignment(open.file)) == bead_types(original));
    CHECK(grid.GetNumberRows() == static_cast<int>(open.beads));
    press('Y', wxMOD_CONTROL);
    CHECK(saved_alignment(open.file).beads[0].type() == "2-2");
    press('Z', wxMOD_CONTROL);
    CHECK(bead_types(saved_alignment(open.file)) == bead_types(original));

    // Ctrl+Shift+S splits at the cursor: in the source text, at the start of its second sentence.
    const auto two = open.first_bead_with(2);
    open.session().go_to(two);
    settle();
    auto& source = open.frame->pane().text(korpu::Side::Source);
    korpu::test::focus(source);
    const auto second_sentence = original.source_segments[original.beads[two].source_begin + 1];
    const auto text = source.GetText().utf8_string();
    source.GotoPos(static_cast<int>(text.find(second_sentence)));
    press('S', wxMOD_CONTROL | wxMOD_SHIFT);
    auto saved = saved_alignment(open.file);
    CHECK(saved.beads.size() == open.beads + 1);
    CHECK(saved.beads[two].source_count == 1);
    CHECK(saved.source_text(two + 1) == second_sentence);
    press('Z', wxMOD_CONTROL);
    CHECK(bead_types(saved_alignment(open.file)) == bead_types(original));
    press('Y', wxMOD_CONTROL);
    CHECK(saved_alignment(open.file).beads.size() == open.beads + 1);
    press('Z', wxMOD_CONTROL);

    // Ctrl+Shift+Down moves the last source sentence of the bead to the next bead.
    open.session().go_to(two);
    settle();
    korpu::test::focus(open.frame->pane().text(korpu::Side::Source));
    press(WXK_DOWN, wxMOD_CONTROL | wxMOD_SHIFT);
    saved = saved_alignment(open.file);
    CHECK(saved.beads[two].source_count == 1);
    CHECK(saved.beads[two + 1].source_count == original.beads[two + 1].source_count + 1);
    press('Z', wxMOD_CONTROL);
    CHECK(bead_types(saved_alignment(open.file)) == bead_types(original));
    press('Y', wxMOD_CONTROL);
    CHECK(saved_alignment(open.file).beads[two].source_count == 1);
    press('Z', wxMOD_CONTROL);
    CHECK(bead_types(saved_alignment(open.file)) == bead_types(original));

    // Ctrl+Enter confirms and goes on to the next unconfirmed bead.
    open.session().go_to(1);
    press(WXK_RETURN, wxMOD_CONTROL);
    CHECK(saved_alignment(open.file).beads[1].status == BeadStatus::Confirmed);
    CHECK(open.session().current() == 2);

    // Typing into the target is saved keystroke by keystroke.
    auto& target = open.frame->pane().text(korpu::Side::Target);
    korpu::test::focus(target);
    target.DocumentEnd();
    korpu::test::type_text(" Extra words");
    CHECK(saved_alignment(open.file).target_text(2) == original.target_text(2) + " Extra words");
    CHECK(grid.GetCellValue(2, editor::AlignmentGridTable::kTarget).utf8_string() ==
          original.target_text(2) + " Extra words");
    // One Ctrl+Z takes the whole burst of typing back.
    press('Z', wxMOD_CONTROL);
    CHECK(saved_alignment(open.file).target_text(2) == original.target_text(2));
    CHECK(target.GetText().utf8_string() == original.target_text(2));
}

TEST_CASE("Ctrl+Down and Ctrl+Up move between beads, also from inside the edit pane", "[gui]") {
    OpenSample open;
    korpu::test::focus(open.frame->pane().text(korpu::Side::Target));
    press(WXK_DOWN, wxMOD_CONTROL);
    press(WXK_DOWN, wxMOD_CONTROL);
    CHECK(open.session().current() == 2);
    CHECK(open.frame->grid().GetGridCursorRow() == 2);
    press(WXK_UP, wxMOD_CONTROL);
    CHECK(open.session().current() == 1);
}

TEST_CASE("filters show only matching beads, and the next bead needing review is one key away", "[gui]") {
    OpenSample open;
    const auto saved = saved_alignment(open.file);
    std::size_t review = 0;
    for (const auto& bead : saved.beads) review += bead.status == BeadStatus::NeedsReview;
    REQUIRE(review > 0);
    open.frame->run_command(editor::kCmdFilterReview);
    settle();
    CHECK(open.frame->grid().GetNumberRows() == static_cast<int>(review));
    open.frame->run_command(editor::kCmdFilterAll);
    settle();
    CHECK(open.frame->grid().GetNumberRows() == static_cast<int>(open.beads));
    open.session().go_to(0);
    korpu::test::focus(open.frame->grid());
    press('R', wxMOD_CONTROL | wxMOD_SHIFT);
    CHECK(saved.beads[open.session().current()].status == BeadStatus::NeedsReview);
}

TEST_CASE("a click on the alignment map jumps to the bead drawn there", "[gui]") {
    OpenSample open;
    auto& map = open.frame->map();
    const wxRect area = map.GetScreenRect();
    wxUIActionSimulator simulator;
    // Near the lower right end of the path: the last beads.
    simulator.MouseMove(area.GetRight() - map.FromDIP(8), area.GetBottom() - map.FromDIP(8));
    simulator.MouseClick();
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    settle();
    CHECK(open.session().current() + 3 >= open.beads);
    CHECK(map.bead_at(wxPoint(map.FromDIP(18), map.FromDIP(18))) == 0);
}

TEST_CASE("the layout is remembered: a hidden map stays hidden in the next window", "[gui]") {
    {
        OpenSample open;
        open.frame->run_command(editor::kCmdShowMap);
        CHECK_FALSE(open.frame->map().IsShownOnScreen());
        open.frame->Close(true);
        settle();
        open.frame = new editor::MainFrame;
    }
    auto* frame = new editor::MainFrame;
    frame->Show();
    settle();
    CHECK_FALSE(frame->map().IsShownOnScreen());
    frame->run_command(editor::kCmdResetLayout);
    settle();
    CHECK(frame->map().IsShownOnScreen());
    frame->Close(true);
    settle();
}

// Run by the next test as a second process, which it kills: makes two edits in the real window, signals
// that they are done, and goes on running until it is killed.
TEST_CASE("crash child: edit, then wait to be killed", "[.crash-child]") {
    const char* workspace = std::getenv("KORPU_CRASH_WORKSPACE");
    const char* ready = std::getenv("KORPU_CRASH_READY");
    REQUIRE(workspace);
    REQUIRE(ready);
    auto* frame = new editor::MainFrame;
    frame->SetPosition(wxPoint(0, 0));
    frame->Show();
    frame->open_workspace(std::filesystem::u8path(workspace));
    settle();
    auto& target = frame->pane().text(korpu::Side::Target);
    korpu::test::focus(target);
    target.DocumentEnd();
    korpu::test::type_text(" Typed before the crash");
    frame->session()->go_to(3);
    korpu::test::focus(frame->grid());
    press('M', wxMOD_CONTROL);
    korpu::test::write_file(std::filesystem::u8path(ready), "edited");
    for (;;) {
        settle();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

TEST_CASE("killed with SIGKILL right after two edits, the editor reopens with both of them", "[gui]") {
    ScratchDir dir;
    const auto file = dir / "crash.korpu";
    const auto beads = korpu::test::align_sample(file, kPair, kStem, "az");
    const auto original = saved_alignment(file);
    const auto ready = dir / "ready";
    const auto pid = dir / "pid";
    const std::string command = "KORPU_CRASH_WORKSPACE='" + file.string() + "' KORPU_CRASH_READY='" + ready.string() +
                                "' '" + korpu::test::gui_test_program().string() +
                                "' '[.crash-child]' >/dev/null 2>&1 & echo $! >'" + pid.string() + "'";
    REQUIRE(std::system(command.c_str()) == 0);
    for (int waited = 0; waited < 600 && !std::filesystem::exists(ready); ++waited) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    REQUIRE(std::filesystem::exists(ready));
    const auto child = korpu::test::read_file(pid);
    REQUIRE(std::system(("kill -9 " + child).c_str()) == 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));

    auto* frame = new editor::MainFrame;
    frame->Show();
    frame->open_workspace(file);
    settle();
    const auto& reopened = frame->session()->editor().document();
    CHECK(reopened.beads.size() == beads - 1);
    CHECK(reopened.target_text(0) == original.target_text(0) + " Typed before the crash");
    CHECK(reopened.source_text(3) == original.source_text(3) + " " + original.source_text(4));
    frame->Destroy();
    settle();
}

TEST_CASE("the import wizard previews a Windows-1251 translation with the encoding it detected", "[gui]") {
    ScratchDir dir;
    // "Встреча в Баку" and more, in Windows-1251.
    const std::string cp1251 =
        "\xc2\xf1\xf2\xf0\xe5\xf7\xe0 \xe2 \xc1\xe0\xea\xf3. \xcf\xf0\xe5\xe7\xe8\xe4\xe5\xed\xf2\xfb "
        "\xee\xe1\xf1\xf3\xe4\xe8\xeb\xe8 \xf1\xee\xf2\xf0\xf3\xe4\xed\xe8\xf7\xe5\xf1\xf2\xe2\xee.\n";
    korpu::test::write_file(dir / "news.ru.txt", cp1251);
    auto* frame = new editor::MainFrame;
    {
        editor::ImportWizard wizard(frame);
        wizard.file_picker(true).SetPath(wxString::FromUTF8((dir / "news.ru.txt").u8string()));
        wizard.file_picker(false).SetPath(wxString::FromUTF8(
            (korpu::test::source_dir() / "samples" / "ru-en" / "vstrecha-v-baku.en.txt").u8string()));
        wizard.update_previews();
        CHECK(wizard.detected(true).GetLabel().utf8_string().find("windows-1251") != std::string::npos);
        CHECK(wizard.preview(true).GetValue().utf8_string().rfind("Встреча в Баку.", 0) == 0);
        CHECK(wizard.detected(false).GetLabel().utf8_string().find("UTF-8") != std::string::npos);
        wizard.language(true).SetValue("ru");
        const auto pair = wizard.pair();
        CHECK(pair.source_language.tag() == "ru");
        CHECK(pair.target_language.tag() == "en");
    }
    frame->Destroy();
    settle();
}

TEST_CASE("import and align runs off the UI thread and shows the new pair; export writes TMX", "[gui]") {
    ScratchDir dir;
    auto* frame = new editor::MainFrame;
    frame->Show();
    frame->new_workspace(dir / "new.korpu");
    settle();
    CHECK(frame->session() == nullptr);
    FilePair pair;
    const auto folder = korpu::test::source_dir() / "samples" / "ru-en";
    pair.source = folder / "vstrecha-v-baku.ru.txt";
    pair.target = folder / "vstrecha-v-baku.en.txt";
    pair.source_language = Language::parse("ru");
    pair.target_language = Language::parse("en");
    REQUIRE(frame->import_pair(pair));
    settle();
    REQUIRE(frame->session() != nullptr);
    CHECK(frame->grid().GetNumberRows() > 5);
    CHECK(frame->grid().GetColLabelValue(4).utf8_string() == "Source (ru)");

    editor::ExportRequest request;
    request.output = dir / "out.tmx";
    editor::Progress progress;
    const auto summary =
        editor::run_export(dir / "new.korpu", frame->session()->editor().document().alignment_id, request, progress);
    CHECK_FALSE(summary.empty());
    CHECK(korpu::test::read_file(dir / "out.tmx").find("<tu>") != std::string::npos);
    // Cancelled (the progress throws at its first report): no file is left behind.
    editor::Progress cancelled;
    cancelled.cancel();
    request.output = dir / "cancelled.tmx";
    CHECK_THROWS_AS(editor::run_export(dir / "new.korpu", 1, request, cancelled), editor::Cancelled);
    CHECK_FALSE(std::filesystem::exists(dir / "cancelled.tmx"));
    frame->Destroy();
    settle();
}

TEST_CASE(
    "the memory panel shows a fuzzy match with its differences; Ctrl+1 inserts it; confirmed beads enter "
    "the memory",
    "[gui]") {
    OpenSample open;
    const auto saved = saved_alignment(open.file);
    {
        auto workspace = Workspace::open(open.file);
        TranslationMemory memory(workspace);
        TmUnit unit;
        unit.source_lang = "az";
        unit.target_lang = "en";
        // Bead 2's source with one word changed.
        auto source = saved.source_text(1);
        source.replace(source.find("sentyabrın"), std::string("sentyabrın").size(), "oktyabrın");
        unit.source_text = source;
        unit.target_text = "A working commission visited Khankendi on 30 October.";
        memory.add(unit);
    }
    open.session().go_to(1);
    settle();
    auto& panel = open.frame->memory_panel();
    REQUIRE(panel.matches().size() == 1);
    CHECK(panel.matches()[0].score < 100);
    CHECK(panel.matches()[0].score >= 70);
    CHECK_FALSE(panel.matches()[0].differences.empty());
    korpu::test::focus(open.frame->grid());
    press('1', wxMOD_CONTROL);
    CHECK(saved_alignment(open.file).target_text(1) == "A working commission visited Khankendi on 30 October.");
    press(WXK_RETURN, wxMOD_CONTROL);
    open.session().go_to(1);
    settle();
    REQUIRE_FALSE(panel.matches().empty());
    CHECK(panel.matches()[0].score >= 100);
    // Concordance on a word of the source.
    auto& source = open.frame->pane().text(korpu::Side::Source);
    korpu::test::focus(source);
    const auto text = source.GetText().utf8_string();
    source.SetSelection(static_cast<int>(text.find("komissiya")), static_cast<int>(text.find("komissiya") + 9));
    press('K', wxMOD_CONTROL);
    CHECK(open.frame->concordance_panel().hit_count() >= 1);
}

TEST_CASE("QA findings are listed, and a click on one jumps to its bead", "[gui]") {
    OpenSample open;
    const auto saved = saved_alignment(open.file);
    // A number the translation gets wrong: 2,5 million becomes 3.5 million.
    std::size_t bead = 0;
    while (bead < saved.beads.size() && saved.target_text(bead).find("2.5") == std::string::npos) ++bead;
    REQUIRE(bead < saved.beads.size());
    auto target = saved.target_text(bead);
    target.replace(target.find("2.5"), 3, "3.5");
    open.session().go_to(bead);
    open.session().set_target_text(target);
    open.session().go_to(0);
    open.frame->run_qa();
    settle();
    auto& panel = open.frame->qa_panel();
    REQUIRE(panel.count() > 0);
    std::size_t row = 0;
    while (row < panel.count() &&
           panel.list().GetItemText(static_cast<long>(row), 1) != wxString::Format("%zu", bead + 1)) {
        ++row;
    }
    REQUIRE(row < panel.count());
    panel.activate(row);
    settle();
    CHECK(open.session().current() == bead);
}

TEST_CASE("a misspelt Azerbaijani word typed into the source is underlined", "[gui]") {
    OpenSample open;
    auto& source = open.frame->pane().text(korpu::Side::Source);
    source.DocumentEnd();
    source.AddText(wxString::FromUTF8(" komisiyası"));
    settle();
    const auto& misspelt = open.frame->pane().misspellings(korpu::Side::Source);
    if (misspelt.empty() && open.frame->GetStatusBar()->GetStatusText(0).Contains("dictionar")) {
        WARN("skipped: no Azerbaijani dictionary here: " << open.frame->GetStatusBar()->GetStatusText(0).utf8_string());
        return;
    }
    REQUIRE(misspelt.size() == 1);
    CHECK(misspelt[0].word == "komisiyası");
    CHECK(source.IndicatorValueAt(8, static_cast<int>(misspelt[0].begin)) != 0);
    // The word typed is saved as well.
    CHECK(saved_alignment(open.file).source_text(0).find("komisiyası") != std::string::npos);
}

TEST_CASE("the glossary panel lists the current bead's terms, and the pane marks them on both sides", "[gui]") {
    OpenSample open;
    {
        auto workspace = Workspace::open(open.file);
        GlossaryStore glossary(workspace);
        GlossaryEntry commission;
        commission.source_lang = Language::parse("az");
        commission.target_lang = Language::parse("en");
        commission.source_term = "komissiya";
        commission.target_term = "commission";
        glossary.add(commission);
        GlossaryEntry restoration = commission;
        restoration.source_term = "bərpa";
        restoration.target_term = "reconstruction";
        restoration.note = "agreed with the client";
        glossary.add(restoration);
    }
    open.frame->show_alignment(0);
    settle();
    // Bead 1: "Milli Məclisin komissiyası Xocavənddə bərpa ..." / "Parliamentary commission reviews restoration ...".
    auto& panel = open.frame->glossary_panel();
    REQUIRE(panel.count() == 2);
    CHECK(panel.list().GetItemText(0, 0).utf8_string() == "komissiya");
    CHECK(panel.list().GetItemText(0, 2) == "yes");
    CHECK(panel.list().GetItemText(1, 0).utf8_string() == "bərpa");
    CHECK(panel.list().GetItemText(1, 2) == "missing");
    CHECK(panel.list().GetItemText(1, 3) == "agreed with the client");
    auto& source = open.frame->pane().text(korpu::Side::Source);
    auto& target = open.frame->pane().text(korpu::Side::Target);
    const auto source_text = source.GetText().utf8_string();
    const auto target_text = target.GetText().utf8_string();
    const auto indicator = editor::BeadPane::kGlossaryIndicator;
    CHECK(source.IndicatorValueAt(indicator, static_cast<int>(source_text.find("komissiyası") + 2)) != 0);
    CHECK(source.IndicatorValueAt(indicator, static_cast<int>(source_text.find("bərpa"))) != 0);
    CHECK(source.IndicatorValueAt(indicator, static_cast<int>(source_text.find("Milli"))) == 0);
    CHECK(target.IndicatorValueAt(indicator, static_cast<int>(target_text.find("commission"))) != 0);
    CHECK(target.IndicatorValueAt(indicator, static_cast<int>(target_text.find("restoration"))) == 0);
    // Another bead, other hits: the panel follows the current bead.
    open.session().go_to(open.beads - 1);
    settle();
    const auto last = saved_alignment(open.file).source_text(open.beads - 1);
    if (last.find("komissiya") == std::string::npos && last.find("bərpa") == std::string::npos &&
        last.find("Komissiya") == std::string::npos) {
        CHECK(panel.count() == 0);
    }
}

TEST_CASE("an inline tag shows as a numbered chip that the keyboard cannot delete", "[gui]") {
    OpenSample open;
    const std::string chip = "\xEE\x80\x80";  // U+E000: the first tag of a segment
    open.session().go_to(0);
    open.session().set_target_text("Parliamentary " + chip + "commission" + "\xEE\x80\x81" + " reviews");
    settle();
    auto& target = open.frame->pane().text(korpu::Side::Target);
    const auto text = target.GetText().utf8_string();
    const auto at = static_cast<int>(text.find(chip));
    REQUIRE(at > 0);
    CHECK(target.GetStyleAt(at) == editor::BeadPane::kTagStyle);
    CHECK(target.GetStyleAt(at - 1) != editor::BeadPane::kTagStyle);
    CHECK(target.GetRepresentation(wxString::FromUTF8(chip.data(), chip.size())) == wxString(L"\u20391\u203A"));
    // Backspace right after the chip, and Delete right before it, leave it where it is.
    target.SetFocus();
    target.GotoPos(at + 3);
    target.CmdKeyExecute(wxSTC_CMD_DELETEBACK);
    target.GotoPos(at);
    target.CmdKeyExecute(wxSTC_CMD_CLEAR);
    settle();
    CHECK(target.GetText().utf8_string() == text);
    // Typing next to it is still typing: the letter goes in and is saved, the chip kept.
    target.GotoPos(at);
    target.AddText("X");
    settle();
    CHECK(saved_alignment(open.file).target_text(0) ==
          "Parliamentary X" + chip + "commission" + "\xEE\x80\x81" + " reviews");
}

TEST_CASE("the grid shows only the beads with QA findings, of one check when one is chosen", "[gui]") {
    OpenSample open;
    const auto saved = saved_alignment(open.file);
    std::size_t bead = 0;
    while (bead < saved.beads.size() && saved.target_text(bead).find("2.5") == std::string::npos) ++bead;
    REQUIRE(bead > 0);
    REQUIRE(bead < saved.beads.size());
    auto target = saved.target_text(bead);
    target.replace(target.find("2.5"), 3, "3.5");
    open.session().go_to(bead);
    open.session().set_target_text(target);
    open.frame->run_qa();
    settle();
    auto& qa = open.frame->qa_panel();
    REQUIRE(qa.count() > 0);
    open.frame->run_command(editor::kCmdFilterQa);
    settle();
    const auto flagged = qa.flagged_beads();
    auto& grid = open.frame->grid();
    REQUIRE(grid.GetNumberRows() == static_cast<int>(flagged.size()));
    CHECK(grid.GetNumberRows() < static_cast<int>(open.beads));
    for (int row = 0; row < grid.GetNumberRows(); ++row) {
        CHECK(grid.GetCellValue(row, 0) == wxString::Format("%zu", flagged[static_cast<std::size_t>(row)] + 1));
    }
    // One check: the numbers check's finding on the changed bead.
    std::string numbers;
    for (std::size_t row = 0; row < qa.count(); ++row) {
        if (qa.list().GetItemText(static_cast<long>(row), 1) == wxString::Format("%zu", bead + 1))
            numbers = qa.list().GetItemText(static_cast<long>(row), 3).utf8_string();
    }
    REQUIRE_FALSE(numbers.empty());
    qa.narrow_to(numbers);
    settle();
    const auto narrowed = qa.flagged_beads();
    CHECK(grid.GetNumberRows() == static_cast<int>(narrowed.size()));
    CHECK(std::find(narrowed.begin(), narrowed.end(), bead) != narrowed.end());
    // The rows follow the edits: with the first bead deleted, the flagged bead is one up and still shown.
    open.session().go_to(0);
    open.session().delete_bead();
    settle();
    bool shown = false;
    for (int row = 0; row < grid.GetNumberRows(); ++row)
        shown |= grid.GetCellValue(row, 0) == wxString::Format("%zu", bead);
    CHECK(shown);
    // All beads again.
    open.frame->run_command(editor::kCmdFilterAll);
    settle();
    CHECK(grid.GetNumberRows() == static_cast<int>(open.beads) - 1);
}
