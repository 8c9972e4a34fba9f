#pragma once
// Decides which beads a clean parallel-text export keeps, cleans their text, and counts what it drops.
#include <cstdint>
#include <unordered_set>

#include "tm/export/bead_stream.hpp"
#include "tm/export/export_options.hpp"

namespace korpu {

class PairFilter {
  public:
    explicit PairFilter(const CleanOptions& options) : options_(options) {}

    // Cleans the bead's text in place and returns true when the bead is to be written; otherwise counts
    // why it was dropped. Checks run in this order: confirmed, one-sided, empty after cleaning, length
    // ratio, duplicate.
    bool keep(ExportBead& bead);
    const CleanSummary& summary() const noexcept { return summary_; }

  private:
    CleanOptions options_;
    CleanSummary summary_;
    // 64-bit hashes of the pairs written so far: 8 bytes a pair instead of its text. A collision
    // (probability about n²/2⁶⁵, 3e-10 for 100,000 pairs) would drop one pair as a duplicate.
    std::unordered_set<std::uint64_t> seen_;
};

}  // namespace korpu
