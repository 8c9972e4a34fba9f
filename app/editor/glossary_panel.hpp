#pragma once
// The glossary panel: the workspace's glossary terms in the current bead's source, each with its agreed
// translation, whether the translation uses it, and the entry's note.
#include <wx/panel.h>

#include "tm/glossary/glossary_hits.hpp"

class wxListCtrl;
class wxStaticText;

namespace korpu::editor {

class GlossaryPanel : public wxPanel {
  public:
    explicit GlossaryPanel(wxWindow* parent);

    // One row per entry found (an entry found twice is listed once). `lookup` null: no glossary.
    void show(const GlossaryLookup* lookup, const GlossaryHits& hits);
    std::size_t count() const noexcept { return rows_; }
    wxListCtrl& list() noexcept { return *list_; }

  private:
    wxStaticText* heading_;
    wxListCtrl* list_;
    std::size_t rows_ = 0;
};

}  // namespace korpu::editor
