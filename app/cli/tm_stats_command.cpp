#include <iostream>

#include "app/cli/exit_codes.hpp"
#include "app/cli/tm_commands.hpp"
#include "tm/core/json_string.hpp"
#include "tm/memory/translation_memory.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::cli {
namespace {

struct StatsOptions {
    std::string workspace;
    std::string format = "text";
};

int run_stats(const StatsOptions& options) {
    auto workspace = Workspace::open(std::filesystem::u8path(options.workspace));
    const auto stats = TranslationMemory(workspace).stats();
    if (options.format == "json") {
        std::cout << "{\"units\":" << stats.units << ",\"documents\":" << stats.documents
                  << ",\"units_with_tags\":" << stats.units_with_tags << ",\"oldest\":" << json_string(stats.oldest)
                  << ",\"newest\":" << json_string(stats.newest) << ",\"pairs\":[";
        for (std::size_t i = 0; i < stats.pairs.size(); ++i) {
            std::cout << (i ? "," : "") << "{\"source_lang\":" << json_string(stats.pairs[i].source_lang)
                      << ",\"target_lang\":" << json_string(stats.pairs[i].target_lang)
                      << ",\"units\":" << stats.pairs[i].units << '}';
        }
        std::cout << "]}\n";
        return kSuccess;
    }
    std::cout << stats.units << " translation units";
    if (stats.units > 0) std::cout << ", created " << stats.oldest << " to " << stats.newest;
    std::cout << "\n";
    for (const auto& pair : stats.pairs) {
        std::cout << "  " << pair.source_lang << " -> " << pair.target_lang << ": " << pair.units << "\n";
    }
    std::cout << stats.units_with_tags << " with inline tags, from " << stats.documents << " workspace documents\n";
    return kSuccess;
}

}  // namespace

void add_tm_stats_command(CLI::App& tm, Action& selected) {
    auto* command = tm.add_subcommand("stats", "Count the translation memory's units by language pair");
    auto options = std::make_shared<StatsOptions>();
    command->add_option("WORKSPACE", options->workspace, "The workspace")->required();
    command->add_option("--format", options->format, "text or json")->check(CLI::IsMember({"text", "json"}));
    command->callback([&selected, options] { selected = [options] { return run_stats(*options); }; });
}

}  // namespace korpu::cli
