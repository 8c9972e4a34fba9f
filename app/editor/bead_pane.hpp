#pragma once
// The edit pane: the current bead's source and target, one segment a line, in two styled text controls.
// It reports every change of a text at once, so that the session saves it as it is typed.
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/stc/stc.h>

#include <functional>
#include <string>
#include <vector>

#include "tm/edit/alignment_editor.hpp"
#include "tm/glossary/glossary_hits.hpp"
#include "tm/spell/spell_checker.hpp"

namespace korpu::editor {

// Inline tags are private-use placeholders in the texts (tm/memory/tm_unit.hpp: the i-th tag is U+E000 + i).
// The pane shows each as a chip numbered from 1, in a style the user cannot type into or delete.
class BeadPane : public wxPanel {
  public:
    // The style of tag placeholders, and the indicators of glossary terms and misspelt words.
    static constexpr int kTagStyle = 1;
    static constexpr int kGlossaryIndicator = 9;
    static constexpr int kSpellingIndicator = 8;

    using TextChanged = std::function<void(Side side, const std::string& text)>;
    // "Add to dictionary" (accept) or "Ignore" chosen for a word of one side.
    using WordAdded = std::function<void(Side side, const std::string& word, bool accept)>;

    explicit BeadPane(wxWindow* parent);

    // Shows a bead's texts without reporting them as changes.
    void show(const wxString& source_title, const std::string& source, const wxString& target_title,
              const std::string& target);
    void clear();
    void on_text_changed(TextChanged callback) { text_changed_ = std::move(callback); }
    void on_word_added(WordAdded callback) { word_added_ = std::move(callback); }
    // Spelling of one side's text (null: none): misspelt words are underlined as they are typed, and the
    // context menu offers suggestions, "Add to dictionary" and "Ignore". The checker must outlive the pane
    // or be replaced first.
    void set_spelling(Side side, SpellChecker* checker);
    // Underlines the misspelt words of one side again (after the dictionary changed).
    void check_spelling(Side side);
    // The misspelt words underlined in one side's text now.
    const std::vector<SpellingFinding>& misspellings(Side side) const {
        return side == Side::Source ? source_findings_ : target_findings_;
    }
    // Shows the spelling menu for the word at a byte position of one side's text (what a right click on it
    // shows); returns false when no misspelt word is there.
    bool show_spelling_menu(Side side, std::size_t position);

    // Marks glossary terms in one side's text (byte spans); they stay with the words while the text is edited
    // and are replaced by the next call or the next bead shown.
    void mark_terms(Side side, const std::vector<TermSpan>& spans);

    wxStyledTextCtrl& text(Side side) noexcept { return side == Side::Source ? *source_ : *target_; }
    // The side the user worked in last (the source until the target is focused).
    Side active_side() const noexcept { return active_; }
    void set_active_side(Side side) noexcept { active_ = side; }
    // The cursor's byte offset in the active side's text.
    std::size_t cursor() const;

  private:
    wxStyledTextCtrl* make_text(Side side);
    void on_modified(Side side, wxStyledTextEvent& event);
    void on_context_menu(Side side, wxContextMenuEvent& event);
    void style_tags(Side side);

    wxStaticText* source_title_;
    wxStaticText* target_title_;
    wxStyledTextCtrl* source_;
    wxStyledTextCtrl* target_;
    Side active_ = Side::Source;
    bool loading_ = false;
    TextChanged text_changed_;
    WordAdded word_added_;
    SpellChecker* source_speller_ = nullptr;
    SpellChecker* target_speller_ = nullptr;
    std::vector<SpellingFinding> source_findings_;
    std::vector<SpellingFinding> target_findings_;
};

}  // namespace korpu::editor
