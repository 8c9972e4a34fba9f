#pragma once
// The edit pane: the current bead's source and target, one segment a line, in two styled text controls.
// It reports every change of a text at once, so that the session saves it as it is typed.
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/stc/stc.h>

#include <functional>
#include <string>

#include "tm/edit/alignment_editor.hpp"

namespace korpu::editor {

class BeadPane : public wxPanel {
  public:
    using TextChanged = std::function<void(Side side, const std::string& text)>;

    explicit BeadPane(wxWindow* parent);

    // Shows a bead's texts without reporting them as changes.
    void show(const wxString& source_title, const std::string& source, const wxString& target_title,
              const std::string& target);
    void clear();
    void on_text_changed(TextChanged callback) { text_changed_ = std::move(callback); }

    wxStyledTextCtrl& text(Side side) noexcept { return side == Side::Source ? *source_ : *target_; }
    // The side the user worked in last (the source until the target is focused).
    Side active_side() const noexcept { return active_; }
    void set_active_side(Side side) noexcept { active_ = side; }
    // The cursor's byte offset in the active side's text.
    std::size_t cursor() const;

  private:
    wxStyledTextCtrl* make_text(Side side);
    void on_modified(Side side, wxStyledTextEvent& event);

    wxStaticText* source_title_;
    wxStaticText* target_title_;
    wxStyledTextCtrl* source_;
    wxStyledTextCtrl* target_;
    Side active_ = Side::Source;
    bool loading_ = false;
    TextChanged text_changed_;
};

}  // namespace korpu::editor
