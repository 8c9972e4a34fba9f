#include "app/cli/import_report.hpp"

#include <iostream>

namespace korpu::cli {

void add_encoding_option(CLI::App& command, std::string& encoding) {
    command.add_option("--encoding", encoding,
                       "The input's encoding (UTF-8, UTF-16, windows-1251, KOI8-R, CP866, ...) instead of detecting "
                       "it; detection reads byte-order marks, HTML declarations, UTF-8 validity and Russian letter "
                       "frequencies");
}

void report_import(const std::filesystem::path& file, const LoadedDocument& loaded) {
    std::cerr << "korpu: " << file.u8string() << ": " << to_string(loaded.format) << ", "
              << loaded.encoding.description() << "\n";
}

}  // namespace korpu::cli
