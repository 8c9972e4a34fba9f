#include "tm/store/pair_import.hpp"

#include "tm/store/alignment_store.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {

StoredPair store_aligned_pair(Workspace& workspace, const NewDocument& source_info, const SegmentedDocument& source,
                              const NewDocument& target_info, const SegmentedDocument& target,
                              const std::vector<Bead>& beads, const std::string& method,
                              const std::vector<ImportFinding>& source_findings,
                              const std::vector<ImportFinding>& target_findings) {
    sql::Transaction transaction(workspace.database());
    DocumentStore documents(workspace);
    StoredPair stored;
    stored.source_document = documents.add(source_info, source, source_findings);
    stored.target_document = documents.add(target_info, target, target_findings);
    stored.alignment = AlignmentStore(workspace).add(stored.source_document, stored.target_document, beads, method);
    transaction.commit();
    return stored;
}

}  // namespace korpu
