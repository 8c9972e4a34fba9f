#include "app/editor/main_frame.hpp"

#include <wx/aboutdlg.h>
#include <wx/config.h>
#include <wx/dnd.h>
#include <wx/filedlg.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>

#include "app/editor/alignment_map.hpp"
#include "app/editor/alignment_session.hpp"
#include "app/editor/bead_pane.hpp"
#include "app/editor/command_ids.hpp"
#include "app/editor/translate.hpp"
#include "tm/core/error.hpp"
#include "tm/core/version.hpp"
#include "tm/store/document_store.hpp"

namespace korpu::editor {
namespace {

// Names of the AUI panes, as stored in the remembered layout.
constexpr const char* kDocumentsPane = "documents";
constexpr const char* kGridPane = "grid";
constexpr const char* kEditPane = "edit";
constexpr const char* kMapPane = "map";
// wxConfig keys of the remembered layout.
constexpr const char* kLayoutKey = "/Layout/Perspective";
constexpr const char* kWidthKey = "/Layout/Width";
constexpr const char* kHeightKey = "/Layout/Height";
constexpr const char* kMaximizedKey = "/Layout/Maximized";
// The window's first size, before any layout is remembered.
constexpr int kDefaultWidth = 1260;
constexpr int kDefaultHeight = 780;

wxString utf8(const std::string& text) { return wxString::FromUTF8(text.data(), text.size()); }

// The core library's names of edits, as the Undo and Redo menu items show them.
wxString edit_name(const std::string& name) {
    if (name == "merge") return tr("merge");
    if (name == "split") return tr("split");
    if (name == "move sentence") return tr("move sentence");
    if (name == "insert counterpart") return tr("insert counterpart");
    if (name == "delete") return tr("delete");
    if (name == "confirm") return tr("confirm");
    if (name == "typing") return tr("typing");
    return utf8(name);
}

std::filesystem::path to_path(const wxString& text) { return std::filesystem::u8path(text.utf8_string()); }

// Opens a workspace dropped onto the window.
class WorkspaceDropTarget : public wxFileDropTarget {
  public:
    explicit WorkspaceDropTarget(std::function<void(const std::filesystem::path&)> open) : open_(std::move(open)) {}
    bool OnDropFiles(wxCoord, wxCoord, const wxArrayString& files) override {
        if (files.empty()) return false;
        open_(to_path(files[0]));
        return true;
    }

  private:
    std::function<void(const std::filesystem::path&)> open_;
};

}  // namespace

MainFrame::MainFrame()
    : wxFrame(nullptr, wxID_ANY, wxString::FromUTF8(kProgramName), wxDefaultPosition,
              wxSize(kDefaultWidth, kDefaultHeight)) {
    aui_.SetManagedWindow(this);
    alignment_list_ = new wxListBox(this, wxID_ANY);
    grid_ = new wxGrid(this, wxID_ANY);
    grid_->SetTable(new AlignmentGridTable(nullptr), true);
    grid_->EnableEditing(false);
    grid_->SetRowLabelSize(0);
    grid_->SetSelectionMode(wxGrid::wxGridSelectRows);
    grid_->DisableDragRowSize();
    pane_ = new BeadPane(this);
    map_ = new AlignmentMap(this);

    aui_.AddPane(alignment_list_, wxAuiPaneInfo()
                                      .Name(kDocumentsPane)
                                      .Caption(tr("Documents"))
                                      .Left()
                                      .BestSize(FromDIP(wxSize(220, 400)))
                                      .MinSize(FromDIP(wxSize(120, 100))));
    aui_.AddPane(grid_, wxAuiPaneInfo().Name(kGridPane).CenterPane());
    aui_.AddPane(pane_, wxAuiPaneInfo()
                            .Name(kEditPane)
                            .Caption(tr("Edit the current bead"))
                            .Bottom()
                            .BestSize(FromDIP(wxSize(800, 170)))
                            .MinSize(FromDIP(wxSize(300, 110))));
    aui_.AddPane(map_, wxAuiPaneInfo()
                           .Name(kMapPane)
                           .Caption(tr("Alignment map"))
                           .Right()
                           .BestSize(FromDIP(wxSize(260, 260)))
                           .MinSize(FromDIP(wxSize(160, 160))));
    default_layout_ = aui_.SavePerspective();

    auto* config = wxConfig::Get();
    const int width = static_cast<int>(config->ReadLong(kWidthKey, kDefaultWidth));
    const int height = static_cast<int>(config->ReadLong(kHeightKey, kDefaultHeight));
    SetSize(wxSize(width, height));
    wxString layout;
    if (config->Read(kLayoutKey, &layout)) aui_.LoadPerspective(layout, false);
    aui_.Update();
    if (config->ReadBool(kMaximizedKey, false)) Maximize();

    build_menus();
    bind_commands();
    CreateStatusBar(3);
    const int widths[] = {-1, FromDIP(150), FromDIP(150)};
    SetStatusWidths(3, widths);
    SetStatusText(tr("Open a workspace with File > Open (Ctrl+O), or drop one here"));
    SetDropTarget(new WorkspaceDropTarget([this](const std::filesystem::path& file) { open_with_message(file); }));

    alignment_list_->Bind(wxEVT_LISTBOX, &MainFrame::on_alignment_selected, this);
    grid_->Bind(wxEVT_SIZE, &MainFrame::on_grid_resized, this);
    map_->on_clicked([this](std::size_t bead) {
        if (session_) session_->go_to(bead);
    });
    Bind(wxEVT_CHAR_HOOK, &MainFrame::on_char_hook, this);
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::on_close, this);
}

MainFrame::~MainFrame() {
    session_.reset();
    aui_.UnInit();
}

void MainFrame::build_menus() {
    auto* file = new wxMenu;
    file->Append(wxID_OPEN, tr("&Open workspace...\tCtrl+O"));
    auto* recent = new wxMenu;
    file->AppendSubMenu(recent, tr("Open &recent"));
    file->AppendSeparator();
    file->Append(wxID_EXIT, tr("&Quit\tCtrl+Q"));

    auto* edit = new wxMenu;
    edit->Append(wxID_UNDO, tr("&Undo\tCtrl+Z"));
    edit->Append(wxID_REDO, tr("&Redo\tCtrl+Y"));
    edit->AppendSeparator();
    edit->Append(kCmdConfirmAndNext, tr("&Confirm and go to next\tCtrl+Enter"));
    edit->Append(kCmdMergeNext, tr("&Merge with next bead\tCtrl+M"));
    edit->Append(kCmdMergePrevious, tr("Merge with &previous bead\tCtrl+Shift+M"));
    edit->Append(kCmdSplit, tr("&Split at cursor\tCtrl+Shift+S"));
    edit->Append(kCmdMoveFirstUp, tr("Move &first sentence to previous bead\tCtrl+Shift+Up"));
    edit->Append(kCmdMoveLastDown, tr("Move &last sentence to next bead\tCtrl+Shift+Down"));
    edit->Append(kCmdInsertCounterpart, tr("Insert &empty counterpart\tCtrl+Shift+N"));
    edit->Append(kCmdDeleteBead, tr("&Delete bead\tCtrl+Shift+Delete"));

    auto* go = new wxMenu;
    go->Append(kCmdNextBead, tr("&Next bead\tCtrl+Down"));
    go->Append(kCmdPreviousBead, tr("&Previous bead\tCtrl+Up"));
    go->Append(kCmdNextReview, tr("Next bead needing &review\tCtrl+Shift+R"));

    auto* view = new wxMenu;
    view->AppendRadioItem(kCmdFilterAll, tr("&All beads\tCtrl+1"));
    view->AppendRadioItem(kCmdFilterReview, tr("Beads needing &review\tCtrl+2"));
    view->AppendRadioItem(kCmdFilterUnconfirmed, tr("&Unconfirmed beads\tCtrl+3"));
    view->AppendRadioItem(kCmdFilterConfirmed, tr("&Confirmed beads\tCtrl+4"));
    view->AppendRadioItem(kCmdFilterLowConfidence, tr("&Low-confidence beads\tCtrl+5"));
    view->AppendSeparator();
    view->Append(kCmdShowDocuments, tr("Show or hide &documents"));
    view->Append(kCmdShowMap, tr("Show or hide the alignment &map"));
    view->Append(kCmdShowPane, tr("Show or hide the &edit pane"));
    view->Append(kCmdResetLayout, tr("Reset the &layout"));

    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, tr("&About Körpü"));

    auto* bar = new wxMenuBar;
    bar->Append(file, tr("&File"));
    bar->Append(edit, tr("&Edit"));
    bar->Append(go, tr("&Go"));
    bar->Append(view, tr("&View"));
    bar->Append(help, tr("&Help"));
    SetMenuBar(bar);
    for (const auto* menu : {file, edit, go, view}) collect_shortcuts(*menu);

    history_.UseMenu(recent);
    history_.Load(*wxConfig::Get());
}

void MainFrame::collect_shortcuts(const wxMenu& menu) {
    for (const auto* item : menu.GetMenuItems()) {
        std::unique_ptr<wxAcceleratorEntry> accel(item->GetAccel());
        if (!accel) continue;
        int key = accel->GetKeyCode();
        if (key >= 'a' && key <= 'z') key = key - 'a' + 'A';
        shortcuts_.push_back({accel->GetFlags(), key, item->GetId()});
    }
}

void MainFrame::on_char_hook(wxKeyEvent& event) {
    // The window's shortcuts come first, whichever control has the focus: the text controls and the grid
    // have their own meanings for Ctrl+Up, Ctrl+Z and the like.
    int key = event.GetKeyCode();
    if (key == WXK_NUMPAD_ENTER) key = WXK_RETURN;
    if (key >= 'a' && key <= 'z') key = key - 'a' + 'A';
    int modifiers = wxACCEL_NORMAL;
    if (event.ControlDown()) modifiers |= wxACCEL_CTRL;
    if (event.ShiftDown()) modifiers |= wxACCEL_SHIFT;
    if (event.AltDown()) modifiers |= wxACCEL_ALT;
    for (const auto& shortcut : shortcuts_) {
        if (shortcut.key == key && shortcut.modifiers == modifiers && modifiers != wxACCEL_NORMAL) {
            run_command(shortcut.command);
            return;
        }
    }
    event.Skip();
}

void MainFrame::run_command(int id) {
    wxCommandEvent event(wxEVT_MENU, id);
    event.SetEventObject(this);
    if (auto* item = GetMenuBar()->FindItem(id); item && item->IsRadio()) {
        item->Check();
        event.SetInt(1);
    }
    ProcessWindowEvent(event);
}

void MainFrame::bind_commands() {
    Bind(wxEVT_MENU, &MainFrame::on_open, this, wxID_OPEN);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            wxAboutDialogInfo info;
            info.SetName(wxString::FromUTF8(kProgramName));
            info.SetVersion(kProgramVersion);
            info.SetDescription(tr("Align originals with their translations, keep a translation memory, export TMX."));
            wxAboutBox(info, this);
        },
        wxID_ABOUT);
    Bind(wxEVT_MENU, &MainFrame::on_recent, this, wxID_FILE1, wxID_FILE9);

    // Commands on the open alignment: each one a method of the session.
    const std::pair<int, void (AlignmentSession::*)()> session_commands[] = {
        {wxID_UNDO, &AlignmentSession::undo},
        {wxID_REDO, &AlignmentSession::redo},
        {kCmdConfirmAndNext, &AlignmentSession::confirm_and_next},
        {kCmdMergeNext, &AlignmentSession::merge_with_next},
        {kCmdMergePrevious, &AlignmentSession::merge_with_previous},
        {kCmdSplit, &AlignmentSession::split_at_cursor},
        {kCmdMoveFirstUp, &AlignmentSession::move_first_sentence_up},
        {kCmdMoveLastDown, &AlignmentSession::move_last_sentence_down},
        {kCmdInsertCounterpart, &AlignmentSession::insert_empty_counterpart},
        {kCmdDeleteBead, &AlignmentSession::delete_bead},
        {kCmdNextBead, &AlignmentSession::go_next},
        {kCmdPreviousBead, &AlignmentSession::go_previous},
        {kCmdNextReview, &AlignmentSession::go_next_needing_review},
    };
    for (const auto& [id, method] : session_commands) {
        Bind(
            wxEVT_MENU,
            [this, method = method](wxCommandEvent&) {
                if (!session_) return;
                SetStatusText(wxString(), 0);
                ((*session_).*method)();
                update_status();
            },
            id);
    }
    const std::pair<int, BeadFilter> filters[] = {
        {kCmdFilterAll, BeadFilter::All},
        {kCmdFilterReview, BeadFilter::NeedsReview},
        {kCmdFilterUnconfirmed, BeadFilter::Unconfirmed},
        {kCmdFilterConfirmed, BeadFilter::Confirmed},
        {kCmdFilterLowConfidence, BeadFilter::LowConfidence},
    };
    for (const auto& [id, filter] : filters) {
        Bind(
            wxEVT_MENU,
            [this, filter = filter](wxCommandEvent&) {
                if (!session_) return;
                session_->set_filter(filter);
                update_status();
            },
            id);
    }
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { toggle_pane(kDocumentsPane); }, kCmdShowDocuments);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { toggle_pane(kMapPane); }, kCmdShowMap);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { toggle_pane(kEditPane); }, kCmdShowPane);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { aui_.LoadPerspective(default_layout_, true); }, kCmdResetLayout);
}

void MainFrame::toggle_pane(const char* name) {
    auto& pane = aui_.GetPane(name);
    pane.Show(!pane.IsShown());
    aui_.Update();
}

void MainFrame::open_workspace(const std::filesystem::path& file) {
    auto workspace = Workspace::open(file);
    auto alignments = AlignmentStore(workspace).list();
    session_.reset();
    workspace_ = std::move(workspace);
    alignments_ = std::move(alignments);

    DocumentStore documents(*workspace_);
    alignment_list_->Clear();
    for (const auto& alignment : alignments_) {
        const auto source = documents.info(alignment.source_document);
        const auto target = documents.info(alignment.target_document);
        alignment_list_->Append(utf8(source.name + " \u2194 " + target.name));
    }
    SetTitle(utf8(file.filename().u8string()) + wxString(L" \u2013 ") + wxString::FromUTF8(kProgramName));
    history_.AddFileToHistory(utf8(file.u8string()));
    if (alignments_.empty()) {
        SetStatusText(tr("This workspace has no alignments yet"));
        update_status();
        return;
    }
    alignment_list_->SetSelection(0);
    show_alignment(0);
}

void MainFrame::show_alignment(std::size_t index) {
    session_.reset();
    session_ = std::make_unique<AlignmentSession>(*workspace_, alignments_.at(index).id, *grid_, *pane_, map_,
                                                  [this](const wxString& message) { report(message); });
    session_->on_moved([this](std::size_t) { update_status(); });
    GetMenuBar()->Check(kCmdFilterAll, true);
    grid_->ForceRefresh();
    update_status();
}

void MainFrame::report(const wxString& message) { SetStatusText(message, 0); }

void MainFrame::update_status() {
    auto* bar = GetMenuBar();
    if (!session_) {
        SetStatusText(wxString(), 1);
        SetStatusText(wxString(), 2);
        return;
    }
    const auto& editor = session_->editor();
    std::size_t review = 0;
    for (const auto& bead : editor.document().beads) review += bead.status == BeadStatus::NeedsReview;
    SetStatusText(wxString::Format(tr("bead %zu of %zu"), session_->current() + 1, editor.bead_count()), 1);
    SetStatusText(wxString::Format(tr("%zu to review"), review), 2);
    bar->Enable(wxID_UNDO, editor.can_undo());
    bar->Enable(wxID_REDO, editor.can_redo());
    bar->SetLabel(wxID_UNDO,
                  (editor.can_undo() ? tr("&Undo") + " " + edit_name(editor.undo_name()) : tr("&Undo")) + "\tCtrl+Z");
    bar->SetLabel(wxID_REDO,
                  (editor.can_redo() ? tr("&Redo") + " " + edit_name(editor.redo_name()) : tr("&Redo")) + "\tCtrl+Y");
}

void MainFrame::on_grid_resized(wxSizeEvent& event) {
    if (session_) session_->fit_rows();
    event.Skip();
}

void MainFrame::open_with_message(const std::filesystem::path& file) {
    try {
        open_workspace(file);
    } catch (const korpu::Error& error) {
        wxMessageBox(utf8(error.what()), tr("Cannot open the workspace"), wxOK | wxICON_ERROR, this);
    }
}

void MainFrame::on_open(wxCommandEvent&) {
    wxFileDialog dialog(this, tr("Open a Körpü workspace"), "", "",
                        tr("Körpü workspaces (*.korpu)|*.korpu|All files|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK) open_with_message(to_path(dialog.GetPath()));
}

void MainFrame::on_recent(wxCommandEvent& event) {
    open_with_message(to_path(history_.GetHistoryFile(static_cast<size_t>(event.GetId() - wxID_FILE1))));
}

void MainFrame::on_alignment_selected(wxCommandEvent& event) {
    if (event.GetSelection() >= 0) show_alignment(static_cast<std::size_t>(event.GetSelection()));
}

void MainFrame::save_layout() {
    auto* config = wxConfig::Get();
    config->Write(kLayoutKey, aui_.SavePerspective());
    config->Write(kMaximizedKey, IsMaximized());
    if (!IsMaximized()) {
        config->Write(kWidthKey, static_cast<long>(GetSize().GetWidth()));
        config->Write(kHeightKey, static_cast<long>(GetSize().GetHeight()));
    }
    history_.Save(*config);
    config->Flush();
}

void MainFrame::on_close(wxCloseEvent& event) {
    save_layout();
    event.Skip();
}

}  // namespace korpu::editor
