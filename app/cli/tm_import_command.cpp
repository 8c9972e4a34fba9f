#include <iostream>

#include "app/cli/exit_codes.hpp"
#include "app/cli/tm_commands.hpp"
#include "tm/memory/tmx_import.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::cli {
namespace {

// Progress goes to standard error only for files this large (smaller ones import in well under a second).
constexpr std::uint64_t kProgressThresholdBytes = 4 * 1024 * 1024;

struct ImportOptions {
    std::string workspace;
    std::string file;
    TmxImportOptions pair;
    bool quiet = false;
};

int run_import(const ImportOptions& options) {
    auto workspace = Workspace::open(std::filesystem::u8path(options.workspace));
    TmxImportProgress progress;
    if (!options.quiet) {
        progress = [](std::uint64_t bytes, std::uint64_t size, std::size_t units) {
            if (size < kProgressThresholdBytes) return;
            std::cerr << "\rimported " << units << " units (" << (size ? bytes * 100 / size : 100) << " %)"
                      << (bytes >= size ? "\n" : "") << std::flush;
        };
    }
    const auto summary = import_tmx(workspace, std::filesystem::u8path(options.file), options.pair, progress);
    std::cout << "read " << summary.units_read << " translation units from " << options.file << ": " << summary.added
              << " added, " << summary.merged << " already in the memory (merged)";
    if (summary.skipped > 0) std::cout << ", " << summary.skipped << " without the language pair or text (skipped)";
    std::cout << "\n";
    return kSuccess;
}

}  // namespace

void add_tm_import_command(CLI::App& tm, Action& selected) {
    auto* command = tm.add_subcommand("import", "Import a TMX file into the translation memory (all or nothing)");
    auto options = std::make_shared<ImportOptions>();
    command->add_option("WORKSPACE", options->workspace, "The workspace")->required();
    command->add_option("FILE", options->file, "The TMX file (UTF-8 or UTF-16)")->required()->check(CLI::ExistingFile);
    command->add_option("--source-lang", options->pair.source_lang,
                        "Source language to import (default: the file's srclang, else each unit's first language)");
    command->add_option("--target-lang", options->pair.target_lang,
                        "Target language to import (default: every other language of a unit)");
    command->add_flag("--quiet,-q", options->quiet, "No progress on standard error");
    command->callback([&selected, options] { selected = [options] { return run_import(*options); }; });
}

}  // namespace korpu::cli
