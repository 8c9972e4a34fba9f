#pragma once
// Draws a grid cell's text wrapped at word boundaries, as many lines as the row has room for, the last
// one ending in "…" when text is left over. It measures a whole cell with one call to the text layout
// (GetPartialTextExtents) instead of one per word, which keeps scrolling and row sizing fast on long
// documents (wxGridCellAutoWrapStringRenderer measures word by word).
#include <wx/grid.h>

#include <vector>

namespace korpu::editor {

class WrappedTextRenderer : public wxGridCellStringRenderer {
  public:
    void Draw(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, const wxRect& rect, int row, int col,
              bool selected) override;
    wxSize GetBestSize(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, int row, int col) override;
    int GetBestHeight(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, int row, int col, int width) override;
    wxGridCellRenderer* Clone() const override { return new WrappedTextRenderer; }

    // The text cut into lines no wider than `width` pixels in the DC's font.
    static std::vector<wxString> wrap(wxDC& dc, const wxString& text, int width);
};

}  // namespace korpu::editor
