#include <fstream>
#include <iostream>

#include "app/cli/exit_codes.hpp"
#include "app/cli/output.hpp"
#include "app/cli/tm_commands.hpp"
#include "tm/core/error.hpp"
#include "tm/core/json_string.hpp"
#include "tm/memory/translation_memory.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::cli {
namespace {

struct LookupOptions {
    std::string workspace;
    std::string text;
    std::string batch;
    std::string source_lang;
    std::string target_lang;
    std::string context_before;
    std::string context_after;
    std::size_t max_matches = kDefaultMaxMatches;
    int threshold = kDefaultFuzzyThreshold;
    std::string format = "text";
};

void write_matches_json(std::ostream& out, const std::vector<TmMatch>& matches) {
    out << '[';
    for (std::size_t i = 0; i < matches.size(); ++i) {
        if (i) out << ',';
        write_unit_fields(out, matches[i].unit);
        out << ",\"kind\":\"" << to_string(matches[i].kind) << "\",\"score\":" << matches[i].score
            << ",\"differences\":";
        write_spans(out, matches[i].differences);
        out << '}';
    }
    out << ']';
}

void print_matches_text(const std::vector<TmMatch>& matches) {
    if (matches.empty()) std::cout << "no match\n";
    for (const auto& match : matches) {
        std::cout << match.score << "%\t" << to_string(match.kind) << '\t' << single_line(match.unit.source_text)
                  << '\t' << single_line(match.unit.target_text) << '\n';
    }
}

// A batch file has one query a line: the text, optionally followed by a tab and the previous source
// segment and another tab and the next one (for in-context matches).
int run_batch(TranslationMemory& memory, TmQuery query, const LookupOptions& options) {
    std::ifstream in(std::filesystem::u8path(options.batch), std::ios::binary);
    if (!in) throw InputError(std::filesystem::u8path(options.batch), "cannot be read");
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const auto first_tab = line.find('\t');
        query.text = line.substr(0, first_tab);
        query.context_before.clear();
        query.context_after.clear();
        if (first_tab != std::string::npos) {
            const auto second_tab = line.find('\t', first_tab + 1);
            query.context_before = line.substr(
                first_tab + 1, second_tab == std::string::npos ? std::string::npos : second_tab - first_tab - 1);
            if (second_tab != std::string::npos) query.context_after = line.substr(second_tab + 1);
        }
        std::cout << "{\"line\":" << number << ",\"query\":" << json_string(query.text) << ",\"matches\":";
        write_matches_json(std::cout, memory.lookup(query));
        std::cout << "}\n";
    }
    return kSuccess;
}

int run_lookup(const LookupOptions& options) {
    if (options.batch.empty() == options.text.empty()) {
        throw UsageError("give either a TEXT to look up or --batch FILE");
    }
    auto workspace = Workspace::open(std::filesystem::u8path(options.workspace));
    TranslationMemory memory(workspace);
    TmQuery query;
    query.source_lang = options.source_lang;
    query.target_lang = options.target_lang;
    query.max_matches = options.max_matches;
    query.threshold = options.threshold;
    if (!options.batch.empty()) return run_batch(memory, query, options);
    query.text = options.text;
    query.context_before = options.context_before;
    query.context_after = options.context_after;
    const auto matches = memory.lookup(query);
    if (options.format == "json") {
        write_matches_json(std::cout, matches);
        std::cout << '\n';
    } else {
        print_matches_text(matches);
    }
    return kSuccess;
}

}  // namespace

void add_tm_lookup_command(CLI::App& tm, Action& selected) {
    auto* command = tm.add_subcommand("lookup", "Find exact and fuzzy matches for a segment (or a file of segments)");
    auto options = std::make_shared<LookupOptions>();
    command->add_option("WORKSPACE", options->workspace, "The workspace")->required();
    command->add_option("TEXT", options->text, "The segment to look up");
    command
        ->add_option("--batch", options->batch,
                     "A file of segments, one a line (optionally TAB previous segment TAB next segment);"
                     " prints one JSON line of matches per segment")
        ->check(CLI::ExistingFile);
    command->add_option("--source-lang", options->source_lang, "The segment's language (BCP 47: az, ru, en)")
        ->required();
    command->add_option("--target-lang", options->target_lang, "The language of the translations wanted")->required();
    command->add_option("--context-before", options->context_before, "The previous source segment");
    command->add_option("--context-after", options->context_after, "The next source segment");
    command->add_option("--max", options->max_matches, "At most this many matches (default 5)")
        ->check(CLI::PositiveNumber);
    command->add_option("--threshold", options->threshold, "Lowest fuzzy score in percent (default 70)")
        ->check(CLI::Range(0, 100));
    command->add_option("--format", options->format, "text (score, kind, source, target; tab-separated) or json")
        ->check(CLI::IsMember({"text", "json"}));
    command->callback([&selected, options] { selected = [options] { return run_lookup(*options); }; });
}

}  // namespace korpu::cli
