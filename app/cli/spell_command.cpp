#include <iostream>

#include "app/cli/command.hpp"
#include "app/cli/exit_codes.hpp"
#include "tm/core/error.hpp"
#include "tm/core/json_string.hpp"
#include "tm/import/file_bytes.hpp"
#include "tm/import/utf8_check.hpp"
#include "tm/spell/custom_words.hpp"
#include "tm/spell/spell_checker.hpp"
#include "tm/store/document_store.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::cli {
namespace {

struct SpellOptions {
    std::string file;
    std::string workspace;
    std::string language;
    std::string format = "text";
    std::size_t suggestions = kDefaultSuggestionCount;
};

struct WordOptions {
    std::string workspace;
    std::string language;
    std::vector<std::string> words;
};

// Where a finding is, for the reader: "file:line:column" or "document:segment:column".
struct Place {
    std::string source;
    std::size_t line = 0;
    std::size_t column = 0;  // 1-based, in characters
};

// Characters (code points) in a UTF-8 prefix: continuation bytes do not start one.
std::size_t count_characters(std::string_view text) {
    std::size_t count = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    return count;
}

class FindingPrinter {
  public:
    explicit FindingPrinter(bool json) : json_(json) {}

    void print(const Place& place, const SpellingFinding& finding) {
        ++count_;
        const bool mixed = finding.kind == FindingKind::MixedScript;
        if (json_) {
            std::cout << "{\"source\":" << json_string(place.source) << ",\"line\":" << place.line
                      << ",\"column\":" << place.column << ",\"word\":" << json_string(finding.word) << ",\"kind\":\""
                      << (mixed ? "mixed-script" : "misspelling") << "\",\"suggestions\":[";
            for (std::size_t i = 0; i < finding.suggestions.size(); ++i)
                std::cout << (i ? "," : "") << json_string(finding.suggestions[i]);
            std::cout << "]}\n";
            return;
        }
        std::cout << place.source << ':' << place.line << ':' << place.column << ": " << finding.word;
        if (mixed) {
            std::cout << ": mixed script (Latin and Cyrillic)\n";
            return;
        }
        std::cout << ": misspelled";
        for (std::size_t i = 0; i < finding.suggestions.size(); ++i)
            std::cout << (i ? ", " : "; suggestions: ") << finding.suggestions[i];
        std::cout << '\n';
    }

    std::size_t count() const noexcept { return count_; }

  private:
    bool json_;
    std::size_t count_ = 0;
};

void check_text(SpellChecker& checker, const std::string& source, std::string_view text, std::size_t first_line,
                const SpellOptions& options, FindingPrinter& printer) {
    std::size_t line = first_line;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t newline = text.find('\n', start);
        const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
        const std::string_view content = text.substr(start, end - start);
        for (const auto& finding : checker.check(content, options.suggestions))
            printer.print({source, line, count_characters(content.substr(0, finding.begin)) + 1}, finding);
        if (newline == std::string_view::npos) break;
        start = newline + 1;
        ++line;
    }
}

int run_spell(const SpellOptions& options) {
    if (options.format != "text" && options.format != "json")
        throw UsageError("--format must be text or json, not " + options.format);
    if (options.language.empty()) throw UsageError("--lang is required: the text's language (az, ru, en, ...)");
    if (options.file.empty() && options.workspace.empty())
        throw UsageError("give a FILE to check, or --workspace to check the workspace's documents");
    const auto language = Language::parse(options.language);
    auto checker = SpellChecker::for_language(language);
    std::optional<Workspace> workspace;
    if (!options.workspace.empty()) {
        workspace.emplace(Workspace::open(std::filesystem::u8path(options.workspace)));
        apply_workspace_words(*workspace, checker);
    }
    FindingPrinter printer(options.format == "json");
    if (!options.file.empty()) {
        const auto path = std::filesystem::u8path(options.file);
        std::string text = read_file_bytes(path);
        check_utf8(text, path);
        if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
        check_text(checker, options.file, text, 1, options, printer);
    } else {
        const std::string key = custom_word_language(language);
        DocumentStore documents(*workspace);
        for (const auto& document : documents.list()) {
            if (custom_word_language(document.language) != key) continue;
            const auto segments = documents.content(document.id).segments();
            for (std::size_t s = 0; s < segments.size(); ++s)
                check_text(checker, document.name, segments[s], s + 1, options, printer);
        }
    }
    return printer.count() > 0 ? kFindings : kSuccess;
}

int run_word_change(const WordOptions& options, CustomWordKind kind) {
    auto workspace = Workspace::open(std::filesystem::u8path(options.workspace));
    const auto language = Language::parse(options.language);
    for (const auto& word : options.words) add_custom_word(workspace, language, word, kind);
    return kSuccess;
}

int run_word_removal(const WordOptions& options) {
    auto workspace = Workspace::open(std::filesystem::u8path(options.workspace));
    const auto language = Language::parse(options.language);
    for (const auto& word : options.words)
        if (!remove_custom_word(workspace, language, word))
            std::cerr << "korpu: \"" << word << "\" was not a custom word for " << language.tag() << "\n";
    return kSuccess;
}

int run_word_list(const WordOptions& options) {
    auto workspace = Workspace::open(std::filesystem::u8path(options.workspace));
    for (const auto& word : custom_words(workspace, Language::parse(options.language)))
        std::cout << word.word << '\t' << (word.kind == CustomWordKind::Accepted ? "accepted" : "ignored") << '\n';
    return kSuccess;
}

CLI::App* add_word_command(CLI::App& spell, const std::string& name, const std::string& description, bool takes_words,
                           Action& selected, std::function<int(const WordOptions&)> run) {
    auto* command = spell.add_subcommand(name, description);
    auto options = std::make_shared<WordOptions>();
    command->add_option("--workspace,-w", options->workspace, "The workspace (.korpu)")
        ->required()
        ->check(CLI::ExistingFile);
    command->add_option("--lang", options->language, "The words' language (az, ru, en, ...)")->required();
    if (takes_words) command->add_option("WORD", options->words, "One or more words")->required();
    command->callback([&selected, options, run] { selected = [options, run] { return run(*options); }; });
    return command;
}

}  // namespace

void add_spell_command(CLI::App& app, Action& selected) {
    auto* command =
        app.add_subcommand("spell",
                           "Check spelling: list misspelled and mixed-script words with line, column and suggestions\n"
                           "(exit code 1 when any were found), or manage the workspace's own words");
    auto options = std::make_shared<SpellOptions>();
    command->add_option("FILE", options->file, "A UTF-8 text to check")->check(CLI::ExistingFile);
    command->add_option("--lang", options->language, "The text's language (az, ru, en, en-GB, ...); required");
    command
        ->add_option("--workspace,-w", options->workspace,
                     "Use the workspace's accepted and ignored words and glossary terms; without FILE, "
                     "check the workspace's documents in --lang")
        ->check(CLI::ExistingFile);
    command->add_option("--format", options->format, "text (default) or json (one JSON object a line)");
    command->add_option("--suggestions", options->suggestions, "Suggestions per word (0: none, fastest)");
    const std::vector<CLI::App*> word_commands{
        add_word_command(*command, "add-word", "Add words to the workspace's dictionary for --lang", true, selected,
                         [](const WordOptions& o) { return run_word_change(o, CustomWordKind::Accepted); }),
        add_word_command(*command, "ignore", "Ignore words as written in the workspace, for --lang", true, selected,
                         [](const WordOptions& o) { return run_word_change(o, CustomWordKind::Ignored); }),
        add_word_command(*command, "remove-word", "Remove added or ignored words", true, selected, run_word_removal),
        add_word_command(*command, "words", "List the workspace's own words for --lang", false, selected,
                         run_word_list),
    };
    command->callback([&selected, options, command, word_commands] {
        for (const auto* word_command : word_commands)
            if (command->got_subcommand(word_command)) return;
        selected = [options] { return run_spell(*options); };
    });
}

}  // namespace korpu::cli
