#include <iostream>

#include "app/cli/command.hpp"
#include "app/cli/exit_codes.hpp"
#include "tm/export/xliff_import.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::cli {
namespace {

struct ImportXliffOptions {
    std::string workspace;
    std::string file;
};

int run_import_xliff(const ImportXliffOptions& options) {
    auto workspace = Workspace::open(std::filesystem::u8path(options.workspace));
    const auto summary = import_xliff(workspace, std::filesystem::u8path(options.file));
    std::cout << "read " << summary.units << " units from " << options.file << ": " << summary.targets_changed
              << " targets, " << summary.statuses_changed << " states and " << summary.notes_changed
              << " notes changed\n";
    return kSuccess;
}

}  // namespace

void add_import_xliff_command(CLI::App& app, Action& selected) {
    auto* command = app.add_subcommand(
        "import-xliff", "Read back an XLIFF 2.0 or 1.2 file exported by korpu: targets, states and notes");
    auto options = std::make_shared<ImportXliffOptions>();
    command->add_option("WORKSPACE", options->workspace, "The workspace")->required();
    command->add_option("FILE", options->file, "The reviewed XLIFF file")
        ->required()
        ->check(CLI::ExistingFile);
    command->callback([&selected, options] { selected = [options] { return run_import_xliff(*options); }; });
}

}  // namespace korpu::cli
