#include <iostream>

#include "app/cli/command.hpp"
#include "app/cli/exit_codes.hpp"
#include "tm/spell/dictionary_installer.hpp"
#include "tm/spell/dictionary_locator.hpp"

namespace korpu::cli {
namespace {

int run_install(const std::vector<std::string>& files) {
    const auto folder = user_dictionary_folder();
    for (const auto& file : files)
        for (const auto& installed : install_dictionary(std::filesystem::u8path(file), folder))
            std::cout << "installed " << installed.name << ": " << installed.dic.u8string() << '\n';
    return kSuccess;
}

int run_list() {
    for (const auto& dictionary : list_dictionaries(dictionary_folders()))
        std::cout << dictionary.name << '\t' << dictionary.dic.parent_path().u8string() << '\n';
    return kSuccess;
}

}  // namespace

void add_dictionary_command(CLI::App& app, Action& selected) {
    auto* command = app.add_subcommand("dictionary", "Install spelling dictionaries for this user, or list them");
    command->require_subcommand(1);
    auto* install = command->add_subcommand(
        "install",
        "Install Hunspell dictionaries: a .aff or .dic file (its pair beside it), a LibreOffice .oxt\n"
        "or a Mozilla .xpi extension; they take precedence over the built-in ones");
    auto files = std::make_shared<std::vector<std::string>>();
    install->add_option("FILE", *files, "Dictionary files")->required()->check(CLI::ExistingFile);
    install->callback([&selected, files] { selected = [files] { return run_install(*files); }; });
    auto* list = command->add_subcommand("list", "List the dictionaries found, first match per language first");
    list->callback([&selected] { selected = [] { return run_list(); }; });
}

}  // namespace korpu::cli
