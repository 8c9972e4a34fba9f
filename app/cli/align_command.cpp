#include <iostream>

#include "app/cli/command.hpp"
#include "app/cli/document_input.hpp"
#include "app/cli/exit_codes.hpp"
#include "app/cli/output.hpp"
#include "tm/align/document_aligner.hpp"
#include "tm/core/error.hpp"
#include "tm/import/load_document.hpp"
#include "tm/store/pair_import.hpp"
#include "tm/store/workspace.hpp"
#include "tm/store/workspace_lexicon.hpp"
#include "tm/tmx/tmx_writer.hpp"

namespace korpu::cli {
namespace {

struct AlignOptions {
    std::string source;
    std::string target;
    std::string source_language;
    std::string target_language;
    std::string workspace;
    std::string format = "tsv";
    std::string task = "text";
    std::string memory;
    bool no_core_words = false;
    DocumentInputOptions input;
};

// The bead ladder of the benchmark contract: "i,j<TAB>k", source and target line numbers from 0.
void print_eval_segmented(const std::vector<Bead>& beads) {
    for (const auto& bead : beads) {
        for (std::size_t k = 0; k < bead.source_count; ++k) std::cout << (k ? "," : "") << bead.source_begin + k;
        std::cout << '\t';
        for (std::size_t k = 0; k < bead.target_count; ++k) std::cout << (k ? "," : "") << bead.target_begin + k;
        std::cout << '\n';
    }
}

void print_pairs_tsv(const std::vector<std::string>& source, const std::vector<std::string>& target,
                     const std::vector<Bead>& beads) {
    for (const auto& bead : beads) {
        std::cout << single_line(bead_side_text(source, bead.source_begin, bead.source_count)) << '\t'
                  << single_line(bead_side_text(target, bead.target_begin, bead.target_count)) << '\n';
    }
}

void print_pairs_tmx(const std::vector<std::string>& source, const std::vector<std::string>& target,
                     const std::vector<Bead>& beads, const Language& sl, const Language& tl) {
    TmxHeader header;
    header.source_language = sl.tag();
    TmxWriter writer(std::cout, header, "standard output");
    for (const auto& bead : beads) {
        if (bead.source_count == 0 || bead.target_count == 0) continue;
        writer.add({{{sl.tag(), bead_side_text(source, bead.source_begin, bead.source_count)},
                     {tl.tag(), bead_side_text(target, bead.target_begin, bead.target_count)}},
                    {}});
    }
    writer.finish();
}

int run_align(const AlignOptions& options) {
    const auto sl = Language::parse(options.source_language);
    const auto tl = Language::parse(options.target_language);
    const auto layout = options.task == "segmented" ? InputLayout::OneSegmentPerLine : InputLayout::RunningText;
    const auto source_path = std::filesystem::u8path(options.source);
    const auto target_path = std::filesystem::u8path(options.target);
    const auto import_options = options.input.import_options();
    const auto loaded_source = import_document(source_path, sl, layout, import_options);
    const auto loaded_target = import_document(target_path, tl, layout, import_options);
    report_import(source_path, loaded_source);
    report_import(target_path, loaded_target);
    const auto& source = loaded_source.content;
    const auto& target = loaded_target.content;
    // What a workspace already knows (glossary, translation memory) helps the aligner.
    WordLexicon known;
    const auto memory = std::filesystem::u8path(options.memory.empty() ? options.workspace : options.memory);
    if (!memory.empty() && std::filesystem::exists(memory)) {
        auto workspace = Workspace::open(memory);
        known = workspace_lexicon(workspace, sl, tl);
    }
    const auto beads =
        align_documents(source, target, sl, tl, known, options.no_core_words ? CoreWords::Ignore : CoreWords::Use);

    if (!options.workspace.empty()) {
        const auto file = std::filesystem::u8path(options.workspace);
        auto workspace = std::filesystem::exists(file) ? Workspace::open(file) : Workspace::create(file);
        NewDocument source_info{source_path.filename().u8string(), sl,
                                std::filesystem::absolute(source_path).u8string(), to_string(loaded_source.format),
                                loaded_source.encoding.name};
        NewDocument target_info{target_path.filename().u8string(), tl,
                                std::filesystem::absolute(target_path).u8string(), to_string(loaded_target.format),
                                loaded_target.encoding.name};
        const auto stored = store_aligned_pair(workspace, source_info, source, target_info, target, beads,
                                               "length+anchors", loaded_source.findings, loaded_target.findings);
        std::size_t review = 0;
        for (const auto& bead : beads) review += bead.status == BeadStatus::NeedsReview;
        std::cout << "aligned " << source.segment_count() << " " << sl.tag() << " segments with "
                  << target.segment_count() << " " << tl.tag() << " segments: " << beads.size() << " beads, " << review
                  << " to review; stored as alignment " << stored.alignment << " in " << options.workspace << "\n";
        return kSuccess;
    }
    const auto source_segments = source.segments();
    const auto target_segments = target.segments();
    if (options.format == "eval" && options.task == "segmented") {
        print_eval_segmented(beads);
    } else if (options.format == "tmx") {
        print_pairs_tmx(source_segments, target_segments, beads, sl, tl);
    } else {
        print_pairs_tsv(source_segments, target_segments, beads);
    }
    return kSuccess;
}

}  // namespace

void add_align_command(CLI::App& app, Action& selected) {
    auto* command = app.add_subcommand(
        "align",
        "Segment an original and its translation and align them; print the pairs or store them in a workspace");
    auto options = std::make_shared<AlignOptions>();
    command
        ->add_option("SRC", options->source,
                     "The original (plain text in any encoding Körpü detects or --encoding names)")
        ->required()
        ->check(CLI::ExistingFile);
    command->add_option("TGT", options->target, "The translation")->required()->check(CLI::ExistingFile);
    command->add_option("--src-lang", options->source_language, "Language of the original (az, ru, en, ...)")
        ->required();
    command->add_option("--tgt-lang", options->target_language, "Language of the translation")->required();
    command->add_option("--workspace,-w", options->workspace,
                        "Store documents and alignment in this workspace (created if missing) instead of printing");
    command
        ->add_option("--memory", options->memory,
                     "A workspace whose glossary and translation memory teach the aligner word translations "
                     "(read only; --workspace is used for this too)")
        ->check(CLI::ExistingFile);
    command->add_flag("--no-core-words", options->no_core_words,
                      "Do not start from Körpü's core word list (to measure what it brings)");
    command->add_option("--format", options->format, "Output without --workspace: tsv, tmx or eval")
        ->check(CLI::IsMember({"tsv", "tmx", "eval"}));
    command
        ->add_option("--task", options->task,
                     "text: running text, paragraphs separated by blank lines; segmented: one segment a line")
        ->check(CLI::IsMember({"text", "segmented"}));
    add_document_input_options(*command, options->input, "--input-format");
    command->callback([&selected, options] { selected = [options] { return run_align(*options); }; });
}

}  // namespace korpu::cli
