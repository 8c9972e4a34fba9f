#pragma once
// The workspace's translation memory: units in, matches out. Every confirmed segment pair can become a
// unit; a lookup finds exact matches (in context and plain) and fuzzy matches ranked by the score that
// docs/translation-memory.md describes; a concordance search finds words in either side. Lookups go
// through a full-text index of folded words, never through all units.
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "tm/memory/tm_unit.hpp"

namespace korpu {

class Workspace;

struct AddResult {
    std::int64_t id = 0;
    bool merged = false;  // the unit was already stored; its metadata was merged into the stored one
};

struct AddBeadsSummary {
    std::size_t added = 0;
    std::size_t merged = 0;
};

class TranslationMemory {
  public:
    // Indexes any units that older versions of Körpü stored without index entries.
    explicit TranslationMemory(Workspace& workspace);
    ~TranslationMemory();
    TranslationMemory(TranslationMemory&&) noexcept;
    TranslationMemory& operator=(TranslationMemory&&) noexcept;

    // Stores a unit (one transaction). Language tags are canonicalised; a tag that is not BCP 47, an empty
    // source or target, or a placeholder without its tag is a UsageError.
    AddResult add(const TmUnit& unit);
    // Stores every confirmed bead of an alignment with text on both sides, with the neighbouring source
    // segments as context and the source document as origin (one transaction).
    AddBeadsSummary add_confirmed_beads(std::int64_t alignment_id, const std::string& user);

    // Exact in context, then exact, then fuzzy matches by score (newest first among equals), at most
    // query.max_matches, fuzzy ones at or above query.threshold.
    std::vector<TmMatch> lookup(const TmQuery& query);
    std::vector<ConcordanceHit> concordance(const ConcordanceQuery& query);

    std::optional<TmUnit> unit(std::int64_t id);
    TmStats stats();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace korpu
