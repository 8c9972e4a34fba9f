#include <iostream>
#include <optional>

#include "app/cli/command.hpp"
#include "app/cli/document_input.hpp"
#include "app/cli/exit_codes.hpp"
#include "tm/import/load_document.hpp"
#include "tm/segment/sentence_splitter.hpp"
#include "tm/segment/srx_reader.hpp"

namespace korpu::cli {
namespace {

struct SegmentOptions {
    std::string file;
    std::string language;
    std::string srx;
    DocumentInputOptions input;
};

// Cuts the imported document again with other rules. The importer delivers its text already cut with
// the default rules; joining each paragraph's segments with a space restores the paragraph (up to
// whitespace, which segmentation ignores).
SegmentedDocument resegment(const SegmentedDocument& document, SrxSegmenter& segmenter) {
    std::vector<Block> blocks;
    blocks.reserve(document.paragraphs.size());
    for (const auto& paragraph : document.paragraphs) {
        Block block{paragraph.kind, {}};
        for (const auto& segment : paragraph.segments) {
            if (!block.text.empty()) block.text += ' ';
            block.text += segment;
        }
        blocks.push_back(std::move(block));
    }
    return segment_document(blocks, segmenter);
}

int run_segment(const SegmentOptions& options) {
    const auto language = Language::parse(options.language);
    std::optional<SrxSegmenter> custom;
    if (!options.srx.empty()) custom.emplace(read_srx_file(std::filesystem::u8path(options.srx)), language);
    const auto import_options = options.input.import_options();
    const auto file = std::filesystem::u8path(options.file);
    auto loaded = import_document(file, language, InputLayout::RunningText, import_options);
    report_import(file, loaded);
    auto& document = loaded.content;
    if (custom) document = resegment(document, *custom);
    for (const auto& segment : document.segments()) std::cout << segment << '\n';
    return kSuccess;
}

}  // namespace

void add_segment_command(CLI::App& app, Action& selected) {
    auto* command = app.add_subcommand("segment", "Cut a text into sentences and print one segment a line");
    auto options = std::make_shared<SegmentOptions>();
    command
        ->add_option("FILE", options->file, "The text (plain text in any encoding Körpü detects or --encoding names)")
        ->required()
        ->check(CLI::ExistingFile);
    command->add_option("--lang", options->language, "Its language (az, ru, en, ...)")->required();
    command
        ->add_option("--srx", options->srx,
                     "SRX 2.0 rules to use instead of Körpü's own (language maps choose the rules for --lang)")
        ->check(CLI::ExistingFile);
    add_document_input_options(*command, options->input);
    command->callback([&selected, options] { selected = [options] { return run_segment(*options); }; });
}

}  // namespace korpu::cli
