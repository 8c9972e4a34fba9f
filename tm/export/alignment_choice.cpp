#include "tm/export/alignment_choice.hpp"

#include <string>

#include "tm/core/error.hpp"
#include "tm/store/alignment_store.hpp"

namespace korpu {

std::int64_t choose_alignment(Workspace& workspace, std::optional<std::int64_t> requested) {
    const auto alignments = AlignmentStore(workspace).list();
    if (requested) {
        for (const auto& alignment : alignments) {
            if (alignment.id == *requested)
                return alignment.id;
        }
        throw UsageError("the workspace has no alignment " + std::to_string(*requested));
    }
    if (alignments.empty())
        throw UsageError("the workspace holds no alignment to export");
    if (alignments.size() > 1) {
        std::string ids;
        for (const auto& alignment : alignments)
            ids += (ids.empty() ? "" : ", ") + std::to_string(alignment.id);
        throw UsageError("the workspace holds " + std::to_string(alignments.size()) + " alignments (" + ids +
                         "); choose one with --alignment");
    }
    return alignments.front().id;
}

}  // namespace korpu
