#include "app/editor/wrapped_text_renderer.hpp"

#include <wx/dc.h>

#include <algorithm>

namespace korpu::editor {
namespace {

// Space between the cell's border and its text, in pixels (as wxGrid's own renderers leave).
constexpr int kMarginPx = 2;
// wxGrid draws a cell a little narrower than its column (grid lines, the cell rectangle's own inset): the
// height is measured as if the text had these pixels less, so that drawing never needs a line more.
constexpr int kDrawInsetPx = 4;

}  // namespace

std::vector<wxString> WrappedTextRenderer::wrap(wxDC& dc, const wxString& text, int width) {
    std::vector<wxString> lines;
    if (text.empty()) return lines;
    wxArrayInt extents;
    if (!dc.GetPartialTextExtents(text, extents) || extents.size() != text.size()) {
        lines.push_back(text);
        return lines;
    }
    std::size_t start = 0;
    const std::size_t n = text.size();
    while (start < n) {
        const int base = start > 0 ? extents[start - 1] : 0;
        std::size_t end = start;
        std::size_t last_space = wxString::npos;
        while (end < n && (extents[end] - base <= width || end == start)) {
            if (text[end] == ' ') last_space = end;
            ++end;
        }
        if (end < n && last_space != wxString::npos && last_space > start) end = last_space;
        lines.push_back(text.substr(start, end - start));
        start = end;
        while (start < n && text[start] == ' ') ++start;
    }
    return lines;
}

void WrappedTextRenderer::Draw(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, const wxRect& rect, int row, int col,
                               bool selected) {
    wxGridCellRenderer::Draw(grid, attr, dc, rect, row, col, selected);
    SetTextColoursAndFont(grid, attr, dc, selected);
    const wxRect inner = wxRect(rect).Deflate(kMarginPx);
    auto lines = wrap(dc, grid.GetCellValue(row, col), inner.width);
    const int line_height = dc.GetCharHeight();
    const auto room = static_cast<std::size_t>(std::max(1, inner.height / std::max(1, line_height)));
    if (lines.size() > room) {
        lines.resize(room);
        auto& last = lines.back();
        const wxString ellipsis(L"\u2026");
        while (!last.empty() && dc.GetTextExtent(last + ellipsis).x > inner.width) last.RemoveLast();
        last += ellipsis;
    }
    wxDCClipper clip(dc, inner);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        dc.DrawText(lines[i], inner.x, inner.y + static_cast<int>(i) * line_height);
    }
}

int WrappedTextRenderer::GetBestHeight(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, int row, int col, int width) {
    dc.SetFont(attr.GetFont());
    const auto lines = wrap(dc, grid.GetCellValue(row, col), width - 2 * kMarginPx - kDrawInsetPx);
    return static_cast<int>(std::max<std::size_t>(1, lines.size())) * dc.GetCharHeight() + 2 * kMarginPx;
}

wxSize WrappedTextRenderer::GetBestSize(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, int row, int col) {
    const int width = grid.GetColSize(col);
    return {width, GetBestHeight(grid, attr, dc, row, col, width)};
}

}  // namespace korpu::editor
