#include "app/editor/qa_panel.hpp"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/editor/translate.hpp"

namespace korpu::editor {
namespace {

enum Column { kSeverity, kBead, kMessage, kCheck };

}  // namespace

QaPanel::QaPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    heading_ = new wxStaticText(this, wxID_ANY, tr("Run the checks with QA > Run checks (F9)."));
    auto* run = new wxButton(this, wxID_ANY, tr("Run checks"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->AppendColumn(tr("Severity"), wxLIST_FORMAT_LEFT, FromDIP(64));
    list_->AppendColumn("#", wxLIST_FORMAT_RIGHT, FromDIP(36));
    list_->AppendColumn(tr("Message"), wxLIST_FORMAT_LEFT, FromDIP(520));
    list_->AppendColumn(tr("Check"), wxLIST_FORMAT_LEFT, FromDIP(130));
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(heading_, 1, wxALIGN_CENTER_VERTICAL);
    row->Add(run, 0);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(row, 0, wxEXPAND | wxALL, FromDIP(4));
    sizer->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(4));
    SetSizer(sizer);
    run->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (run_) run_();
    });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED,
                [this](wxListEvent& event) { activate(static_cast<std::size_t>(event.GetIndex())); });
}

void QaPanel::show(std::vector<Finding> findings, std::vector<std::size_t> beads) {
    findings_ = std::move(findings);
    beads_ = std::move(beads);
    list_->DeleteAllItems();
    std::size_t errors = 0;
    for (std::size_t i = 0; i < findings_.size(); ++i) {
        const auto& finding = findings_[i];
        const bool error = finding.severity == Severity::Error;
        errors += error;
        const long item = list_->InsertItem(static_cast<long>(i), error ? tr("error") : tr("warning"));
        list_->SetItem(item, kBead, wxString::Format("%zu", beads_.at(i) + 1));
        list_->SetItem(item, kCheck, from_utf8(finding.check));
        list_->SetItem(item, kMessage, from_utf8(finding.message));
        if (error) list_->SetItemTextColour(item, wxColour(170, 20, 20));
    }
    heading_->SetLabel(findings_.empty()
                           ? tr("No findings: every check passed.")
                           : wxString::Format(tr("%zu findings, %zu of them errors:"), findings_.size(), errors));
    Layout();
}

void QaPanel::activate(std::size_t row) {
    if (row < findings_.size() && jump_) jump_(beads_[row], findings_[row]);
}

}  // namespace korpu::editor
