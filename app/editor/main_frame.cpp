#include "app/editor/main_frame.hpp"

#include <wx/aboutdlg.h>
#include <wx/config.h>
#include <wx/dnd.h>
#include <wx/filedlg.h>
#include <wx/filepicker.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/utils.h>

#include "app/editor/alignment_map.hpp"
#include "app/editor/alignment_session.hpp"
#include "app/editor/bead_pane.hpp"
#include "app/editor/command_ids.hpp"
#include "app/editor/editor_colours.hpp"
#include "app/editor/export_dialog.hpp"
#include "app/editor/glossary_panel.hpp"
#include "app/editor/import_wizard.hpp"
#include "app/editor/memory_panel.hpp"
#include "app/editor/qa_panel.hpp"
#include "app/editor/translate.hpp"
#include "app/editor/worker_job.hpp"
#include "app/editor/wrapped_text_renderer.hpp"
#include "tm/core/error.hpp"
#include "tm/core/version.hpp"
#include "tm/glossary/glossary_store.hpp"
#include "tm/qa/finding_state_store.hpp"
#include "tm/qa/qa_runner.hpp"
#include "tm/qa/workspace_memory.hpp"
#include "tm/spell/custom_words.hpp"
#include "tm/store/document_store.hpp"

namespace korpu::editor {
namespace {

// Names of the AUI panes, as stored in the remembered layout.
constexpr const char* kDocumentsPane = "documents";
constexpr const char* kGridPane = "grid";
constexpr const char* kEditPane = "edit";
constexpr const char* kMapPane = "map";
constexpr const char* kPanelsPane = "panels";
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
    // Every cell drawn by the caching renderer, in a font set once: a grid without its own font asks GTK for
    // the default one at every cell it paints.
    grid_->RegisterDataType(wxGRID_VALUE_STRING, new WrappedTextRenderer, new wxGridCellTextEditor);
    grid_->SetDefaultCellFont(grid_->GetFont());
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
    build_panels();
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
    pane_->set_spelling(Side::Source, nullptr);
    pane_->set_spelling(Side::Target, nullptr);
    session_.reset();
    memory_.reset();
    aui_.UnInit();
}

void MainFrame::build_panels() {
    panels_ = new wxAuiNotebook(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxAUI_NB_TOP | wxAUI_NB_TAB_SPLIT | wxAUI_NB_TAB_MOVE | wxAUI_NB_SCROLL_BUTTONS);
    memory_panel_ = new MemoryPanel(panels_);
    concordance_panel_ = new ConcordancePanel(panels_);
    qa_panel_ = new QaPanel(panels_);
    glossary_panel_ = new GlossaryPanel(panels_);
    panels_->AddPage(memory_panel_, tr("Translation memory"), true);
    panels_->AddPage(glossary_panel_, tr("Glossary"));
    panels_->AddPage(concordance_panel_, tr("Concordance"));
    panels_->AddPage(qa_panel_, tr("QA"));
    aui_.AddPane(panels_, wxAuiPaneInfo()
                              .Name(kPanelsPane)
                              .Caption(tr("Memory and checks"))
                              .Bottom()
                              .Position(1)
                              .BestSize(FromDIP(wxSize(560, 200)))
                              .MinSize(FromDIP(wxSize(260, 120))));
    memory_panel_->on_insert([this](std::size_t index) { insert_match(index); });
    concordance_panel_->on_search([this](const std::string& text, ConcordanceSide side) {
        std::vector<ConcordanceHit> hits;
        if (!memory_ || !session_) return hits;
        const auto& document = session_->editor().document();
        ConcordanceQuery query;
        query.language = (side == ConcordanceSide::Source ? document.source_info : document.target_info).language.tag();
        query.text = text;
        query.side = side;
        try {
            hits = memory_->concordance(query);
        } catch (const Error& error) {
            report(utf8(error.what()));
        }
        return hits;
    });
    qa_panel_->on_run([this] { run_qa(); });
    qa_panel_->on_narrowed([this] {
        if (session_ && session_->table().shows_chosen_beads()) show_beads_with_findings();
    });
    pane_->on_word_added([this](Side side, const std::string& word, bool accept) { add_word(side, word, accept); });
    qa_panel_->on_jump([this](std::size_t bead, const Finding& finding) {
        if (!session_) return;
        session_->go_to(bead);
        auto& text = pane_->text(finding.side);
        text.SetSelection(static_cast<int>(finding.begin), static_cast<int>(finding.end));
        pane_->set_active_side(finding.side);
    });
}

void MainFrame::set_up_spelling() {
    pane_->set_spelling(Side::Source, nullptr);
    pane_->set_spelling(Side::Target, nullptr);
    source_speller_.reset();
    target_speller_.reset();
    if (!session_ || !workspace_) return;
    const auto& document = session_->editor().document();
    const auto make = [this](const Language& language) -> std::unique_ptr<SpellChecker> {
        try {
            auto checker = std::make_unique<SpellChecker>(SpellChecker::for_language(language));
            apply_workspace_words(*workspace_, *checker);
            return checker;
        } catch (const Error& error) {
            report(utf8(error.what()));
            return nullptr;
        }
    };
    source_speller_ = make(document.source_info.language);
    target_speller_ = make(document.target_info.language);
    pane_->set_spelling(Side::Source, source_speller_.get());
    pane_->set_spelling(Side::Target, target_speller_.get());
}

void MainFrame::add_word(Side side, const std::string& word, bool accept) {
    if (!session_ || !workspace_) return;
    const auto& document = session_->editor().document();
    const auto& language = side == Side::Source ? document.source_info.language : document.target_info.language;
    auto* checker = (side == Side::Source ? source_speller_ : target_speller_).get();
    try {
        add_custom_word(*workspace_, language, word, accept ? CustomWordKind::Accepted : CustomWordKind::Ignored);
        if (checker) accept ? checker->accept_word(word) : checker->ignore_word(word);
        report(wxString::Format(accept ? tr("Added to the dictionary: %s") : tr("Ignored: %s"), utf8(word)));
    } catch (const Error& error) {
        report(utf8(error.what()));
    }
}

void MainFrame::lookup_matches() {
    if (!memory_ || !session_) return;
    const auto& editor = session_->editor();
    const auto& document = editor.document();
    const auto bead = session_->current();
    if (bead >= editor.bead_count()) return;
    TmQuery query;
    query.source_lang = document.source_info.language.tag();
    query.target_lang = document.target_info.language.tag();
    query.text = document.source_text(bead);
    if (bead > 0) query.context_before = document.source_text(bead - 1);
    if (bead + 1 < editor.bead_count()) query.context_after = document.source_text(bead + 1);
    try {
        memory_panel_->show_matches(query.text.empty() ? std::vector<TmMatch>{} : memory_->lookup(query));
    } catch (const Error& error) {
        memory_panel_->show_matches({});
        report(utf8(error.what()));
    }
}

void MainFrame::insert_match(std::size_t index) {
    if (!session_ || index >= memory_panel_->matches().size()) return;
    session_->set_target_text(memory_panel_->matches()[index].unit.target_text);
    update_status();
}

void MainFrame::search_concordance() {
    if (!session_) return;
    const auto side = pane_->active_side();
    auto& text = pane_->text(side);
    wxString words = text.GetSelectedText();
    if (words.empty()) {
        const int at = text.GetCurrentPos();
        words = text.GetTextRange(text.WordStartPosition(at, true), text.WordEndPosition(at, true));
    }
    concordance_panel_->search(words.utf8_string(),
                               side == Side::Source ? ConcordanceSide::Source : ConcordanceSide::Target);
    panels_->SetSelection(static_cast<size_t>(panels_->GetPageIndex(concordance_panel_)));
    report(wxString::Format(tr("Concordance: %zu units with %s"), concordance_panel_->hit_count(), words));
}

void MainFrame::run_qa() {
    if (!workspace_ || !session_) return;
    const auto file = workspace_->file();
    const auto alignment = session_->editor().document().alignment_id;
    std::vector<Finding> findings;
    std::vector<std::size_t> beads;
    wxString error;
    const auto result = run_job(
        this, tr("QA checks"),
        [&](Progress& progress) {
            progress.report(tr("Running the checks..."));
            auto workspace = Workspace::open(file);
            std::vector<QaSegment> segments;
            for (auto& segment : load_qa_segments(workspace)) {
                if (segment.alignment_id == alignment) segments.push_back(std::move(segment));
            }
            progress.check();
            const auto glossary = GlossaryStore(workspace).list();
            const WorkspaceMemory memory(workspace);
            QaOptions options;
            options.accepted = FindingStateStore(workspace).accepted();
            for (auto& finding : korpu::run_qa({segments, glossary, &memory, nullptr}, options)) {
                if (finding.accepted) continue;
                beads.push_back(segments.at(finding.segment).number - 1);
                findings.push_back(std::move(finding));
            }
        },
        error);
    if (result == JobResult::Failed) {
        wxMessageBox(error, tr("QA checks"), wxOK | wxICON_ERROR, this);
        return;
    }
    if (result == JobResult::Cancelled) return;
    qa_panel_->show(std::move(findings), std::move(beads));
    if (session_->table().shows_chosen_beads()) show_beads_with_findings();
    panels_->SetSelection(static_cast<size_t>(panels_->GetPageIndex(qa_panel_)));
    aui_.GetPane(kPanelsPane).Show();
    aui_.Update();
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
    edit->Append(kCmdRealign, tr("Re-&align the unconfirmed beads\tCtrl+Shift+A"));
    edit->AppendSeparator();
    edit->Append(kCmdInsertMatch1, tr("Insert memory match &1\tCtrl+1"));
    edit->Append(kCmdInsertMatch2, tr("Insert memory match &2\tCtrl+2"));
    edit->Append(kCmdInsertMatch3, tr("Insert memory match &3\tCtrl+3"));
    edit->Append(kCmdConcordance, tr("&Concordance search for the selection\tCtrl+K"));

    auto* go = new wxMenu;
    go->Append(kCmdNextBead, tr("&Next bead\tCtrl+Down"));
    go->Append(kCmdPreviousBead, tr("&Previous bead\tCtrl+Up"));
    go->Append(kCmdNextReview, tr("Next bead needing &review\tCtrl+Shift+R"));

    auto* view = new wxMenu;
    view->AppendRadioItem(kCmdFilterAll, tr("&All beads\tAlt+1"));
    view->AppendRadioItem(kCmdFilterReview, tr("Beads needing &review\tAlt+2"));
    view->AppendRadioItem(kCmdFilterUnconfirmed, tr("&Unconfirmed beads\tAlt+3"));
    view->AppendRadioItem(kCmdFilterConfirmed, tr("&Confirmed beads\tAlt+4"));
    view->AppendRadioItem(kCmdFilterLowConfidence, tr("&Low-confidence beads\tAlt+5"));
    view->AppendRadioItem(kCmdFilterQa, tr("Beads with &QA findings\tAlt+6"));
    view->AppendSeparator();
    view->Append(kCmdShowDocuments, tr("Show or hide &documents"));
    view->Append(kCmdShowMap, tr("Show or hide the alignment &map"));
    view->Append(kCmdShowPane, tr("Show or hide the &edit pane"));
    view->Append(kCmdShowPanels, tr("Show or hide memory and &checks"));
    view->Append(kCmdResetLayout, tr("Reset the &layout"));

    auto* qa = new wxMenu;
    qa->Append(kCmdRunQa, tr("&Run checks\tF9"));

    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, tr("&About Körpü"));

    auto* bar = new wxMenuBar;
    bar->Append(file, tr("&File"));
    bar->Append(edit, tr("&Edit"));
    bar->Append(go, tr("&Go"));
    bar->Append(view, tr("&View"));
    bar->Append(qa, tr("&QA"));
    bar->Append(help, tr("&Help"));
    SetMenuBar(bar);
    for (const auto* menu : {file, edit, go, view, qa}) collect_shortcuts(*menu);

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
        const bool function_key = key >= WXK_F1 && key <= WXK_F24;
        if (shortcut.key == key && shortcut.modifiers == modifiers && (modifiers != wxACCEL_NORMAL || function_key)) {
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
        {kCmdRealign, &AlignmentSession::realign_unconfirmed},
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
        wxEVT_MENU, [this](wxCommandEvent&) { show_beads_with_findings(); }, kCmdFilterQa);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { toggle_pane(kDocumentsPane); }, kCmdShowDocuments);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { toggle_pane(kMapPane); }, kCmdShowMap);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { toggle_pane(kEditPane); }, kCmdShowPane);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { aui_.LoadPerspective(default_layout_, true); }, kCmdResetLayout);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { toggle_pane(kPanelsPane); }, kCmdShowPanels);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { run_qa(); }, kCmdRunQa);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { search_concordance(); }, kCmdConcordance);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent& event) { insert_match(static_cast<std::size_t>(event.GetId() - kCmdInsertMatch1)); },
        kCmdInsertMatch1, kCmdInsertMatch3);
}

void MainFrame::toggle_pane(const char* name) {
    auto& pane = aui_.GetPane(name);
    pane.Show(!pane.IsShown());
    aui_.Update();
}

void MainFrame::open_workspace(const std::filesystem::path& file) {
    auto workspace = Workspace::open(file);
    auto alignments = AlignmentStore(workspace).list();
    pane_->set_spelling(Side::Source, nullptr);
    pane_->set_spelling(Side::Target, nullptr);
    source_speller_.reset();
    target_speller_.reset();
    session_.reset();
    memory_.reset();
    qa_panel_->show({}, {});
    memory_panel_->show_matches({});
    workspace_ = std::move(workspace);
    memory_.emplace(*workspace_);
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
    session_->set_memory(&*memory_, wxGetUserId().utf8_string());
    session_->on_moved([this](std::size_t) {
        update_status();
        lookup_matches();
        show_glossary_hits();
    });
    session_->on_edited(
        [this](const EditOutcome& outcome) { qa_panel_->follow_edit(outcome.first, outcome.removed, outcome.added); });
    lookup_matches();
    set_up_glossary();
    qa_panel_->show({}, {});
    set_up_spelling();
    GetMenuBar()->Check(kCmdFilterAll, true);
    grid_->ForceRefresh();
    update_status();
}

void MainFrame::set_up_glossary() {
    glossary_.reset();
    if (session_ && workspace_) {
        const auto& document = session_->editor().document();
        try {
            glossary_.emplace(GlossaryStore(*workspace_).list(), document.source_info.language,
                              document.target_info.language);
        } catch (const Error& error) {
            report(utf8(error.what()));
        }
    }
    show_glossary_hits();
}

void MainFrame::show_glossary_hits() {
    if (!session_ || !glossary_) {
        glossary_panel_->show(nullptr, {});
        return;
    }
    const auto bead = session_->current();
    const auto& editor = session_->editor();
    // The pane's texts: one segment a line, so that the spans are those of the pane.
    const auto hits = glossary_->find(editor.text(bead, Side::Source), editor.text(bead, Side::Target));
    std::vector<TermSpan> source_spans;
    for (const auto& hit : hits.hits) source_spans.push_back({hit.source_begin, hit.source_end});
    pane_->mark_terms(Side::Source, source_spans);
    pane_->mark_terms(Side::Target, hits.target_terms);
    glossary_panel_->show(&*glossary_, hits);
}

void MainFrame::show_beads_with_findings() {
    if (!session_) return;
    session_->show_only(qa_panel_->flagged_beads());
    GetMenuBar()->Check(kCmdFilterQa, true);
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
