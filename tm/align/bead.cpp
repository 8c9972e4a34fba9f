#include "tm/align/bead.hpp"

#include "tm/core/error.hpp"

namespace korpu {

const char* to_string(BeadStatus status) noexcept {
    switch (status) {
        case BeadStatus::NeedsReview: return "review";
        case BeadStatus::Confirmed: return "confirmed";
        case BeadStatus::Automatic: break;
    }
    return "automatic";
}

BeadStatus bead_status_from_string(const std::string& name) {
    if (name == "automatic") return BeadStatus::Automatic;
    if (name == "review") return BeadStatus::NeedsReview;
    if (name == "confirmed") return BeadStatus::Confirmed;
    throw UsageError("unknown bead status '" + name + "'");
}

std::string Bead::type() const { return std::to_string(source_count) + "-" + std::to_string(target_count); }

void check_bead_chain(const std::vector<Bead>& beads, std::size_t source_size, std::size_t target_size) {
    std::size_t source = 0;
    std::size_t target = 0;
    for (std::size_t i = 0; i < beads.size(); ++i) {
        const Bead& bead = beads[i];
        if (bead.source_begin != source || bead.target_begin != target) {
            throw Error("bead " + std::to_string(i + 1) + " does not continue where the previous one ended");
        }
        if (bead.source_count == 0 && bead.target_count == 0) {
            throw Error("bead " + std::to_string(i + 1) + " is empty on both sides");
        }
        source += bead.source_count;
        target += bead.target_count;
    }
    if (source != source_size || target != target_size) {
        throw Error("the beads cover " + std::to_string(source) + " of " + std::to_string(source_size) +
                    " source and " + std::to_string(target) + " of " + std::to_string(target_size) +
                    " target segments");
    }
}

}  // namespace korpu
