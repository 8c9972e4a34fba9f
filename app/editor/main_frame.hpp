#pragma once
// The editor's main window: the workspace's alignments on the left, the alignment grid on the right.
#include <wx/filehistory.h>
#include <wx/frame.h>
#include <wx/grid.h>
#include <wx/listbox.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include "tm/store/alignment_store.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::editor {

class AlignmentGridTable;

class MainFrame : public wxFrame {
public:
    MainFrame();
    ~MainFrame() override;

    // Opens a workspace and shows its first alignment. Throws korpu::Error when it cannot be opened.
    void open_workspace(const std::filesystem::path& file);
    // Shows one alignment of the open workspace in the grid.
    void show_alignment(std::size_t index);

    wxGrid& grid() noexcept { return *grid_; }
    wxListBox& alignment_list() noexcept { return *alignment_list_; }

private:
    void build_menus();
    void on_open(wxCommandEvent& event);
    void on_recent(wxCommandEvent& event);
    void on_quit(wxCommandEvent& event);
    void on_about(wxCommandEvent& event);
    void on_alignment_selected(wxCommandEvent& event);
    void on_grid_resized(wxSizeEvent& event);
    void open_with_message(const std::filesystem::path& file);
    void fit_text_columns();

    wxListBox* alignment_list_;
    wxGrid* grid_;
    wxFileHistory history_;
    std::optional<Workspace> workspace_;
    std::vector<AlignmentInfo> alignments_;
};

}  // namespace korpu::editor
