#include "app/editor/import_wizard.hpp"

#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/filepicker.h>
#include <wx/msgdlg.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "app/editor/translate.hpp"
#include "tm/core/error.hpp"
#include "tm/import/encoding.hpp"
#include "tm/import/file_bytes.hpp"

namespace korpu::editor {
namespace {

// Characters of each file the encoding page shows: a few paragraphs, enough to see whether the letters
// are right.
constexpr std::size_t kPreviewChars = 1500;
// The encodings offered besides detection: Unicode, and the 8-bit ones Azerbaijani, Russian and English
// texts turn up in.
const char* const kEncodings[] = {"UTF-8",  "UTF-16LE", "UTF-16BE",     "windows-1251",
                                  "KOI8-R", "IBM866",   "windows-1254", "ISO-8859-1"};
const char* const kLanguages[] = {"az", "ru", "en"};

std::filesystem::path to_path(const wxString& text) { return std::filesystem::u8path(text.utf8_string()); }

// "speech.az.txt" -> "az": the language tag people put before the extension, when it is one Körpü knows.
wxString language_from_name(const wxString& file) {
    const auto stem = to_path(file).stem();
    const auto tag = stem.extension().u8string();
    if (tag.size() < 2) return {};
    try {
        return from_utf8(Language::parse(tag.substr(1)).tag());
    } catch (const Error&) {
        return {};
    }
}

wxComboBox* language_box(wxWindow* parent) {
    auto* box = new wxComboBox(parent, wxID_ANY);
    for (const char* tag : kLanguages) box->Append(tag);
    return box;
}

wxChoice* encoding_choice(wxWindow* parent) {
    auto* choice = new wxChoice(parent, wxID_ANY);
    choice->Append(tr("Detect automatically"));
    for (const char* name : kEncodings) choice->Append(name);
    choice->SetSelection(0);
    return choice;
}

std::string chosen_encoding(const wxChoice& choice) {
    return choice.GetSelection() > 0 ? std::string(kEncodings[choice.GetSelection() - 1]) : std::string();
}

}  // namespace

ImportWizard::ImportWizard(wxWindow* parent) : wxWizard(parent, wxID_ANY, tr("Import and align")) {
    first_ = files_page();
    auto* encodings = encoding_page();
    auto* segmentation = segmentation_page();
    wxWizardPageSimple::Chain(first_, encodings);
    wxWizardPageSimple::Chain(encodings, segmentation);
    GetPageAreaSizer()->Add(first_);
    Bind(wxEVT_WIZARD_PAGE_CHANGING, &ImportWizard::on_page_changing, this);
}

wxWizardPageSimple* ImportWizard::files_page() {
    auto* page = new wxWizardPageSimple(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(page, wxID_ANY, tr("Choose the original and its translation.")), 0, wxBOTTOM,
               FromDIP(8));
    auto* grid = new wxFlexGridSizer(3, FromDIP(6), FromDIP(6));
    grid->AddGrowableCol(1);
    const wxString wildcard =
        tr("Documents (*.txt;*.html;*.htm;*.docx;*.odt)|*.txt;*.html;*.htm;*.docx;*.odt|All files|*");
    for (bool source : {true, false}) {
        auto* picker =
            new wxFilePickerCtrl(page, wxID_ANY, wxString(), tr("Choose a file"), wildcard, wxDefaultPosition,
                                 FromDIP(wxSize(380, -1)), wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
        auto* language = language_box(page);
        picker->Bind(wxEVT_FILEPICKER_CHANGED, [picker, language](wxFileDirPickerEvent&) {
            const auto guess = language_from_name(picker->GetPath());
            if (!guess.empty()) language->SetValue(guess);
        });
        grid->Add(new wxStaticText(page, wxID_ANY, source ? tr("Original:") : tr("Translation:")), 0,
                  wxALIGN_CENTER_VERTICAL);
        grid->Add(picker, 1, wxEXPAND);
        grid->Add(language, 0);
        (source ? source_file_ : target_file_) = picker;
        (source ? source_language_ : target_language_) = language;
    }
    source_language_->SetValue("az");
    target_language_->SetValue("en");
    sizer->Add(grid, 0, wxEXPAND);
    sizer->Add(new wxStaticText(page, wxID_ANY,
                                tr("Languages are BCP 47 tags: az (Azerbaijani, Latin), ru, en, az-Cyrl, ...")),
               0, wxTOP, FromDIP(8));
    page->SetSizerAndFit(sizer);
    return page;
}

wxWizardPageSimple* ImportWizard::encoding_page() {
    auto* page = new wxWizardPageSimple(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    for (bool source : {true, false}) {
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        row->Add(new wxStaticText(page, wxID_ANY, source ? tr("Original:") : tr("Translation:")), 0,
                 wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
        auto* choice = encoding_choice(page);
        auto* detected = new wxStaticText(page, wxID_ANY, wxString());
        row->Add(choice, 0, wxRIGHT, FromDIP(8));
        row->Add(detected, 1, wxALIGN_CENTER_VERTICAL);
        auto* preview = new wxTextCtrl(page, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(560, 120)),
                                       wxTE_MULTILINE | wxTE_READONLY | wxTE_BESTWRAP);
        choice->Bind(wxEVT_CHOICE, [this, source](wxCommandEvent&) { update_preview(source); });
        sizer->Add(row, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
        sizer->Add(preview, 1, wxEXPAND | wxBOTTOM, FromDIP(10));
        (source ? source_encoding_ : target_encoding_) = choice;
        (source ? source_detected_ : target_detected_) = detected;
        (source ? source_preview_ : target_preview_) = preview;
    }
    page->SetSizerAndFit(sizer);
    return page;
}

wxWizardPageSimple* ImportWizard::segmentation_page() {
    auto* page = new wxWizardPageSimple(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const wxString layouts[] = {
        tr("Running text: paragraphs, cut into sentences by Körpü's rules for each language"),
        tr("Already segmented: every line is one segment"),
    };
    layout_ = new wxRadioBox(page, wxID_ANY, tr("Segmentation"), wxDefaultPosition, wxDefaultSize, 2, layouts, 1,
                             wxRA_SPECIFY_COLS);
    sizer->Add(layout_, 0, wxEXPAND);
    sizer->Add(new wxStaticText(page, wxID_ANY,
                                tr("Finish imports both files, aligns them and adds them to the workspace; the\n"
                                   "work runs in the background and can be cancelled.")),
               0, wxTOP, FromDIP(10));
    page->SetSizerAndFit(sizer);
    return page;
}

void ImportWizard::update_preview(bool source) {
    const auto& picker = *(source ? source_file_ : target_file_);
    const auto& choice = *(source ? source_encoding_ : target_encoding_);
    auto& detected = *(source ? source_detected_ : target_detected_);
    auto& preview = *(source ? source_preview_ : target_preview_);
    const auto file = to_path(picker.GetPath());
    try {
        const auto bytes = read_file_bytes(file);
        const auto forced = chosen_encoding(choice);
        TextEncoding encoding;
        if (forced.empty()) {
            encoding = detect_encoding(bytes, {}, file);
        } else {
            encoding = {standard_encoding_name(forced), EncodingEvidence::Forced};
        }
        detected.SetLabel(from_utf8(encoding.description()));
        auto text = from_utf8(decode_text(bytes, encoding, file));
        if (text.length() > kPreviewChars) text = text.Left(kPreviewChars) + wxString(L"\u2026");
        preview.SetValue(text);
    } catch (const Error& error) {
        detected.SetLabel(tr("cannot be read as text"));
        preview.SetValue(from_utf8(error.what()));
    }
}

void ImportWizard::update_previews() {
    update_preview(true);
    update_preview(false);
}

FilePair ImportWizard::pair() const {
    FilePair pair;
    pair.source = to_path(source_file_->GetPath());
    pair.target = to_path(target_file_->GetPath());
    pair.source_language = Language::parse(source_language_->GetValue().utf8_string());
    pair.target_language = Language::parse(target_language_->GetValue().utf8_string());
    pair.source_options.encoding = chosen_encoding(*source_encoding_);
    pair.target_options.encoding = chosen_encoding(*target_encoding_);
    pair.layout = layout_->GetSelection() == 1 ? InputLayout::OneSegmentPerLine : InputLayout::RunningText;
    return pair;
}

void ImportWizard::on_page_changing(wxWizardEvent& event) {
    if (event.GetPage() != first_ || !event.GetDirection()) return;
    if (source_file_->GetPath().empty() || target_file_->GetPath().empty()) {
        wxMessageBox(tr("Choose both files first."), tr("Import and align"), wxOK | wxICON_INFORMATION, this);
        event.Veto();
        return;
    }
    try {
        pair();
    } catch (const Error& error) {
        wxMessageBox(from_utf8(error.what()), tr("Import and align"), wxOK | wxICON_ERROR, this);
        event.Veto();
        return;
    }
    update_previews();
}

std::optional<FilePair> ImportWizard::ask() {
    if (!RunWizard(first_)) return std::nullopt;
    return pair();
}

}  // namespace korpu::editor
