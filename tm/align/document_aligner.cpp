#include "tm/align/document_aligner.hpp"

#include "tm/align/length_aligner.hpp"

namespace korpu {

std::vector<Bead> align_documents(const SegmentedDocument& source, const SegmentedDocument& target,
                                  const Language&, const Language&) {
    std::vector<std::size_t> source_lengths;
    std::vector<std::size_t> target_lengths;
    for (const auto& s : source.segments()) source_lengths.push_back(character_length(s));
    for (const auto& t : target.segments()) target_lengths.push_back(character_length(t));
    auto beads = align_by_length(source_lengths, target_lengths);
    for (auto& bead : beads) {
        if (bead.confidence < kReviewConfidenceThreshold) bead.status = BeadStatus::NeedsReview;
    }
    return beads;
}

std::string bead_side_text(const std::vector<std::string>& segments, std::size_t begin, std::size_t count) {
    std::string text;
    for (std::size_t k = begin; k < begin + count; ++k) {
        if (!text.empty()) text += ' ';
        text += segments[k];
    }
    return text;
}

}  // namespace korpu
