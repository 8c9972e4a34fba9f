// The real editor and two `korpu` processes on one workspace at once: the editor retypes and confirms beads
// (each edit saved at once, each confirmed bead entered into the memory) while one process imports TMX files
// into the memory and the other aligns new document pairs. Every write of all three must be there afterwards,
// and the workspace must pass SQLite's integrity check.
#include <wx/app.h>
#include <wx/frame.h>
#include <wx/statusbr.h>
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>

#include "app/editor/alignment_session.hpp"
#include "app/editor/main_frame.hpp"
#include "gui/gui_test_support.hpp"
#include "support/test_support.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/workspace.hpp"

using namespace korpu;
using korpu::test::run_korpu;
using korpu::test::ScratchDir;
using korpu::test::settle;

namespace {

// Each process runs its command this many times, each on new content, so that its writes overlap the
// editor's many times over.
constexpr int kRounds = 5;
constexpr int kUnitsPerTmx = 3000;
constexpr int kParagraphsPerPair = 300;
// Time between two of the editor's edits: about a translator's pace on a fast day, and enough edits to span
// the processes' runs.
constexpr auto kEditPause = std::chrono::milliseconds(100);

std::string quoted(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

void write_tmx(const std::filesystem::path& file, int round) {
    std::string tmx =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"korpu-test\" "
        "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"korpu\" adminlang=\"en\" srclang=\"az\" "
        "datatype=\"plaintext\"/>\n<body>\n";
    for (int i = 0; i < kUnitsPerTmx; ++i) {
        const auto n = std::to_string(round) + "-" + std::to_string(i);
        tmx += "<tu><tuv xml:lang=\"az\"><seg>İdxal olunan " + n +
               " saylı qərar qəbul edilib.</seg></tuv>"
               "<tuv xml:lang=\"en\"><seg>Imported decision " +
               n + " was adopted.</seg></tuv></tu>\n";
    }
    korpu::test::write_file(file, tmx + "</body></tmx>\n");
}

void write_pair(const ScratchDir& dir, const std::string& name) {
    std::string az;
    std::string en;
    for (int i = 0; i < kParagraphsPerPair; ++i) {
        az += "Milli Məclis " + std::to_string(i) + " saylı komissiya yaradıb. Sədr təyin edilib.\n\n";
        en += "The Milli Majlis set up commission number " + std::to_string(i) + ". A chairman was appointed.\n\n";
    }
    korpu::test::write_file(dir / (name + ".az.txt"), az);
    korpu::test::write_file(dir / (name + ".en.txt"), en);
}

std::int64_t count(Workspace& workspace, const std::string& sql) { return workspace.database().query_int(sql); }

}  // namespace

TEST_CASE("the editor and two korpu processes write to one workspace at once, and nothing is lost",
          "[gui][concurrency]") {
    ScratchDir dir;
    const auto file = dir / "shared.korpu";
    const auto beads = korpu::test::align_sample(file, "az-en", "milli-meclis-komissiya", "az");
    const auto original = korpu::test::saved_alignment(file);
    for (int round = 0; round < kRounds; ++round) {
        write_tmx(dir / ("units" + std::to_string(round) + ".tmx"), round);
        write_pair(dir, "pair" + std::to_string(round));
    }
    auto* frame = new editor::MainFrame;
    frame->SetPosition(wxPoint(0, 0));
    frame->Show();
    frame->open_workspace(file);
    settle();
    auto& session = *frame->session();

    std::atomic<int> running{2};
    std::vector<korpu::test::CommandResult> imports(kRounds);
    std::vector<korpu::test::CommandResult> alignments(kRounds);
    std::thread importer([&] {
        for (int round = 0; round < kRounds; ++round) {
            imports[round] = run_korpu("tm import -q " + quoted(file) + " " +
                                       quoted(dir / ("units" + std::to_string(round) + ".tmx")));
        }
        --running;
    });
    std::thread aligner([&] {
        for (int round = 0; round < kRounds; ++round) {
            const auto name = "pair" + std::to_string(round);
            alignments[round] =
                run_korpu("align " + quoted(dir / (name + ".az.txt")) + " " + quoted(dir / (name + ".en.txt")) +
                          " --src-lang az --tgt-lang en --workspace " + quoted(file));
        }
        --running;
    });

    // The editor retypes and confirms one bead after another while the processes write.
    std::size_t edited = 0;
    std::size_t edited_while_running = 0;
    std::vector<std::string> reports;
    while (edited < beads && (running > 0 || edited < 5)) {
        session.go_to(edited);
        session.set_target_text(original.target_text(edited) + " [edit " + std::to_string(edited) + "]");
        session.confirm_and_next();
        settle();
        const auto status = frame->GetStatusBar()->GetStatusText(0).utf8_string();
        if (status.find("busy") != std::string::npos) reports.push_back(status);
        if (running > 0) ++edited_while_running;
        ++edited;
        std::this_thread::sleep_for(kEditPause);
    }
    importer.join();
    aligner.join();
    frame->Destroy();
    settle();

    for (int round = 0; round < kRounds; ++round) {
        INFO("round " << round << ": " << imports[round].err << alignments[round].err);
        CHECK(imports[round].exit_code == 0);
        CHECK(alignments[round].exit_code == 0);
    }
    INFO("edits: " << edited << ", of them while the processes ran: " << edited_while_running);
    CHECK(edited_while_running > 0);
    CHECK(reports.empty());

    // The editor's edits: every retyped target is saved and its bead confirmed, and each entered the memory.
    const auto saved = korpu::test::saved_alignment(file);
    REQUIRE(saved.beads.size() == beads);
    for (std::size_t bead = 0; bead < edited; ++bead) {
        INFO("bead " << bead);
        CHECK(saved.target_text(bead) == original.target_text(bead) + " [edit " + std::to_string(bead) + "]");
        CHECK(saved.beads[bead].status == BeadStatus::Confirmed);
    }
    auto workspace = Workspace::open(file);
    CHECK(count(workspace, "SELECT count(*) FROM tm_unit WHERE target_text LIKE '%[edit %]'") ==
          static_cast<std::int64_t>(edited));
    // The processes' writes: every imported unit, every new alignment with its two documents.
    CHECK(count(workspace, "SELECT count(*) FROM tm_unit WHERE target_text LIKE 'Imported decision %'") ==
          kRounds * kUnitsPerTmx);
    CHECK(count(workspace, "SELECT count(*) FROM alignment") == 1 + kRounds);
    CHECK(count(workspace, "SELECT count(*) FROM document") == 2 * (1 + kRounds));
    sql::Statement check(workspace.database(), "PRAGMA integrity_check");
    REQUIRE(check.step());
    CHECK(check.column_text(0) == "ok");
}
