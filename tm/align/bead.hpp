#pragma once
// A bead links a run of source segments with a run of target segments (1-1, 2-1, 1-0, ...).
// Beads of an alignment are in order and cover every segment of both documents exactly once.
#include <cstddef>
#include <string>
#include <vector>

namespace korpu {

enum class BeadStatus { Automatic, NeedsReview, Confirmed };

const char* to_string(BeadStatus status) noexcept;
BeadStatus bead_status_from_string(const std::string& name);

struct Bead {
    std::size_t source_begin = 0;
    std::size_t source_count = 0;
    std::size_t target_begin = 0;
    std::size_t target_count = 0;
    // 0..1: how sure the aligner is of this bead.
    double confidence = 1.0;
    BeadStatus status = BeadStatus::Automatic;

    // "1-1", "2-1", "0-1", ...
    std::string type() const;
    bool operator==(const Bead& other) const noexcept {
        return source_begin == other.source_begin && source_count == other.source_count &&
               target_begin == other.target_begin && target_count == other.target_count;
    }
};

// Throws Error unless the beads cover [0, source_size) and [0, target_size) in order, each segment once.
void check_bead_chain(const std::vector<Bead>& beads, std::size_t source_size, std::size_t target_size);

}  // namespace korpu
