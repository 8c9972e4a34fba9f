#include "tm/export/pair_filter.hpp"

#include <functional>
#include <string>

#include "tm/export/text_cleaner.hpp"

namespace korpu {

bool PairFilter::keep(ExportBead& bead) {
    ++summary_.read;
    if (options_.confirmed_only && bead.status != BeadStatus::Confirmed) {
        ++summary_.dropped_unconfirmed;
        return false;
    }
    if (options_.drop_one_sided && (bead.source.empty() || bead.target.empty())) {
        ++summary_.dropped_one_sided;
        return false;
    }
    if (options_.strip_tags) {
        bead.source = strip_inline_tags(bead.source);
        bead.target = strip_inline_tags(bead.target);
    }
    if (options_.normalise) {
        bead.source = normalise_text(bead.source);
        bead.target = normalise_text(bead.target);
    }
    if (options_.drop_one_sided && (bead.source.empty() || bead.target.empty())) {
        ++summary_.dropped_empty_after_cleaning;
        return false;
    }
    if (options_.max_length_ratio && length_ratio(bead.source, bead.target) > *options_.max_length_ratio) {
        ++summary_.dropped_length_ratio;
        return false;
    }
    if (options_.drop_duplicates) {
        std::string key = bead.source;
        key += '\0';
        key += bead.target;
        if (!seen_.insert(static_cast<std::uint64_t>(std::hash<std::string>{}(key))).second) {
            ++summary_.dropped_duplicate;
            return false;
        }
    }
    ++summary_.written;
    return true;
}

}  // namespace korpu
