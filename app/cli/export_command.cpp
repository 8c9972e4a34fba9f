#include <iostream>
#include <optional>

#include "app/cli/command.hpp"
#include "app/cli/exit_codes.hpp"
#include "tm/core/error.hpp"
#include "tm/export/edition_writers.hpp"
#include "tm/export/parallel_text_export.hpp"
#include "tm/export/parallel_text_writer.hpp"
#include "tm/export/tmx_export.hpp"
#include "tm/export/xliff_export.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::cli {
namespace {

// Progress goes to standard error only for selections this large (smaller exports take well under a second).
constexpr std::size_t kProgressThreshold = 20000;

struct ExportOptions {
    std::string workspace;
    std::string format = "tmx";
    std::string output;
    std::optional<std::int64_t> alignment;
    std::string beads;  // "FIRST:END"
    std::string layout = "side-by-side";
    bool quiet = false;
    bool confirmed_only = false;
    bool keep_one_sided = false;
    bool drop_duplicates = false;
    std::optional<double> max_length_ratio;
    bool normalise = false;
    bool strip_tags = false;
    bool clean = false;
};

BeadSelection selection_of(const ExportOptions& options) {
    BeadSelection selection;
    selection.alignment = options.alignment;
    if (options.beads.empty())
        return selection;
    if (!options.alignment)
        throw UsageError("--beads needs --alignment");
    const auto colon = options.beads.find(':');
    try {
        if (colon == std::string::npos)
            throw std::invalid_argument("no colon");
        selection.first_bead = std::stoul(options.beads.substr(0, colon));
        if (colon + 1 < options.beads.size())
            selection.end_bead = std::stoul(options.beads.substr(colon + 1));
    } catch (const std::logic_error&) {
        throw UsageError("--beads takes FIRST:END (bead numbers from 0, END excluded), not \"" +
                         options.beads + "\"");
    }
    return selection;
}

ExportProgress progress_of(const ExportOptions& options) {
    if (options.quiet)
        return {};
    return [](std::size_t done, std::size_t total) {
        if (total < kProgressThreshold)
            return;
        std::cerr << "\rexported " << done << " of " << total << " beads" << (done == total ? "\n" : "")
                  << std::flush;
    };
}

void print_clean_summary(const CleanSummary& summary, const std::string& where) {
    std::cout << "wrote " << summary.written << " of " << summary.read << " pairs to " << where << "\n";
    const std::pair<std::size_t, const char*> reasons[] = {
        {summary.dropped_unconfirmed, "not confirmed"},
        {summary.dropped_one_sided, "one-sided (text on one side only)"},
        {summary.dropped_empty_after_cleaning, "empty after cleaning"},
        {summary.dropped_length_ratio, "length ratio beyond the limit"},
        {summary.dropped_duplicate, "duplicates"},
    };
    for (const auto& [count, reason] : reasons) {
        if (count > 0)
            std::cout << "  dropped " << count << ": " << reason << "\n";
    }
}

int run_export(const ExportOptions& options) {
    auto workspace = Workspace::open(std::filesystem::u8path(options.workspace));
    const auto output = std::filesystem::u8path(options.output);
    const auto& format = options.format;
    if (format == "tmx") {
        const auto summary =
            export_alignments_to_tmx(workspace, output, selection_of(options), progress_of(options));
        std::cout << "wrote " << summary.units << " translation units to " << options.output;
        if (summary.skipped_one_sided > 0)
            std::cout << " (" << summary.skipped_one_sided << " one-sided beads left out)";
        std::cout << "\n";
    } else if (format == "moses" || format == "tsv" || format == "jsonl") {
        CleanOptions clean;
        clean.confirmed_only = options.confirmed_only;
        clean.drop_one_sided = !options.keep_one_sided;
        clean.drop_duplicates = options.drop_duplicates || options.clean;
        clean.max_length_ratio = options.max_length_ratio;
        if (options.clean && !clean.max_length_ratio)
            clean.max_length_ratio = kDefaultMaxLengthRatio;
        clean.normalise = options.normalise || options.clean;
        clean.strip_tags = options.strip_tags || options.clean;
        const auto kind = format == "moses" ? ParallelTextFormat::Moses
                          : format == "tsv" ? ParallelTextFormat::Tsv
                                            : ParallelTextFormat::JsonLines;
        const auto summary =
            export_parallel_text(workspace, kind, output, selection_of(options), clean, progress_of(options));
        print_clean_summary(summary, format == "moses" ? options.output + ".<language>" : options.output);
    } else if (format == "xliff2" || format == "xliff12") {
        const auto units =
            export_xliff(workspace, format == "xliff2" ? XliffVersion::V2_0 : XliffVersion::V1_2, output,
                         selection_of(options), progress_of(options));
        std::cout << "wrote " << units << " units to " << options.output << "\n";
    } else {
        if (!options.beads.empty()) {
            throw UsageError("a bilingual edition shows a whole document; --beads is for the other formats");
        }
        const auto edition = build_edition(workspace, options.alignment);
        if (format == "html") {
            write_html_edition(
                edition,
                options.layout == "interleaved" ? EditionLayout::Interleaved : EditionLayout::SideBySide,
                output);
        } else if (format == "odt") {
            write_odt_edition(edition, output);
        } else if (format == "docx") {
            write_docx_edition(edition, output);
        } else {
            write_pdf_edition(edition, output);
        }
        std::cout << "wrote the bilingual edition \"" << edition.title << "\" (" << edition.rows.size()
                  << " rows) to " << options.output << "\n";
    }
    return kSuccess;
}

}  // namespace

void add_export_command(CLI::App& app, Action& selected) {
    auto* command = app.add_subcommand("export", "Export parallel text, TMX, XLIFF or a bilingual edition");
    auto options = std::make_shared<ExportOptions>();
    command->add_option("WORKSPACE", options->workspace, "The workspace")->required();
    command
        ->add_option(
            "--format", options->format,
            "moses (two line-aligned files OUT.<lang>), tsv, jsonl, tmx (TMX 1.4b), xliff2, xliff12, "
            "html, odt, docx, pdf (bilingual editions)")
        ->check(CLI::IsMember(
            {"moses", "tsv", "jsonl", "tmx", "xliff2", "xliff12", "html", "odt", "docx", "pdf"}));
    command->add_option("-o,--output", options->output, "The file to write (for moses: the prefix)")
        ->required();
    command->add_option("--alignment", options->alignment,
                        "Export this alignment only (XLIFF and editions: needed when there are several)");
    command->add_option(
        "--beads", options->beads,
        "With --alignment: the beads FIRST:END only (from 0, END excluded); not for editions");
    command->add_option("--layout", options->layout, "HTML edition: side-by-side or interleaved")
        ->check(CLI::IsMember({"side-by-side", "interleaved"}));
    command->add_flag("--quiet,-q", options->quiet, "No progress on standard error");
    auto* clean = "Cleaning (moses, tsv, jsonl)";
    command->add_flag("--confirmed-only", options->confirmed_only, "Keep only beads a reviewer confirmed")
        ->group(clean);
    command->add_flag("--keep-one-sided", options->keep_one_sided, "Keep beads with text on one side only")
        ->group(clean);
    command->add_flag("--dedupe", options->drop_duplicates, "Drop repeated (source, target) pairs")
        ->group(clean);
    command
        ->add_option(
            "--max-length-ratio", options->max_length_ratio,
            "Drop pairs whose longer side has more than R times the characters of the shorter (Moses "
            "uses 9)")
        ->check(CLI::PositiveNumber)
        ->group(clean);
    command
        ->add_flag("--normalise,--normalize", options->normalise, "Collapse whitespace and apply Unicode NFC")
        ->group(clean);
    command->add_flag("--strip-tags", options->strip_tags, "Remove inline tags such as <b> or <x/>")
        ->group(clean);
    command
        ->add_flag("--clean", options->clean,
                   "All of --dedupe --normalise --strip-tags and, unless given, --max-length-ratio 9")
        ->group(clean);
    command->callback([&selected, options] { selected = [options] { return run_export(*options); }; });
}

}  // namespace korpu::cli
