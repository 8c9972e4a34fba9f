#pragma once
// Alignments between two documents of a workspace, stored as their chain of beads.
#include <cstdint>
#include <string>
#include <vector>

#include "tm/align/bead.hpp"

namespace korpu {

class Workspace;

struct AlignmentInfo {
    std::int64_t id = 0;
    std::int64_t source_document = 0;
    std::int64_t target_document = 0;
    std::string method;
    std::size_t bead_count = 0;
};

class AlignmentStore {
  public:
    explicit AlignmentStore(Workspace& workspace) : workspace_(workspace) {}

    // Stores a complete bead chain (checked against both documents' segment counts) in one transaction.
    std::int64_t add(std::int64_t source_document, std::int64_t target_document, const std::vector<Bead>& beads,
                     const std::string& method);
    // Replaces the whole bead chain of an alignment (checked against both documents) in one transaction.
    // A bead that keeps its exact place keeps its reviewer's note.
    void replace_beads(std::int64_t alignment_id, const std::vector<Bead>& beads);
    // Throws Error when the workspace has no such alignment.
    AlignmentInfo info(std::int64_t alignment_id);
    std::vector<AlignmentInfo> list();
    // The chain in order, with each bead's segment positions (the running sums of the counts before it).
    std::vector<Bead> beads(std::int64_t alignment_id);

  private:
    Workspace& workspace_;
};

}  // namespace korpu
