#include "app/cli/document_input.hpp"

#include <iostream>

namespace korpu::cli {

ImportOptions DocumentInputOptions::import_options() const {
    ImportOptions options;
    options.encoding = encoding;
    options.format = document_format_from_string(format);
    options.boilerplate = boilerplate == "on"    ? BoilerplateRemoval::On
                          : boilerplate == "off" ? BoilerplateRemoval::Off
                                                 : BoilerplateRemoval::ByFormat;
    return options;
}

void add_document_input_options(CLI::App& command, DocumentInputOptions& options, const std::string& format_flag) {
    command.add_option("--encoding", options.encoding,
                       "The input's encoding (UTF-8, UTF-16, windows-1251, KOI8-R, CP866, ...) instead of detecting "
                       "it; detection reads byte-order marks, HTML declarations, UTF-8 validity and Russian letter "
                       "frequencies");
    command
        .add_option(format_flag, options.format,
                    "The input's format: auto (from content and extension), text, html, docx, odt")
        ->check(CLI::IsMember({"auto", "text", "html", "docx", "odt"}));
    command
        .add_option(
            "--boilerplate", options.boilerplate,
            "Remove site boilerplate (\"Leave a review\", section names, teasers): auto (for HTML only), on, off")
        ->check(CLI::IsMember({"auto", "on", "off"}));
}

void report_import(const std::filesystem::path& file, const LoadedDocument& loaded) {
    std::cerr << "korpu: " << file.u8string() << ": " << to_string(loaded.format) << ", "
              << loaded.encoding.description();
    if (loaded.boilerplate_removed > 0) std::cerr << "; " << loaded.boilerplate_removed << " boilerplate lines removed";
    if (!loaded.findings.empty()) std::cerr << "; " << loaded.findings.size() << " mixed-script words";
    std::cerr << "\n";
}

}  // namespace korpu::cli
