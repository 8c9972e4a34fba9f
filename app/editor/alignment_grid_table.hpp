#pragma once
// The alignment grid's data: a virtual table over the beads of one alignment, so that the grid asks
// only for the rows it paints and a document of any length opens at once.
#include <wx/grid.h>

#include "tm/store/aligned_document.hpp"

namespace korpu::editor {

class AlignmentGridTable : public wxGridTableBase {
public:
    enum Column { kNumber, kType, kConfidence, kStatus, kSource, kTarget, kColumnCount };

    explicit AlignmentGridTable(AlignedDocument document);
    ~AlignmentGridTable() override;
    AlignmentGridTable(const AlignmentGridTable&) = delete;
    AlignmentGridTable& operator=(const AlignmentGridTable&) = delete;

    int GetNumberRows() override;
    int GetNumberCols() override;
    wxString GetValue(int row, int col) override;
    void SetValue(int row, int col, const wxString& value) override;
    wxString GetColLabelValue(int col) override;
    wxGridCellAttr* GetAttr(int row, int col, wxGridCellAttr::wxAttrKind kind) override;

    const AlignedDocument& document() const noexcept { return document_; }

private:
    AlignedDocument document_;
    // Shared, reference-counted cell styles handed out by GetAttr.
    wxGridCellAttr* review_attr_;
    wxGridCellAttr* text_attr_;
    wxGridCellAttr* review_text_attr_;
};

}  // namespace korpu::editor
