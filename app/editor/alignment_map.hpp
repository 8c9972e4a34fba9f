#pragma once
// The alignment map: the whole document pair in one picture. Source position runs to the right, target
// position downwards; the path of beads is drawn over it, low-confidence beads in red, confirmed ones in
// green, the rest in blue, and the current bead is marked. A click jumps to the bead under the pointer.
#include <wx/bitmap.h>
#include <wx/panel.h>

#include <functional>

#include "tm/store/aligned_document.hpp"

namespace korpu::editor {

class AlignmentMap : public wxPanel {
  public:
    using Clicked = std::function<void(std::size_t bead)>;

    explicit AlignmentMap(wxWindow* parent);

    // Shows a document (null for none); the document must stay alive while shown. Call again after edits.
    void show(const AlignedDocument* document);
    void set_current(std::size_t bead);
    void on_clicked(Clicked callback) { clicked_ = std::move(callback); }
    // The bead drawn nearest to a point of the map, by source position (target position for 0-n beads).
    std::size_t bead_at(const wxPoint& point) const;

  private:
    struct Frame {
        wxRect area;
        double source_total = 1;
        double target_total = 1;
        wxPoint at(double source, double target) const;
    };

    Frame frame() const;
    void render();
    void on_paint(wxPaintEvent& event);
    void on_size(wxSizeEvent& event);
    void on_click(wxMouseEvent& event);

    const AlignedDocument* document_ = nullptr;
    std::size_t current_ = 0;
    wxBitmap picture_;
    bool stale_ = true;
    Clicked clicked_;
};

}  // namespace korpu::editor
