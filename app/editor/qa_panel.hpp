#pragma once
// The QA panel: the findings of Körpü's checks (tm/qa) on the document pair on screen, one row each with
// severity, bead, check and message; a click jumps to the bead and selects the span in the edit pane.
#include <wx/panel.h>

#include <functional>
#include <vector>

#include "tm/qa/finding.hpp"

class wxListCtrl;
class wxStaticText;

namespace korpu::editor {

class QaPanel : public wxPanel {
  public:
    // The finding's bead (0-based) and the finding itself.
    using Jump = std::function<void(std::size_t bead, const Finding& finding)>;

    explicit QaPanel(wxWindow* parent);

    // `beads` gives each finding's bead: findings[i].segment indexes it.
    void show(std::vector<Finding> findings, std::vector<std::size_t> beads);
    void on_jump(Jump callback) { jump_ = std::move(callback); }
    void on_run(std::function<void()> callback) { run_ = std::move(callback); }
    std::size_t count() const noexcept { return findings_.size(); }
    // Jumps as a click on row `row` does.
    void activate(std::size_t row);
    wxListCtrl& list() noexcept { return *list_; }

  private:
    std::vector<Finding> findings_;
    std::vector<std::size_t> beads_;
    Jump jump_;
    std::function<void()> run_;
    wxStaticText* heading_;
    wxListCtrl* list_;
};

}  // namespace korpu::editor
