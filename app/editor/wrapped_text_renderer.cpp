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
// Cells whose lines are kept: several screens of rows of the two text columns. Past it the cache starts
// again (a full repaint measures at most a screen's cells again).
constexpr std::size_t kCachedCells = 1024;
// No letter of a text font is narrower than this many pixels: a cell shows at most its lines' width over
// this many characters a line, and only those are measured.
constexpr int kNarrowestLetterPx = 2;

const wxString kEllipsis(L"\u2026");

// Where each line of `text` starts and ends, and the extents they were cut by.
struct Layout {
    std::vector<std::pair<std::size_t, std::size_t>> lines;
    wxArrayInt extents;
};

Layout lay_out(wxDC& dc, const wxString& text, int width) {
    Layout layout;
    if (text.empty()) return layout;
    if (!dc.GetPartialTextExtents(text, layout.extents) || layout.extents.size() != text.size()) {
        layout.extents.clear();
        layout.lines.emplace_back(0, text.size());
        return layout;
    }
    const auto& extents = layout.extents;
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
        layout.lines.emplace_back(start, end);
        start = end;
        while (start < n && text[start] == ' ') ++start;
    }
    return layout;
}

// At most `room` lines of the text no wider than `width` pixels, the last one ending in "…" when text is
// left over.
std::vector<wxString> fit(wxDC& dc, const wxString& text, int width, std::size_t room) {
    // Only what can show is measured: a long paragraph's tail never is.
    const auto most = room * static_cast<std::size_t>(width / kNarrowestLetterPx + 1);
    const bool cut = text.size() > most;
    const wxString shown = cut ? text.substr(0, most) : text;
    const auto layout = lay_out(dc, shown, width);
    std::vector<wxString> lines;
    const auto count = std::min(room, layout.lines.size());
    for (std::size_t i = 0; i < count; ++i) {
        const auto [begin, end] = layout.lines[i];
        lines.push_back(shown.substr(begin, end - begin));
    }
    if (layout.lines.size() <= room && !cut) return lines;
    if (lines.empty()) return lines;
    // The last line shortened until it and the ellipsis fit, from the extents already measured.
    const auto begin = layout.lines[count - 1].first;
    auto end = layout.lines[count - 1].second;
    if (!layout.extents.IsEmpty()) {
        const int base = begin > 0 ? layout.extents[begin - 1] : 0;
        const int room_px = width - dc.GetTextExtent(kEllipsis).x;
        while (end > begin && layout.extents[end - 1] - base > room_px) --end;
    }
    lines.back() = shown.substr(begin, end - begin) + kEllipsis;
    return lines;
}

}  // namespace

void WrappedTextRenderer::Draw(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, const wxRect& rect, int row, int col,
                               bool selected) {
    wxGridCellRenderer::Draw(grid, attr, dc, rect, row, col, selected);
    SetTextColoursAndFont(grid, attr, dc, selected);
    const wxRect inner = wxRect(rect).Deflate(kMarginPx);
    if (line_height_ == 0) line_height_ = dc.GetCharHeight();
    const int line_height = line_height_;
    const auto room = static_cast<std::size_t>(std::max(1, inner.height / std::max(1, line_height)));
    const wxString text = grid.GetCellValue(row, col);
    const wxString key = wxString::Format("%d %zu ", inner.width, room) + text;
    auto at = lines_.find(key);
    if (at == lines_.end()) {
        if (lines_.size() >= kCachedCells) lines_.clear();
        at = lines_.emplace(key, fit(dc, text, inner.width, room)).first;
    }
    wxDCClipper clip(dc, inner);
    const auto& lines = at->second;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        dc.DrawText(lines[i], inner.x, inner.y + static_cast<int>(i) * line_height);
    }
}

int WrappedTextRenderer::GetBestHeight(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, int row, int col, int width) {
    dc.SetFont(attr.GetFont());
    const auto lines = lay_out(dc, grid.GetCellValue(row, col), width - 2 * kMarginPx - kDrawInsetPx).lines;
    return static_cast<int>(std::max<std::size_t>(1, lines.size())) * dc.GetCharHeight() + 2 * kMarginPx;
}

wxSize WrappedTextRenderer::GetBestSize(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, int row, int col) {
    const int width = grid.GetColSize(col);
    return {width, GetBestHeight(grid, attr, dc, row, col, width)};
}

}  // namespace korpu::editor
