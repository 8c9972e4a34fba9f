#pragma once
// Draws a grid cell's text wrapped at word boundaries, as many lines as the row has room for, the last
// one ending in "…" when text is left over. It measures a cell with one call to the text layout
// (GetPartialTextExtents) instead of one per word (wxGridCellAutoWrapStringRenderer measures word by word),
// cuts the last line for the ellipsis from the same measurements, and keeps the lines of the cells drawn
// lately, so that a repaint of rows already seen (scrolling by a line, a selection moving) only draws.
#include <wx/grid.h>

#include <unordered_map>
#include <utility>
#include <vector>

namespace korpu::editor {

class WrappedTextRenderer : public wxGridCellStringRenderer {
  public:
    void Draw(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, const wxRect& rect, int row, int col,
              bool selected) override;
    wxSize GetBestSize(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, int row, int col) override;
    int GetBestHeight(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, int row, int col, int width) override;
    wxGridCellRenderer* Clone() const override { return new WrappedTextRenderer; }

  private:
    int line_height_ = 0;  // of the grid's font, measured once
    // Lines by cell text, width and room (see Draw).
    std::unordered_map<wxString, std::vector<wxString>> lines_;
};

}  // namespace korpu::editor
