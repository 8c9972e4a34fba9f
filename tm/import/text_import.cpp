#include "tm/import/text_import.hpp"

#include "tm/core/error.hpp"
#include "tm/import/boilerplate_filter.hpp"
#include "tm/import/file_bytes.hpp"
#include "tm/import/html_reader.hpp"
#include "tm/import/import_limits.hpp"
#include "tm/import/office_reader.hpp"
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

std::string lower_extension(const std::filesystem::path& file) {
    auto extension = file.extension().u8string();
    for (auto& c : extension)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return extension;
}

DocumentFormat detect_format(std::string_view bytes, const std::filesystem::path& file) {
    if (auto office = detect_office_format(bytes, file)) return *office;
    const auto extension = lower_extension(file);
    if (extension == ".docx") return DocumentFormat::Docx;
    if (extension == ".odt") return DocumentFormat::Odt;
    if (extension == ".html" || extension == ".htm" || extension == ".xhtml" || looks_like_html(bytes))
        return DocumentFormat::Html;
    return DocumentFormat::Text;
}

bool removes_boilerplate(const ImportOptions& options, DocumentFormat format) {
    if (options.boilerplate == BoilerplateRemoval::ByFormat) return format == DocumentFormat::Html;
    return options.boilerplate == BoilerplateRemoval::On;
}

std::vector<Block> normalised(std::vector<Block> blocks, const std::filesystem::path& file) {
    std::vector<Block> kept;
    kept.reserve(blocks.size());
    for (auto& block : blocks) {
        if (block.text.size() > kMaxParagraphBytes)
            throw InputError(file, "paragraph " + std::to_string(kept.size() + 1) + " is " +
                                       std::to_string(block.text.size()) + " bytes long; Körpü reads " +
                                       std::to_string(kMaxParagraphBytes / 1024) + " KB at most");
        block.text = normalise_imported_text(block.text);
        if (!block.text.empty()) kept.push_back(std::move(block));
    }
    return kept;
}

std::vector<Block> without_boilerplate(std::vector<Block> blocks, std::size_t& removed) {
    std::vector<PageLine> lines;
    lines.reserve(blocks.size());
    for (const auto& block : blocks) lines.push_back({block.text});
    const auto boilerplate = find_boilerplate(lines);
    std::vector<Block> kept;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (boilerplate[i]) {
            ++removed;
        } else {
            kept.push_back(std::move(blocks[i]));
        }
    }
    return kept;
}

// Blank lines in a row that a browser's copy leaves between the regions of a page (header, article,
// footer); one blank line separates paragraphs.
constexpr std::size_t kWideGapBlankLines = 2;

// Plain text copied from a web page: site lines are found line by line (a section name is a line of its
// own even when no blank line separates it), then the remaining lines make paragraphs as usual.
std::string without_boilerplate_lines(const std::string& text, const std::filesystem::path& file,
                                      std::size_t& removed) {
    const auto lines = split_lines(text, file);
    std::vector<PageLine> texts;
    std::vector<std::size_t> line_of_text;
    std::size_t blank_lines = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        auto normalised_line = normalise_imported_text(lines[i]);
        if (normalised_line.empty()) {
            ++blank_lines;
            continue;
        }
        texts.push_back({std::move(normalised_line), blank_lines >= kWideGapBlankLines});
        line_of_text.push_back(i);
        blank_lines = 0;
    }
    const auto boilerplate = find_boilerplate(texts);
    std::vector<bool> dropped(lines.size(), false);
    for (std::size_t t = 0; t < texts.size(); ++t) {
        if (!boilerplate[t]) continue;
        dropped[line_of_text[t]] = true;
        ++removed;
    }
    std::string kept;
    kept.reserve(text.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!dropped[i]) kept += lines[i];
        kept += '\n';  // a dropped line leaves a paragraph break behind
    }
    return kept;
}

}  // namespace

DecodedText decode_text_file(const std::filesystem::path& file, const ImportOptions& options) {
    const std::string bytes = read_file_bytes(file);
    DecodedText decoded;
    decoded.encoding = choose_encoding(bytes, {}, options, file);
    decoded.text = decode_text(bytes, decoded.encoding, file);
    refuse_nul(decoded.text, file);
    return decoded;
}

ImportedText import_text(const std::filesystem::path& file, const ImportOptions& options) {
    const std::string bytes = read_file_bytes(file);
    ImportedText imported;
    imported.format = options.format == DocumentFormat::Auto ? detect_format(bytes, file) : options.format;
    const bool boilerplate = removes_boilerplate(options, imported.format);
    if (imported.format == DocumentFormat::Docx || imported.format == DocumentFormat::Odt) {
        // The XML parts say their encoding themselves (UTF-8 in every file Word and LibreOffice write).
        imported.encoding = {"UTF-8", EncodingEvidence::Declaration};
        auto blocks = imported.format == DocumentFormat::Docx ? read_docx_blocks(file) : read_odt_blocks(file);
        imported.blocks = normalised(std::move(blocks), file);
        if (boilerplate)
            imported.blocks = without_boilerplate(std::move(imported.blocks), imported.boilerplate_removed);
        return imported;
    }
    if (imported.format == DocumentFormat::Html) {
        imported.encoding = choose_encoding(bytes, declared_html_charset(bytes), options, file);
        const auto text = decode_text(bytes, imported.encoding, file);
        refuse_nul(text, file);
        imported.blocks = normalised(read_html_blocks(text, file), file);
        if (boilerplate)
            imported.blocks = without_boilerplate(std::move(imported.blocks), imported.boilerplate_removed);
        return imported;
    }
    imported.encoding = choose_encoding(bytes, {}, options, file);
    auto text = decode_text(bytes, imported.encoding, file);
    refuse_nul(text, file);
    if (boilerplate) text = without_boilerplate_lines(text, file, imported.boilerplate_removed);
    imported.blocks = normalised(split_paragraphs(text, file), file);
    return imported;
}

}  // namespace korpu
