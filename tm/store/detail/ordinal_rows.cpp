#include "tm/store/detail/ordinal_rows.hpp"

namespace korpu::detail {

void remove_and_move_rows(sql::Database& db, OrderedRows rows, std::int64_t owner, const OrdinalChange& change) {
    const bool segments = rows == OrderedRows::Segments;
    if (!change.removed.empty()) {
        sql::Statement erase(db, segments ? "DELETE FROM segment WHERE document_id = ?1 AND ordinal = ?2"
                                          : "DELETE FROM bead WHERE alignment_id = ?1 AND ordinal = ?2");
        for (const auto key : change.removed) erase.bind(1, owner).bind(2, key).run();
    }
    if (change.moved.empty()) return;
    sql::Statement park(db, segments ? "UPDATE segment SET ordinal = ?3 WHERE document_id = ?1 AND ordinal = ?2"
                                     : "UPDATE bead SET ordinal = ?3 WHERE alignment_id = ?1 AND ordinal = ?2");
    for (const auto& [from, to] : change.moved) park.bind(1, owner).bind(2, from).bind(3, -to).run();
    sql::Statement settle(db, segments ? "UPDATE segment SET ordinal = -ordinal WHERE document_id = ?1 AND ordinal < 0"
                                       : "UPDATE bead SET ordinal = -ordinal WHERE alignment_id = ?1 AND ordinal < 0");
    settle.bind(1, owner).run();
}

}  // namespace korpu::detail
