#include "tm/align/document_aligner.hpp"

#include <algorithm>
#include <functional>
#include <unordered_map>
#include <unordered_set>

#include "tm/align/anchor_extractor.hpp"
#include "tm/align/bead_scorer.hpp"
#include "tm/align/core_lexicon.hpp"
#include "tm/align/length_aligner.hpp"
#include "tm/align/unit_aligner.hpp"

namespace korpu {
namespace {

// Confident 1-1 beads of the drafts teach the lexicon: at most this many (evenly spread over the
// document), which is plenty for the words a document repeats and keeps a 100k-sentence document fast;
// a bead below this confidence may be wrong and would teach wrong translations.
constexpr std::size_t kMaximumTrainingPairs = 5000;
constexpr double kMinimumTrainingConfidence = 0.5;
// A document with this many units on each side gives the learning its full quota of training pairs and
// teaches its own lexicon: the core word list, meant for documents too short to learn from, is left out.
// Measured on synthetic FLORES documents (tests/bench/bench_align.cpp): link F1 with and without the list
// 0.995 / 0.996 at 10 000 and at 100 000 sentences a side, where the list costs a third more time.
constexpr std::size_t kSelfTeachingUnits = kMaximumTrainingPairs;
// A translation anchor in more than this share of one side's units, and in more than this many of them,
// is a frequent word ("year", "bir") or the document's topic: it would anchor everything to everything
// (the same share keeps such stems out of the lexicon learnt from the document, word_lexicon.cpp), and
// it lengthens every unit's anchors. Short documents keep all their anchors.
constexpr double kMaximumTranslationShare = 0.1;
constexpr std::size_t kMinimumFrequentUnits = 20;

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

// The drafts of every stretch, each in the stretch's own numbering and all of them in the document's.
struct Drafts {
    std::vector<std::vector<Bead>> by_stretch;
    std::vector<Bead> all;
};

Drafts draft_stretches(const std::vector<AlignmentUnit>& source, const std::vector<AlignmentUnit>& target,
                       const std::vector<Stretch>& stretches) {
    const auto prior = estimate_length_model(source, target, {});
    Drafts drafts;
    for (const auto& s : stretches) {
        drafts.by_stretch.push_back(draft_alignment(slice(source, s.source_begin, s.source_count),
                                                    slice(target, s.target_begin, s.target_count), prior));
        for (auto bead : drafts.by_stretch.back()) {
            bead.source_begin += s.source_begin;
            bead.target_begin += s.target_begin;
            drafts.all.push_back(bead);
        }
    }
    return drafts;
}

// The final alignment of every stretch, around its draft, with one length model for the whole document
// measured on all drafts.
std::vector<Bead> finish_stretches(const std::vector<AlignmentUnit>& source, const std::vector<AlignmentUnit>& target,
                                   const std::vector<Stretch>& stretches, const Drafts& drafts) {
    const auto measured = estimate_length_model(source, target, drafts.all);
    std::vector<Bead> beads;
    for (std::size_t k = 0; k < stretches.size(); ++k) {
        const auto& s = stretches[k];
        for (auto bead :
             final_alignment(slice(source, s.source_begin, s.source_count),
                             slice(target, s.target_begin, s.target_count), measured, drafts.by_stretch[k])) {
            bead.source_begin += s.source_begin;
            bead.target_begin += s.target_begin;
            beads.push_back(bead);
        }
    }
    return beads;
}

// Pairs of sentences that the drafts (and the reviewer, through `confirmed`) say translate each other.
std::vector<TranslationPair> training_pairs(const std::vector<std::string>& source,
                                            const std::vector<std::string>& target, const std::vector<Bead>& drafts,
                                            const std::vector<Bead>& confirmed) {
    std::vector<const Bead*> chosen;
    for (const auto& bead : confirmed)
        if (bead.source_count > 0 && bead.target_count > 0) chosen.push_back(&bead);
    std::vector<const Bead*> confident;
    for (const auto& bead : drafts)
        if (bead.source_count == 1 && bead.target_count == 1 && bead.confidence >= kMinimumTrainingConfidence)
            confident.push_back(&bead);
    const std::size_t step = confident.size() / kMaximumTrainingPairs + 1;
    for (std::size_t k = 0; k < confident.size(); k += step) chosen.push_back(confident[k]);
    // A repeated pair (boilerplate, a refrain) counts once: otherwise every word of it would seem to
    // translate every other.
    std::vector<TranslationPair> pairs;
    std::unordered_set<std::string> seen;
    for (const Bead* bead : chosen) {
        TranslationPair pair{bead_side_text(source, bead->source_begin, bead->source_count),
                             bead_side_text(target, bead->target_begin, bead->target_count)};
        if (seen.insert(pair.source).second && seen.insert("\t" + pair.target).second) pairs.push_back(std::move(pair));
    }
    return pairs;
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

// The anchors of both documents, extracted once; the lexicon's translations are added to them on request.
class DocumentAnchors {
  public:
    DocumentAnchors(const std::vector<std::string>& source, const std::vector<std::string>& target,
                    const Language& source_language, const Language& target_language)
        : source_extractor_(source_language, vocabulary_),
          target_extractor_(target_language, vocabulary_),
          source_(extract(source, source_extractor_)),
          target_(extract(target, target_extractor_)) {}

    DocumentUnits units(const WordLexicon& lexicon) {
        return {units_of(source_, source_extractor_, lexicon, LexiconSide::Source),
                units_of(target_, target_extractor_, lexicon, LexiconSide::Target)};
    }

  private:
    struct Segment {
        double length = 0;
        std::vector<AnchorCode> anchors;
        std::vector<std::uint32_t> words;
    };

    static std::vector<Segment> extract(const std::vector<std::string>& segments, AnchorExtractor& extractor) {
        std::vector<Segment> out(segments.size());
        for (std::size_t k = 0; k < segments.size(); ++k) {
            out[k].length = static_cast<double>(character_length(segments[k]));
            out[k].anchors = extractor.extract(segments[k], &out[k].words);
        }
        return out;
    }

    static std::vector<AlignmentUnit> units_of(const std::vector<Segment>& segments, AnchorExtractor& extractor,
                                               const WordLexicon& lexicon, LexiconSide side) {
        std::vector<std::vector<AnchorCode>> translations(segments.size());
        std::unordered_map<AnchorCode, std::size_t> units_with;
        for (std::size_t k = 0; k < segments.size(); ++k) {
            translations[k] = extractor.translation_anchors(segments[k].words, lexicon, side);
            for (std::size_t a = 0; a < translations[k].size(); ++a)
                if (a == 0 || translations[k][a] != translations[k][a - 1]) ++units_with[translations[k][a]];
        }
        const auto frequent =
            std::max(kMinimumFrequentUnits,
                     static_cast<std::size_t>(kMaximumTranslationShare * static_cast<double>(segments.size())));
        std::vector<AlignmentUnit> units(segments.size());
        for (std::size_t k = 0; k < segments.size(); ++k) {
            units[k].length = segments[k].length;
            auto& own = translations[k];
            own.erase(
                std::remove_if(own.begin(), own.end(), [&](AnchorCode code) { return units_with[code] > frequent; }),
                own.end());
            const auto& translations_of_unit = own;
            units[k].anchors.resize(segments[k].anchors.size() + translations_of_unit.size());
            std::merge(segments[k].anchors.begin(), segments[k].anchors.end(), translations_of_unit.begin(),
                       translations_of_unit.end(), units[k].anchors.begin());
        }
        return units;
    }

    AnchorVocabulary vocabulary_;
    AnchorExtractor source_extractor_;
    AnchorExtractor target_extractor_;
    std::vector<Segment> source_;
    std::vector<Segment> target_;
};

// Aligns the stretches: drafts with what the lexicon knows, then the lexicon learns from the drafts'
// confident beads and the confirmed ones, and the final passes use all of it.
std::vector<Bead> align_in_stretches(const SegmentedDocument& source, const SegmentedDocument& target,
                                     const Language& source_language, const Language& target_language,
                                     const WordLexicon& given, CoreWords core_words, const std::vector<Bead>& confirmed,
                                     const std::function<std::vector<Stretch>(const DocumentUnits&)>& stretches_of) {
    const auto source_segments = source.segments();
    const auto target_segments = target.segments();
    DocumentAnchors anchors(source_segments, target_segments, source_language, target_language);
    WordLexicon known = given;
    const bool teaches_itself = std::min(source_segments.size(), target_segments.size()) >= kSelfTeachingUnits;
    if (core_words == CoreWords::Use && !teaches_itself) add_core_words(known, source_language, target_language);
    auto units = anchors.units(known);
    const auto stretches = stretches_of(units);
    const auto drafts = draft_stretches(units.source, units.target, stretches);
    WordLexicon lexicon = known;
    learn_translations(training_pairs(source_segments, target_segments, drafts.all, confirmed), source_language,
                       target_language, lexicon);
    if (lexicon.size() > known.size()) units = anchors.units(lexicon);
    auto beads = finish_stretches(units.source, units.target, stretches, drafts);
    mark_for_review(beads);
    return beads;
}

}  // namespace

std::vector<Bead> align_documents(const SegmentedDocument& source, const SegmentedDocument& target,
                                  const Language& source_language, const Language& target_language,
                                  const WordLexicon& known, CoreWords core_words) {
    return align_in_stretches(source, target, source_language, target_language, known, core_words, {},
                              [&](const DocumentUnits& units) {
                                  if (has_paragraphs(source) && has_paragraphs(target))
                                      return paragraph_stretches(source, target, units.source, units.target);
                                  return std::vector<Stretch>{{0, units.source.size(), 0, units.target.size()}};
                              });
}

std::vector<Bead> realign_documents(const SegmentedDocument& source, const SegmentedDocument& target,
                                    const Language& source_language, const Language& target_language,
                                    const std::vector<Bead>& current, const WordLexicon& known, CoreWords core_words) {
    check_bead_chain(current, source.segment_count(), target.segment_count());
    std::vector<Bead> confirmed;
    for (const auto& bead : current)
        if (bead.status == BeadStatus::Confirmed) confirmed.push_back(bead);
    // The stretches between confirmed beads.
    std::vector<Stretch> stretches;
    std::size_t source_at = 0;
    std::size_t target_at = 0;
    auto close_stretch = [&](std::size_t source_end, std::size_t target_end) {
        if (source_end > source_at || target_end > target_at)
            stretches.push_back({source_at, source_end - source_at, target_at, target_end - target_at});
    };
    for (const auto& bead : confirmed) {
        close_stretch(bead.source_begin, bead.target_begin);
        source_at = bead.source_begin + bead.source_count;
        target_at = bead.target_begin + bead.target_count;
    }
    close_stretch(source.segment_count(), target.segment_count());
    auto realigned = align_in_stretches(source, target, source_language, target_language, known, core_words, confirmed,
                                        [&](const DocumentUnits&) { return stretches; });
    realigned.insert(realigned.end(), confirmed.begin(), confirmed.end());
    // Along a chain, source_begin + target_begin grows with every bead.
    std::sort(realigned.begin(), realigned.end(), [](const Bead& a, const Bead& b) {
        return a.source_begin + a.target_begin < b.source_begin + b.target_begin;
    });
    check_bead_chain(realigned, source.segment_count(), target.segment_count());
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
