#include "tm/store/segment_insertion.hpp"

#include "tm/core/error.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {
namespace {

// The paragraph id of a document's segment at `ordinal`, or 0 when there is none.
std::int64_t paragraph_of(sql::Database& db, std::int64_t document, std::int64_t ordinal) {
    sql::Statement query(db, "SELECT paragraph_id FROM segment WHERE document_id = ?1 AND ordinal = ?2");
    query.bind(1, document).bind(2, ordinal);
    return query.step() ? query.column_int(0) : 0;
}

// Whether the source segment at `ordinal` is the first of its paragraph.
bool opens_paragraph(sql::Database& db, std::int64_t document, std::int64_t ordinal) {
    sql::Statement query(
        db,
        "SELECT s.ordinal = (SELECT min(o.ordinal) FROM segment o WHERE o.paragraph_id = s.paragraph_id)"
        " FROM segment s WHERE s.document_id = ?1 AND s.ordinal = ?2");
    query.bind(1, document).bind(2, ordinal);
    return query.step() && query.column_int(0) != 0;
}

}  // namespace

bool target_document_is_shared(Workspace& workspace, std::int64_t alignment) {
    sql::Statement query(
        workspace.database(),
        "SELECT count(*) FROM alignment o, alignment a WHERE a.id = ?1 AND o.id <> a.id"
        " AND (o.source_document_id = a.target_document_id OR o.target_document_id = a.target_document_id)");
    query.bind(1, alignment);
    query.step();
    return query.column_int(0) > 0;
}

void insert_target_segment(Workspace& workspace, std::int64_t alignment, std::size_t bead,
                           const std::string& text) {
    auto& db = workspace.database();
    sql::Transaction transaction(db);
    sql::Statement row(
        db,
        "SELECT b.source_begin, b.source_count, b.target_begin, b.target_count, a.source_document_id,"
        " a.target_document_id FROM bead b JOIN alignment a ON a.id = b.alignment_id"
        " WHERE b.alignment_id = ?1 AND b.ordinal = ?2");
    row.bind(1, alignment).bind(2, static_cast<std::int64_t>(bead));
    if (!row.step())
        throw Error("alignment " + std::to_string(alignment) + " has no bead " + std::to_string(bead));
    const auto source_begin = row.column_int(0);
    const auto source_count = row.column_int(1);
    const auto position = row.column_int(2);
    const auto source_document = row.column_int(4);
    const auto document = row.column_int(5);
    if (row.column_int(3) != 0)
        throw Error("bead " + std::to_string(bead) + " has a target segment already");
    if (target_document_is_shared(workspace, alignment)) {
        throw Error(
            "the translation is part of another alignment too; its segments cannot be renumbered here");
    }

    const bool opens = source_count > 0 && opens_paragraph(db, source_document, source_begin);
    const auto before = paragraph_of(db, document, position - 1);
    const auto after = paragraph_of(db, document, position);
    auto paragraph = opens && after ? after : (before ? before : after);
    if (!paragraph) {
        sql::Statement first(db, "SELECT id FROM paragraph WHERE document_id = ?1 ORDER BY ordinal LIMIT 1");
        first.bind(1, document);
        if (!first.step())
            throw Error("the translation has no paragraph to hold a new segment");
        paragraph = first.column_int(0);
    }

    // Two steps, so that UNIQUE (document_id, ordinal) holds after each statement.
    sql::Statement negate(
        db, "UPDATE segment SET ordinal = -ordinal - 1 WHERE document_id = ?1 AND ordinal >= ?2");
    negate.bind(1, document).bind(2, position).run();
    sql::Statement restore(db,
                           "UPDATE segment SET ordinal = -ordinal WHERE document_id = ?1 AND ordinal < 0");
    restore.bind(1, document).run();
    sql::Statement insert(
        db, "INSERT INTO segment (document_id, paragraph_id, ordinal, text) VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, document).bind(2, paragraph).bind(3, position).bind(4, text).run();
    sql::Statement shift(
        db, "UPDATE bead SET target_begin = target_begin + 1 WHERE alignment_id = ?1 AND ordinal > ?2");
    shift.bind(1, alignment).bind(2, static_cast<std::int64_t>(bead)).run();
    sql::Statement fill(db, "UPDATE bead SET target_count = 1 WHERE alignment_id = ?1 AND ordinal = ?2");
    fill.bind(1, alignment).bind(2, static_cast<std::int64_t>(bead)).run();
    transaction.commit();
}

}  // namespace korpu
