#include <iostream>

#include "app/cli/command.hpp"
#include "app/cli/exit_codes.hpp"
#include "tm/export/tmx_export.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::cli {
namespace {

struct ExportOptions {
    std::string workspace;
    std::string format = "tmx";
    std::string output;
};

int run_export(const ExportOptions& options) {
    auto workspace = Workspace::open(std::filesystem::u8path(options.workspace));
    const auto summary = export_alignments_to_tmx(workspace, std::filesystem::u8path(options.output));
    std::cout << "wrote " << summary.units << " translation units to " << options.output;
    if (summary.skipped_one_sided > 0) std::cout << " (" << summary.skipped_one_sided << " one-sided beads left out)";
    std::cout << "\n";
    return kSuccess;
}

}  // namespace

void add_export_command(CLI::App& app, Action& selected) {
    auto* command = app.add_subcommand("export", "Export the aligned pairs of a workspace");
    auto options = std::make_shared<ExportOptions>();
    command->add_option("WORKSPACE", options->workspace, "The workspace")->required();
    command->add_option("--format", options->format, "Output format: tmx (TMX 1.4b)")
        ->check(CLI::IsMember({"tmx"}));
    command->add_option("-o,--output", options->output, "The file to write")->required();
    command->callback([&selected, options] { selected = [options] { return run_export(*options); }; });
}

}  // namespace korpu::cli
