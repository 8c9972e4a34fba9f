// korpu qa: runs the terminology and quality checks over a workspace and reports the findings.
#include <fstream>
#include <iostream>

#include "app/cli/command.hpp"
#include "app/cli/exit_codes.hpp"
#include "tm/core/atomic_file.hpp"
#include "tm/core/error.hpp"
#include "tm/qa/finding_state_store.hpp"
#include "tm/qa/qa_report.hpp"
#include "tm/qa/workspace_qa.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::cli {
namespace {

struct QaCommandOptions {
    std::string workspace;
    std::string format = "text";
    std::string output;
    std::vector<std::string> disabled;
    std::vector<std::string> accept;
    std::vector<std::string> reopen;
    bool list_checks = false;
    bool show_accepted = false;
    std::string pairs;
    std::string source_language;
    std::string target_language;
};

int list_checks() {
    for (const auto& check : all_checks()) {
        std::cout << check->id() << '\t' << to_string(check->severity()) << '\t' << check->description() << '\n';
    }
    return kSuccess;
}

int change_states(Workspace& workspace, const QaCommandOptions& options) {
    FindingStateStore states(workspace);
    for (const auto& key : options.accept) {
        states.accept(key);
        std::cout << "accepted " << key << '\n';
    }
    for (const auto& key : options.reopen) {
        std::cout << (states.reopen(key) ? "reopened " : "was not accepted: ") << key << '\n';
    }
    return kSuccess;
}

int run_qa_command(const QaCommandOptions& options) {
    if (options.list_checks) return list_checks();
    if (options.workspace.empty()) throw UsageError("qa needs a WORKSPACE (or --list-checks)");
    const auto format = report_format_from_string(options.format);
    auto workspace = Workspace::open(std::filesystem::u8path(options.workspace));
    if (!options.accept.empty() || !options.reopen.empty()) return change_states(workspace, options);

    std::vector<QaSegment> segments;
    if (options.pairs.empty()) {
        segments = load_qa_segments(workspace);
    } else {
        if (options.source_language.empty() || options.target_language.empty()) {
            throw UsageError("--pairs needs --src-lang and --tgt-lang");
        }
        segments = read_qa_pairs(std::filesystem::u8path(options.pairs), Language::parse(options.source_language),
                                 Language::parse(options.target_language));
    }
    const auto result = run_workspace_qa(workspace, segments, {options.disabled.begin(), options.disabled.end()});
    const auto& findings = result.findings;

    const ReportInput input{std::filesystem::u8path(options.workspace).filename().u8string(), segments, findings,
                            options.show_accepted};
    if (options.output.empty()) {
        write_qa_report(std::cout, format, input);
    } else {
        const auto file = std::filesystem::u8path(options.output);
        AtomicFile atomic(file);
        {
            std::ofstream out(atomic.temporary_path(), std::ios::binary);
            if (!out) throw OutputError(file, "cannot be created");
            write_qa_report(out, format, input);
            out.flush();
            if (!out) throw OutputError(file, "cannot be written");
        }
        atomic.commit();
    }
    const auto counts = count_findings(findings);
    for (const auto& language : result.languages_without_spelling) {
        std::cerr << "korpu: no spelling dictionary for " << language << ": its spelling was not checked\n";
    }
    if (!options.output.empty()) {
        std::cerr << counts.errors << " error(s), " << counts.warnings << " warning(s), " << counts.accepted
                  << " accepted; report written to " << options.output << '\n';
    }
    return counts.errors > 0 ? kFindings : kSuccess;
}

}  // namespace

void add_qa_command(CLI::App& app, Action& selected) {
    auto* command = app.add_subcommand(
        "qa", "Check terminology, numbers, names, consistency and form of the translations (exit 1 on errors)");
    auto options = std::make_shared<QaCommandOptions>();
    command->add_option("WORKSPACE", options->workspace, "The workspace");
    command->add_option("--format", options->format, "Report format: text, csv, json or html")
        ->check(CLI::IsMember({"text", "csv", "json", "html"}));
    command->add_option("-o,--output", options->output, "Write the report to this file instead of standard output");
    command->add_option("--disable", options->disabled, "Switch a check off (repeatable; see --list-checks)");
    command->add_flag("--list-checks", options->list_checks, "List the checks: id, severity, what they find");
    command->add_option("--accept", options->accept, "Mark the finding with this key as accepted (repeatable)");
    command->add_option("--reopen", options->reopen, "Undo --accept for this key (repeatable)");
    command->add_flag("--show-accepted", options->show_accepted, "Also list accepted findings, marked as such");
    command
        ->add_option("--pairs", options->pairs,
                     "Check the pairs of this TSV file (source<TAB>target a line) instead of the workspace's "
                     "alignments, with the workspace's glossary and memory")
        ->check(CLI::ExistingFile);
    command->add_option("--src-lang", options->source_language, "Language of the sources in --pairs");
    command->add_option("--tgt-lang", options->target_language, "Language of the targets in --pairs");
    command->callback([&selected, options] { selected = [options] { return run_qa_command(*options); }; });
}

}  // namespace korpu::cli
