#include "app/editor/alignment_session.hpp"

#include <wx/settings.h>

#include "app/editor/alignment_map.hpp"
#include "app/editor/translate.hpp"

namespace korpu::editor {
namespace {

// Up to this many beads, each grid row is as tall as its wrapped text; longer documents get rows of a
// fixed height (the edit pane shows the whole text), because measuring every row's text would take
// seconds at 100,000 beads. Sizing 1,000 rows takes about 0.1 s (tests/bench/bench_editor.cpp).
constexpr int kRowsSizedToText = 1000;
// Lines of text a fixed-height row shows: enough for a long news sentence in each column.
constexpr int kVisibleLinesPerRow = 3;
// Widths of the narrow columns, in average character widths.
constexpr int kNumberColumnChars = 7;
constexpr int kTypeColumnChars = 5;
constexpr int kConfidenceColumnChars = 6;
constexpr int kStatusColumnChars = 14;

wxString utf8(const std::string& text) { return wxString::FromUTF8(text.data(), text.size()); }

wxString side_title(const wxString& side, const DocumentInfo& info) {
    return side + wxString(L" \u2013 ") + utf8(info.name) + " (" + utf8(info.language.tag()) + ")";
}

}  // namespace

AlignmentSession::AlignmentSession(Workspace& workspace, std::int64_t alignment, wxGrid& grid, BeadPane& pane,
                                   AlignmentMap* map, Report report)
    : editor_(std::make_unique<AlignmentEditor>(workspace, alignment)),
      grid_(grid),
      pane_(pane),
      map_(map),
      report_(std::move(report)),
      table_(new AlignmentGridTable(editor_.get())) {
    grid_.SetTable(table_, true, wxGrid::wxGridSelectRows);
    grid_.SetDefaultRowSize(grid_.GetCharHeight() * kVisibleLinesPerRow + grid_.FromDIP(8), true);
    const int char_width = grid_.GetCharWidth();
    grid_.SetColSize(AlignmentGridTable::kNumber, char_width * kNumberColumnChars);
    grid_.SetColSize(AlignmentGridTable::kType, char_width * kTypeColumnChars);
    grid_.SetColSize(AlignmentGridTable::kConfidence, char_width * kConfidenceColumnChars);
    grid_.SetColSize(AlignmentGridTable::kStatus, char_width * kStatusColumnChars);
    fit_rows();
    grid_.Bind(wxEVT_GRID_SELECT_CELL, &AlignmentSession::on_cell_selected, this);
    pane_.on_text_changed([this](Side side, const std::string& text) { on_text_changed(side, text); });
    if (map_) map_->show(&editor_->document());
    show_current();
}

AlignmentSession::~AlignmentSession() {
    grid_.Unbind(wxEVT_GRID_SELECT_CELL, &AlignmentSession::on_cell_selected, this);
    pane_.on_text_changed(nullptr);
    pane_.clear();
    if (map_) map_->show(nullptr);
    grid_.SetTable(new AlignmentGridTable(nullptr), true);
}

bool AlignmentSession::sizes_rows_to_text() const { return editor_->bead_count() <= kRowsSizedToText; }

void AlignmentSession::fit_rows() {
    int fixed = 0;
    for (int col = 0; col < AlignmentGridTable::kSource; ++col) fixed += grid_.GetColSize(col);
    const int scrollbar = wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, &grid_);
    const int text_width = std::max(grid_.FromDIP(200), (grid_.GetClientSize().GetWidth() - fixed - scrollbar) / 2);
    if (sizes_rows_to_text()) {
        grid_.SetColSize(AlignmentGridTable::kSource, text_width);
        grid_.SetColSize(AlignmentGridTable::kTarget, text_width);
        grid_.AutoSizeRows(false);
        return;
    }
    grid_.SetColSize(AlignmentGridTable::kSource, text_width);
    grid_.SetColSize(AlignmentGridTable::kTarget, text_width);
}

void AlignmentSession::on_cell_selected(wxGridEvent& event) {
    event.Skip();
    if (moving_ || event.GetRow() < 0 || event.GetRow() >= table_->GetNumberRows()) return;
    current_ = table_->bead_of_row(event.GetRow());
    show_current();
}

void AlignmentSession::go_to(std::size_t bead, Scroll scroll) {
    if (editor_->bead_count() == 0) return;
    current_ = std::min(bead, editor_->bead_count() - 1);
    const int row = table_->row_of_bead(current_);
    if (row >= 0) {
        moving_ = true;
        grid_.SetGridCursor(row, AlignmentGridTable::kTarget);
        grid_.SelectRow(row);
        if (scroll == Scroll::Jump && !grid_.IsVisible(row, AlignmentGridTable::kSource, true)) {
            int unit_x = 1;
            int unit_y = 1;
            grid_.GetScrollPixelsPerUnit(&unit_x, &unit_y);
            const int top =
                std::max(0, grid_.CellToRect(row, 0).GetTop() - grid_.GetGridWindow()->GetClientSize().y / 3);
            grid_.Scroll(-1, top / std::max(1, unit_y));
        }
        grid_.MakeCellVisible(row, AlignmentGridTable::kSource);
        moving_ = false;
    }
    show_current();
}

void AlignmentSession::show_current() {
    if (editor_->bead_count() == 0) {
        pane_.clear();
        return;
    }
    const auto& document = editor_->document();
    const Bead& bead = editor_->bead(current_);
    const auto where =
        wxString::Format(tr("bead %zu of %zu, %s"), current_ + 1, editor_->bead_count(), utf8(bead.type()));
    pane_.show(side_title(tr("Source"), document.source_info) + wxString(L" \u2013 ") + where,
               editor_->text(current_, Side::Source), side_title(tr("Target"), document.target_info),
               editor_->text(current_, Side::Target));
    if (map_) map_->set_current(current_);
    if (moved_) moved_(current_);
}

void AlignmentSession::go_next() {
    const int row = table_->row_of_bead(current_);
    if (row + 1 < table_->GetNumberRows()) go_to(table_->bead_of_row(row + 1), Scroll::Step);
}

void AlignmentSession::go_previous() {
    const int row = table_->row_of_bead(current_);
    if (row > 0) go_to(table_->bead_of_row(row - 1), Scroll::Step);
}

void AlignmentSession::go_next_needing_review() {
    const auto next = next_matching(editor_->document().beads, current_, BeadFilter::NeedsReview);
    if (next) {
        go_to(*next);
    } else {
        report_(tr("No other bead needs review."));
    }
}

void AlignmentSession::set_filter(BeadFilter filter) {
    table_->set_filter(filter);
    if (sizes_rows_to_text()) grid_.AutoSizeRows(false);
    grid_.ForceRefresh();
    if (table_->GetNumberRows() > 0) go_to(table_->bead_of_row(std::max(0, table_->row_of_bead(current_))));
}

void AlignmentSession::show_only(std::vector<std::size_t> beads) {
    table_->show_only(std::move(beads));
    if (sizes_rows_to_text()) grid_.AutoSizeRows(false);
    grid_.ForceRefresh();
    if (table_->GetNumberRows() > 0) go_to(table_->bead_of_row(std::max(0, table_->row_of_bead(current_))));
}

void AlignmentSession::run(const std::function<EditOutcome()>& edit) {
    try {
        refresh(edit());
    } catch (const EditRefused& refused) {
        report_(utf8(refused.what()));
    } catch (const Error& error) {
        report_(utf8(error.what()));
    }
}

void AlignmentSession::refresh(const EditOutcome& outcome) {
    table_->apply(outcome);
    if (sizes_rows_to_text()) {
        for (auto bead = outcome.first; bead < outcome.first + outcome.added; ++bead) {
            const int row = table_->row_of_bead(bead);
            if (row >= 0 && row < grid_.GetNumberRows()) grid_.AutoSizeRow(row, false);
        }
    }
    grid_.ForceRefresh();
    if (map_) map_->show(&editor_->document());
    if (edited_) edited_(outcome);
    go_to(outcome.focus);
}

void AlignmentSession::merge_with_next() {
    run([this] { return editor_->merge_with_next(current_); });
}

void AlignmentSession::merge_with_previous() {
    run([this] { return editor_->merge_with_previous(current_); });
}

void AlignmentSession::split_at_cursor() {
    const auto side = pane_.active_side();
    const auto cursor = pane_.cursor();
    run([this, side, cursor] { return editor_->split(current_, side, cursor); });
}

void AlignmentSession::move_first_sentence_up() {
    const auto side = pane_.active_side();
    run([this, side] { return editor_->move_first_segment_to_previous(current_, side); });
}

void AlignmentSession::move_last_sentence_down() {
    const auto side = pane_.active_side();
    run([this, side] { return editor_->move_last_segment_to_next(current_, side); });
}

void AlignmentSession::insert_empty_counterpart() {
    run([this] { return editor_->insert_empty_counterpart(current_); });
}

void AlignmentSession::delete_bead() {
    run([this] { return editor_->remove(current_); });
}

void AlignmentSession::confirm_and_next() {
    const auto bead = current_;
    try {
        const auto outcome = editor_->confirm(bead);
        table_->apply(outcome);
        grid_.ForceRefresh();
        if (map_) map_->show(&editor_->document());
    } catch (const Error& error) {
        report_(utf8(error.what()));
        return;
    }
    const auto next = next_matching(editor_->document().beads, bead, BeadFilter::Unconfirmed);
    go_to(next ? *next : bead, next && *next == bead + 1 ? Scroll::Step : Scroll::Jump);
}

void AlignmentSession::realign_unconfirmed() {
    run([this] { return editor_->realign_unconfirmed(); });
}

void AlignmentSession::set_target_text(const std::string& text) {
    run([this, &text] { return editor_->set_text(current_, Side::Target, text); });
}

void AlignmentSession::undo() {
    run([this] { return editor_->undo(); });
}

void AlignmentSession::redo() {
    run([this] { return editor_->redo(); });
}

void AlignmentSession::on_text_changed(Side side, const std::string& text) {
    const auto& document = editor_->document();
    const auto segments_before = document.source_segments.size() + document.target_segments.size();
    try {
        const auto outcome = editor_->set_text(current_, side, text, Typing::Continue);
        if (!outcome.changed()) return;
        const int row = table_->row_of_bead(current_);
        if (row >= 0 && sizes_rows_to_text()) grid_.AutoSizeRow(row, false);
        grid_.ForceRefresh();
        // The map draws segment positions: only a new or removed line changes it.
        const auto segments_after = document.source_segments.size() + document.target_segments.size();
        if (map_ && segments_after != segments_before) map_->show(&document);
    } catch (const Error& error) {
        report_(utf8(error.what()));
        // The text control still shows the refused text: show the bead as it is saved, once the control
        // has finished its own change.
        grid_.CallAfter([this] { show_current(); });
    }
}

}  // namespace korpu::editor
