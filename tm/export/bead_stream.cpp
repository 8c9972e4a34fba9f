#include "tm/export/bead_stream.hpp"

#include <algorithm>
#include <vector>

#include "tm/core/error.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {
namespace {

// Beads in order, with the documents they join. Their text is read by two SegmentCursors walking the
// documents alongside: beads of an alignment cover each document's segments in order, each once.
constexpr const char* kSelectBeads = R"sql(
SELECT b.ordinal, b.status, b.confidence, b.source_begin, b.source_count, b.target_begin, b.target_count,
       coalesce(b.note, ''), a.source_document_id, a.target_document_id
FROM bead b JOIN alignment a ON a.id = b.alignment_id
WHERE b.alignment_id = ?1 AND b.ordinal >= ?2 AND b.ordinal < ?3
ORDER BY b.ordinal
)sql";

// Reads a document's segments in order from a given one on.
class SegmentCursor {
public:
    SegmentCursor(sql::Database& db, std::int64_t document, std::int64_t first)
        : query_(db, "SELECT ordinal, text FROM segment WHERE document_id = ?1 AND ordinal >= ?2 ORDER BY ordinal"),
          document_(document) {
        query_.bind(1, document).bind(2, first);
        advance();
    }

    // The segments [begin, begin + count) joined by a space; segments emptied by an XLIFF import (see
    // xliff_import.cpp) are left out. Throws Error when the workspace lacks one of them.
    std::string take(std::int64_t begin, std::int64_t count) {
        std::string text;
        for (std::int64_t k = begin; k < begin + count; ++k) {
            if (!valid_ || ordinal_ != k) {
                throw Error("document " + std::to_string(document_) + " has no segment " + std::to_string(k) +
                            " where an alignment expects it: the workspace is inconsistent");
            }
            if (!text.empty() && !text_.empty()) text += ' ';
            text += text_;
            advance();
        }
        return text;
    }

private:
    void advance() {
        valid_ = query_.step();
        if (!valid_) return;
        ordinal_ = query_.column_int(0);
        text_ = query_.column_text(1);
    }

    sql::Statement query_;
    std::int64_t document_;
    bool valid_ = false;
    std::int64_t ordinal_ = 0;
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
            const auto source_begin = row.column_int(3);
            const auto target_begin = row.column_int(5);
            if (!impl_->source) {
                auto& db = impl_->workspace.database();
                impl_->source = std::make_unique<SegmentCursor>(db, row.column_int(8), source_begin);
                impl_->target = std::make_unique<SegmentCursor>(db, row.column_int(9), target_begin);
            }
            bead.alignment_id = range.id;
            bead.ordinal = static_cast<std::size_t>(row.column_int(0));
            bead.source_language = range.source_language;
            bead.target_language = range.target_language;
            bead.status = bead_status_from_string(row.column_text(1));
            bead.confidence = row.column_double(2);
            bead.source_count = static_cast<std::size_t>(row.column_int(4));
            bead.target_count = static_cast<std::size_t>(row.column_int(6));
            bead.note = row.column_text(7);
            bead.source = impl_->source->take(source_begin, row.column_int(4));
            bead.target = impl_->target->take(target_begin, row.column_int(6));
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
