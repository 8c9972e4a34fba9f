// korpu glossary import|export|list|add: the workspace's glossary.
#include <iostream>
#include <optional>

#include "app/cli/command.hpp"
#include "app/cli/exit_codes.hpp"
#include "app/cli/output.hpp"
#include "tm/glossary/glossary_file.hpp"
#include "tm/glossary/glossary_store.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::cli {
namespace {

struct GlossaryOptions {
    std::string workspace;
    std::string file;
    std::string format;
    std::string source_language;
    std::string target_language;
    std::string source_term;
    std::string target_term;
    std::string part_of_speech;
    std::string note;
    std::vector<std::string> forbidden;
    std::string status = "approved";
};

std::optional<Language> language_option(const std::string& tag) {
    return tag.empty() ? std::nullopt : std::optional<Language>(Language::parse(tag));
}

GlossaryFormat format_of(const GlossaryOptions& options) {
    return options.format.empty() ? glossary_format_from_path(std::filesystem::u8path(options.file))
                                  : glossary_format_from_string(options.format);
}

int run_import(const GlossaryOptions& options) {
    auto workspace = Workspace::open(std::filesystem::u8path(options.workspace));
    const GlossaryReadOptions read{language_option(options.source_language), language_option(options.target_language)};
    const auto entries = read_glossary(std::filesystem::u8path(options.file), format_of(options), read);
    const auto count = GlossaryStore(workspace).import(entries);
    std::cout << "imported " << count << " glossary entries from " << options.file << '\n';
    return kSuccess;
}

int run_export(const GlossaryOptions& options) {
    auto workspace = Workspace::open(std::filesystem::u8path(options.workspace));
    const auto entries = GlossaryStore(workspace).list();
    write_glossary(std::filesystem::u8path(options.file), format_of(options), entries);
    std::cout << "wrote " << entries.size() << " glossary entries to " << options.file << '\n';
    return kSuccess;
}

int run_list(const GlossaryOptions& options) {
    auto workspace = Workspace::open(std::filesystem::u8path(options.workspace));
    for (const auto& e : GlossaryStore(workspace).list()) {
        std::cout << e.id << '\t' << e.source_lang.tag() << '\t' << e.target_lang.tag() << '\t'
                  << single_line(e.source_term) << '\t' << single_line(e.target_term) << '\t' << to_string(e.status)
                  << '\t' << single_line(join_variants(e.forbidden)) << '\t' << single_line(e.part_of_speech) << '\t'
                  << single_line(e.note) << '\n';
    }
    return kSuccess;
}

int run_add(const GlossaryOptions& options) {
    auto workspace = Workspace::open(std::filesystem::u8path(options.workspace));
    GlossaryEntry entry;
    entry.source_lang = Language::parse(options.source_language);
    entry.target_lang = Language::parse(options.target_language);
    entry.source_term = options.source_term;
    entry.target_term = options.target_term;
    entry.part_of_speech = options.part_of_speech;
    entry.note = options.note;
    entry.forbidden = options.forbidden;
    entry.status = term_status_from_string(options.status);
    const auto id = GlossaryStore(workspace).add(entry);
    std::cout << "added glossary entry " << id << '\n';
    return kSuccess;
}

using Runner = int (*)(const GlossaryOptions&);

CLI::App* add_action(CLI::App& parent, Action& selected, const char* name, const char* help,
                     const std::shared_ptr<GlossaryOptions>& options, Runner runner) {
    auto* command = parent.add_subcommand(name, help);
    command->add_option("WORKSPACE", options->workspace, "The workspace")->required();
    command->callback([&selected, options, runner] { selected = [options, runner] { return runner(*options); }; });
    return command;
}

}  // namespace

void add_glossary_command(CLI::App& app, Action& selected) {
    auto* glossary = app.add_subcommand("glossary", "Import, export, list and add glossary entries");
    glossary->require_subcommand(1);
    auto options = std::make_shared<GlossaryOptions>();

    auto* import = add_action(*glossary, selected, "import", "Add or update entries from a CSV, TSV or TBX file",
                              options, run_import);
    import->add_option("FILE", options->file, "The glossary file")->required()->check(CLI::ExistingFile);
    import->add_option("--format", options->format, "csv, tsv or tbx (default: from the extension)");
    import->add_option("--src-lang", options->source_language,
                       "Source language, for files without a source_lang column or TBX files with several");
    import->add_option("--tgt-lang", options->target_language, "Target language, likewise");

    auto* export_command =
        add_action(*glossary, selected, "export", "Write all entries to a CSV, TSV or TBX file", options, run_export);
    export_command->add_option("FILE", options->file, "The file to write")->required();
    export_command->add_option("--format", options->format, "csv, tsv or tbx (default: from the extension)");

    add_action(*glossary, selected, "list", "Print the entries: id, languages, terms, status, forbidden, pos, note",
               options, run_list);

    auto* add = add_action(*glossary, selected, "add", "Add one entry", options, run_add);
    add->add_option("SOURCE", options->source_term, "The source term (dictionary form)")->required();
    add->add_option("TARGET", options->target_term, "Its approved translation")->required();
    add->add_option("--src-lang", options->source_language, "Source language")->required();
    add->add_option("--tgt-lang", options->target_language, "Target language")->required();
    add->add_option("--forbidden", options->forbidden, "A target variant that must not be used (repeatable)");
    add->add_option("--pos", options->part_of_speech, "Part of speech");
    add->add_option("--note", options->note, "A note for translators");
    add->add_option("--status", options->status, "approved (default), proposed or deprecated")
        ->check(CLI::IsMember({"approved", "proposed", "deprecated"}));
}

}  // namespace korpu::cli
