#include "tm/store/ordinal_keys.hpp"

#include <algorithm>

#include "tm/store/detail/sqlite.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {
namespace {

// Spacing a respaced stretch keeps at least: half the bulk gap, so that a stretch respaced once takes
// many more insertions before it needs it again (the amortised cost stays constant per edit).
constexpr std::int64_t kRespacedGap = kOrdinalGap / 2;

std::ptrdiff_t offset(std::size_t position) { return static_cast<std::ptrdiff_t>(position); }

// `count` keys spread evenly over the open interval (low, high); with no upper neighbour, kOrdinalGap apart.
std::vector<std::int64_t> spread(std::int64_t low, std::int64_t high, bool bounded, std::size_t count) {
    std::vector<std::int64_t> keys;
    keys.reserve(count);
    const auto slots = static_cast<std::int64_t>(count) + 1;
    for (std::int64_t i = 1; i < slots; ++i) {
        keys.push_back(bounded ? low + (high - low) / slots * i + ((high - low) % slots) * i / slots
                               : low + kOrdinalGap * i);
    }
    return keys;
}

std::vector<std::int64_t> ordinals(Workspace& workspace, const char* sql, std::int64_t owner) {
    sql::Statement query(workspace.database(), sql);
    query.bind(1, owner);
    std::vector<std::int64_t> keys;
    while (query.step()) keys.push_back(query.column_int(0));
    return keys;
}

}  // namespace

OrdinalChange replace_ordinals(std::vector<std::int64_t>& keys, std::size_t begin, std::size_t removed,
                               std::size_t added) {
    OrdinalChange change;
    change.removed.assign(keys.begin() + offset(begin), keys.begin() + offset(begin + removed));
    keys.erase(keys.begin() + offset(begin), keys.begin() + offset(begin + removed));
    if (added == 0) return change;

    const auto low_at = [&keys](std::size_t first) { return first == 0 ? std::int64_t{0} : keys[first - 1]; };
    const auto size = keys.size();
    // The plain case: the neighbours leave room for the new keys.
    if (begin == size || keys[begin] - low_at(begin) > static_cast<std::int64_t>(added)) {
        change.added = spread(low_at(begin), begin == size ? 0 : keys[begin], begin != size, added);
        keys.insert(keys.begin() + offset(begin), change.added.begin(), change.added.end());
        return change;
    }
    // Respace a stretch [first, last) of the rows around the place, doubled until everything fits.
    std::size_t reach = 1;
    std::size_t first = 0;
    std::size_t last = 0;
    while (true) {
        first = begin > reach ? begin - reach : 0;
        last = std::min(size, begin + reach);
        if (last == size) break;
        const auto rows = static_cast<std::int64_t>(last - first + added);
        if ((keys[last] - low_at(first)) / (rows + 1) >= kRespacedGap) break;
        reach *= 2;
    }
    const auto low = low_at(first);
    const bool bounded = last != size;
    const auto fresh = spread(low, bounded ? keys[last] : 0, bounded, last - first + added);
    std::vector<std::int64_t> respaced;
    respaced.reserve(fresh.size());
    for (std::size_t i = first; i < last; ++i) {
        const auto at = i < begin ? i - first : i - first + added;
        if (keys[i] != fresh[at]) change.moved.emplace_back(keys[i], fresh[at]);
    }
    change.added.assign(fresh.begin() + offset(begin - first), fresh.begin() + offset(begin - first + added));
    keys.erase(keys.begin() + offset(first), keys.begin() + offset(last));
    keys.insert(keys.begin() + offset(first), fresh.begin(), fresh.end());
    return change;
}

std::vector<std::int64_t> segment_ordinals(Workspace& workspace, std::int64_t document) {
    return ordinals(workspace, "SELECT ordinal FROM segment WHERE document_id = ?1 ORDER BY ordinal", document);
}

std::vector<std::int64_t> bead_ordinals(Workspace& workspace, std::int64_t alignment) {
    return ordinals(workspace, "SELECT ordinal FROM bead WHERE alignment_id = ?1 ORDER BY ordinal", alignment);
}

}  // namespace korpu
