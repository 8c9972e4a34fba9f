#pragma once
// The glossary of a workspace (table glossary_entry).
#include <cstddef>
#include <vector>

#include "tm/glossary/glossary_entry.hpp"

namespace korpu {

class Workspace;

class GlossaryStore {
  public:
    explicit GlossaryStore(Workspace& workspace) : workspace_(workspace) {}

    // Adds one entry; throws UsageError when the same source and target terms are already there.
    std::int64_t add(const GlossaryEntry& entry);
    // Adds or updates (same languages and terms) all entries in one transaction; returns how many.
    std::size_t import(const std::vector<GlossaryEntry>& entries);
    // All entries, in the order they were added.
    std::vector<GlossaryEntry> list();

  private:
    Workspace& workspace_;
};

}  // namespace korpu
