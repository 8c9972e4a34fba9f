#include "tm/align/length_aligner.hpp"

#include "tm/align/banded_aligner.hpp"
#include "tm/align/bead_scorer.hpp"

namespace korpu {
namespace {

std::vector<AlignmentUnit> length_units(const std::vector<std::size_t>& lengths) {
    std::vector<AlignmentUnit> units(lengths.size());
    for (std::size_t k = 0; k < lengths.size(); ++k) units[k].length = static_cast<double>(lengths[k]);
    return units;
}

}  // namespace

std::size_t character_length(const std::string& text) {
    std::size_t count = 0;
    for (unsigned char c : text) count += (c & 0xC0) != 0x80;
    return count;
}

std::vector<Bead> align_by_length(const std::vector<std::size_t>& source_lengths,
                                  const std::vector<std::size_t>& target_lengths) {
    const auto source = length_units(source_lengths);
    const auto target = length_units(target_lengths);
    const BeadScorer first(source, target, estimate_length_model(source, target, {}));
    const auto draft = align_units(source, target, first);
    const BeadScorer second(source, target, estimate_length_model(source, target, draft));
    return align_units(source, target, second);
}

}  // namespace korpu
