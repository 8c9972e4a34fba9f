#include <iostream>

#include "app/cli/exit_codes.hpp"
#include "app/cli/output.hpp"
#include "app/cli/tm_commands.hpp"
#include "tm/memory/translation_memory.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::cli {
namespace {

struct ConcordanceOptions {
    std::string workspace;
    std::string text;
    std::string language;
    bool target = false;
    std::size_t max_hits = 50;
    std::string format = "text";
};

// The text with each hit in [[double brackets]].
std::string marked(const std::string& text, const std::vector<TextSpan>& hits) {
    std::string out;
    std::size_t at = 0;
    for (const auto& hit : hits) {
        out += text.substr(at, hit.begin - at) + "[[" + text.substr(hit.begin, hit.end - hit.begin) + "]]";
        at = hit.end;
    }
    return out + text.substr(at);
}

int run_concordance(const ConcordanceOptions& options) {
    auto workspace = Workspace::open(std::filesystem::u8path(options.workspace));
    TranslationMemory memory(workspace);
    ConcordanceQuery query;
    query.text = options.text;
    query.language = options.language;
    query.side = options.target ? ConcordanceSide::Target : ConcordanceSide::Source;
    query.max_hits = options.max_hits;
    const auto hits = memory.concordance(query);
    for (const auto& hit : hits) {
        if (options.format == "json") {
            write_unit_fields(std::cout, hit.unit);
            std::cout << ",\"side\":\"" << (options.target ? "target" : "source") << "\",\"hits\":";
            write_spans(std::cout, hit.hits);
            std::cout << "}\n";
        } else if (options.target) {
            std::cout << single_line(hit.unit.source_text) << '\t'
                      << single_line(marked(hit.unit.target_text, hit.hits)) << '\n';
        } else {
            std::cout << single_line(marked(hit.unit.source_text, hit.hits)) << '\t'
                      << single_line(hit.unit.target_text) << '\n';
        }
    }
    if (hits.empty() && options.format == "text") std::cout << "not found\n";
    return kSuccess;
}

}  // namespace

void add_tm_concordance_command(CLI::App& tm, Action& selected) {
    auto* command = tm.add_subcommand("concordance", "Find units whose source (or target) contains words");
    auto options = std::make_shared<ConcordanceOptions>();
    command->add_option("WORKSPACE", options->workspace, "The workspace")->required();
    command->add_option("TEXT", options->text, "One or more words, found as a phrase")->required();
    command->add_option("--lang", options->language, "The language of the searched side (BCP 47)")->required();
    command->add_flag("--target", options->target, "Search the target side instead of the source");
    command->add_option("--max", options->max_hits, "At most this many units (default 50)")->check(CLI::PositiveNumber);
    command
        ->add_option("--format", options->format,
                     "text (source TAB target, hits in [[ ]]) or json (one line per unit, hits as byte offsets)")
        ->check(CLI::IsMember({"text", "json"}));
    command->callback([&selected, options] { selected = [options] { return run_concordance(*options); }; });
}

}  // namespace korpu::cli
