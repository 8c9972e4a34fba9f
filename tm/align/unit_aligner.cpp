#include "tm/align/unit_aligner.hpp"

#include "tm/align/banded_aligner.hpp"

namespace korpu {
namespace {

// The first pass searches this far (in units, each side of the character diagonal) before widening;
// the anchored passes search this far around the path of the pass before. A length-only path is
// rarely more than a few beads off the right one; where it is, the band widens.
constexpr BandOptions kLengthPassBand{24, 4096};
constexpr BandOptions kAnchoredPassBand{4, 4096};

}  // namespace

std::vector<Bead> draft_alignment(const std::vector<AlignmentUnit>& source, const std::vector<AlignmentUnit>& target,
                                  const LengthModel& prior, UnitKind kind) {
    const BeadScorer lengths(source, target, prior, Evidence::LengthOnly, kind);
    const auto rough = align_units(source, target, lengths, character_diagonal(source, target), kLengthPassBand);
    const BeadScorer anchored(source, target, prior, Evidence::LengthAndAnchors, kind);
    return align_units(source, target, anchored, path_centre(rough, source.size()), kAnchoredPassBand);
}

std::vector<Bead> final_alignment(const std::vector<AlignmentUnit>& source, const std::vector<AlignmentUnit>& target,
                                  const LengthModel& measured, const std::vector<Bead>& draft, UnitKind kind) {
    const BeadScorer anchored(source, target, measured, Evidence::LengthAndAnchors, kind);
    return align_units(source, target, anchored, path_centre(draft, source.size()), kAnchoredPassBand);
}

}  // namespace korpu
