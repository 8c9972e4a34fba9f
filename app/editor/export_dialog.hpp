#pragma once
// The export dialog: every format of `korpu export` (TMX, XLIFF 2.0 and 1.2, Moses, TSV, JSON Lines, and
// the HTML, ODT, DOCX and PDF bilingual editions), the file to write, what to include; the export runs
// in the background with progress and Cancel.
#include <wx/dialog.h>

#include <cstdint>
#include <filesystem>

class wxCheckBox;
class wxChoice;
class wxFilePickerCtrl;
class wxRadioBox;

namespace korpu::editor {

class Progress;

enum class ExportFormat {
    Tmx,
    Xliff2,
    Xliff12,
    Moses,
    Tsv,
    JsonLines,
    HtmlSideBySide,
    HtmlInterleaved,
    Odt,
    Docx,
    Pdf
};

struct ExportRequest {
    ExportFormat format = ExportFormat::Tmx;
    std::filesystem::path output;
    // The document pair on screen, or every alignment of the workspace (formats that take several).
    bool whole_workspace = false;
    bool confirmed_only = false;
    bool drop_one_sided = true;
};

class ExportDialog : public wxDialog {
  public:
    ExportDialog(wxWindow* parent, const std::filesystem::path& suggested_stem);

    ExportRequest request() const;
    wxChoice& format() { return *format_; }
    wxFilePickerCtrl& output() { return *output_; }

  private:
    void on_format_changed();

    std::filesystem::path stem_;
    wxChoice* format_;
    wxFilePickerCtrl* output_;
    wxRadioBox* scope_;
    wxCheckBox* confirmed_only_;
    wxCheckBox* drop_one_sided_;
};

// Runs the export (on the worker thread: it opens its own connection to the workspace file); returns a
// summary for the status bar.
wxString run_export(const std::filesystem::path& workspace, std::int64_t alignment, const ExportRequest& request,
                    Progress& progress);

}  // namespace korpu::editor
