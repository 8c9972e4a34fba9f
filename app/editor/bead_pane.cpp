#include "app/editor/bead_pane.hpp"

#include <wx/menu.h>
#include <wx/settings.h>
#include <wx/sizer.h>

#include <algorithm>

#include "app/editor/translate.hpp"

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

// The style of plain text.
constexpr int kTextStyle = 0;
// Tag placeholders the pane numbers as chips: the first hundred (a sentence with more tags shows the rest as
// Scintilla's default for unknown characters).
constexpr char32_t kFirstTag = 0xE000;
constexpr char32_t kLastTag = 0xF8FF;
constexpr int kNumberedTags = 100;

std::string utf8_of(char32_t c) {
    return {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
            static_cast<char>(0x80 | (c & 0x3F))};
}

// Byte spans of the tag placeholders in UTF-8 text: three-byte characters of the private-use area.
std::vector<std::pair<std::size_t, std::size_t>> tag_spans(const std::string& text) {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if ((lead & 0xF0) != 0xE0) continue;
        const char32_t c = (static_cast<char32_t>(lead & 0x0F) << 12) |
                           (static_cast<char32_t>(static_cast<unsigned char>(text[i + 1]) & 0x3F) << 6) |
                           (static_cast<char32_t>(static_cast<unsigned char>(text[i + 2]) & 0x3F));
        if (c >= kFirstTag && c <= kLastTag) spans.emplace_back(i, i + 3);
        i += 2;
    }
    return spans;
}
// Suggestions the context menu offers.
constexpr std::size_t kMenuSuggestions = 6;
// Menu ids of the spelling menu: suggestions from kSuggestionId on.
constexpr int kAddWordId = wxID_HIGHEST + 500;
constexpr int kIgnoreWordId = kAddWordId + 1;
constexpr int kSuggestionId = kAddWordId + 10;

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
    text->IndicatorSetStyle(kSpellingIndicator, wxSTC_INDIC_SQUIGGLE);
    text->IndicatorSetForeground(kSpellingIndicator, wxColour(220, 30, 30));
    text->IndicatorSetStyle(kGlossaryIndicator, wxSTC_INDIC_STRAIGHTBOX);
    text->IndicatorSetForeground(kGlossaryIndicator, wxColour(40, 110, 220));
    text->IndicatorSetAlpha(kGlossaryIndicator, 60);
    text->IndicatorSetUnder(kGlossaryIndicator, true);
    // Tags: read-only chips ("changeable" off: Scintilla refuses to delete or type into them).
    text->StyleSetFont(kTagStyle, font.Scaled(0.85f).Bold());
    text->StyleSetForeground(kTagStyle, wxColour(255, 255, 255));
    text->StyleSetBackground(kTagStyle, wxColour(150, 90, 20));
    text->StyleSetChangeable(kTagStyle, false);
    for (int i = 0; i < kNumberedTags; ++i) {
        const auto c = utf8_of(kFirstTag + static_cast<char32_t>(i));
        text->SetRepresentation(wxString::FromUTF8(c.data(), c.size()), wxString::Format(L"\u2039%d\u203A", i + 1));
    }
    text->UsePopUp(wxSTC_POPUP_NEVER);
    text->Bind(wxEVT_CONTEXT_MENU, [this, side](wxContextMenuEvent& event) { on_context_menu(side, event); });
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
    style_tags(Side::Source);
    style_tags(Side::Target);
    check_spelling(Side::Source);
    check_spelling(Side::Target);
    Layout();
}

void BeadPane::clear() { show(wxString(), {}, wxString(), {}); }

std::size_t BeadPane::cursor() const {
    const auto* text = active_ == Side::Source ? source_ : target_;
    return static_cast<std::size_t>(text->GetCurrentPos());
}

void BeadPane::on_modified(Side side, wxStyledTextEvent& event) {
    event.Skip();
    if (loading_) return;
    if (!(event.GetModificationType() & (wxSTC_MOD_INSERTTEXT | wxSTC_MOD_DELETETEXT))) return;
    // Scintilla's document must not change inside its own notification: underline once it is done.
    CallAfter([this, side] {
        style_tags(side);
        check_spelling(side);
    });
    if (text_changed_) text_changed_(side, text(side).GetText().utf8_string());
}

void BeadPane::style_tags(Side side) {
    auto& control = text(side);
    control.StartStyling(0);
    control.SetStyling(control.GetLength(), kTextStyle);
    for (const auto& [begin, end] : tag_spans(control.GetText().utf8_string())) {
        control.StartStyling(static_cast<int>(begin));
        control.SetStyling(static_cast<int>(end - begin), kTagStyle);
    }
}

void BeadPane::mark_terms(Side side, const std::vector<TermSpan>& spans) {
    auto& control = text(side);
    control.SetIndicatorCurrent(kGlossaryIndicator);
    control.IndicatorClearRange(0, control.GetLength());
    for (const auto& span : spans) {
        control.IndicatorFillRange(static_cast<int>(span.begin), static_cast<int>(span.end - span.begin));
    }
}

void BeadPane::set_spelling(Side side, SpellChecker* checker) {
    (side == Side::Source ? source_speller_ : target_speller_) = checker;
    check_spelling(side);
}

void BeadPane::check_spelling(Side side) {
    auto& control = text(side);
    auto* checker = side == Side::Source ? source_speller_ : target_speller_;
    auto& findings = side == Side::Source ? source_findings_ : target_findings_;
    findings.clear();
    control.SetIndicatorCurrent(kSpellingIndicator);
    control.IndicatorClearRange(0, control.GetLength());
    if (!checker) return;
    // Suggestions only when the menu asks for them: checking stays fast enough to run at every keystroke.
    for (auto& finding : checker->check(control.GetText().utf8_string(), 0)) {
        if (finding.kind != FindingKind::Misspelling) continue;
        control.IndicatorFillRange(static_cast<int>(finding.begin), static_cast<int>(finding.end - finding.begin));
        findings.push_back(std::move(finding));
    }
}

bool BeadPane::show_spelling_menu(Side side, std::size_t position) {
    auto* checker = side == Side::Source ? source_speller_ : target_speller_;
    const auto& findings = misspellings(side);
    const auto at = std::find_if(findings.begin(), findings.end(), [position](const SpellingFinding& finding) {
        return finding.begin <= position && position <= finding.end;
    });
    if (!checker || at == findings.end()) return false;
    const auto finding = *at;
    const auto suggestions = checker->suggest(finding.word, kMenuSuggestions);
    wxMenu menu;
    for (std::size_t i = 0; i < suggestions.size(); ++i) {
        menu.Append(kSuggestionId + static_cast<int>(i), from_utf8(suggestions[i]));
    }
    if (suggestions.empty()) menu.Append(wxID_NONE, tr("(no suggestions)"))->Enable(false);
    menu.AppendSeparator();
    menu.Append(kAddWordId, wxString::Format(tr("Add \u201c%s\u201d to the dictionary"), from_utf8(finding.word)));
    menu.Append(kIgnoreWordId, tr("Ignore this word"));
    auto& control = text(side);
    const int chosen = control.GetPopupMenuSelectionFromUser(
        menu, control.PointFromPosition(static_cast<int>(finding.end)) + wxPoint(0, control.TextHeight(0)));
    if (chosen >= kSuggestionId && chosen < kSuggestionId + static_cast<int>(suggestions.size())) {
        control.SetTargetStart(static_cast<int>(finding.begin));
        control.SetTargetEnd(static_cast<int>(finding.end));
        control.ReplaceTarget(from_utf8(suggestions[static_cast<std::size_t>(chosen - kSuggestionId)]));
    } else if ((chosen == kAddWordId || chosen == kIgnoreWordId) && word_added_) {
        word_added_(side, finding.word, chosen == kAddWordId);
        check_spelling(side);
    }
    return true;
}

void BeadPane::on_context_menu(Side side, wxContextMenuEvent& event) {
    auto& control = text(side);
    active_ = side;
    const wxPoint point = event.GetPosition() == wxDefaultPosition ? control.PointFromPosition(control.GetCurrentPos())
                                                                   : control.ScreenToClient(event.GetPosition());
    const int position = control.PositionFromPoint(point);
    if (show_spelling_menu(side, static_cast<std::size_t>(std::max(0, position)))) return;
    wxMenu menu;
    menu.Append(wxID_CUT, tr("Cu&t"));
    menu.Append(wxID_COPY, tr("&Copy"));
    menu.Append(wxID_PASTE, tr("&Paste"));
    menu.Append(wxID_SELECTALL, tr("Select &all"));
    switch (control.GetPopupMenuSelectionFromUser(menu, point)) {
        case wxID_CUT: control.Cut(); break;
        case wxID_COPY: control.Copy(); break;
        case wxID_PASTE: control.Paste(); break;
        case wxID_SELECTALL: control.SelectAll(); break;
        default: break;
    }
}

}  // namespace korpu::editor
