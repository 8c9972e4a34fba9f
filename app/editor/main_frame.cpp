#include "app/editor/main_frame.hpp"

#include <wx/aboutdlg.h>
#include <wx/config.h>
#include <wx/dnd.h>
#include <wx/filedlg.h>
#include <wx/filepicker.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>

#include "app/editor/alignment_map.hpp"
#include "app/editor/alignment_session.hpp"
#include "app/editor/bead_pane.hpp"
#include "app/editor/command_ids.hpp"
#include "app/editor/editor_colours.hpp"
#include "app/editor/export_dialog.hpp"
#include "app/editor/import_wizard.hpp"
#include "app/editor/translate.hpp"
#include "app/editor/worker_job.hpp"
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

// How the documents list names a pair: "speech" when both files are named alike ("speech.az.txt",
// "speech.en.txt"; the grid's headings give the languages), else both names.
wxString pair_name(const DocumentInfo& source, const DocumentInfo& target) {
    const auto stem = [](const std::string& name) {
        auto path = std::filesystem::u8path(name).stem();
        return path.stem().u8string();
    };
    if (stem(source.name) == stem(target.name)) return utf8(stem(source.name));
    return utf8(source.name) + wxString(L" \u2194 ") + utf8(target.name);
}

std::filesystem::path to_path(const wxString& text) { return std::filesystem::u8path(text.utf8_string()); }

// Files dropped onto the window: a workspace is opened, documents go to the import wizard.
class DropTarget : public wxFileDropTarget {
  public:
    using Dropped = std::function<void(const std::vector<std::filesystem::path>&)>;
    explicit DropTarget(Dropped dropped) : dropped_(std::move(dropped)) {}
    bool OnDropFiles(wxCoord, wxCoord, const wxArrayString& files) override {
        std::vector<std::filesystem::path> paths;
        for (const auto& file : files) paths.push_back(to_path(file));
        if (paths.empty()) return false;
        dropped_(paths);
        return true;
    }

  private:
    Dropped dropped_;
};

wxString stage_label(PairImportStage stage) {
    switch (stage) {
        case PairImportStage::ReadingSource: return tr("Reading the original...");
        case PairImportStage::ReadingTarget: return tr("Reading the translation...");
        case PairImportStage::Aligning: return tr("Aligning...");
        case PairImportStage::Storing: break;
    }
    return tr("Storing in the workspace...");
}

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
    grid_->SetSelectionBackground(kSelectionBackground);
    grid_->SetSelectionForeground(*wxBLACK);
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
    SetDropTarget(new DropTarget([this](const std::vector<std::filesystem::path>& files) { on_dropped(files); }));

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
    file->Append(kCmdNewWorkspace, tr("&New workspace...\tCtrl+N"));
    file->Append(wxID_OPEN, tr("&Open workspace...\tCtrl+O"));
    auto* recent = new wxMenu;
    file->AppendSubMenu(recent, tr("Open &recent"));
    file->AppendSeparator();
    file->Append(kCmdImport, tr("&Import and align...\tCtrl+I"));
    file->Append(kCmdExport, tr("&Export...\tCtrl+E"));
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
    Bind(wxEVT_MENU, &MainFrame::on_new, this, kCmdNewWorkspace);
    Bind(wxEVT_MENU, &MainFrame::on_import, this, kCmdImport);
    Bind(wxEVT_MENU, &MainFrame::on_export, this, kCmdExport);
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
        alignment_list_->Append(pair_name(source, target));
    }
    SetStatusText(wxString(), 0);
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

void MainFrame::new_workspace(const std::filesystem::path& file) {
    Workspace::create(file);
    open_workspace(file);
}

void MainFrame::on_new(wxCommandEvent&) {
    wxFileDialog dialog(this, tr("New Körpü workspace"), "", "project.korpu", tr("Körpü workspaces (*.korpu)|*.korpu"),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return;
    auto file = to_path(dialog.GetPath());
    if (file.extension().empty()) file += kWorkspaceExtension;
    try {
        if (std::filesystem::exists(file)) std::filesystem::remove(file);
        new_workspace(file);
    } catch (const std::exception& error) {
        wxMessageBox(utf8(error.what()), tr("Cannot create the workspace"), wxOK | wxICON_ERROR, this);
    }
}

bool MainFrame::import_pair(const FilePair& pair) {
    if (!workspace_) return false;
    const auto file = workspace_->file();
    ImportedPair imported;
    wxString error;
    const auto result = run_job(
        this, tr("Import and align"),
        [&](Progress& progress) {
            auto workspace = Workspace::open(file);
            imported = import_file_pair(workspace, pair,
                                        [&progress](PairImportStage stage) { progress.report(stage_label(stage)); });
        },
        error);
    if (result == JobResult::Cancelled) {
        report(tr("Import cancelled: nothing was added to the workspace."));
        return false;
    }
    if (result == JobResult::Failed) {
        wxMessageBox(error, tr("Cannot import"), wxOK | wxICON_ERROR, this);
        return false;
    }
    open_workspace(file);
    for (std::size_t i = 0; i < alignments_.size(); ++i) {
        if (alignments_[i].id != imported.stored.alignment) continue;
        alignment_list_->SetSelection(static_cast<int>(i));
        show_alignment(i);
    }
    report(wxString::Format(tr("Imported and aligned: %zu beads, %zu to review."), imported.beads,
                            imported.needing_review));
    return true;
}

void MainFrame::run_import_wizard(const std::vector<std::filesystem::path>& files) {
    if (!workspace_) {
        wxCommandEvent none;
        on_new(none);
        if (!workspace_) return;
    }
    ImportWizard wizard(this);
    if (!files.empty()) wizard.file_picker(true).SetPath(utf8(files[0].u8string()));
    if (files.size() > 1) wizard.file_picker(false).SetPath(utf8(files[1].u8string()));
    std::optional<FilePair> pair;
    try {
        pair = wizard.ask();
    } catch (const Error& error) {
        wxMessageBox(utf8(error.what()), tr("Import and align"), wxOK | wxICON_ERROR, this);
        return;
    }
    if (pair) import_pair(*pair);
}

void MainFrame::on_import(wxCommandEvent&) { run_import_wizard({}); }

void MainFrame::on_dropped(const std::vector<std::filesystem::path>& files) {
    if (files.size() == 1 && files[0].extension() == kWorkspaceExtension) {
        open_with_message(files[0]);
    } else {
        run_import_wizard(files);
    }
}

void MainFrame::on_export(wxCommandEvent&) {
    if (!workspace_ || !session_) {
        report(tr("Open a workspace with a document pair to export first."));
        return;
    }
    auto stem = workspace_->file();
    stem.replace_extension();
    ExportDialog dialog(this, stem);
    if (dialog.ShowModal() != wxID_OK) return;
    const auto request = dialog.request();
    const auto file = workspace_->file();
    const auto alignment = session_->editor().document().alignment_id;
    wxString summary;
    wxString error;
    const auto result = run_job(
        this, tr("Export"), [&](Progress& progress) { summary = run_export(file, alignment, request, progress); },
        error);
    if (result == JobResult::Done) {
        report(summary + wxString(L" \u2192 ") + utf8(request.output.u8string()));
    } else if (result == JobResult::Cancelled) {
        report(tr("Export cancelled: no file was written."));
    } else {
        wxMessageBox(error, tr("Cannot export"), wxOK | wxICON_ERROR, this);
    }
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
