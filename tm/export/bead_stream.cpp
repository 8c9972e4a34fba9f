#include "tm/export/bead_stream.hpp"

#include <algorithm>
#include <vector>

#include "tm/core/error.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {
namespace {

// The text of one side of a bead, built in SQL so that no document has to be loaded whole. Segments
// emptied by an XLIFF import (see xliff_import.cpp) are left out, as if they were not there.
constexpr const char* kSelectBeads = R"sql(
SELECT b.ordinal, b.status, b.confidence, b.source_count, b.target_count, coalesce(b.note, ''),
  coalesce((SELECT group_concat(text, ' ') FROM (SELECT s.text FROM segment s
            WHERE s.document_id = a.source_document_id AND s.ordinal >= b.source_begin
              AND s.ordinal < b.source_begin + b.source_count AND s.text <> '' ORDER BY s.ordinal)), ''),
  coalesce((SELECT group_concat(text, ' ') FROM (SELECT s.text FROM segment s
            WHERE s.document_id = a.target_document_id AND s.ordinal >= b.target_begin
              AND s.ordinal < b.target_begin + b.target_count AND s.text <> '' ORDER BY s.ordinal)), '')
FROM bead b JOIN alignment a ON a.id = b.alignment_id
WHERE b.alignment_id = ?1 AND b.ordinal >= ?2 AND b.ordinal < ?3
ORDER BY b.ordinal
)sql";

struct AlignmentRange {
    std::int64_t id = 0;
    std::string source_language;
    std::string target_language;
    std::int64_t first = 0;
    std::int64_t end = 0;
};

}  // namespace

struct BeadStream::Impl {
    Workspace& workspace;
    std::vector<AlignmentRange> ranges;
    std::size_t current = 0;
    std::unique_ptr<sql::Statement> query;
    std::size_t total = 0;

    explicit Impl(Workspace& ws) : workspace(ws) {}
};

BeadStream::BeadStream(Workspace& workspace, const BeadSelection& selection)
    : impl_(std::make_unique<Impl>(workspace)) {
    sql::Statement alignments(workspace.database(),
                              "SELECT a.id, s.language, t.language,"
                              " (SELECT count(*) FROM bead b WHERE b.alignment_id = a.id)"
                              " FROM alignment a JOIN document s ON s.id = a.source_document_id"
                              " JOIN document t ON t.id = a.target_document_id ORDER BY a.id");
    while (alignments.step()) {
        const auto id = alignments.column_int(0);
        if (selection.alignment && *selection.alignment != id)
            continue;
        const auto count = static_cast<std::size_t>(alignments.column_int(3));
        AlignmentRange range{id, alignments.column_text(1), alignments.column_text(2), 0,
                             static_cast<std::int64_t>(count)};
        if (selection.alignment) {
            const auto end = selection.end_bead.value_or(count);
            if (selection.first_bead > end || end > count) {
                throw UsageError("alignment " + std::to_string(id) + " has beads 0 to " +
                                 std::to_string(count) + "; the range " +
                                 std::to_string(selection.first_bead) + " to " + std::to_string(end) +
                                 " is outside it");
            }
            range.first = static_cast<std::int64_t>(selection.first_bead);
            range.end = static_cast<std::int64_t>(end);
        }
        impl_->total += static_cast<std::size_t>(range.end - range.first);
        impl_->ranges.push_back(range);
    }
    if (selection.alignment && impl_->ranges.empty()) {
        throw UsageError("the workspace has no alignment " + std::to_string(*selection.alignment));
    }
}

BeadStream::~BeadStream() = default;

std::size_t BeadStream::total() const noexcept {
    return impl_->total;
}

std::vector<std::pair<std::string, std::string>> BeadStream::language_pairs() const {
    std::vector<std::pair<std::string, std::string>> pairs;
    for (const auto& range : impl_->ranges) {
        const std::pair<std::string, std::string> pair{range.source_language, range.target_language};
        if (std::find(pairs.begin(), pairs.end(), pair) == pairs.end())
            pairs.push_back(pair);
    }
    return pairs;
}

bool BeadStream::next(ExportBead& bead) {
    while (impl_->current < impl_->ranges.size()) {
        const auto& range = impl_->ranges[impl_->current];
        if (!impl_->query) {
            impl_->query = std::make_unique<sql::Statement>(impl_->workspace.database(), kSelectBeads);
            impl_->query->bind(1, range.id).bind(2, range.first).bind(3, range.end);
        }
        auto& row = *impl_->query;
        if (row.step()) {
            bead.alignment_id = range.id;
            bead.ordinal = static_cast<std::size_t>(row.column_int(0));
            bead.source_language = range.source_language;
            bead.target_language = range.target_language;
            bead.status = bead_status_from_string(row.column_text(1));
            bead.confidence = row.column_double(2);
            bead.source_count = static_cast<std::size_t>(row.column_int(3));
            bead.target_count = static_cast<std::size_t>(row.column_int(4));
            bead.note = row.column_text(5);
            bead.source = row.column_text(6);
            bead.target = row.column_text(7);
            return true;
        }
        impl_->query.reset();
        ++impl_->current;
    }
    return false;
}

}  // namespace korpu
