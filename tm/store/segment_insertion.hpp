#pragma once
// Gives a bead with no target segment (1-0) a new target segment: the translation gains a sentence, put
// between its neighbours by sort key (tm/store/ordinal_keys.hpp), the rows after it untouched. Used by the
// XLIFF import when a reviewer translated a sentence the translation had left out.
#include <cstddef>
#include <cstdint>
#include <string>

namespace korpu {

class Workspace;

// Whether the alignment's target document takes part in any other alignment (then inserting a segment
// would need those alignments re-chained too, which this does not do).
bool target_document_is_shared(Workspace& workspace, std::int64_t alignment);

// Inserts `text` as the bead's only target segment, in one transaction. The segment joins the paragraph of
// the target segment before it, or of the one after it when the bead's source sentence opens a paragraph.
// Throws Error when the bead has target segments already or the target document is shared.
void insert_target_segment(Workspace& workspace, std::int64_t alignment, std::size_t bead, const std::string& text);

}  // namespace korpu
