#include "app/editor/bead_pane.hpp"

#include <wx/settings.h>
#include <wx/sizer.h>

namespace korpu::editor {
namespace {

// Keys the alignment commands use (Ctrl+Up/Down, Ctrl+Enter, Ctrl+M, Ctrl+Z/Y, ...): the text controls
// must leave them to the window's shortcuts instead of acting on them themselves.
constexpr int kCommandKeys[][2] = {
    {WXK_UP, wxSTC_KEYMOD_CTRL},
    {WXK_DOWN, wxSTC_KEYMOD_CTRL},
    {WXK_RETURN, wxSTC_KEYMOD_CTRL},
    {'Z', wxSTC_KEYMOD_CTRL},
    {'Y', wxSTC_KEYMOD_CTRL},
    {'Z', wxSTC_KEYMOD_CTRL | wxSTC_KEYMOD_SHIFT},
    {'M', wxSTC_KEYMOD_CTRL},
    {'S', wxSTC_KEYMOD_CTRL | wxSTC_KEYMOD_SHIFT},
    {WXK_UP, wxSTC_KEYMOD_CTRL | wxSTC_KEYMOD_SHIFT},
    {WXK_DOWN, wxSTC_KEYMOD_CTRL | wxSTC_KEYMOD_SHIFT},
};

}  // namespace

BeadPane::BeadPane(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    // Titles shorten with an ellipsis rather than widen their column: both texts get half the pane.
    source_title_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                     wxST_ELLIPSIZE_END | wxST_NO_AUTORESIZE);
    target_title_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                     wxST_ELLIPSIZE_END | wxST_NO_AUTORESIZE);
    source_title_->SetMinSize(FromDIP(wxSize(40, -1)));
    target_title_->SetMinSize(FromDIP(wxSize(40, -1)));
    source_ = make_text(Side::Source);
    target_ = make_text(Side::Target);
    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    for (auto [title, text] : {std::pair{source_title_, source_}, std::pair{target_title_, target_}}) {
        auto* column = new wxBoxSizer(wxVERTICAL);
        column->Add(title, 0, wxEXPAND | wxLEFT | wxTOP | wxRIGHT, FromDIP(4));
        column->Add(text, 1, wxEXPAND | wxALL, FromDIP(4));
        columns->Add(column, 1, wxEXPAND);
        text->SetMinSize(FromDIP(wxSize(40, 40)));
    }
    SetSizer(columns);
}

wxStyledTextCtrl* BeadPane::make_text(Side side) {
    auto* text = new wxStyledTextCtrl(this, wxID_ANY);
    const wxFont font = wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT).Scaled(1.15f);
    text->StyleSetFont(wxSTC_STYLE_DEFAULT, font);
    text->StyleClearAll();
    text->SetWrapMode(wxSTC_WRAP_WORD);
    text->SetMarginWidth(1, 0);
    text->SetUseHorizontalScrollBar(false);
    // The session keeps the history: Ctrl+Z undoes whole edits of the alignment, typing included.
    text->SetUndoCollection(false);
    for (const auto& key : kCommandKeys) text->CmdKeyClear(key[0], key[1]);
    text->Bind(wxEVT_STC_MODIFIED, [this, side](wxStyledTextEvent& event) { on_modified(side, event); });
    text->Bind(wxEVT_SET_FOCUS, [this, side](wxFocusEvent& event) {
        active_ = side;
        event.Skip();
    });
    return text;
}

void BeadPane::show(const wxString& source_title, const std::string& source, const wxString& target_title,
                    const std::string& target) {
    loading_ = true;
    source_title_->SetLabel(source_title);
    target_title_->SetLabel(target_title);
    source_->SetText(wxString::FromUTF8(source.data(), source.size()));
    target_->SetText(wxString::FromUTF8(target.data(), target.size()));
    source_->EmptyUndoBuffer();
    target_->EmptyUndoBuffer();
    loading_ = false;
    Layout();
}

void BeadPane::clear() { show(wxString(), {}, wxString(), {}); }

std::size_t BeadPane::cursor() const {
    const auto* text = active_ == Side::Source ? source_ : target_;
    return static_cast<std::size_t>(text->GetCurrentPos());
}

void BeadPane::on_modified(Side side, wxStyledTextEvent& event) {
    event.Skip();
    if (loading_ || !text_changed_) return;
    if (!(event.GetModificationType() & (wxSTC_MOD_INSERTTEXT | wxSTC_MOD_DELETETEXT))) return;
    text_changed_(side, text(side).GetText().utf8_string());
}

}  // namespace korpu::editor
