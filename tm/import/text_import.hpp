#pragma once
// Brings a file's text into Körpü: finds its format and encoding, decodes it, reads its paragraphs and
// headings, removes site boilerplate when asked (boilerplate_filter.hpp), and normalises the text
// (text_normaliser.hpp).
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "tm/core/document.hpp"
#include "tm/import/encoding.hpp"
#include "tm/import/import_options.hpp"

namespace korpu {

struct ImportedText {
    DocumentFormat format = DocumentFormat::Text;  // never Auto
    TextEncoding encoding;
    std::vector<Block> blocks;            // normalised, none empty
    std::size_t boilerplate_removed = 0;  // paragraphs (lines, in plain text) dropped as site boilerplate
};

// Throws InputError for unreadable, undecodable or oversized input, UsageError for an unknown forced
// encoding.
ImportedText import_text(const std::filesystem::path& file, const ImportOptions& options);

// Decoded UTF-8 of a text file, for readers that keep its lines (one segment a line).
struct DecodedText {
    TextEncoding encoding;
    std::string text;
};
DecodedText decode_text_file(const std::filesystem::path& file, const ImportOptions& options);

}  // namespace korpu
