#include "app/editor/qa_panel.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

#include "app/editor/translate.hpp"
#include "tm/edit/bead_filter.hpp"

namespace korpu::editor {
namespace {

enum Column { kSeverity, kBead, kMessage, kCheck };

}  // namespace

QaPanel::QaPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    heading_ = new wxStaticText(this, wxID_ANY, tr("Run the checks with QA > Run checks (F9)."));
    choice_ = new wxChoice(this, wxID_ANY);
    auto* run = new wxButton(this, wxID_ANY, tr("Run checks"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->AppendColumn(tr("Severity"), wxLIST_FORMAT_LEFT, FromDIP(64));
    list_->AppendColumn("#", wxLIST_FORMAT_RIGHT, FromDIP(36));
    list_->AppendColumn(tr("Message"), wxLIST_FORMAT_LEFT, FromDIP(520));
    list_->AppendColumn(tr("Check"), wxLIST_FORMAT_LEFT, FromDIP(130));
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(heading_, 1, wxALIGN_CENTER_VERTICAL);
    row->Add(choice_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
    row->Add(run, 0);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(row, 0, wxEXPAND | wxALL, FromDIP(4));
    sizer->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(4));
    SetSizer(sizer);
    run->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (run_) run_();
    });
    choice_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        const int at = choice_->GetSelection();
        narrow_to(at <= 0 ? std::string() : choice_->GetString(static_cast<unsigned>(at)).utf8_string());
    });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED,
                [this](wxListEvent& event) { activate(static_cast<std::size_t>(event.GetIndex())); });
    choice_->Append(tr("All checks"));
    choice_->SetSelection(0);
    choice_->Disable();
}

void QaPanel::show(std::vector<Finding> findings, std::vector<std::size_t> beads) {
    findings_ = std::move(findings);
    beads_.assign(beads.begin(), beads.end());
    check_.clear();
    choice_->Clear();
    choice_->Append(tr("All checks"));
    for (const auto& check : checks()) choice_->Append(from_utf8(check));
    choice_->SetSelection(0);
    choice_->Enable(!findings_.empty());
    fill();
}

std::vector<std::string> QaPanel::checks() const {
    std::vector<std::string> names;
    for (const auto& finding : findings_) {
        if (std::find(names.begin(), names.end(), finding.check) == names.end()) names.push_back(finding.check);
    }
    return names;
}

void QaPanel::narrow_to(const std::string& check) {
    check_ = check;
    const auto names = checks();
    const auto at = std::find(names.begin(), names.end(), check);
    choice_->SetSelection(check.empty() || at == names.end() ? 0 : static_cast<int>(at - names.begin()) + 1);
    fill();
    if (narrowed_) narrowed_();
}

void QaPanel::fill() {
    list_->DeleteAllItems();
    shown_.clear();
    std::size_t errors = 0;
    for (std::size_t i = 0; i < findings_.size(); ++i) {
        const auto& finding = findings_[i];
        if (!check_.empty() && finding.check != check_) continue;
        const bool error = finding.severity == Severity::Error;
        errors += error;
        const long item = list_->InsertItem(static_cast<long>(shown_.size()), error ? tr("error") : tr("warning"));
        list_->SetItem(item, kBead, beads_[i] ? wxString::Format("%zu", *beads_[i] + 1) : wxString(L"\u2013"));
        list_->SetItem(item, kCheck, from_utf8(finding.check));
        list_->SetItem(item, kMessage, from_utf8(finding.message));
        if (error) list_->SetItemTextColour(item, wxColour(170, 20, 20));
        shown_.push_back(i);
    }
    heading_->SetLabel(findings_.empty()
                           ? tr("No findings: every check passed.")
                           : wxString::Format(tr("%zu findings, %zu of them errors:"), shown_.size(), errors));
    Layout();
}

std::vector<std::size_t> QaPanel::flagged_beads() const {
    std::vector<std::size_t> beads;
    for (const auto i : shown_) {
        if (beads_[i]) beads.push_back(*beads_[i]);
    }
    std::sort(beads.begin(), beads.end());
    beads.erase(std::unique(beads.begin(), beads.end()), beads.end());
    return beads;
}

void QaPanel::follow_edit(std::size_t first, std::size_t removed, std::size_t added) {
    if (findings_.empty() || removed == added) return;
    for (auto& bead : beads_) {
        if (bead) bead = bead_after_edit(*bead, first, removed, added);
    }
    fill();
}

void QaPanel::activate(std::size_t row) {
    if (row >= shown_.size() || !jump_) return;
    const auto i = shown_[row];
    if (beads_[i]) jump_(*beads_[i], findings_[i]);
}

}  // namespace korpu::editor
