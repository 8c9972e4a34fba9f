#include "tm/align/document_aligner.hpp"

#include <algorithm>
#include <unordered_map>

#include "tm/align/anchor_extractor.hpp"
#include "tm/align/bead_scorer.hpp"
#include "tm/align/length_aligner.hpp"
#include "tm/align/unit_aligner.hpp"

namespace korpu {
namespace {

std::vector<AlignmentUnit> segment_units(const std::vector<std::string>& segments, const Language& language,
                                         AnchorVocabulary& vocabulary) {
    AnchorExtractor extractor(language, vocabulary);
    std::vector<AlignmentUnit> units;
    units.reserve(segments.size());
    for (const auto& segment : segments)
        units.push_back({static_cast<double>(character_length(segment)), extractor.extract(segment)});
    return units;
}

// Units [begin, end) joined into one: a paragraph, or the stretch of a bead.
AlignmentUnit joined(const std::vector<AlignmentUnit>& units, std::size_t begin, std::size_t end) {
    AlignmentUnit out;
    for (std::size_t k = begin; k < end; ++k) {
        out.length += units[k].length + (k > begin ? 1 : 0);
        out.anchors.insert(out.anchors.end(), units[k].anchors.begin(), units[k].anchors.end());
    }
    std::sort(out.anchors.begin(), out.anchors.end());
    return out;
}

std::vector<AlignmentUnit> slice(const std::vector<AlignmentUnit>& units, std::size_t begin, std::size_t count) {
    return {units.begin() + static_cast<std::ptrdiff_t>(begin),
            units.begin() + static_cast<std::ptrdiff_t>(begin + count)};
}

std::vector<Bead> align_paragraphs(const std::vector<AlignmentUnit>& source, const std::vector<AlignmentUnit>& target) {
    const auto draft = draft_alignment(source, target, estimate_length_model(source, target, {}), UnitKind::Paragraph);
    return final_alignment(source, target, estimate_length_model(source, target, draft), draft, UnitKind::Paragraph);
}

// One pair of stretches, source [sb, sb+sc) and target [tb, tb+tc), to align at the sentence level.
struct Stretch {
    std::size_t source_begin;
    std::size_t source_count;
    std::size_t target_begin;
    std::size_t target_count;
};

// Aligns the sentences of each stretch with one length model for the whole document, measured on the
// drafts of all stretches.
std::vector<Bead> align_stretches(const std::vector<AlignmentUnit>& source, const std::vector<AlignmentUnit>& target,
                                  const std::vector<Stretch>& stretches) {
    const auto prior = estimate_length_model(source, target, {});
    std::vector<std::vector<AlignmentUnit>> sources;
    std::vector<std::vector<AlignmentUnit>> targets;
    std::vector<std::vector<Bead>> drafts;
    std::vector<Bead> all_drafts;
    for (const auto& s : stretches) {
        sources.push_back(slice(source, s.source_begin, s.source_count));
        targets.push_back(slice(target, s.target_begin, s.target_count));
        drafts.push_back(draft_alignment(sources.back(), targets.back(), prior));
        for (auto bead : drafts.back()) {
            bead.source_begin += s.source_begin;
            bead.target_begin += s.target_begin;
            all_drafts.push_back(bead);
        }
    }
    const auto measured = estimate_length_model(source, target, all_drafts);
    std::vector<Bead> beads;
    for (std::size_t k = 0; k < stretches.size(); ++k) {
        for (auto bead : final_alignment(sources[k], targets[k], measured, drafts[k])) {
            bead.source_begin += stretches[k].source_begin;
            bead.target_begin += stretches[k].target_begin;
            beads.push_back(bead);
        }
    }
    return beads;
}

std::vector<std::size_t> paragraph_starts(const SegmentedDocument& document) {
    std::vector<std::size_t> starts;
    std::size_t at = 0;
    for (const auto& p : document.paragraphs) {
        starts.push_back(at);
        at += p.segments.size();
    }
    starts.push_back(at);
    return starts;
}

std::vector<Stretch> paragraph_stretches(const SegmentedDocument& source, const SegmentedDocument& target,
                                         const std::vector<AlignmentUnit>& source_units,
                                         const std::vector<AlignmentUnit>& target_units) {
    const auto source_starts = paragraph_starts(source);
    const auto target_starts = paragraph_starts(target);
    std::vector<AlignmentUnit> source_paragraphs;
    std::vector<AlignmentUnit> target_paragraphs;
    for (std::size_t p = 0; p + 1 < source_starts.size(); ++p)
        source_paragraphs.push_back(joined(source_units, source_starts[p], source_starts[p + 1]));
    for (std::size_t p = 0; p + 1 < target_starts.size(); ++p)
        target_paragraphs.push_back(joined(target_units, target_starts[p], target_starts[p + 1]));
    std::vector<Stretch> stretches;
    for (const auto& bead : align_paragraphs(source_paragraphs, target_paragraphs)) {
        const std::size_t sb = source_starts[bead.source_begin];
        const std::size_t se = source_starts[bead.source_begin + bead.source_count];
        const std::size_t tb = target_starts[bead.target_begin];
        const std::size_t te = target_starts[bead.target_begin + bead.target_count];
        if (se > sb || te > tb) stretches.push_back({sb, se - sb, tb, te - tb});
    }
    return stretches;
}

bool has_paragraphs(const SegmentedDocument& document) {
    std::size_t non_empty = 0;
    for (const auto& p : document.paragraphs) non_empty += !p.segments.empty();
    return non_empty > 1;
}

void mark_for_review(std::vector<Bead>& beads) {
    for (auto& bead : beads) {
        if (bead.status != BeadStatus::Confirmed && bead.confidence < kReviewConfidenceThreshold)
            bead.status = BeadStatus::NeedsReview;
    }
}

struct DocumentUnits {
    std::vector<AlignmentUnit> source;
    std::vector<AlignmentUnit> target;
};

DocumentUnits document_units(const SegmentedDocument& source, const SegmentedDocument& target,
                             const Language& source_language, const Language& target_language) {
    AnchorVocabulary vocabulary;
    DocumentUnits units;
    units.source = segment_units(source.segments(), source_language, vocabulary);
    units.target = segment_units(target.segments(), target_language, vocabulary);

    return units;
}

}  // namespace

std::vector<Bead> align_documents(const SegmentedDocument& source, const SegmentedDocument& target,
                                  const Language& source_language, const Language& target_language) {
    const auto units = document_units(source, target, source_language, target_language);
    std::vector<Stretch> stretches;
    if (has_paragraphs(source) && has_paragraphs(target)) {
        stretches = paragraph_stretches(source, target, units.source, units.target);
    } else {
        stretches.push_back({0, units.source.size(), 0, units.target.size()});
    }
    auto beads = align_stretches(units.source, units.target, stretches);
    mark_for_review(beads);
    return beads;
}

std::vector<Bead> realign_documents(const SegmentedDocument& source, const SegmentedDocument& target,
                                    const Language& source_language, const Language& target_language,
                                    const std::vector<Bead>& current) {
    const auto units = document_units(source, target, source_language, target_language);
    check_bead_chain(current, units.source.size(), units.target.size());
    // The stretches between confirmed beads, and where each confirmed bead goes among them.
    std::vector<Stretch> stretches;
    std::size_t source_at = 0;
    std::size_t target_at = 0;
    auto close_stretch = [&](std::size_t source_end, std::size_t target_end) {
        if (source_end > source_at || target_end > target_at)
            stretches.push_back({source_at, source_end - source_at, target_at, target_end - target_at});
    };
    for (const auto& bead : current) {
        if (bead.status != BeadStatus::Confirmed) continue;
        close_stretch(bead.source_begin, bead.target_begin);
        source_at = bead.source_begin + bead.source_count;
        target_at = bead.target_begin + bead.target_count;
    }
    close_stretch(units.source.size(), units.target.size());
    auto realigned = align_stretches(units.source, units.target, stretches);
    mark_for_review(realigned);
    for (const auto& bead : current)
        if (bead.status == BeadStatus::Confirmed) realigned.push_back(bead);
    std::sort(realigned.begin(), realigned.end(), [](const Bead& a, const Bead& b) {
        return a.source_begin + a.target_begin < b.source_begin + b.target_begin ||
               (a.source_begin + a.target_begin == b.source_begin + b.target_begin && a.source_begin < b.source_begin);
    });
    check_bead_chain(realigned, units.source.size(), units.target.size());
    return realigned;
}

std::string bead_side_text(const std::vector<std::string>& segments, std::size_t begin, std::size_t count) {
    std::string text;
    for (std::size_t k = begin; k < begin + count; ++k) {
        if (!text.empty()) text += ' ';
        text += segments[k];
    }
    return text;
}

}  // namespace korpu
