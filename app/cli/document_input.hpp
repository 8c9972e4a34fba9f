#pragma once
// What every command that reads documents shares: the options --encoding, --format and --boilerplate,
// and the line that tells the user what Körpü found in a file.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <string>

#include "tm/import/load_document.hpp"

namespace korpu::cli {

struct DocumentInputOptions {
    std::string encoding;
    std::string format = "auto";
    std::string boilerplate = "auto";

    // Throws UsageError for an unknown format.
    ImportOptions import_options() const;
};

// `format_flag` is "--format", or "--input-format" where --format names the output.
void add_document_input_options(CLI::App& command, DocumentInputOptions& options,
                                const std::string& format_flag = "--format");

// Prints "korpu: FILE: text, windows-1251 (Cyrillic letter frequencies)" on standard error, so that
// standard output stays the command's result; with the count of boilerplate paragraphs removed and of
// mixed-script words found, when there are any.
void report_import(const std::filesystem::path& file, const LoadedDocument& loaded);

}  // namespace korpu::cli
