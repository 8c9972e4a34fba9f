#pragma once
// The translation-memory panel: the current bead's matches from the workspace's memory (score, the
// memory's source with the words that differ from the bead highlighted, its translation), inserted into
// the target with Ctrl+1..Ctrl+3 or a double click. The concordance panel: a search for words in the
// memory's sources or translations, with the hits highlighted.
#include <wx/panel.h>

#include <functional>
#include <string>
#include <vector>

#include "tm/memory/tm_unit.hpp"

class wxChoice;
class wxSimpleHtmlListBox;
class wxStaticText;
class wxTextCtrl;

namespace korpu::editor {

class MemoryPanel : public wxPanel {
  public:
    using Insert = std::function<void(std::size_t match)>;

    explicit MemoryPanel(wxWindow* parent);

    void show_matches(std::vector<TmMatch> matches);
    const std::vector<TmMatch>& matches() const noexcept { return matches_; }
    void on_insert(Insert callback) { insert_ = std::move(callback); }
    wxSimpleHtmlListBox& match_list() noexcept { return *match_list_; }

  private:
    std::vector<TmMatch> matches_;
    Insert insert_;
    wxStaticText* heading_;
    wxSimpleHtmlListBox* match_list_;
};

class ConcordancePanel : public wxPanel {
  public:
    using Search = std::function<std::vector<ConcordanceHit>(const std::string& text, ConcordanceSide side)>;

    explicit ConcordancePanel(wxWindow* parent);

    // Runs a concordance search for `text` in one side of the memory and lists the hits.
    void search(const std::string& text, ConcordanceSide side);
    void on_search(Search callback) { search_ = std::move(callback); }
    std::size_t hit_count() const noexcept { return hit_count_; }

  private:
    std::size_t hit_count_ = 0;
    Search search_;
    wxTextCtrl* query_;
    wxChoice* side_;
    wxSimpleHtmlListBox* hit_list_;
};

// HTML of a text with spans highlighted (byte offsets into the UTF-8 text), for the panels' lists.
wxString highlighted_html(const std::string& text, const std::vector<TextSpan>& spans, const char* colour);

}  // namespace korpu::editor
