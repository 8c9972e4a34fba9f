#pragma once
// The editor's main window, laid out with wxAUI: the workspace's documents on the left, the alignment grid
// in the middle, the edit pane below it, the alignment map on the right. Every command is in a menu with
// its shortcut; the layout is remembered between runs.
#include <wx/aui/auibook.h>
#include <wx/aui/framemanager.h>
#include <wx/filehistory.h>
#include <wx/frame.h>
#include <wx/grid.h>
#include <wx/listbox.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include "tm/core/side.hpp"
#include "tm/glossary/glossary_hits.hpp"
#include "tm/memory/translation_memory.hpp"
#include "tm/spell/spell_checker.hpp"
#include "tm/store/alignment_store.hpp"
#include "tm/store/file_pair_import.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::editor {

class AlignmentMap;
class AlignmentSession;
class BeadPane;
class ConcordancePanel;
class GlossaryPanel;
class MemoryPanel;
class QaPanel;

class MainFrame : public wxFrame {
  public:
    MainFrame();
    ~MainFrame() override;

    // Opens a workspace and shows its first alignment. Throws korpu::Error when it cannot be opened.
    void open_workspace(const std::filesystem::path& file);
    // Shows one alignment of the open workspace.
    void show_alignment(std::size_t index);

    wxGrid& grid() noexcept { return *grid_; }
    wxListBox& alignment_list() noexcept { return *alignment_list_; }
    BeadPane& pane() noexcept { return *pane_; }
    AlignmentMap& map() noexcept { return *map_; }
    MemoryPanel& memory_panel() noexcept { return *memory_panel_; }
    ConcordancePanel& concordance_panel() noexcept { return *concordance_panel_; }
    QaPanel& qa_panel() noexcept { return *qa_panel_; }
    GlossaryPanel& glossary_panel() noexcept { return *glossary_panel_; }
    // Runs the QA checks on the document pair on screen (on a worker thread) and lists the findings.
    void run_qa();
    // The open alignment, or null.
    AlignmentSession* session() noexcept { return session_.get(); }
    // Runs a menu command as if it had been chosen.
    void run_command(int id);
    // Imports and aligns a pair of files into the open workspace (on a worker thread, with progress), then
    // shows the new alignment. Returns false (after telling the user why) when it failed or was cancelled.
    bool import_pair(const FilePair& pair);
    // Creates a new, empty workspace and opens it. Throws korpu::Error when it cannot be created.
    void new_workspace(const std::filesystem::path& file);

  private:
    struct Shortcut {
        int modifiers;
        int key;
        int command;
    };

    void build_menus();
    void collect_shortcuts(const wxMenu& menu);
    void bind_commands();
    void on_char_hook(wxKeyEvent& event);
    void on_open(wxCommandEvent& event);
    void on_new(wxCommandEvent& event);
    void on_import(wxCommandEvent& event);
    void on_export(wxCommandEvent& event);
    void on_dropped(const std::vector<std::filesystem::path>& files);
    void run_import_wizard(const std::vector<std::filesystem::path>& files);
    void on_recent(wxCommandEvent& event);
    void on_alignment_selected(wxCommandEvent& event);
    void on_grid_resized(wxSizeEvent& event);
    void on_close(wxCloseEvent& event);
    void open_with_message(const std::filesystem::path& file);
    void report(const wxString& message);
    void update_status();
    void toggle_pane(const char* name);
    void save_layout();
    void build_panels();
    void lookup_matches();
    void set_up_glossary();
    void show_glossary_hits();
    void show_beads_with_findings();
    void insert_match(std::size_t index);
    void search_concordance();
    void set_up_spelling();
    void add_word(Side side, const std::string& word, bool accept);

    wxAuiManager aui_;
    wxListBox* alignment_list_;
    wxGrid* grid_;
    BeadPane* pane_;
    AlignmentMap* map_;
    wxAuiNotebook* panels_;
    MemoryPanel* memory_panel_;
    ConcordancePanel* concordance_panel_;
    QaPanel* qa_panel_;
    GlossaryPanel* glossary_panel_;
    wxFileHistory history_;
    wxString default_layout_;
    std::vector<Shortcut> shortcuts_;
    std::optional<Workspace> workspace_;
    std::optional<TranslationMemory> memory_;
    std::unique_ptr<SpellChecker> source_speller_;
    std::unique_ptr<SpellChecker> target_speller_;
    std::optional<GlossaryLookup> glossary_;
    std::vector<AlignmentInfo> alignments_;
    std::unique_ptr<AlignmentSession> session_;
};

}  // namespace korpu::editor
