#include "tm/import/load_document.hpp"

#include "tm/import/mixed_script.hpp"
#include "tm/import/plain_text.hpp"
#include "tm/import/text_import.hpp"
#include "tm/import/text_normaliser.hpp"
#include "tm/segment/sentence_splitter.hpp"

namespace korpu {
namespace {

// Line i of the file is segment i, empty lines included, so that line numbers stay the benchmark's.
SegmentedDocument one_segment_per_line(std::string_view text, const std::filesystem::path& file) {
    SegmentedDocument document;
    document.paragraphs.emplace_back();
    for (const auto line : split_lines(text, file))
        document.paragraphs.back().segments.push_back(normalise_imported_text(line));
    return document;
}

}  // namespace

LoadedDocument import_document(const std::filesystem::path& file, const Language& language, InputLayout layout,
                               const ImportOptions& options) {
    LoadedDocument loaded;
    if (layout == InputLayout::OneSegmentPerLine) {
        const auto decoded = decode_text_file(file, options);
        loaded.encoding = decoded.encoding;
        loaded.content = one_segment_per_line(decoded.text, file);
        loaded.findings = find_mixed_script_words(loaded.content);
        return loaded;
    }
    auto imported = import_text(file, options);
    loaded.format = imported.format;
    loaded.encoding = imported.encoding;
    loaded.boilerplate_removed = imported.boilerplate_removed;
    loaded.content = segment_document(imported.blocks, language);
    loaded.findings = find_mixed_script_words(loaded.content);
    return loaded;
}

SegmentedDocument load_document(const std::filesystem::path& file, const Language& language, InputLayout layout,
                                const ImportOptions& options) {
    return import_document(file, language, layout, options).content;
}

}  // namespace korpu
