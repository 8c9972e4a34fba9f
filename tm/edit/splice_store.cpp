#include "tm/edit/splice_store.hpp"

#include <algorithm>
#include <string>

#include "tm/core/error.hpp"
#include "tm/edit/splice.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {
namespace {

// Renumbers rows at or after `from` by `by`, in two steps through negative ordinals, so that the
// UNIQUE (owner, ordinal) constraint holds after each statement whatever order SQLite updates rows in.
void shift_ordinals(sql::Database& db, const char* negate_sql, const char* restore_sql, std::int64_t owner,
                    std::int64_t from, std::int64_t by) {
    if (by == 0) return;
    sql::Statement negate(db, negate_sql);
    negate.bind(1, owner).bind(2, from).bind(3, by).run();
    sql::Statement restore(db, restore_sql);
    restore.bind(1, owner).run();
}

void shift_segments(sql::Database& db, std::int64_t document, std::int64_t from, std::int64_t by) {
    shift_ordinals(db, "UPDATE segment SET ordinal = -(ordinal + ?3) - 1 WHERE document_id = ?1 AND ordinal >= ?2",
                   "UPDATE segment SET ordinal = -ordinal - 1 WHERE document_id = ?1 AND ordinal < 0", document, from,
                   by);
}

void shift_beads(sql::Database& db, std::int64_t alignment, std::int64_t from, std::int64_t by) {
    shift_ordinals(db, "UPDATE bead SET ordinal = -(ordinal + ?3) - 1 WHERE alignment_id = ?1 AND ordinal >= ?2",
                   "UPDATE bead SET ordinal = -ordinal - 1 WHERE alignment_id = ?1 AND ordinal < 0", alignment, from,
                   by);
}

std::int64_t as_int(std::size_t value) { return static_cast<std::int64_t>(value); }

// The paragraph a segment inserted at `ordinal` joins: that of the segment before it, else of the one
// that is there now, else the document's first paragraph (created when the document has none).
std::int64_t paragraph_for_insert(sql::Database& db, std::int64_t document, std::int64_t ordinal) {
    sql::Statement neighbour(db,
                             "SELECT paragraph_id FROM segment WHERE document_id = ?1 AND ordinal IN (?2 - 1, ?2)"
                             " ORDER BY ordinal LIMIT 1");
    neighbour.bind(1, document).bind(2, ordinal);
    if (neighbour.step()) return neighbour.column_int(0);
    sql::Statement first(db, "SELECT id FROM paragraph WHERE document_id = ?1 ORDER BY ordinal LIMIT 1");
    first.bind(1, document);
    if (first.step()) return first.column_int(0);
    sql::Statement create(db, "INSERT INTO paragraph (document_id, ordinal) VALUES (?1, 0)");
    create.bind(1, document).run();
    return db.last_insert_id();
}

void store_segments(sql::Database& db, std::int64_t document, const SegmentChange& change) {
    const auto begin = as_int(change.begin);
    const auto common = std::min(change.before.size(), change.after.size());
    sql::Statement update(db, "UPDATE segment SET text = ?3 WHERE document_id = ?1 AND ordinal = ?2");
    for (std::size_t i = 0; i < common; ++i) {
        if (change.before[i] == change.after[i]) continue;
        update.bind(1, document).bind(2, begin + as_int(i)).bind(3, change.after[i]).run();
    }
    const auto end_before = begin + as_int(change.before.size());
    const auto delta = as_int(change.after.size()) - as_int(change.before.size());
    if (delta < 0) {
        sql::Statement erase(db, "DELETE FROM segment WHERE document_id = ?1 AND ordinal >= ?2 AND ordinal < ?3");
        erase.bind(1, document).bind(2, begin + as_int(common)).bind(3, end_before).run();
        shift_segments(db, document, end_before, delta);
    } else if (delta > 0) {
        const auto paragraph = paragraph_for_insert(db, document, begin + as_int(common));
        shift_segments(db, document, end_before, delta);
        sql::Statement insert(db,
                              "INSERT INTO segment (document_id, paragraph_id, ordinal, text) VALUES (?1, ?2, ?3, ?4)");
        for (auto i = common; i < change.after.size(); ++i) {
            insert.bind(1, document).bind(2, paragraph).bind(3, begin + as_int(i)).bind(4, change.after[i]).run();
        }
    }
}

void bind_bead(sql::Statement& statement, const Bead& bead) {
    statement.bind(3, as_int(bead.source_begin))
        .bind(4, as_int(bead.source_count))
        .bind(5, as_int(bead.target_begin))
        .bind(6, as_int(bead.target_count))
        .bind(7, bead.confidence)
        .bind(8, to_string(bead.status));
}

void store_beads(sql::Database& db, std::int64_t alignment, const Splice& splice) {
    const auto begin = as_int(splice.bead_begin);
    const auto& before = splice.beads_before;
    const auto& after = splice.beads_after;
    const auto common = std::min(before.size(), after.size());
    sql::Statement update(db,
                          "UPDATE bead SET source_begin = ?3, source_count = ?4, target_begin = ?5, target_count = ?6,"
                          " confidence = ?7, status = ?8 WHERE alignment_id = ?1 AND ordinal = ?2");
    for (std::size_t i = 0; i < common; ++i) {
        update.bind(1, alignment).bind(2, begin + as_int(i));
        bind_bead(update, after[i]);
        update.run();
    }
    const auto end_before = begin + as_int(before.size());
    const auto delta = as_int(after.size()) - as_int(before.size());
    if (delta < 0) {
        sql::Statement erase(db, "DELETE FROM bead WHERE alignment_id = ?1 AND ordinal >= ?2 AND ordinal < ?3");
        erase.bind(1, alignment).bind(2, begin + as_int(common)).bind(3, end_before).run();
    }
    shift_beads(db, alignment, end_before, delta);
    if (delta > 0) {
        sql::Statement insert(db,
                              "INSERT INTO bead (alignment_id, ordinal, source_begin, source_count, target_begin,"
                              " target_count, confidence, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        for (auto i = common; i < after.size(); ++i) {
            insert.bind(1, alignment).bind(2, begin + as_int(i));
            bind_bead(insert, after[i]);
            insert.run();
        }
    }
    const auto source_by = splice.source_delta();
    const auto target_by = splice.target_delta();
    if (source_by == 0 && target_by == 0) return;
    sql::Statement move(db,
                        "UPDATE bead SET source_begin = source_begin + ?3, target_begin = target_begin + ?4"
                        " WHERE alignment_id = ?1 AND ordinal >= ?2");
    move.bind(1, alignment)
        .bind(2, begin + as_int(after.size()))
        .bind(3, static_cast<std::int64_t>(source_by))
        .bind(4, static_cast<std::int64_t>(target_by))
        .run();
}

}  // namespace

void store_splice(Workspace& workspace, const AlignmentRef& where, const Splice& splice) {
    auto& db = workspace.database();
    sql::Transaction transaction(db);
    store_segments(db, where.source_document, splice.source);
    store_segments(db, where.target_document, splice.target);
    store_beads(db, where.alignment, splice);
    transaction.commit();
}

}  // namespace korpu
