#include "tm/core/document.hpp"

#include "tm/core/error.hpp"

namespace korpu {

const char* to_string(BlockKind kind) noexcept {
    switch (kind) {
        case BlockKind::Heading: return "heading";
        case BlockKind::Paragraph: break;
    }
    return "paragraph";
}

BlockKind block_kind_from_string(const std::string& name) {
    if (name == "paragraph") return BlockKind::Paragraph;
    if (name == "heading") return BlockKind::Heading;
    throw UsageError("unknown block kind '" + name + "'");
}

std::size_t SegmentedDocument::segment_count() const {
    std::size_t count = 0;
    for (const auto& paragraph : paragraphs) count += paragraph.segments.size();
    return count;
}

std::vector<std::string> SegmentedDocument::segments() const {
    std::vector<std::string> all;
    all.reserve(segment_count());
    for (const auto& paragraph : paragraphs) all.insert(all.end(), paragraph.segments.begin(), paragraph.segments.end());
    return all;
}

std::vector<std::size_t> SegmentedDocument::paragraph_of_segment() const {
    std::vector<std::size_t> owner;
    owner.reserve(segment_count());
    for (std::size_t p = 0; p < paragraphs.size(); ++p) owner.insert(owner.end(), paragraphs[p].segments.size(), p);
    return owner;
}

}  // namespace korpu
