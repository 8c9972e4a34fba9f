#pragma once
// The import wizard: an original and its translation (files, languages), their encodings as detected,
// with a preview of the decoded text and the choice to force another, and how to segment them.
#include <wx/wizard.h>

#include <optional>

#include "tm/store/file_pair_import.hpp"

class wxChoice;
class wxComboBox;
class wxFilePickerCtrl;
class wxRadioBox;
class wxStaticText;
class wxTextCtrl;

namespace korpu::editor {

class ImportWizard : public wxWizard {
  public:
    explicit ImportWizard(wxWindow* parent);

    // Runs the wizard; the pair to import, or nothing when the user cancelled.
    std::optional<FilePair> ask();

    // The pages' controls, for tests.
    wxFilePickerCtrl& file_picker(bool source) { return *(source ? source_file_ : target_file_); }
    wxComboBox& language(bool source) { return *(source ? source_language_ : target_language_); }
    wxTextCtrl& preview(bool source) { return *(source ? source_preview_ : target_preview_); }
    wxStaticText& detected(bool source) { return *(source ? source_detected_ : target_detected_); }
    // Fills the encoding page from the chosen files.
    void update_previews();
    // The pair as the pages describe it; throws korpu::Error for a language that makes no sense.
    FilePair pair() const;

  private:
    wxWizardPageSimple* files_page();
    wxWizardPageSimple* encoding_page();
    wxWizardPageSimple* segmentation_page();
    void update_preview(bool source);
    void on_page_changing(wxWizardEvent& event);

    wxWizardPageSimple* first_ = nullptr;
    wxFilePickerCtrl* source_file_ = nullptr;
    wxFilePickerCtrl* target_file_ = nullptr;
    wxComboBox* source_language_ = nullptr;
    wxComboBox* target_language_ = nullptr;
    wxChoice* source_encoding_ = nullptr;
    wxChoice* target_encoding_ = nullptr;
    wxStaticText* source_detected_ = nullptr;
    wxStaticText* target_detected_ = nullptr;
    wxTextCtrl* source_preview_ = nullptr;
    wxTextCtrl* target_preview_ = nullptr;
    wxRadioBox* layout_ = nullptr;
};

}  // namespace korpu::editor
