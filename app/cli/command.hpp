#pragma once
// Each `korpu` subcommand lives in its own file and registers itself here: it declares its options on
// a CLI11 subcommand and returns the action to run when the user picked it.
#include <CLI/CLI.hpp>

#include <functional>

namespace korpu::cli {

using Action = std::function<int()>;

// Adds a subcommand to `app`; when it is the one given, `selected` is set to its action.
using CommandRegistrar = void (*)(CLI::App& app, Action& selected);

void add_init_command(CLI::App& app, Action& selected);
void add_align_command(CLI::App& app, Action& selected);
void add_realign_command(CLI::App& app, Action& selected);
void add_export_command(CLI::App& app, Action& selected);
void add_segment_command(CLI::App& app, Action& selected);
void add_info_command(CLI::App& app, Action& selected);
void add_import_xliff_command(CLI::App& app, Action& selected);
void add_metadata_command(CLI::App& app, Action& selected);
void add_qa_command(CLI::App& app, Action& selected);
void add_glossary_command(CLI::App& app, Action& selected);
void add_tm_command(CLI::App& app, Action& selected);
void add_spell_command(CLI::App& app, Action& selected);
void add_dictionary_command(CLI::App& app, Action& selected);
void add_import_command(CLI::App& app, Action& selected);

}  // namespace korpu::cli
