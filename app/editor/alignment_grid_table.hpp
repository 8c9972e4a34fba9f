#pragma once
// The alignment grid's data: a virtual table over the beads of the alignment being edited, so that the
// grid asks only for the rows it paints and a document of any length opens at once. With a filter, the
// rows are the matching beads only.
#include <wx/grid.h>

#include <vector>

#include "tm/edit/alignment_editor.hpp"
#include "tm/edit/bead_filter.hpp"

namespace korpu::editor {

class AlignmentGridTable : public wxGridTableBase {
  public:
    enum Column { kNumber, kType, kConfidence, kStatus, kSource, kTarget, kColumnCount };

    // Shows the editor's beads; the editor must outlive the table (or be null for an empty grid).
    explicit AlignmentGridTable(const AlignmentEditor* editor);
    ~AlignmentGridTable() override;
    AlignmentGridTable(const AlignmentGridTable&) = delete;
    AlignmentGridTable& operator=(const AlignmentGridTable&) = delete;

    int GetNumberRows() override;
    int GetNumberCols() override;
    wxString GetValue(int row, int col) override;
    void SetValue(int row, int col, const wxString& value) override;
    wxString GetColLabelValue(int col) override;
    wxGridCellAttr* GetAttr(int row, int col, wxGridCellAttr::wxAttrKind kind) override;

    BeadFilter filter() const noexcept { return filter_; }
    // Shows only the matching beads; tells the grid how its rows changed.
    void set_filter(BeadFilter filter);
    // Shows only these beads (sorted; those with QA findings), which follow the edits from then on, until
    // the next set_filter.
    void show_only(std::vector<std::size_t> beads);
    bool shows_chosen_beads() const noexcept { return chosen_; }
    // Tells the grid about an edit: rows replaced, added or removed.
    void apply(const EditOutcome& outcome);
    // The bead a row shows, and the row of a bead (or of the nearest bead before it that the filter shows).
    std::size_t bead_of_row(int row) const;
    int row_of_bead(std::size_t bead) const;

  private:
    void rebuild_rows();
    void announce_row_count(int before);
    bool filtered() const noexcept { return chosen_ || filter_ != BeadFilter::All; }

    const AlignmentEditor* editor_;
    BeadFilter filter_ = BeadFilter::All;
    bool chosen_ = false;  // rows_ are beads chosen by show_only
    // The beads shown, when a filter is on.
    std::vector<std::size_t> rows_;
    // Shared, reference-counted cell styles handed out by GetAttr (other rows have the grid's defaults,
    // drawn by the same renderer: see MainFrame).
    wxGridCellAttr* review_attr_;
    wxGridCellAttr* confirmed_attr_;
};

}  // namespace korpu::editor
