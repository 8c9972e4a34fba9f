#include <iostream>

#include "app/cli/command.hpp"
#include "app/cli/exit_codes.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::cli {

void add_init_command(CLI::App& app, Action& selected) {
    auto* command = app.add_subcommand("init", "Create a new, empty workspace file (.korpu)");
    auto workspace = std::make_shared<std::string>();
    command->add_option("WORKSPACE", *workspace, "The workspace file to create")->required();
    command->callback([&selected, workspace] {
        selected = [workspace] {
            const auto created = Workspace::create(std::filesystem::u8path(*workspace));
            std::cout << "created workspace " << *workspace << " (schema version " << created.schema_version() << ")\n";
            return int{kSuccess};
        };
    });
}

}  // namespace korpu::cli
