#include "tm/align/length_aligner.hpp"

#include "tm/align/bead_scorer.hpp"
#include "tm/align/unit_aligner.hpp"

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
    const auto draft = draft_alignment(source, target, estimate_length_model(source, target, {}));
    return final_alignment(source, target, estimate_length_model(source, target, draft), draft);
}

}  // namespace korpu
