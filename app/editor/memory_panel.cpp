#include "app/editor/memory_panel.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/htmllbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

#include "app/editor/translate.hpp"
#include "tm/core/markup_escape.hpp"

namespace korpu::editor {
namespace {

// Background of the words of a match that differ from the bead, and of concordance hits.
constexpr const char* kDifferenceColour = "#ffd0c0";
constexpr const char* kHitColour = "#c8e6ff";

wxString match_kind(const TmMatch& match) {
    switch (match.kind) {
        case MatchKind::ExactInContext: return tr("exact in context");
        case MatchKind::Exact: return tr("exact");
        case MatchKind::Fuzzy: break;
    }
    return tr("fuzzy");
}

}  // namespace

wxString highlighted_html(const std::string& text, const std::vector<TextSpan>& spans, const char* colour) {
    auto sorted = spans;
    std::sort(sorted.begin(), sorted.end(), [](const TextSpan& a, const TextSpan& b) { return a.begin < b.begin; });
    std::string html;
    std::size_t at = 0;
    for (const auto& span : sorted) {
        if (span.begin < at || span.end > text.size() || span.begin >= span.end) continue;
        html += escape_markup(text.substr(at, span.begin - at));
        html += std::string("<span style=\"background-color: ") + colour + "\">";
        html += escape_markup(text.substr(span.begin, span.end - span.begin));
        html += "</span>";
        at = span.end;
    }
    html += escape_markup(text.substr(at));
    return wxString::FromUTF8(html.data(), html.size());
}

MemoryPanel::MemoryPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    heading_ = new wxStaticText(this, wxID_ANY, tr("No matches."));
    match_list_ = new wxSimpleHtmlListBox(this, wxID_ANY);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading_, 0, wxALL, FromDIP(4));
    sizer->Add(match_list_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(4));
    SetSizer(sizer);
    match_list_->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent& event) {
        if (insert_ && event.GetSelection() >= 0) insert_(static_cast<std::size_t>(event.GetSelection()));
    });
}

ConcordancePanel::ConcordancePanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    query_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    query_->SetHint(tr("Words to find in the memory (Ctrl+K: the selection)"));
    side_ = new wxChoice(this, wxID_ANY);
    side_->Append(tr("in sources"));
    side_->Append(tr("in translations"));
    side_->SetSelection(0);
    auto* find = new wxButton(this, wxID_ANY, tr("Find"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    hit_list_ = new wxSimpleHtmlListBox(this, wxID_ANY);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(query_, 1, wxRIGHT, FromDIP(4));
    row->Add(side_, 0, wxRIGHT, FromDIP(4));
    row->Add(find, 0);
    sizer->Add(row, 0, wxEXPAND | wxALL, FromDIP(4));
    sizer->Add(hit_list_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(4));
    SetSizer(sizer);
    const auto run_search = [this](wxCommandEvent&) {
        search(query_->GetValue().utf8_string(),
               side_->GetSelection() == 1 ? ConcordanceSide::Target : ConcordanceSide::Source);
    };
    find->Bind(wxEVT_BUTTON, run_search);
    query_->Bind(wxEVT_TEXT_ENTER, run_search);
}

void MemoryPanel::show_matches(std::vector<TmMatch> matches) {
    matches_ = std::move(matches);
    match_list_->Clear();
    for (std::size_t i = 0; i < matches_.size(); ++i) {
        const auto& match = matches_[i];
        const wxString key = i < 3 ? wxString::Format("Ctrl+%zu", i + 1) : wxString();
        match_list_->Append(wxString::Format("<b>%d%%</b> <font color=\"#606060\">%s %s</font><br>", match.score,
                                             match_kind(match), key) +
                            highlighted_html(match.unit.source_text, match.differences, kDifferenceColour) + "<br><i>" +
                            highlighted_html(match.unit.target_text, {}, kDifferenceColour) + "</i>");
    }
    heading_->SetLabel(matches_.empty()
                           ? tr("No matches in the translation memory.")
                           : wxString::Format(wxPLURAL("%zu match from the translation memory:",
                                                       "%zu matches from the translation memory:", matches_.size()),
                                              matches_.size()));
    Layout();
}

void ConcordancePanel::search(const std::string& text, ConcordanceSide side) {
    query_->ChangeValue(wxString::FromUTF8(text.data(), text.size()));
    side_->SetSelection(side == ConcordanceSide::Target ? 1 : 0);
    hit_list_->Clear();
    hit_count_ = 0;
    if (!search_ || text.empty()) return;
    for (const auto& hit : search_(text, side)) {
        const bool in_source = side == ConcordanceSide::Source;
        hit_list_->Append(
            highlighted_html(hit.unit.source_text, in_source ? hit.hits : std::vector<TextSpan>{}, kHitColour) +
            "<br><i>" +
            highlighted_html(hit.unit.target_text, in_source ? std::vector<TextSpan>{} : hit.hits, kHitColour) +
            "</i>");
        ++hit_count_;
    }
}

}  // namespace korpu::editor
