#include "tm/edit/bead_filter.hpp"

#include <algorithm>

#include "tm/align/document_aligner.hpp"

namespace korpu {

bool is_low_confidence(const Bead& bead) noexcept { return bead.confidence < kReviewConfidenceThreshold; }

bool matches(const Bead& bead, BeadFilter filter) noexcept {
    switch (filter) {
        case BeadFilter::NeedsReview: return bead.status == BeadStatus::NeedsReview;
        case BeadFilter::Unconfirmed: return bead.status != BeadStatus::Confirmed;
        case BeadFilter::Confirmed: return bead.status == BeadStatus::Confirmed;
        case BeadFilter::Automatic: return bead.status == BeadStatus::Automatic;
        case BeadFilter::LowConfidence: return is_low_confidence(bead);
        case BeadFilter::All: break;
    }
    return true;
}

std::vector<std::size_t> filter_beads(const std::vector<Bead>& beads, BeadFilter filter) {
    std::vector<std::size_t> indices;
    indices.reserve(filter == BeadFilter::All ? beads.size() : 0);
    for (std::size_t i = 0; i < beads.size(); ++i) {
        if (matches(beads[i], filter)) indices.push_back(i);
    }
    return indices;
}

std::optional<std::size_t> next_matching(const std::vector<Bead>& beads, std::size_t from, BeadFilter filter) {
    const auto n = beads.size();
    for (std::size_t step = 1; step < n + 1; ++step) {
        const auto i = (from + step) % n;
        if (i != from && matches(beads[i], filter)) return i;
    }
    return std::nullopt;
}

std::optional<std::size_t> previous_matching(const std::vector<Bead>& beads, std::size_t from, BeadFilter filter) {
    const auto n = beads.size();
    for (std::size_t step = 1; step < n + 1; ++step) {
        const auto i = (from + n - step % n) % n;
        if (i != from && matches(beads[i], filter)) return i;
    }
    return std::nullopt;
}

std::optional<std::size_t> bead_after_edit(std::size_t bead, std::size_t first, std::size_t removed,
                                           std::size_t added) noexcept {
    if (bead < first) return bead;
    if (bead >= first + removed) return bead - removed + added;
    if (added == 0) return std::nullopt;
    return first + std::min(bead - first, added - 1);
}

std::vector<std::size_t> beads_after_edit(const std::vector<std::size_t>& beads, std::size_t first, std::size_t removed,
                                          std::size_t added) {
    std::vector<std::size_t> moved;
    moved.reserve(beads.size());
    for (const auto bead : beads) {
        const auto now = bead_after_edit(bead, first, removed, added);
        if (now && (moved.empty() || moved.back() != *now)) moved.push_back(*now);
    }
    return moved;
}

}  // namespace korpu
