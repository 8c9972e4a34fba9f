// korpu: the command-line front end. Parses the command line, runs one subcommand, and turns the core
// library's exceptions into messages on standard error and documented exit codes.
#include <iostream>

#include "app/cli/command.hpp"
#include "app/cli/exit_codes.hpp"
#include "tm/core/error.hpp"
#include "tm/core/version.hpp"

namespace {

// One registrar a line, so that helpers adding commands at the same time merge without conflicts.
// clang-format off
constexpr korpu::cli::CommandRegistrar kCommands[] = {
    korpu::cli::add_init_command,
    korpu::cli::add_align_command,
    korpu::cli::add_realign_command,
    korpu::cli::add_segment_command,
    korpu::cli::add_export_command,
    korpu::cli::add_info_command,
    korpu::cli::add_import_xliff_command,
    korpu::cli::add_metadata_command,
    korpu::cli::add_tm_command,
    korpu::cli::add_qa_command,
    korpu::cli::add_glossary_command,
    korpu::cli::add_spell_command,
    korpu::cli::add_dictionary_command,
    korpu::cli::add_import_command,
};
// clang-format on

}  // namespace

int main(int argc, char** argv) {
    using namespace korpu::cli;
    CLI::App app{std::string(korpu::kProgramName) + " " + korpu::kProgramVersion +
                     ": align originals with their translations, keep a translation memory, export TMX",
                 "korpu"};
    app.footer(kExitCodeHelp);
    app.require_subcommand(1);
    app.set_version_flag("--version", korpu::kProgramVersion);
    Action selected;
    for (auto add : kCommands) add(app, selected);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int code = app.exit(error);
        return code == 0 ? kSuccess : kUsageError;
    }

    try {
        return selected();
    } catch (const korpu::UsageError& error) {
        std::cerr << "korpu: " << error.what() << "\n";
        return kUsageError;
    } catch (const korpu::InputError& error) {
        std::cerr << "korpu: " << error.what() << "\n";
        return kInputError;
    } catch (const korpu::WorkspaceError& error) {
        std::cerr << "korpu: " << error.what() << "\n";
        return kWorkspaceError;
    } catch (const korpu::OutputError& error) {
        std::cerr << "korpu: " << error.what() << "\n";
        return kOutputError;
    } catch (const korpu::SqlError& error) {
        std::cerr << "korpu: workspace error: " << error.what() << "\n";
        return kWorkspaceError;
    } catch (const std::exception& error) {
        std::cerr << "korpu: internal error: " << error.what() << "\n";
        return kInternalError;
    }
}
