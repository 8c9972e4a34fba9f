#include <iostream>

#include "app/cli/exit_codes.hpp"
#include "app/cli/tm_commands.hpp"
#include "tm/memory/tmx_memory_export.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::cli {
namespace {

// Progress goes to standard error only for memories this large.
constexpr std::size_t kProgressThreshold = 50000;

struct ExportOptions {
    std::string workspace;
    std::string output;
    TmxMemoryFilter filter;
    bool quiet = false;
};

int run_export(const ExportOptions& options) {
    auto workspace = Workspace::open(std::filesystem::u8path(options.workspace));
    TmxMemoryExportProgress progress;
    if (!options.quiet) {
        progress = [](std::size_t done, std::size_t total) {
            if (total < kProgressThreshold) return;
            std::cerr << "\rexported " << done << " of " << total << " units" << (done == total ? "\n" : "")
                      << std::flush;
        };
    }
    const auto units =
        export_memory_to_tmx(workspace, std::filesystem::u8path(options.output), options.filter, progress);
    std::cout << "wrote " << units << " translation units to " << options.output << "\n";
    return kSuccess;
}

}  // namespace

void add_tm_export_command(CLI::App& tm, Action& selected) {
    auto* command = tm.add_subcommand("export", "Write the translation memory (or part of it) as TMX 1.4b");
    auto options = std::make_shared<ExportOptions>();
    command->add_option("WORKSPACE", options->workspace, "The workspace")->required();
    command->add_option("-o,--output", options->output, "The TMX file to write")->required();
    command->add_option("--source-lang", options->filter.source_lang, "Only units from this language");
    command->add_option("--target-lang", options->filter.target_lang, "Only units into this language");
    command->add_option("--document", options->filter.document, "Only units from this workspace document (its id)");
    command->add_option("--since", options->filter.since,
                        "Only units created or changed on or after this date (2026-01-31)");
    command->add_option("--until", options->filter.until, "Only units created or changed before this date");
    command->add_flag("--quiet,-q", options->quiet, "No progress on standard error");
    command->callback([&selected, options] { selected = [options] { return run_export(*options); }; });
}

}  // namespace korpu::cli
