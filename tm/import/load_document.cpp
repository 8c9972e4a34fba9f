#include "tm/import/load_document.hpp"

#include "tm/import/plain_text.hpp"
#include "tm/segment/sentence_splitter.hpp"

namespace korpu {
namespace {

SegmentedDocument one_segment_per_line(std::string_view text) {
    SegmentedDocument document;
    document.paragraphs.emplace_back();
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        auto line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        document.paragraphs.back().segments.emplace_back(line);
        start = end + 1;
    }
    return document;
}

}  // namespace

SegmentedDocument load_document(const std::filesystem::path& file, const Language& language, InputLayout layout) {
    std::string bytes = read_file_bytes(file);
    check_utf8(bytes, file);
    if (layout == InputLayout::OneSegmentPerLine) {
        std::string_view text(bytes);
        if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
        return one_segment_per_line(text);
    }
    return segment_document(split_paragraphs(bytes), language);
}

}  // namespace korpu
