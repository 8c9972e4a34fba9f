#include "tm/store/segment_insertion.hpp"

#include "tm/core/error.hpp"
#include "tm/store/detail/ordinal_rows.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/ordinal_keys.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {
namespace {

// The paragraph id of a document's segment with this key, or 0 when there is none.
std::int64_t paragraph_of(sql::Database& db, std::int64_t document, std::int64_t ordinal) {
    sql::Statement query(db, "SELECT paragraph_id FROM segment WHERE document_id = ?1 AND ordinal = ?2");
    query.bind(1, document).bind(2, ordinal);
    return query.step() ? query.column_int(0) : 0;
}

// Whether the source segment at `position` is the first of its paragraph.
bool opens_paragraph(sql::Database& db, std::int64_t document, std::int64_t position) {
    sql::Statement query(
        db,
        "SELECT s.ordinal = (SELECT min(o.ordinal) FROM segment o WHERE o.paragraph_id = s.paragraph_id)"
        " FROM segment s WHERE s.document_id = ?1 ORDER BY s.ordinal LIMIT 1 OFFSET ?2");
    query.bind(1, document).bind(2, position);
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

void insert_target_segment(Workspace& workspace, std::int64_t alignment, std::size_t bead, const std::string& text) {
    auto& db = workspace.database();
    sql::Transaction transaction(db);
    sql::Statement documents(db, "SELECT source_document_id, target_document_id FROM alignment WHERE id = ?1");
    documents.bind(1, alignment);
    if (!documents.step()) throw Error("the workspace has no alignment " + std::to_string(alignment));
    const auto source_document = documents.column_int(0);
    const auto document = documents.column_int(1);

    // The bead's key and where its segments begin: after those of the beads before it.
    sql::Statement chain(db,
                         "SELECT ordinal, source_count, target_count FROM bead WHERE alignment_id = ?1"
                         " ORDER BY ordinal");
    chain.bind(1, alignment);
    std::int64_t source_begin = 0;
    std::size_t position = 0;
    std::size_t index = 0;
    bool found = false;
    while (chain.step()) {
        if (index++ == bead) {
            found = true;
            break;
        }
        source_begin += chain.column_int(1);
        position += static_cast<std::size_t>(chain.column_int(2));
    }
    if (!found) throw Error("alignment " + std::to_string(alignment) + " has no bead " + std::to_string(bead));
    const auto bead_key = chain.column_int(0);
    const auto source_count = chain.column_int(1);
    if (chain.column_int(2) != 0) throw Error("bead " + std::to_string(bead) + " has a target segment already");
    if (target_document_is_shared(workspace, alignment)) {
        throw Error(
            "the translation is part of another alignment too; a sentence added here would break that alignment");
    }

    const bool opens = source_count > 0 && opens_paragraph(db, source_document, source_begin);
    auto keys = segment_ordinals(workspace, document);
    const auto before = position > 0 ? paragraph_of(db, document, keys[position - 1]) : 0;
    const auto after = position < keys.size() ? paragraph_of(db, document, keys[position]) : 0;
    auto paragraph = opens && after ? after : (before ? before : after);
    if (!paragraph) {
        sql::Statement first(db, "SELECT id FROM paragraph WHERE document_id = ?1 ORDER BY ordinal LIMIT 1");
        first.bind(1, document);
        if (!first.step()) throw Error("the translation has no paragraph to hold a new segment");
        paragraph = first.column_int(0);
    }

    const auto change = replace_ordinals(keys, position, 0, 1);
    detail::remove_and_move_rows(db, detail::OrderedRows::Segments, document, change);
    sql::Statement insert(db, "INSERT INTO segment (document_id, paragraph_id, ordinal, text) VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, document).bind(2, paragraph).bind(3, change.added.front()).bind(4, text).run();
    sql::Statement fill(db, "UPDATE bead SET target_count = 1 WHERE alignment_id = ?1 AND ordinal = ?2");
    fill.bind(1, alignment).bind(2, bead_key).run();
    transaction.commit();
}

}  // namespace korpu
