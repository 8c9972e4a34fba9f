#pragma once
// A document's content as the importers deliver it (blocks of running text) and as the segmenter
// leaves it (paragraphs cut into segments). Segment indices count across the whole document.
#include <cstddef>
#include <string>
#include <vector>

namespace korpu {

enum class BlockKind { Paragraph, Heading };

const char* to_string(BlockKind kind) noexcept;
// Throws UsageError for an unknown name.
BlockKind block_kind_from_string(const std::string& name);

// One paragraph or heading of running text.
struct Block {
    BlockKind kind = BlockKind::Paragraph;
    std::string text;
};

struct SegmentedParagraph {
    BlockKind kind = BlockKind::Paragraph;
    std::vector<std::string> segments;
};

struct SegmentedDocument {
    std::vector<SegmentedParagraph> paragraphs;

    std::size_t segment_count() const;
    // All segments in reading order.
    std::vector<std::string> segments() const;
    // For each segment, the index of its paragraph.
    std::vector<std::size_t> paragraph_of_segment() const;
};

}  // namespace korpu
