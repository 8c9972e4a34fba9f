#pragma once
// One alignment open for editing: the headless AlignmentEditor, and the views that show it (the grid,
// the edit pane, the map). Every command of the Edit and Go menus ends up here; every edit is saved by
// the editor as it happens, and the views are brought up to date after it.
#include <wx/grid.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "app/editor/alignment_grid_table.hpp"
#include "app/editor/bead_pane.hpp"
#include "tm/edit/alignment_editor.hpp"

namespace korpu::editor {

class AlignmentMap;

class AlignmentSession {
  public:
    using Report = std::function<void(const wxString& message)>;
    using Moved = std::function<void(std::size_t bead)>;
    using Edited = std::function<void(const EditOutcome& outcome)>;

    // Opens the alignment in the views; throws korpu::Error when it cannot be read.
    AlignmentSession(Workspace& workspace, std::int64_t alignment, wxGrid& grid, BeadPane& pane, AlignmentMap* map,
                     Report report);
    ~AlignmentSession();
    AlignmentSession(const AlignmentSession&) = delete;
    AlignmentSession& operator=(const AlignmentSession&) = delete;

    const AlignmentEditor& editor() const noexcept { return *editor_; }
    // Confirmed beads enter this memory from now on (see AlignmentEditor::set_memory).
    void set_memory(TranslationMemory* memory, const std::string& user) { editor_->set_memory(memory, user); }
    std::size_t current() const noexcept { return current_; }
    AlignmentGridTable& table() noexcept { return *table_; }
    // Called after the current bead changed (by a command or a click).
    void on_moved(Moved callback) { moved_ = std::move(callback); }
    // Called after an edit changed the beads (before the views move to the bead it focuses).
    void on_edited(Edited callback) { edited_ = std::move(callback); }

    // Makes a bead the current one. A jump (from the map, a search, the next bead needing review) puts it
    // in the upper third of the grid; a step to a neighbour scrolls no more than needed.
    enum class Scroll { Jump, Step };
    void go_to(std::size_t bead, Scroll scroll = Scroll::Jump);
    void go_next();
    void go_previous();
    void go_next_needing_review();
    void set_filter(BeadFilter filter);
    // Shows only these beads in the grid (see AlignmentGridTable::show_only).
    void show_only(std::vector<std::size_t> beads);

    void merge_with_next();
    void merge_with_previous();
    void split_at_cursor();
    void move_first_sentence_up();
    void move_last_sentence_down();
    void insert_empty_counterpart();
    void delete_bead();
    void confirm_and_next();
    void undo();
    void redo();
    void realign_unconfirmed();
    // Replaces the current bead's translation (a memory match inserted), as one undoable edit.
    void set_target_text(const std::string& text);

    // Lays the rows out again after the grid's width changed.
    void fit_rows();

  private:
    void run(const std::function<EditOutcome()>& edit);
    void refresh(const EditOutcome& outcome);
    void show_current();
    void on_text_changed(Side side, const std::string& text);
    void on_cell_selected(wxGridEvent& event);
    bool sizes_rows_to_text() const;

    std::unique_ptr<AlignmentEditor> editor_;
    wxGrid& grid_;
    BeadPane& pane_;
    AlignmentMap* map_;
    Report report_;
    Moved moved_;
    Edited edited_;
    AlignmentGridTable* table_;
    std::size_t current_ = 0;
    bool moving_ = false;
};

}  // namespace korpu::editor
