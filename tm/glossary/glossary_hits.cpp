#include "tm/glossary/glossary_hits.hpp"

#include <set>

namespace korpu {

GlossaryLookup::GlossaryLookup(const std::vector<GlossaryEntry>& entries, const Language& source,
                               const Language& target)
    : sources_(source.primary()), targets_(target.primary()) {
    for (const auto& entry : entries) {
        if (entry.status == TermStatus::Deprecated || entry.source_lang.primary() != source.primary() ||
            entry.target_lang.primary() != target.primary())
            continue;
        entries_.push_back(entry);
        sources_.add(entry.source_term);
        targets_.add(entry.target_term);
    }
}

GlossaryHits GlossaryLookup::find(std::string_view source, std::string_view target) const {
    GlossaryHits found;
    if (entries_.empty()) return found;
    std::set<std::size_t> hit_entries;
    for (const auto& match : sources_.find(source)) {
        found.hits.push_back({match.term, match.begin, match.end, false});
        hit_entries.insert(match.term);
    }
    std::set<std::size_t> translated;
    for (const auto& match : targets_.find(target)) {
        if (!hit_entries.count(match.term)) continue;
        translated.insert(match.term);
        found.target_terms.push_back({match.begin, match.end});
    }
    for (auto& hit : found.hits) hit.translated = translated.count(hit.entry) > 0;
    return found;
}

}  // namespace korpu
