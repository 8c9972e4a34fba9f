#include "tm/import/text_import.hpp"

#include "tm/core/error.hpp"
#include "tm/import/file_bytes.hpp"
#include "tm/import/plain_text.hpp"
#include "tm/import/text_normaliser.hpp"

namespace korpu {
namespace {

TextEncoding choose_encoding(std::string_view bytes, std::string_view declared, const ImportOptions& options,
                             const std::filesystem::path& file) {
    if (!options.encoding.empty()) return {standard_encoding_name(options.encoding), EncodingEvidence::Forced};
    return detect_encoding(bytes, declared, file);
}

// A forced or mis-detected encoding can turn binary data into "text" full of NUL characters.
void refuse_nul(std::string_view text, const std::filesystem::path& file) {
    const auto nul = text.find('\0');
    if (nul == std::string_view::npos) return;
    std::size_t line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < nul; ++i) {
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    }
    throw InputError(file, line, nul - line_start + 1, "binary data (a NUL character), not a text document");
}

std::vector<Block> normalised(std::vector<Block> blocks) {
    std::vector<Block> kept;
    kept.reserve(blocks.size());
    for (auto& block : blocks) {
        block.text = normalise_imported_text(block.text);
        if (!block.text.empty()) kept.push_back(std::move(block));
    }
    return kept;
}

}  // namespace

const char* to_string(DocumentFormat format) noexcept {
    switch (format) {
        case DocumentFormat::Auto: return "auto";
        case DocumentFormat::Text: return "text";
    }
    return "unknown";
}

DocumentFormat document_format_from_string(const std::string& name) {
    for (auto format : {DocumentFormat::Auto, DocumentFormat::Text})
        if (name == to_string(format)) return format;
    throw UsageError("unknown document format '" + name + "' (auto, text)");
}

DecodedText decode_text_file(const std::filesystem::path& file, const ImportOptions& options) {
    const std::string bytes = read_file_bytes(file);
    DecodedText decoded;
    decoded.encoding = choose_encoding(bytes, {}, options, file);
    decoded.text = decode_text(bytes, decoded.encoding, file);
    refuse_nul(decoded.text, file);
    return decoded;
}

ImportedText import_text(const std::filesystem::path& file, const ImportOptions& options) {
    ImportedText imported;
    imported.format = DocumentFormat::Text;
    auto decoded = decode_text_file(file, options);
    imported.encoding = decoded.encoding;
    imported.blocks = normalised(split_paragraphs(decoded.text, file));
    return imported;
}

}  // namespace korpu
