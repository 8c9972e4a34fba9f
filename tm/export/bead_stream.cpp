#include "tm/export/bead_stream.hpp"

#include <algorithm>
#include <vector>

#include "tm/core/error.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {
namespace {

// Beads in order (from the range's first, by position), with the documents they join. Their text is read
// by two SegmentCursors walking the documents alongside: beads of an alignment cover each document's
// segments in order, each once.
constexpr const char* kSelectBeads = R"sql(
SELECT b.status, b.confidence, b.source_count, b.target_count, coalesce(b.note, ''), a.source_document_id,
       a.target_document_id
FROM bead b JOIN alignment a ON a.id = b.alignment_id
WHERE b.alignment_id = ?1
ORDER BY b.ordinal LIMIT ?3 OFFSET ?2
)sql";

// Where the segments of the bead at a position begin on each side: after those of the beads before it.
constexpr const char* kSelectBegins = R"sql(
SELECT coalesce(sum(source_count), 0), coalesce(sum(target_count), 0)
FROM (SELECT source_count, target_count FROM bead WHERE alignment_id = ?1 ORDER BY ordinal LIMIT ?2)
)sql";

// Reads a document's segments in order from a given position on.
class SegmentCursor {
  public:
    SegmentCursor(sql::Database& db, std::int64_t document, std::int64_t first)
        : query_(db, "SELECT text FROM segment WHERE document_id = ?1 ORDER BY ordinal LIMIT -1 OFFSET ?2"),
          document_(document),
          position_(first) {
        query_.bind(1, document).bind(2, first);
        fetch();
    }

    // The next `count` segments joined by a space; segments emptied by an XLIFF import (see
    // xliff_import.cpp) are left out. Throws Error when the document ends before them.
    std::string take(std::int64_t count) {
        std::string text;
        for (std::int64_t k = 0; k < count; ++k) {
            if (!valid_) {
                throw Error("document " + std::to_string(document_) + " has no segment " + std::to_string(position_) +
                            " where an alignment expects it: the workspace is inconsistent");
            }
            if (!text.empty() && !text_.empty()) text += ' ';
            text += text_;
            ++position_;
            fetch();
        }
        return text;
    }

  private:
    void fetch() {
        valid_ = query_.step();
        if (valid_) text_ = query_.column_text(0);
    }

    sql::Statement query_;
    std::int64_t document_;
    std::int64_t position_;  // of the segment fetched
    bool valid_ = false;
    std::string text_;
};

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
    std::unique_ptr<SegmentCursor> source;  // opened at the range's first bead
    std::unique_ptr<SegmentCursor> target;
    std::int64_t position = 0;  // of the next bead in its alignment
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
        if (selection.alignment && *selection.alignment != id) continue;
        const auto count = static_cast<std::size_t>(alignments.column_int(3));
        AlignmentRange range{id, alignments.column_text(1), alignments.column_text(2), 0,
                             static_cast<std::int64_t>(count)};
        if (selection.alignment) {
            const auto end = selection.end_bead.value_or(count);
            if (selection.first_bead > end || end > count) {
                throw UsageError("alignment " + std::to_string(id) + " has beads 0 to " + std::to_string(count) +
                                 "; the range " + std::to_string(selection.first_bead) + " to " + std::to_string(end) +
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

std::size_t BeadStream::total() const noexcept { return impl_->total; }

std::vector<std::pair<std::string, std::string>> BeadStream::language_pairs() const {
    std::vector<std::pair<std::string, std::string>> pairs;
    for (const auto& range : impl_->ranges) {
        const std::pair<std::string, std::string> pair{range.source_language, range.target_language};
        if (std::find(pairs.begin(), pairs.end(), pair) == pairs.end()) pairs.push_back(pair);
    }
    return pairs;
}

bool BeadStream::next(ExportBead& bead) {
    while (impl_->current < impl_->ranges.size()) {
        const auto& range = impl_->ranges[impl_->current];
        if (!impl_->query) {
            impl_->query = std::make_unique<sql::Statement>(impl_->workspace.database(), kSelectBeads);
            impl_->query->bind(1, range.id).bind(2, range.first).bind(3, range.end - range.first);
            impl_->position = range.first;
        }
        auto& row = *impl_->query;
        if (row.step()) {
            if (!impl_->source) {
                auto& db = impl_->workspace.database();
                sql::Statement begins(db, kSelectBegins);
                begins.bind(1, range.id).bind(2, range.first);
                begins.step();
                impl_->source = std::make_unique<SegmentCursor>(db, row.column_int(5), begins.column_int(0));
                impl_->target = std::make_unique<SegmentCursor>(db, row.column_int(6), begins.column_int(1));
            }
            bead.alignment_id = range.id;
            bead.ordinal = static_cast<std::size_t>(impl_->position++);
            bead.source_language = range.source_language;
            bead.target_language = range.target_language;
            bead.status = bead_status_from_string(row.column_text(0));
            bead.confidence = row.column_double(1);
            bead.source_count = static_cast<std::size_t>(row.column_int(2));
            bead.target_count = static_cast<std::size_t>(row.column_int(3));
            bead.note = row.column_text(4);
            bead.source = impl_->source->take(row.column_int(2));
            bead.target = impl_->target->take(row.column_int(3));
            return true;
        }
        impl_->query.reset();
        impl_->source.reset();
        impl_->target.reset();
        ++impl_->current;
    }
    return false;
}

}  // namespace korpu
