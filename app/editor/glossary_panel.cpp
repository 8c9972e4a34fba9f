#include "app/editor/glossary_panel.hpp"

#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <set>

#include "app/editor/translate.hpp"

namespace korpu::editor {
namespace {

enum Column { kTerm, kTranslation, kUsed, kNote };

// A term the translation does not use yet.
const wxColour kMissingColour(170, 20, 20);

}  // namespace

GlossaryPanel::GlossaryPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    heading_ = new wxStaticText(this, wxID_ANY, wxString());
    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->AppendColumn(tr("Term"), wxLIST_FORMAT_LEFT, FromDIP(170));
    list_->AppendColumn(tr("Translation"), wxLIST_FORMAT_LEFT, FromDIP(170));
    list_->AppendColumn(tr("In the translation"), wxLIST_FORMAT_LEFT, FromDIP(120));
    list_->AppendColumn(tr("Note"), wxLIST_FORMAT_LEFT, FromDIP(240));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading_, 0, wxEXPAND | wxALL, FromDIP(4));
    sizer->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(4));
    SetSizer(sizer);
    show(nullptr, {});
}

void GlossaryPanel::show(const GlossaryLookup* lookup, const GlossaryHits& hits) {
    list_->DeleteAllItems();
    rows_ = 0;
    if (!lookup || lookup->entries().empty()) {
        heading_->SetLabel(tr("The workspace's glossary has no terms for this language pair."));
        return;
    }
    std::set<std::size_t> listed;
    std::size_t missing = 0;
    for (const auto& hit : hits.hits) {
        if (!listed.insert(hit.entry).second) continue;
        const auto& entry = lookup->entries()[hit.entry];
        const long item = list_->InsertItem(static_cast<long>(rows_++), from_utf8(entry.source_term));
        list_->SetItem(item, kTranslation, from_utf8(entry.target_term));
        list_->SetItem(item, kUsed, hit.translated ? tr("yes") : tr("missing"));
        list_->SetItem(item, kNote, from_utf8(entry.note));
        if (!hit.translated) {
            list_->SetItemTextColour(item, kMissingColour);
            ++missing;
        }
    }
    heading_->SetLabel(rows_ == 0
                           ? tr("No glossary terms in this bead.")
                           : wxString::Format(tr("%zu glossary terms in this bead, %zu missing from the translation:"),
                                              rows_, missing));
    Layout();
}

}  // namespace korpu::editor
