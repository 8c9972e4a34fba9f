#pragma once
// Reads the beads of a workspace with the text of both sides, one at a time, straight from the database:
// exporters hold one bead in memory, not the whole workspace.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "tm/align/bead.hpp"

namespace korpu {

class Workspace;

// Which beads an export covers: all alignments, or one; of one alignment, optionally a range of beads.
struct BeadSelection {
    std::optional<std::int64_t> alignment;
    std::size_t first_bead = 0;           // position of the first bead (0-based)
    std::optional<std::size_t> end_bead;  // one past the last bead; all to the end when empty
};

// One bead as exporters see it.
struct ExportBead {
    std::int64_t alignment_id = 0;
    std::size_t ordinal = 0;  // the bead's position in its alignment (0-based), as XLIFF ids and the CLI show it
    std::string source_language;
    std::string target_language;
    std::string source;  // the bead's source segments joined by a space
    std::string target;
    std::size_t source_count = 0;
    std::size_t target_count = 0;
    BeadStatus status = BeadStatus::Automatic;
    double confidence = 1.0;
    std::string note;
};

class BeadStream {
  public:
    // Throws UsageError for an alignment the workspace does not have or a bead range outside it.
    BeadStream(Workspace& workspace, const BeadSelection& selection);
    ~BeadStream();
    BeadStream(const BeadStream&) = delete;
    BeadStream& operator=(const BeadStream&) = delete;

    // How many beads the selection holds.
    std::size_t total() const noexcept;
    // The distinct (source, target) language tags of the selected alignments, in order of appearance.
    std::vector<std::pair<std::string, std::string>> language_pairs() const;
    // Fills `bead` with the next bead; false after the last one.
    bool next(ExportBead& bead);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace korpu
