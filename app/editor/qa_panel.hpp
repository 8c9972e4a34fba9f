#pragma once
// The QA panel: the findings of Körpü's checks (tm/qa) on the document pair on screen, one row each with
// severity, bead, check and message; a click jumps to the bead and selects the span in the edit pane. A
// choice narrows the list to one check, and View > Beads with QA findings shows the beads of the findings
// listed in the grid.
#include <wx/panel.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "tm/qa/finding.hpp"

class wxChoice;
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
    // Called when the choice of check changed the findings listed.
    void on_narrowed(std::function<void()> callback) { narrowed_ = std::move(callback); }
    // Lists only the findings of one check (empty: all).
    void narrow_to(const std::string& check);
    // The checks that found something, in the order of the choice (after "All checks").
    std::vector<std::string> checks() const;
    // How many findings are listed.
    std::size_t count() const noexcept { return shown_.size(); }
    // The beads of the findings listed, sorted, each once.
    std::vector<std::size_t> flagged_beads() const;
    // Moves the findings' beads along with an edit (see bead_after_edit); a finding whose bead was
    // removed stays listed without one.
    void follow_edit(std::size_t first, std::size_t removed, std::size_t added);
    // Jumps as a click on row `row` does.
    void activate(std::size_t row);
    wxListCtrl& list() noexcept { return *list_; }

  private:
    void fill();

    std::vector<Finding> findings_;
    std::vector<std::optional<std::size_t>> beads_;
    std::vector<std::size_t> shown_;  // the findings listed, by index
    std::string check_;               // the check listed; empty: all
    Jump jump_;
    std::function<void()> run_;
    std::function<void()> narrowed_;
    wxStaticText* heading_;
    wxChoice* choice_;
    wxListCtrl* list_;
};

}  // namespace korpu::editor
