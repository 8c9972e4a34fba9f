#include "tm/store/document_metadata.hpp"

#include "tm/core/error.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {

DocumentMetadata read_document_metadata(Workspace& workspace, std::int64_t document_id) {
    sql::Statement query(workspace.database(),
                         "SELECT title, author, translator FROM document WHERE id = ?1");
    query.bind(1, document_id);
    if (!query.step())
        throw Error("the workspace has no document " + std::to_string(document_id));
    return {query.column_optional_text(0), query.column_optional_text(1), query.column_optional_text(2)};
}

void write_document_metadata(Workspace& workspace, std::int64_t document_id,
                             const DocumentMetadata& metadata) {
    auto& db = workspace.database();
    sql::Transaction transaction(db);
    sql::Statement update(db, "UPDATE document SET title = ?2, author = ?3, translator = ?4 WHERE id = ?1");
    update.bind(1, document_id)
        .bind(2, metadata.title)
        .bind(3, metadata.author)
        .bind(4, metadata.translator)
        .run();
    if (db.changes() == 0)
        throw Error("the workspace has no document " + std::to_string(document_id));
    transaction.commit();
}

}  // namespace korpu
