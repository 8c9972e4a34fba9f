// The editor on a long document: a generated workspace of N beads (default 100,000) is opened in the real
// window under the display it is given (run it under Xvfb), and the bench measures
//   - time to the first painted grid, against opening the bundled 20-bead sample in the same run (baseline);
//   - the longest frame while the keyboard goes through the whole document (Page Down from top to bottom,
//     Down arrow over the first 3,000 rows, Ctrl+Down over 1,000 beads): each frame is one key event
//     handled and the window repainted;
//   - the time of edits at the start of the document (merge + undo, delete + undo at bead 1).
// Every figure comes as wall time and as this process's CPU time (std::clock: the X server's own work is
// not in it), since on a shared machine wall time is mostly waiting for a core.
// Run by hand:  xvfb-run -a -s "-screen 0 1280x800x24" build/tests/bench_editor [BEADS] [RUNS] [all|open|scroll|edits]
#include <wx/app.h>
#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/init.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include "app/editor/alignment_session.hpp"
#include "app/editor/command_ids.hpp"
#include "app/editor/main_frame.hpp"
#include "tm/align/document_aligner.hpp"
#include "tm/import/load_document.hpp"
#include "tm/store/pair_import.hpp"
#include "tm/store/workspace.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double cpu_ms_since(std::clock_t start) { return 1000.0 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC; }

// Wall and CPU time of one measured thing.
struct Timing {
    double wall = 0;
    double cpu = 0;
};

// Azerbaijani- and English-looking sentences of news length, different on every row.
std::string sentence(std::mt19937& random, const std::vector<std::string>& words, std::size_t n) {
    std::string text;
    const auto count = 8 + random() % 22;
    for (std::size_t i = 0; i < count; ++i) {
        if (i) text += ' ';
        text += words[random() % words.size()];
    }
    return text + " " + std::to_string(n) + ".";
}

void make_workspace(const std::filesystem::path& file, std::size_t bead_count) {
    std::mt19937 random(42);
    const std::vector<std::string> az{"Milli",     "Məclisin",  "komissiyası", "Xocavənddə",  "bərpa",
                                      "işlərinin", "gedişi",    "ilə",         "tanış",       "olub",
                                      "şəhərində", "rayonunda", "dövlət",      "büdcəsindən", "vəsait",
                                      "ayrılıb",   "İlham",     "Əliyev",      "çıxış",       "edib"};
    const std::vector<std::string> en{
        "Parliamentary", "commission", "reviews", "restoration", "work", "in", "Khojavend", "the", "district", "state",
        "budget",        "allocated",  "funds",   "President",   "said", "on", "Monday",    "new", "school",   "road"};
    korpu::SegmentedDocument source;
    korpu::SegmentedDocument target;
    std::vector<korpu::Bead> beads;
    std::size_t s = 0;
    std::size_t t = 0;
    for (std::size_t i = 0; i < bead_count; ++i) {
        if (i % 20 == 0) {
            source.paragraphs.push_back({});
            target.paragraphs.push_back({});
        }
        // Mostly 1-1, with 2-1, 1-2 and 1-0 beads and some the aligner doubted.
        const auto kind = random() % 100;
        const std::size_t sc = kind < 4 ? 2 : 1;
        const std::size_t tc = kind >= 4 && kind < 8 ? 2 : (kind == 99 ? 0 : 1);
        for (std::size_t k = 0; k < sc; ++k) source.paragraphs.back().segments.push_back(sentence(random, az, s + k));
        for (std::size_t k = 0; k < tc; ++k) target.paragraphs.back().segments.push_back(sentence(random, en, t + k));
        const bool doubtful = random() % 50 == 0;
        beads.push_back({s, sc, t, tc, doubtful ? 0.01 : 0.9,
                         doubtful ? korpu::BeadStatus::NeedsReview : korpu::BeadStatus::Automatic});
        s += sc;
        t += tc;
    }
    auto workspace = korpu::Workspace::create(file);
    korpu::store_aligned_pair(workspace, {"long.az.txt", korpu::Language::parse("az"), {}, "text", {}}, source,
                              {"long.en.txt", korpu::Language::parse("en"), {}, "text", {}}, target, beads,
                              "generated");
}

void make_sample(const std::filesystem::path& file) {
    const auto folder = std::filesystem::u8path(KORPU_SOURCE_DIR) / "samples" / "az-en";
    const auto sl = korpu::Language::parse("az");
    const auto tl = korpu::Language::parse("en");
    const auto source =
        korpu::load_document(folder / "milli-meclis-komissiya.az.txt", sl, korpu::InputLayout::RunningText);
    const auto target =
        korpu::load_document(folder / "milli-meclis-komissiya.en.txt", tl, korpu::InputLayout::RunningText);
    auto workspace = korpu::Workspace::create(file);
    korpu::store_aligned_pair(workspace, {"sample.az.txt", sl, {}, "text", {}}, source,
                              {"sample.en.txt", tl, {}, "text", {}}, target,
                              korpu::align_documents(source, target, sl, tl), "length");
}

// Processes events until the grid has painted at least once after `since`.
struct PaintWatch {
    bool painted = false;
    void wait() {
        while (!painted) {
            wxTheApp->ProcessPendingEvents();
            wxYield();
        }
    }
};

Timing open_and_paint(const std::filesystem::path& file) {
    auto* frame = new korpu::editor::MainFrame;
    frame->SetPosition(wxPoint(0, 0));
    frame->Show();
    for (int i = 0; i < 20; ++i) wxYield();
    PaintWatch watch;
    frame->grid().GetGridWindow()->Bind(wxEVT_PAINT, [&watch](wxPaintEvent& event) {
        watch.painted = true;
        event.Skip();
    });
    const auto start = Clock::now();
    const auto cpu_start = std::clock();
    frame->open_workspace(file);
    frame->grid().GetGridWindow()->Refresh();
    watch.wait();
    const Timing elapsed{ms_since(start), cpu_ms_since(cpu_start)};
    frame->Destroy();
    for (int i = 0; i < 20; ++i) wxYield();
    return elapsed;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct Frames {
    std::vector<double> ms;
    std::vector<double> cpu_ms;
    void add(Timing timing) {
        ms.push_back(timing.wall);
        cpu_ms.push_back(timing.cpu);
    }
    void report(const char* what) {
        auto sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        auto cpu = cpu_ms;
        std::sort(cpu.begin(), cpu.end());
        std::printf(
            "%-44s frames %6zu  median %6.2f ms  p99 %6.2f ms  max %6.2f ms  | cpu median %6.2f  p99 %6.2f  max %6.2f "
            "ms\n",
            what, sorted.size(), sorted[sorted.size() / 2], sorted[sorted.size() * 99 / 100], sorted.back(),
            cpu[cpu.size() / 2], cpu[cpu.size() * 99 / 100], cpu.back());
    }
};

// Waits until the grid window has painted itself after everything a key changed: the whole grid is
// invalidated, so each frame is a full repaint (an upper bound of what scrolling costs).
class FrameTimer {
  public:
    explicit FrameTimer(korpu::editor::MainFrame& frame) : frame_(frame) {
        frame.grid().GetGridWindow()->Bind(wxEVT_PAINT, [this](wxPaintEvent& event) {
            event.Skip();
            painted_ = true;
        });
    }
    template <typename Action>
    Timing time(Action action) {
        const auto start = Clock::now();
        const auto cpu_start = std::clock();
        painted_ = false;
        action();
        frame_.grid().GetGridWindow()->Refresh();
        while (!painted_) {
            wxTheApp->ProcessPendingEvents();
            wxYield();
        }
        return {ms_since(start), cpu_ms_since(cpu_start)};
    }

  private:
    korpu::editor::MainFrame& frame_;
    bool painted_ = false;
};

void press(korpu::editor::MainFrame& frame, int key) {
    wxKeyEvent event(wxEVT_KEY_DOWN);
    event.m_keyCode = key;
    event.SetEventObject(&frame.grid());
    frame.grid().GetEventHandler()->ProcessEvent(event);
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t bead_count = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    int wx_argc = 1;
    wxApp::SetInstance(new wxApp);
    if (!wxEntryStart(wx_argc, argv) || !wxTheApp->CallOnInit()) return 2;
    const auto scratch =
        std::filesystem::temp_directory_path() / ("korpu-bench-editor-" + std::to_string(std::random_device()()));
    std::filesystem::create_directories(scratch);
    delete wxConfigBase::Set(new wxFileConfig("korpu", "Korpu",
                                              wxString::FromUTF8((scratch / "settings.ini").u8string()), wxString(),
                                              wxCONFIG_USE_LOCAL_FILE));
    const auto long_file = scratch / "long.korpu";
    const auto sample_file = scratch / "sample.korpu";
    auto start = Clock::now();
    make_workspace(long_file, bead_count);
    make_sample(sample_file);
    std::printf("generated %zu beads in %.0f ms\n", bead_count, ms_since(start));

    const std::string what = argc > 3 ? argv[3] : "all";
    if (what == "all" || what == "open") {
        std::vector<double> sample_times;
        std::vector<double> long_times;
        std::vector<double> long_cpu;
        for (int run = 0; run < runs; ++run) {
            sample_times.push_back(open_and_paint(sample_file).wall);
            const auto timing = open_and_paint(long_file);
            long_times.push_back(timing.wall);
            long_cpu.push_back(timing.cpu);
        }
        const double sample_ms = median(sample_times);
        const double long_ms = median(long_times);
        std::printf("first painted grid, sample (20 beads):  median %7.1f ms of %d runs\n", sample_ms, runs);
        std::printf(
            "first painted grid, %zu beads:       median %7.1f ms of %d runs (max %.1f), ratio %.2f; cpu median %.1f "
            "ms\n",
            bead_count, long_ms, runs, *std::max_element(long_times.begin(), long_times.end()), long_ms / sample_ms,
            median(long_cpu));
    }

    auto* frame = new korpu::editor::MainFrame;
    frame->SetPosition(wxPoint(0, 0));
    frame->Show();
    frame->open_workspace(long_file);
    for (int i = 0; i < 50; ++i) wxYield();
    frame->grid().SetFocus();
    frame->grid().SetGridCursor(0, 0);

    FrameTimer timer(*frame);
    const auto& grid = frame->grid();
    if (what == "all" || what == "scroll") {
        Frames page;
        while (grid.GetGridCursorRow() + 1 < grid.GetNumberRows() && page.ms.size() < bead_count) {
            page.add(timer.time([&] { press(*frame, WXK_PAGEDOWN); }));
        }
        page.report("Page Down, top to bottom");
        Frames up;
        for (int i = 0; i < 1000 && grid.GetGridCursorRow() > 0; ++i) {
            up.add(timer.time([&] { press(*frame, WXK_PAGEUP); }));
        }
        up.report("Page Up x 1000 (from the bottom)");
        frame->session()->go_to(0);
        Frames down;
        for (int i = 0; i < 2000; ++i) down.add(timer.time([&] { press(*frame, WXK_DOWN); }));
        down.report("Down arrow x 2000");
        Frames next;
        for (int i = 0; i < 1000; ++i) {
            next.add(timer.time([&] { frame->run_command(korpu::editor::kCmdNextBead); }));
        }
        next.report("Ctrl+Down (next bead, edit pane follows) x 1000");
    }

    // Edits where the most rows follow: at the very start.
    if (what == "all" || what == "edits") {
        frame->session()->go_to(0);
        Frames edits;
        for (int i = 0; i < 5; ++i) {
            edits.add(timer.time([&] { frame->run_command(korpu::editor::kCmdMergeNext); }));
            edits.add(timer.time([&] { frame->run_command(wxID_UNDO); }));
        }
        edits.report("merge + undo at bead 1");
        Frames deletes;
        for (int i = 0; i < 5; ++i) {
            deletes.add(timer.time([&] { frame->run_command(korpu::editor::kCmdDeleteBead); }));
            deletes.add(timer.time([&] { frame->run_command(wxID_UNDO); }));
        }
        deletes.report("delete + undo at bead 1");
    }
    frame->Destroy();
    for (int i = 0; i < 20; ++i) wxYield();
    wxTheApp->OnExit();
    wxEntryCleanup();
    std::filesystem::remove_all(scratch);
    return 0;
}
