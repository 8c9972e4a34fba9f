#include <iostream>

#include "app/cli/command.hpp"
#include "app/cli/document_input.hpp"
#include "app/cli/exit_codes.hpp"
#include "tm/import/load_document.hpp"
#include "tm/store/document_store.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::cli {
namespace {

struct ImportCommandOptions {
    std::string file;
    std::string language;
    std::string workspace;
    DocumentInputOptions input;
};

int run_import(const ImportCommandOptions& options) {
    const auto language = Language::parse(options.language);
    const auto file = std::filesystem::u8path(options.file);
    const auto loaded = import_document(file, language, InputLayout::RunningText, options.input.import_options());
    const auto workspace_file = std::filesystem::u8path(options.workspace);
    auto workspace =
        std::filesystem::exists(workspace_file) ? Workspace::open(workspace_file) : Workspace::create(workspace_file);
    const NewDocument document{file.filename().u8string(), language, std::filesystem::absolute(file).u8string(),
                               to_string(loaded.format), loaded.encoding.name};
    const auto id = DocumentStore(workspace).add(document, loaded.content, loaded.findings);
    std::cout << "imported " << options.file << " as document " << id << " in " << options.workspace << ": "
              << to_string(loaded.format) << ", " << loaded.encoding.description() << "; "
              << loaded.content.paragraphs.size() << " paragraphs, " << loaded.content.segment_count() << " segments";
    if (loaded.boilerplate_removed > 0) std::cout << "; " << loaded.boilerplate_removed << " boilerplate lines removed";
    std::cout << "; " << loaded.findings.size() << " mixed-script words\n";
    for (const auto& finding : loaded.findings) {
        std::cout << "  segment " << finding.segment + 1 << ": " << finding.kind << " word \"" << finding.text << "\" ("
                  << finding.detail << ")\n";
    }
    return kSuccess;
}

}  // namespace

void add_import_command(CLI::App& app, Action& selected) {
    auto* command = app.add_subcommand(
        "import", "Read a document (plain text, HTML, DOCX, ODT), cut it into segments and store it in a workspace");
    auto options = std::make_shared<ImportCommandOptions>();
    command->add_option("FILE", options->file, "The document")->required()->check(CLI::ExistingFile);
    command->add_option("--lang", options->language, "Its language (az, ru, en, ...)")->required();
    command->add_option("--workspace,-w", options->workspace, "The workspace (created if missing)")->required();
    add_document_input_options(*command, options->input);
    command->callback([&selected, options] { selected = [options] { return run_import(*options); }; });
}

}  // namespace korpu::cli
