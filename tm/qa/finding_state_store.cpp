#include "tm/qa/finding_state_store.hpp"

#include "tm/store/detail/sqlite.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {

void FindingStateStore::accept(const std::string& key) {
    auto& db = workspace_.database();
    sql::Transaction transaction(db);
    sql::Statement upsert(db,
                          "INSERT INTO qa_finding_state (finding_key, state) VALUES (?1, 'accepted')"
                          " ON CONFLICT (finding_key) DO UPDATE SET state = 'accepted',"
                          " changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
    upsert.bind(1, key).run();
    transaction.commit();
}

bool FindingStateStore::reopen(const std::string& key) {
    auto& db = workspace_.database();
    sql::Transaction transaction(db);
    sql::Statement remove(db, "DELETE FROM qa_finding_state WHERE finding_key = ?1");
    remove.bind(1, key).run();
    const bool removed = db.changes() > 0;
    transaction.commit();
    return removed;
}

std::set<std::string> FindingStateStore::accepted() {
    sql::Statement select(workspace_.database(), "SELECT finding_key FROM qa_finding_state WHERE state = 'accepted'");
    std::set<std::string> keys;
    while (select.step()) keys.insert(select.column_text(0));
    return keys;
}

}  // namespace korpu
