#include "tm/edit/splice_store.hpp"

#include <algorithm>
#include <string>

#include "tm/edit/splice.hpp"
#include "tm/store/detail/ordinal_rows.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/ordinal_keys.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {
namespace {

std::int64_t as_int(std::size_t value) { return static_cast<std::int64_t>(value); }

// The paragraph a segment inserted at `position` joins: that of the segment before it, else of the one
// that is there now, else the document's first paragraph (created when the document has none).
std::int64_t paragraph_for_insert(sql::Database& db, std::int64_t document, const std::vector<std::int64_t>& keys,
                                  std::size_t position) {
    if (!keys.empty()) {
        sql::Statement neighbour(db, "SELECT paragraph_id FROM segment WHERE document_id = ?1 AND ordinal = ?2");
        neighbour.bind(1, document).bind(2, keys[position > 0 ? position - 1 : 0]);
        if (neighbour.step()) return neighbour.column_int(0);
    }
    sql::Statement first(db, "SELECT id FROM paragraph WHERE document_id = ?1 ORDER BY ordinal LIMIT 1");
    first.bind(1, document);
    if (first.step()) return first.column_int(0);
    sql::Statement create(db, "INSERT INTO paragraph (document_id, ordinal) VALUES (?1, 0)");
    create.bind(1, document).run();
    return db.last_insert_id();
}

void store_segments(sql::Database& db, std::int64_t document, const SegmentChange& change,
                    std::vector<std::int64_t>& keys) {
    const auto common = std::min(change.before.size(), change.after.size());
    sql::Statement update(db, "UPDATE segment SET text = ?3 WHERE document_id = ?1 AND ordinal = ?2");
    for (std::size_t i = 0; i < common; ++i) {
        if (change.before[i] == change.after[i]) continue;
        update.bind(1, document).bind(2, keys[change.begin + i]).bind(3, change.after[i]).run();
    }
    const auto at = change.begin + common;
    if (change.before.size() > common) {
        const auto removed = replace_ordinals(keys, at, change.before.size() - common, 0);
        detail::remove_and_move_rows(db, detail::OrderedRows::Segments, document, removed);
    } else if (change.after.size() > common) {
        const auto paragraph = paragraph_for_insert(db, document, keys, at);
        const auto added = replace_ordinals(keys, at, 0, change.after.size() - common);
        detail::remove_and_move_rows(db, detail::OrderedRows::Segments, document, added);
        sql::Statement insert(db,
                              "INSERT INTO segment (document_id, paragraph_id, ordinal, text) VALUES (?1, ?2, ?3, ?4)");
        for (std::size_t i = 0; i < added.added.size(); ++i) {
            insert.bind(1, document).bind(2, paragraph).bind(3, added.added[i]).bind(4, change.after[common + i]).run();
        }
    }
}

void bind_bead(sql::Statement& statement, const Bead& bead) {
    statement.bind(3, as_int(bead.source_count))
        .bind(4, as_int(bead.target_count))
        .bind(5, bead.confidence)
        .bind(6, to_string(bead.status));
}

void store_beads(sql::Database& db, std::int64_t alignment, const Splice& splice, std::vector<std::int64_t>& keys) {
    const auto& before = splice.beads_before;
    const auto& after = splice.beads_after;
    const auto common = std::min(before.size(), after.size());
    sql::Statement update(db,
                          "UPDATE bead SET source_count = ?3, target_count = ?4, confidence = ?5, status = ?6"
                          " WHERE alignment_id = ?1 AND ordinal = ?2");
    for (std::size_t i = 0; i < common; ++i) {
        update.bind(1, alignment).bind(2, keys[splice.bead_begin + i]);
        bind_bead(update, after[i]);
        update.run();
    }
    const auto at = splice.bead_begin + common;
    const auto change = replace_ordinals(keys, at, before.size() - common, after.size() - common);
    detail::remove_and_move_rows(db, detail::OrderedRows::Beads, alignment, change);
    sql::Statement insert(db,
                          "INSERT INTO bead (alignment_id, ordinal, source_count, target_count, confidence, status)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (std::size_t i = 0; i < change.added.size(); ++i) {
        insert.bind(1, alignment).bind(2, change.added[i]);
        bind_bead(insert, after[common + i]);
        insert.run();
    }
}

}  // namespace

AlignmentOrdinals load_alignment_ordinals(Workspace& workspace, const AlignmentRef& where) {
    return {segment_ordinals(workspace, where.source_document), segment_ordinals(workspace, where.target_document),
            bead_ordinals(workspace, where.alignment)};
}

AlignmentOrdinals store_splice(Workspace& workspace, const AlignmentRef& where, const Splice& splice,
                               AlignmentOrdinals ordinals) {
    auto& db = workspace.database();
    sql::Transaction transaction(db);
    store_segments(db, where.source_document, splice.source, ordinals.source);
    store_segments(db, where.target_document, splice.target, ordinals.target);
    store_beads(db, where.alignment, splice, ordinals.beads);
    transaction.commit();
    return ordinals;
}

}  // namespace korpu
