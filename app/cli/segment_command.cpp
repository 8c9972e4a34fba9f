#include <iostream>

#include "app/cli/command.hpp"
#include "app/cli/exit_codes.hpp"
#include "tm/import/load_document.hpp"

namespace korpu::cli {
namespace {

struct SegmentOptions {
    std::string file;
    std::string language;
};

int run_segment(const SegmentOptions& options) {
    const auto document =
        load_document(std::filesystem::u8path(options.file), Language::parse(options.language), InputLayout::RunningText);
    for (const auto& segment : document.segments()) std::cout << segment << '\n';
    return kSuccess;
}

}  // namespace

void add_segment_command(CLI::App& app, Action& selected) {
    auto* command = app.add_subcommand("segment", "Cut a text into sentences and print one segment a line");
    auto options = std::make_shared<SegmentOptions>();
    command->add_option("FILE", options->file, "The text (UTF-8)")->required()->check(CLI::ExistingFile);
    command->add_option("--lang", options->language, "Its language (az, ru, en, ...)")->required();
    command->callback([&selected, options] { selected = [options] { return run_segment(*options); }; });
}

}  // namespace korpu::cli
