#include "tm/edit/splice.hpp"

#include <algorithm>
#include <iterator>

#include "tm/store/aligned_document.hpp"

namespace korpu {
namespace {

SegmentChange reversed(const SegmentChange& change) { return {change.begin, change.after, change.before}; }

std::ptrdiff_t delta(const SegmentChange& change) {
    return static_cast<std::ptrdiff_t>(change.after.size()) - static_cast<std::ptrdiff_t>(change.before.size());
}

void replace_segments(std::vector<std::string>& segments, const SegmentChange& change) {
    const auto first = segments.begin() + static_cast<std::ptrdiff_t>(change.begin);
    const auto common = std::min(change.before.size(), change.after.size());
    std::copy_n(change.after.begin(), common, first);
    if (change.after.size() > common) {
        segments.insert(first + static_cast<std::ptrdiff_t>(common),
                        change.after.begin() + static_cast<std::ptrdiff_t>(common), change.after.end());
    } else {
        segments.erase(first + static_cast<std::ptrdiff_t>(common),
                       first + static_cast<std::ptrdiff_t>(change.before.size()));
    }
}

std::size_t shifted(std::size_t position, std::ptrdiff_t by) {
    return static_cast<std::size_t>(static_cast<std::ptrdiff_t>(position) + by);
}

}  // namespace

Splice Splice::reversed() const {
    return {bead_begin, beads_after, beads_before, korpu::reversed(source), korpu::reversed(target)};
}

std::ptrdiff_t Splice::source_delta() const noexcept { return delta(source); }

std::ptrdiff_t Splice::target_delta() const noexcept { return delta(target); }

void apply_in_memory(AlignedDocument& document, const Splice& splice) {
    replace_segments(document.source_segments, splice.source);
    replace_segments(document.target_segments, splice.target);
    auto& beads = document.beads;
    const auto first = beads.begin() + static_cast<std::ptrdiff_t>(splice.bead_begin);
    beads.erase(first, first + static_cast<std::ptrdiff_t>(splice.beads_before.size()));
    beads.insert(beads.begin() + static_cast<std::ptrdiff_t>(splice.bead_begin), splice.beads_after.begin(),
                 splice.beads_after.end());
    const auto source_by = splice.source_delta();
    const auto target_by = splice.target_delta();
    if (source_by == 0 && target_by == 0) return;
    for (auto i = splice.bead_begin + splice.beads_after.size(); i < beads.size(); ++i) {
        beads[i].source_begin = shifted(beads[i].source_begin, source_by);
        beads[i].target_begin = shifted(beads[i].target_begin, target_by);
    }
}

}  // namespace korpu
