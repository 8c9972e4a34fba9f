// korpu-editor: the desktop editor.
// `korpu-editor [WORKSPACE] [--bead N] [--screenshot FILE.png [--capture window|map]]`.
#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>
#include <wx/timer.h>
#include <wx/translation.h>
#include <wx/uiaction.h>
#include <wx/uilocale.h>

#include "app/editor/alignment_map.hpp"
#include "app/editor/alignment_session.hpp"
#include "app/editor/bead_pane.hpp"
#include "app/editor/main_frame.hpp"
#include "app/editor/window_capture.hpp"
#include "tm/core/error.hpp"

namespace korpu::editor {
namespace {

// Time the window gets to lay itself out and paint before a screenshot is taken.
constexpr int kScreenshotDelayMs = 1500;

class EditorApp : public wxApp {
  public:
    bool OnInit() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;

  private:
    void take_screenshot_and_exit();
    void load_translations();

    wxString workspace_;
    wxString screenshot_;
    wxString capture_ = "window";
    long bead_ = 0;
    bool run_qa_ = false;
    wxString language_;
    MainFrame* frame_ = nullptr;
    wxTimer screenshot_timer_;
    wxTimer menu_timer_;
};

void EditorApp::OnInitCmdLine(wxCmdLineParser& parser) {
    wxApp::OnInitCmdLine(parser);
    parser.AddOption("", "screenshot", "save a PNG of the window after it is shown, then quit");
    parser.AddOption("", "capture",
                     "what --screenshot saves: window (default), map, or spelling (the window with the spelling "
                     "menu of the first misspelt source word open)");
    parser.AddSwitch("", "run-qa", "run the QA checks once the workspace is open");
    parser.AddOption("", "lang", "language of the user interface: en, az or ru (default: the system's)");
    parser.AddOption("", "bead", "show this bead (1-based) of the first alignment", wxCMD_LINE_VAL_NUMBER);
    parser.AddParam("workspace", wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
}

bool EditorApp::OnCmdLineParsed(wxCmdLineParser& parser) {
    if (!wxApp::OnCmdLineParsed(parser)) return false;
    parser.Found("screenshot", &screenshot_);
    parser.Found("capture", &capture_);
    parser.Found("bead", &bead_);
    run_qa_ = parser.Found("run-qa");
    parser.Found("lang", &language_);
    if (parser.GetParamCount() > 0) workspace_ = parser.GetParam(0);
    return true;
}

bool EditorApp::OnInit() {
    SetAppName("korpu");
    SetVendorName("Korpu");
    if (!wxApp::OnInit()) return false;
    load_translations();
    frame_ = new MainFrame;
    frame_->SetPosition(wxPoint(0, 0));
    frame_->Show();
    if (!workspace_.empty()) {
        try {
            frame_->open_workspace(std::filesystem::u8path(workspace_.utf8_string()));
            if (run_qa_) frame_->run_qa();
            if (bead_ > 0 && frame_->session()) frame_->session()->go_to(static_cast<std::size_t>(bead_ - 1));
        } catch (const korpu::Error& error) {
            if (!screenshot_.empty()) {
                wxLogError("%s", wxString::FromUTF8(error.what()));
                return false;
            }
            wxMessageBox(wxString::FromUTF8(error.what()), "Cannot open the workspace", wxOK | wxICON_ERROR, frame_);
        }
    }
    if (!screenshot_.empty()) {
        screenshot_timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { take_screenshot_and_exit(); });
        screenshot_timer_.StartOnce(kScreenshotDelayMs);
    }
    return true;
}

void EditorApp::load_translations() {
    wxUILocale::UseDefault();
    // The catalogs compiled beside the program (the build folder, or an installed copy of it).
    const auto beside = wxFileName(wxStandardPaths::Get().GetExecutablePath()).GetPath();
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(beside + "/locale");
    auto* translations = new wxTranslations;
    wxTranslations::Set(translations);
    if (!language_.empty()) translations->SetLanguage(language_);
    translations->AddCatalog("korpu-editor");
}

void EditorApp::take_screenshot_and_exit() {
    if (capture_ == "spelling") {
        const auto& misspelt = frame_->pane().misspellings(Side::Source);
        if (misspelt.empty()) {
            wxLogError("the current bead's source has no misspelt word to show the spelling menu of");
            frame_->Close(true);
            return;
        }
        // The menu is modal: the picture is taken from a timer while it is open, then Escape closes it.
        menu_timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
            if (!save_screen_png(std::filesystem::u8path(screenshot_.utf8_string()))) {
                wxLogError("cannot save the screenshot %s", screenshot_);
            }
            wxUIActionSimulator().Char(WXK_ESCAPE);
        });
        menu_timer_.StartOnce(kScreenshotDelayMs / 2);
        frame_->pane().show_spelling_menu(Side::Source, misspelt.front().begin);
        frame_->Close(true);
        return;
    }
    frame_->Raise();
    frame_->Update();
    wxWindow* target = frame_;
    if (capture_ == "map") target = &frame_->map();
    if (!save_window_png(*target, std::filesystem::u8path(screenshot_.utf8_string()))) {
        wxLogError("cannot save the screenshot %s", screenshot_);
    }
    frame_->Close(true);
}

}  // namespace
}  // namespace korpu::editor

wxIMPLEMENT_APP(korpu::editor::EditorApp);
