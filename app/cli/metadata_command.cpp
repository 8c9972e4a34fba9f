#include <iostream>
#include <optional>

#include "app/cli/command.hpp"
#include "app/cli/exit_codes.hpp"
#include "tm/store/document_metadata.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::cli {
namespace {

struct MetadataOptions {
    std::string workspace;
    std::int64_t document = 0;
    std::optional<std::string> title;
    std::optional<std::string> author;
    std::optional<std::string> translator;
};

void print_field(const char* name, const std::optional<std::string>& value) {
    std::cout << name << "\t" << value.value_or("") << "\n";
}

int run_metadata(const MetadataOptions& options) {
    auto workspace = Workspace::open(std::filesystem::u8path(options.workspace));
    auto metadata = read_document_metadata(workspace, options.document);
    if (options.title || options.author || options.translator) {
        if (options.title)
            metadata.title = options.title->empty() ? std::nullopt : options.title;
        if (options.author)
            metadata.author = options.author->empty() ? std::nullopt : options.author;
        if (options.translator)
            metadata.translator = options.translator->empty() ? std::nullopt : options.translator;
        write_document_metadata(workspace, options.document, metadata);
    }
    print_field("title", metadata.title);
    print_field("author", metadata.author);
    print_field("translator", metadata.translator);
    return kSuccess;
}

}  // namespace

void add_metadata_command(CLI::App& app, Action& selected) {
    auto* command = app.add_subcommand(
        "metadata", "Show or set a document's title, author and translator (printed on bilingual editions)");
    auto options = std::make_shared<MetadataOptions>();
    command->add_option("WORKSPACE", options->workspace, "The workspace")->required();
    command->add_option("DOCUMENT", options->document, "The document's id (see korpu info)")->required();
    command->add_option("--title", options->title, "The title (empty to clear)");
    command->add_option("--author", options->author, "The author of the original (empty to clear)");
    command->add_option("--translator", options->translator, "The translator (empty to clear)");
    command->callback([&selected, options] { selected = [options] { return run_metadata(*options); }; });
}

}  // namespace korpu::cli
