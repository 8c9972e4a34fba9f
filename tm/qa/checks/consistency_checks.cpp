// Consistency: the same original translated differently, the same translation used for different
// originals (across all documents of the workspace), and translations that differ from the memory's.
#include <map>

#include "tm/qa/checks/checks.hpp"
#include "tm/text/words.hpp"

namespace korpu::checks {
namespace {

// The text as consistency compares it: lower case, spaces collapsed, final punctuation and spaces dropped.
std::string comparable(const std::string& text, const std::string& language) {
    std::string collapsed;
    bool space = false;
    for (const char c : lower_case(text, language)) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !collapsed.empty();
            continue;
        }
        if (space) collapsed += ' ';
        space = false;
        collapsed += c;
    }
    while (!collapsed.empty() && std::string_view(".!?:;,\u2026 ").find(collapsed.back()) != std::string_view::npos) {
        collapsed.pop_back();
    }
    return collapsed;
}

struct Group {
    std::vector<std::size_t> segments;
    std::map<std::string, std::size_t> variants;  // comparable text of the other side -> how many
    std::vector<std::string> order;               // variants in order of first use
};

// For each segment of a group with more than one variant that is not the group's most frequent (the
// first used, on a tie), calls report_one(segment, majority segment).
template <typename VariantOf, typename Report>
void report_minorities(const std::map<std::string, Group>& groups, VariantOf variant_of, Report report_one) {
    for (const auto& [text, group] : groups) {
        if (group.variants.size() < 2) continue;
        std::string majority = group.order.front();
        for (const auto& variant : group.order) {
            if (group.variants.at(variant) > group.variants.at(majority)) majority = variant;
        }
        std::size_t majority_segment = group.segments.front();
        for (const auto s : group.segments) {
            if (variant_of(s) == majority) {
                majority_segment = s;
                break;
            }
        }
        for (const auto s : group.segments) {
            if (variant_of(s) != majority) report_one(s, majority_segment);
        }
    }
}

std::string pair_key(const QaSegment& s) { return s.source_lang.tag() + "\t" + s.target_lang.tag() + "\t"; }

std::string where(const QaSegment& s) { return s.document + ", " + std::to_string(s.number); }

class InconsistentTranslation : public QaCheck {
  public:
    const char* id() const override { return "inconsistent-translation"; }
    Severity severity() const override { return Severity::Warning; }
    const char* description() const override {
        return "The same original is translated differently elsewhere in the workspace";
    }
    void run(const QaContext& context, std::vector<Finding>& findings) const override {
        const auto& segments = context.segments;
        std::vector<std::string> targets(segments.size());
        std::map<std::string, Group> groups;
        for (std::size_t i = 0; i < segments.size(); ++i) {
            const auto& s = segments[i];
            if (s.target.empty() || split_words(s.source).empty()) continue;
            targets[i] = comparable(s.target, s.target_lang.primary());
            auto& group = groups[pair_key(s) + comparable(s.source, s.source_lang.primary())];
            group.segments.push_back(i);
            if (group.variants[targets[i]]++ == 0) group.order.push_back(targets[i]);
        }
        report_minorities(
            groups, [&](std::size_t i) { return targets[i]; },
            [&](std::size_t i, std::size_t majority) {
                report(findings, i, Side::Target, 0, segments[i].target.size(),
                       "The same original is translated as \u201C" + segments[majority].target + "\u201D in " +
                           where(segments[majority]));
            });
    }
};

class InconsistentSource : public QaCheck {
  public:
    const char* id() const override { return "inconsistent-source"; }
    Severity severity() const override { return Severity::Warning; }
    const char* description() const override {
        return "The same translation is used for different originals in the workspace";
    }
    void run(const QaContext& context, std::vector<Finding>& findings) const override {
        const auto& segments = context.segments;
        std::vector<std::string> sources(segments.size());
        std::map<std::string, Group> groups;
        for (std::size_t i = 0; i < segments.size(); ++i) {
            const auto& s = segments[i];
            if (s.target.empty() || split_words(s.target).empty()) continue;
            sources[i] = comparable(s.source, s.source_lang.primary());
            auto& group = groups[pair_key(s) + comparable(s.target, s.target_lang.primary())];
            group.segments.push_back(i);
            if (group.variants[sources[i]]++ == 0) group.order.push_back(sources[i]);
        }
        report_minorities(
            groups, [&](std::size_t i) { return sources[i]; },
            [&](std::size_t i, std::size_t majority) {
                report(findings, i, Side::Target, 0, segments[i].target.size(),
                       "The same translation stands for a different original in " + where(segments[majority]) +
                           ": \u201C" + segments[majority].source + "\u201D");
            });
    }
};

class MemoryInconsistency : public QaCheck {
  public:
    const char* id() const override { return "memory-inconsistency"; }
    Severity severity() const override { return Severity::Warning; }
    const char* description() const override { return "The translation memory translates this original differently"; }
    void run(const QaContext& context, std::vector<Finding>& findings) const override {
        if (!context.memory) return;
        for (std::size_t i = 0; i < context.segments.size(); ++i) {
            const auto& s = context.segments[i];
            if (s.target.empty()) continue;
            const auto known = context.memory->translations(s.source_lang, s.target_lang, s.source);
            if (known.empty()) continue;
            const auto mine = comparable(s.target, s.target_lang.primary());
            bool same = false;
            for (const auto& translation : known)
                same = same || comparable(translation, s.target_lang.primary()) == mine;
            if (same) continue;
            report(findings, i, Side::Target, 0, s.target.size(),
                   "The translation memory has \u201C" + known.front() + "\u201D for this original");
        }
    }
};

}  // namespace

std::unique_ptr<QaCheck> inconsistent_translation() { return std::make_unique<InconsistentTranslation>(); }
std::unique_ptr<QaCheck> inconsistent_source() { return std::make_unique<InconsistentSource>(); }
std::unique_ptr<QaCheck> memory_inconsistency() { return std::make_unique<MemoryInconsistency>(); }

}  // namespace korpu::checks
