#pragma once
// The order of a document's segments and of an alignment's beads is kept by sort keys (segment.ordinal,
// bead.ordinal), not by positions: rows written in bulk are spaced kOrdinalGap apart, so an edit puts new
// rows between two neighbours and leaves every other row alone. A position (the n-th segment, the n-th bead)
// is the rank of a row in key order; the segments a bead covers follow from the counts of the beads before it.
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace korpu {

class Workspace;

// Room for twenty halvings between two neighbours before a stretch has to be spaced out again; 2^20 keeps
// ten million rows far below the 2^63 an SQLite integer holds.
inline constexpr std::int64_t kOrdinalGap = std::int64_t{1} << 20;

// The key of the row at this position when a whole document or bead chain is written at once.
constexpr std::int64_t spaced_ordinal(std::size_t position) {
    return (static_cast<std::int64_t>(position) + 1) * kOrdinalGap;
}

// What the rows of one document (or alignment) need after replace_ordinals: rows to delete, rows whose key
// changes (old, new), and the keys of the new rows in order.
struct OrdinalChange {
    std::vector<std::int64_t> removed;
    std::vector<std::pair<std::int64_t, std::int64_t>> moved;
    std::vector<std::int64_t> added;
};

// `keys` is ascending and positive. Replaces its keys [begin, begin + removed) by `added` new keys, spaced
// evenly between the neighbours. When the neighbours leave no room, a stretch around the place (doubled until
// its rows and the new ones fit at least kOrdinalGap / 2 apart, or reaching the end, past which keys are free)
// is spaced out again, and those rows appear in `moved`.
OrdinalChange replace_ordinals(std::vector<std::int64_t>& keys, std::size_t begin, std::size_t removed,
                               std::size_t added);

// The sort keys of a document's segments and of an alignment's beads, in order.
std::vector<std::int64_t> segment_ordinals(Workspace& workspace, std::int64_t document);
std::vector<std::int64_t> bead_ordinals(Workspace& workspace, std::int64_t alignment);

}  // namespace korpu
