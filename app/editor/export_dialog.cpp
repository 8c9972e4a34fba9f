#include "app/editor/export_dialog.hpp"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/filepicker.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/editor/translate.hpp"
#include "app/editor/worker_job.hpp"
#include "tm/export/edition_writers.hpp"
#include "tm/export/parallel_text_export.hpp"
#include "tm/export/tmx_export.hpp"
#include "tm/export/xliff_export.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::editor {
namespace {

struct FormatInfo {
    ExportFormat format;
    const char* label;
    const char* extension;
    bool takes_workspace;  // can export every alignment of the workspace at once
};

const FormatInfo kFormats[] = {
    {ExportFormat::Tmx, "TMX 1.4b (translation memory)", ".tmx", true},
    {ExportFormat::Xliff2, "XLIFF 2.0 (review in other CAT tools)", ".xlf", false},
    {ExportFormat::Xliff12, "XLIFF 1.2", ".xlf", false},
    {ExportFormat::Moses, "Moses parallel text (two files)", "", true},
    {ExportFormat::Tsv, "Tab-separated pairs", ".tsv", true},
    {ExportFormat::JsonLines, "JSON Lines", ".jsonl", true},
    {ExportFormat::HtmlSideBySide, "Bilingual edition: HTML, side by side", ".html", false},
    {ExportFormat::HtmlInterleaved, "Bilingual edition: HTML, interleaved", ".html", false},
    {ExportFormat::Odt, "Bilingual edition: OpenDocument (ODT)", ".odt", false},
    {ExportFormat::Docx, "Bilingual edition: Word (DOCX)", ".docx", false},
    {ExportFormat::Pdf, "Bilingual edition: PDF", ".pdf", false},
};

const FormatInfo& info(ExportFormat format) {
    for (const auto& entry : kFormats) {
        if (entry.format == format) return entry;
    }
    return kFormats[0];
}

}  // namespace

ExportDialog::ExportDialog(wxWindow* parent, const std::filesystem::path& suggested_stem)
    : wxDialog(parent, wxID_ANY, tr("Export")), stem_(suggested_stem) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* grid = new wxFlexGridSizer(2, FromDIP(6), FromDIP(8));
    grid->AddGrowableCol(1);
    format_ = new wxChoice(this, wxID_ANY);
    for (const auto& entry : kFormats) format_->Append(tr(entry.label));
    format_->SetSelection(0);
    output_ = new wxFilePickerCtrl(this, wxID_ANY, wxString(), tr("Export to"), tr("All files|*"), wxDefaultPosition,
                                   FromDIP(wxSize(420, -1)), wxFLP_SAVE | wxFLP_OVERWRITE_PROMPT | wxFLP_USE_TEXTCTRL);
    grid->Add(new wxStaticText(this, wxID_ANY, tr("Format:")), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(format_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, tr("File:")), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(output_, 1, wxEXPAND);
    sizer->Add(grid, 0, wxEXPAND | wxALL, FromDIP(10));
    const wxString scopes[] = {tr("The document pair on screen"), tr("Every document pair of the workspace")};
    scope_ = new wxRadioBox(this, wxID_ANY, tr("What to export"), wxDefaultPosition, wxDefaultSize, 2, scopes, 1,
                            wxRA_SPECIFY_COLS);
    sizer->Add(scope_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(10));
    confirmed_only_ = new wxCheckBox(this, wxID_ANY, tr("Only beads a reviewer confirmed"));
    drop_one_sided_ = new wxCheckBox(this, wxID_ANY, tr("Leave out beads with text on one side only"));
    drop_one_sided_->SetValue(true);
    sizer->Add(confirmed_only_, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(10));
    sizer->Add(drop_one_sided_, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(6));
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(10));
    SetSizerAndFit(sizer);
    format_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { on_format_changed(); });
    on_format_changed();
}

void ExportDialog::on_format_changed() {
    const auto& chosen = kFormats[format_->GetSelection()];
    auto file = stem_;
    file += chosen.extension;
    output_->SetPath(wxString::FromUTF8(file.u8string()));
    scope_->Enable(1, chosen.takes_workspace);
    if (!chosen.takes_workspace) scope_->SetSelection(0);
    const bool parallel = chosen.format == ExportFormat::Moses || chosen.format == ExportFormat::Tsv ||
                          chosen.format == ExportFormat::JsonLines;
    confirmed_only_->Enable(parallel);
    drop_one_sided_->Enable(parallel);
}

ExportRequest ExportDialog::request() const {
    ExportRequest request;
    request.format = kFormats[format_->GetSelection()].format;
    request.output = std::filesystem::u8path(output_->GetPath().utf8_string());
    request.whole_workspace = scope_->GetSelection() == 1 && info(request.format).takes_workspace;
    request.confirmed_only = confirmed_only_->GetValue();
    request.drop_one_sided = drop_one_sided_->GetValue();
    return request;
}

wxString run_export(const std::filesystem::path& file, std::int64_t alignment, const ExportRequest& request,
                    Progress& progress) {
    auto workspace = Workspace::open(file);
    BeadSelection selection;
    if (!request.whole_workspace) selection.alignment = alignment;
    const ExportProgress report = [&progress](std::size_t done, std::size_t total) {
        progress.report(tr("Exporting beads..."), done, total);
    };
    progress.report(tr("Exporting beads..."));
    switch (request.format) {
        case ExportFormat::Tmx: {
            const auto summary = export_alignments_to_tmx(workspace, request.output, selection, report);
            return wxString::Format(tr("%zu translation units written"), summary.units);
        }
        case ExportFormat::Xliff2:
        case ExportFormat::Xliff12: {
            const auto units = export_xliff(
                workspace, request.format == ExportFormat::Xliff2 ? XliffVersion::V2_0 : XliffVersion::V1_2,
                request.output, selection, report);
            return wxString::Format(tr("%zu units written"), units);
        }
        case ExportFormat::Moses:
        case ExportFormat::Tsv:
        case ExportFormat::JsonLines: {
            CleanOptions clean;
            clean.confirmed_only = request.confirmed_only;
            clean.drop_one_sided = request.drop_one_sided;
            const auto kind = request.format == ExportFormat::Moses ? ParallelTextFormat::Moses
                              : request.format == ExportFormat::Tsv ? ParallelTextFormat::Tsv
                                                                    : ParallelTextFormat::JsonLines;
            const auto summary = export_parallel_text(workspace, kind, request.output, selection, clean, report);
            return wxString::Format(tr("%zu pairs written, %zu left out"), summary.written,
                                    summary.read - summary.written);
        }
        default: break;
    }
    progress.report(tr("Laying out the edition..."));
    const auto edition = build_edition(workspace, alignment);
    progress.check();
    switch (request.format) {
        case ExportFormat::HtmlSideBySide:
            write_html_edition(edition, EditionLayout::SideBySide, request.output);
            break;
        case ExportFormat::HtmlInterleaved:
            write_html_edition(edition, EditionLayout::Interleaved, request.output);
            break;
        case ExportFormat::Odt: write_odt_edition(edition, request.output); break;
        case ExportFormat::Docx: write_docx_edition(edition, request.output); break;
        default: write_pdf_edition(edition, request.output); break;
    }
    return wxString::Format(tr("%zu rows written"), edition.rows.size());
}

}  // namespace korpu::editor
