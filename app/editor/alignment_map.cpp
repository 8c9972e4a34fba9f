#include "app/editor/alignment_map.hpp"

#include <wx/dcbuffer.h>
#include <wx/dcmemory.h>
#include <wx/settings.h>

#include <algorithm>
#include <cmath>

#include "app/editor/editor_colours.hpp"
#include "app/editor/translate.hpp"
#include "tm/edit/bead_filter.hpp"

namespace korpu::editor {
namespace {

// Room around the picture for the axis titles, in DIPs.
constexpr int kMarginDip = 18;
// Beads either side of the one under the pointer's source position that a click considers.
constexpr std::ptrdiff_t kClickWindow = 64;
// Side of the marks of low-confidence beads, in DIPs: visible even where a bead is less than a pixel.
constexpr int kMarkDip = 4;

}  // namespace

AlignmentMap::AlignmentMap(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(FromDIP(wxSize(160, 160)));
    Bind(wxEVT_PAINT, &AlignmentMap::on_paint, this);
    Bind(wxEVT_SIZE, &AlignmentMap::on_size, this);
    Bind(wxEVT_LEFT_DOWN, &AlignmentMap::on_click, this);
}

void AlignmentMap::show(const AlignedDocument* document) {
    document_ = document;
    stale_ = true;
    Refresh(false);
}

void AlignmentMap::set_current(std::size_t bead) {
    current_ = bead;
    Refresh(false);
}

wxPoint AlignmentMap::Frame::at(double source, double target) const {
    return {area.x + static_cast<int>(std::lround(source / source_total * (area.width - 1))),
            area.y + static_cast<int>(std::lround(target / target_total * (area.height - 1)))};
}

AlignmentMap::Frame AlignmentMap::frame() const {
    Frame frame;
    const int margin = FromDIP(kMarginDip);
    const wxSize size = GetClientSize();
    frame.area =
        wxRect(margin, margin, std::max(1, size.x - margin - FromDIP(6)), std::max(1, size.y - margin - FromDIP(6)));
    if (document_) {
        frame.source_total = static_cast<double>(std::max<std::size_t>(1, document_->source_segments.size()));
        frame.target_total = static_cast<double>(std::max<std::size_t>(1, document_->target_segments.size()));
    }
    return frame;
}

void AlignmentMap::render() {
    const wxSize size = GetClientSize();
    picture_ = wxBitmap(std::max(1, size.x), std::max(1, size.y));
    wxMemoryDC dc(picture_);
    dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
    dc.Clear();
    const Frame f = frame();
    dc.SetPen(wxPen(wxColour(200, 200, 200)));
    dc.SetBrush(wxBrush(wxColour(248, 248, 248)));
    dc.DrawRectangle(f.area);
    dc.SetTextForeground(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    dc.SetFont(wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT));
    dc.DrawText(tr("source \u2192"), f.area.x, 1);
    // Read from top to bottom, so that its arrow points the way target positions grow.
    dc.DrawRotatedText(tr("target \u2192"), dc.GetCharHeight() + 1, f.area.y, 270);
    dc.SetPen(wxPen(wxColour(215, 215, 215), 1, wxPENSTYLE_SHORT_DASH));
    dc.DrawLine(f.area.GetTopLeft(), f.area.GetBottomRight());
    if (!document_) return;

    // Light boxes under the path where the aligner was unsure and nobody has confirmed it yet, at least a
    // few pixels wide so that a single bead of a long document still shows.
    const int mark = FromDIP(kMarkDip);
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(kMapLowConfidenceBox));
    wxRect last_box;
    for (const Bead& bead : document_->beads) {
        if (bead.status == BeadStatus::Confirmed ||
            !(bead.status == BeadStatus::NeedsReview || is_low_confidence(bead))) {
            continue;
        }
        wxRect box(f.at(static_cast<double>(bead.source_begin), static_cast<double>(bead.target_begin)),
                   f.at(static_cast<double>(bead.source_begin + bead.source_count),
                        static_cast<double>(bead.target_begin + bead.target_count)));
        box.Inflate(std::max(0, (3 * mark - box.width) / 2), std::max(0, (3 * mark - box.height) / 2));
        if (box == last_box) continue;
        dc.DrawRectangle(box);
        last_box = box;
    }

    // The path, one line per run of beads that falls on the same pixels with the same colour.
    const auto colour_of = [](const Bead& bead) {
        if (bead.status == BeadStatus::Confirmed) return kMapConfirmed;
        if (bead.status == BeadStatus::NeedsReview || is_low_confidence(bead)) return kMapLowConfidence;
        return kMapPath;
    };
    wxPoint from = f.at(0, 0);
    const int width = FromDIP(2);
    for (const Bead& bead : document_->beads) {
        const wxPoint to = f.at(static_cast<double>(bead.source_begin + bead.source_count),
                                static_cast<double>(bead.target_begin + bead.target_count));
        if (to == from) continue;
        dc.SetPen(wxPen(colour_of(bead), width));
        dc.DrawLine(from, to);
        from = to;
    }
    // Marks over the path on the same beads.
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(kMapLowConfidence));
    wxPoint last_mark(-1, -1);
    for (const Bead& bead : document_->beads) {
        if (bead.status == BeadStatus::Confirmed || colour_of(bead) != kMapLowConfidence) continue;
        const wxPoint centre =
            f.at(bead.source_begin + bead.source_count / 2.0, bead.target_begin + bead.target_count / 2.0);
        if (centre == last_mark) continue;
        dc.DrawRectangle(centre.x - mark / 2, centre.y - mark / 2, mark, mark);
        last_mark = centre;
    }
}

void AlignmentMap::on_paint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    if (stale_ || picture_.GetSize() != GetClientSize()) {
        render();
        stale_ = false;
    }
    dc.DrawBitmap(picture_, 0, 0);
    if (!document_ || current_ >= document_->beads.size()) return;
    const Frame f = frame();
    const Bead& bead = document_->beads[current_];
    const wxPoint begin = f.at(static_cast<double>(bead.source_begin), static_cast<double>(bead.target_begin));
    const wxPoint end = f.at(static_cast<double>(bead.source_begin + bead.source_count),
                             static_cast<double>(bead.target_begin + bead.target_count));
    const wxPoint centre((begin.x + end.x) / 2, (begin.y + end.y) / 2);
    dc.SetPen(wxPen(kMapCursor, 1, wxPENSTYLE_DOT));
    dc.DrawLine(f.area.x, centre.y, f.area.GetRight(), centre.y);
    dc.DrawLine(centre.x, f.area.y, centre.x, f.area.GetBottom());
    dc.SetPen(wxPen(kMapCursor, FromDIP(2)));
    dc.SetBrush(*wxTRANSPARENT_BRUSH);
    dc.DrawCircle(centre, FromDIP(5));
}

void AlignmentMap::on_size(wxSizeEvent& event) {
    stale_ = true;
    Refresh(false);
    event.Skip();
}

std::size_t AlignmentMap::bead_at(const wxPoint& point) const {
    if (!document_ || document_->beads.empty()) return 0;
    const Frame f = frame();
    const double source =
        std::clamp(static_cast<double>(point.x - f.area.x) / std::max(1, f.area.width - 1), 0.0, 1.0) * f.source_total;
    const auto& beads = document_->beads;
    const auto guess = std::upper_bound(beads.begin(), beads.end(), source, [](double s, const Bead& bead) {
        return s < static_cast<double>(bead.source_begin);
    });
    const auto centre = std::max<std::ptrdiff_t>(0, (guess - beads.begin()) - 1);
    const auto first = std::max<std::ptrdiff_t>(0, centre - kClickWindow);
    const auto last = std::min<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(beads.size()), centre + kClickWindow + 1);
    std::size_t best = static_cast<std::size_t>(centre);
    double best_distance = 1e300;
    for (auto i = first; i < last; ++i) {
        const Bead& bead = beads[static_cast<std::size_t>(i)];
        const wxPoint middle =
            f.at(bead.source_begin + bead.source_count / 2.0, bead.target_begin + bead.target_count / 2.0);
        const double dx = middle.x - point.x;
        const double dy = middle.y - point.y;
        const double distance = dx * dx + dy * dy;
        if (distance < best_distance) {
            best_distance = distance;
            best = static_cast<std::size_t>(i);
        }
    }
    return best;
}

void AlignmentMap::on_click(wxMouseEvent& event) {
    if (document_ && !document_->beads.empty() && clicked_) clicked_(bead_at(event.GetPosition()));
}

}  // namespace korpu::editor
