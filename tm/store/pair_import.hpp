#pragma once
// Stores an original, its translation and their alignment in a workspace as one atomic operation.
#include <cstdint>
#include <vector>

#include "tm/align/bead.hpp"
#include "tm/core/document.hpp"
#include "tm/store/document_store.hpp"

namespace korpu {

class Workspace;

struct StoredPair {
    std::int64_t source_document = 0;
    std::int64_t target_document = 0;
    std::int64_t alignment = 0;
};

StoredPair store_aligned_pair(Workspace& workspace, const NewDocument& source_info, const SegmentedDocument& source,
                              const NewDocument& target_info, const SegmentedDocument& target,
                              const std::vector<Bead>& beads, const std::string& method,
                              const std::vector<ImportFinding>& source_findings = {},
                              const std::vector<ImportFinding>& target_findings = {});

}  // namespace korpu
