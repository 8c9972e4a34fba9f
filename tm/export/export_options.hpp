#pragma once
// What the exporters of clean parallel text share: what "clean" means, what was dropped and why, and
// how an export reports its progress.
#include <cstddef>
#include <functional>
#include <optional>

namespace korpu {

// Called now and then with the beads read so far and the total; front ends show it.
using ExportProgress = std::function<void(std::size_t done, std::size_t total)>;

// Exporters report progress every this many beads: about 25 reports for 100,000 beads, which export in
// 0.2 to 0.3 s (tests/bench/bench_export.cpp): smooth enough for a progress bar, and free.
constexpr std::size_t kProgressInterval = 4096;

// Moses' clean-corpus-n.perl drops pairs whose token counts differ by more than this factor (its default
// -ratio 9); Körpü applies the same default to Unicode characters when the user asks for a ratio filter.
constexpr double kDefaultMaxLengthRatio = 9.0;

struct CleanOptions {
    bool confirmed_only = false;   // keep only beads a reviewer confirmed
    bool drop_one_sided = true;    // drop beads with text on one side only (1-0, 0-1)
    bool drop_duplicates = false;  // keep the first of identical (source, target) pairs
    std::optional<double>
        max_length_ratio;     // drop pairs whose longer side is more than this times the shorter
    bool normalise = false;   // collapse whitespace, trim, Unicode NFC
    bool strip_tags = false;  // remove inline markup such as <b>...</b> or <x id="1"/>
};

// How many beads an export wrote, and how many it dropped for each reason.
struct CleanSummary {
    std::size_t read = 0;
    std::size_t written = 0;
    std::size_t dropped_unconfirmed = 0;
    std::size_t dropped_one_sided = 0;
    std::size_t dropped_empty_after_cleaning = 0;
    std::size_t dropped_length_ratio = 0;
    std::size_t dropped_duplicate = 0;
};

}  // namespace korpu
