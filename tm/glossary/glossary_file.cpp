#include "tm/glossary/glossary_file.hpp"

#include <algorithm>
#include <cctype>

#include "tm/core/error.hpp"

namespace korpu {

GlossaryFormat glossary_format_from_string(const std::string& name) {
    if (name == "csv") return GlossaryFormat::Csv;
    if (name == "tsv") return GlossaryFormat::Tsv;
    if (name == "tbx") return GlossaryFormat::Tbx;
    throw UsageError("unknown glossary format '" + name + "' (csv, tsv or tbx)");
}

GlossaryFormat glossary_format_from_path(const std::filesystem::path& file) {
    auto extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".csv") return GlossaryFormat::Csv;
    if (extension == ".tsv" || extension == ".tab" || extension == ".txt") return GlossaryFormat::Tsv;
    if (extension == ".tbx" || extension == ".xml") return GlossaryFormat::Tbx;
    throw UsageError("cannot tell the glossary format of '" + file.u8string() + "' from its extension; give --format");
}

std::vector<GlossaryEntry> read_glossary(const std::filesystem::path& file, GlossaryFormat format,
                                         const GlossaryReadOptions& options) {
    switch (format) {
        case GlossaryFormat::Csv: return read_delimited_glossary(file, ',', options);
        case GlossaryFormat::Tsv: return read_delimited_glossary(file, '\t', options);
        case GlossaryFormat::Tbx: return read_tbx_glossary(file, options);
    }
    return {};
}

void write_glossary(const std::filesystem::path& file, GlossaryFormat format,
                    const std::vector<GlossaryEntry>& entries) {
    switch (format) {
        case GlossaryFormat::Csv: write_delimited_glossary(file, ',', entries); return;
        case GlossaryFormat::Tsv: write_delimited_glossary(file, '\t', entries); return;
        case GlossaryFormat::Tbx: write_tbx_glossary(file, entries); return;
    }
}

}  // namespace korpu
