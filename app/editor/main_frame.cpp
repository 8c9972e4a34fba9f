#include "app/editor/main_frame.hpp"

#include <wx/aboutdlg.h>
#include <wx/config.h>
#include <wx/filedlg.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/settings.h>

#include "app/editor/alignment_grid_table.hpp"
#include "tm/core/error.hpp"
#include "tm/core/version.hpp"
#include "tm/store/aligned_document.hpp"
#include "tm/store/document_store.hpp"

namespace korpu::editor {
namespace {

// Lines of text a grid row shows before it is cut: enough for a long news sentence in each column.
constexpr int kVisibleLinesPerRow = 3;
// Widths of the narrow columns, in average character widths.
constexpr int kNumberColumnChars = 6;
constexpr int kTypeColumnChars = 5;
constexpr int kConfidenceColumnChars = 6;
constexpr int kStatusColumnChars = 10;
// Pixels by which wrapped text is measured narrower than it is drawn (cell margins of wxGrid's renderer).
constexpr int kWrapMeasureSlackPx = 12;

wxString utf8(const std::string& text) { return wxString::FromUTF8(text.data(), text.size()); }

std::filesystem::path to_path(const wxString& text) { return std::filesystem::u8path(text.utf8_string()); }

}  // namespace

MainFrame::MainFrame() : wxFrame(nullptr, wxID_ANY, kProgramName, wxDefaultPosition, wxSize(1200, 760)) {
    auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE);
    alignment_list_ = new wxListBox(splitter, wxID_ANY);
    grid_ = new wxGrid(splitter, wxID_ANY);
    grid_->CreateGrid(0, 0);
    grid_->EnableEditing(false);
    grid_->SetRowLabelSize(0);
    grid_->SetSelectionMode(wxGrid::wxGridSelectRows);
    grid_->SetDefaultRowSize(grid_->GetCharHeight() * kVisibleLinesPerRow + 8, true);
    splitter->SplitVertically(alignment_list_, grid_, 220);
    splitter->SetMinimumPaneSize(80);

    build_menus();
    CreateStatusBar(2);
    SetStatusText("Open a workspace with File > Open (Ctrl+O)");

    alignment_list_->Bind(wxEVT_LISTBOX, &MainFrame::on_alignment_selected, this);
    grid_->Bind(wxEVT_SIZE, &MainFrame::on_grid_resized, this);
}

MainFrame::~MainFrame() {
    history_.Save(*wxConfig::Get());
}

void MainFrame::build_menus() {
    auto* file = new wxMenu;
    file->Append(wxID_OPEN, "&Open workspace...\tCtrl+O");
    auto* recent = new wxMenu;
    file->AppendSubMenu(recent, "Open &recent");
    file->AppendSeparator();
    file->Append(wxID_EXIT, "&Quit\tCtrl+Q");
    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, "&About Körpü");
    auto* bar = new wxMenuBar;
    bar->Append(file, "&File");
    bar->Append(help, "&Help");
    SetMenuBar(bar);

    history_.UseMenu(recent);
    history_.Load(*wxConfig::Get());
    Bind(wxEVT_MENU, &MainFrame::on_open, this, wxID_OPEN);
    Bind(wxEVT_MENU, &MainFrame::on_quit, this, wxID_EXIT);
    Bind(wxEVT_MENU, &MainFrame::on_about, this, wxID_ABOUT);
    Bind(wxEVT_MENU, &MainFrame::on_recent, this, wxID_FILE1, wxID_FILE9);
}

void MainFrame::open_workspace(const std::filesystem::path& file) {
    auto workspace = Workspace::open(file);
    alignments_ = AlignmentStore(workspace).list();
    workspace_ = std::move(workspace);

    DocumentStore documents(*workspace_);
    alignment_list_->Clear();
    for (const auto& alignment : alignments_) {
        const auto source = documents.info(alignment.source_document);
        const auto target = documents.info(alignment.target_document);
        alignment_list_->Append(utf8(source.name + " \u2194 " + target.name));
    }
    SetTitle(utf8(file.filename().u8string()) + " \u2013 " + kProgramName);
    history_.AddFileToHistory(utf8(file.u8string()));
    if (alignments_.empty()) {
        grid_->SetTable(new AlignmentGridTable(AlignedDocument{}), true);
        SetStatusText("This workspace has no alignments yet");
        return;
    }
    alignment_list_->SetSelection(0);
    show_alignment(0);
}

void MainFrame::show_alignment(std::size_t index) {
    auto document = load_aligned_document(*workspace_, alignments_.at(index).id);
    std::size_t review = 0;
    for (const auto& bead : document.beads) review += bead.status == BeadStatus::NeedsReview;
    const auto bead_count = document.beads.size();
    grid_->SetTable(new AlignmentGridTable(std::move(document)), true);
    const int char_width = grid_->GetCharWidth();
    grid_->SetColSize(AlignmentGridTable::kNumber, char_width * kNumberColumnChars);
    grid_->SetColSize(AlignmentGridTable::kType, char_width * kTypeColumnChars);
    grid_->SetColSize(AlignmentGridTable::kConfidence, char_width * kConfidenceColumnChars);
    grid_->SetColSize(AlignmentGridTable::kStatus, char_width * kStatusColumnChars);
    fit_text_columns();
    grid_->ForceRefresh();
    SetStatusText(wxString::Format("%zu beads", bead_count), 0);
    SetStatusText(wxString::Format("%zu to review", review), 1);
}

void MainFrame::fit_text_columns() {
    if (grid_->GetNumberCols() != AlignmentGridTable::kColumnCount) return;
    int fixed = 0;
    for (int col = 0; col < AlignmentGridTable::kSource; ++col) fixed += grid_->GetColSize(col);
    const int scrollbar = wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, grid_);
    const int text_width = std::max(200, (grid_->GetClientSize().GetWidth() - fixed - scrollbar) / 2);
    // Rows as tall as their wrapped text, so that no sentence is cut off. The wrapping renderer measures
    // with the full column width but draws inside the cell margins: measuring a little narrower than
    // the column keeps the last line of a tight fit from being cut.
    grid_->SetColSize(AlignmentGridTable::kSource, text_width - kWrapMeasureSlackPx);
    grid_->SetColSize(AlignmentGridTable::kTarget, text_width - kWrapMeasureSlackPx);
    grid_->AutoSizeRows(false);
    grid_->SetColSize(AlignmentGridTable::kSource, text_width);
    grid_->SetColSize(AlignmentGridTable::kTarget, text_width);
}

void MainFrame::on_grid_resized(wxSizeEvent& event) {
    fit_text_columns();
    event.Skip();
}

void MainFrame::open_with_message(const std::filesystem::path& file) {
    try {
        open_workspace(file);
    } catch (const korpu::Error& error) {
        wxMessageBox(utf8(error.what()), "Cannot open the workspace", wxOK | wxICON_ERROR, this);
    }
}

void MainFrame::on_open(wxCommandEvent&) {
    wxFileDialog dialog(this, "Open a Körpü workspace", "", "", "Körpü workspaces (*.korpu)|*.korpu|All files|*",
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK) open_with_message(to_path(dialog.GetPath()));
}

void MainFrame::on_recent(wxCommandEvent& event) {
    open_with_message(to_path(history_.GetHistoryFile(static_cast<size_t>(event.GetId() - wxID_FILE1))));
}

void MainFrame::on_quit(wxCommandEvent&) { Close(); }

void MainFrame::on_about(wxCommandEvent&) {
    wxAboutDialogInfo info;
    info.SetName(kProgramName);
    info.SetVersion(kProgramVersion);
    info.SetDescription("Align originals with their translations, keep a translation memory, export TMX.");
    wxAboutBox(info, this);
}

void MainFrame::on_alignment_selected(wxCommandEvent& event) {
    if (event.GetSelection() >= 0) show_alignment(static_cast<std::size_t>(event.GetSelection()));
}

}  // namespace korpu::editor
