#include "tm/store/workspace.hpp"

#include <string>

#include "tm/core/error.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/schema.hpp"

namespace korpu {
namespace {

void configure_connection(sql::Database& db) {
    db.execute("PRAGMA foreign_keys = ON");
    db.execute("PRAGMA journal_mode = WAL");
    // With WAL, NORMAL keeps every committed transaction across a process crash; only a power loss
    // may lose the last ones (SQLite documentation, "PRAGMA synchronous").
    db.execute("PRAGMA synchronous = NORMAL");
}

// Each step runs in its own transaction and re-reads the version inside it, so two processes opening
// an old workspace at once migrate it exactly once. An up-to-date workspace is recognised without the
// write lock, so opening it never waits for another process's write.
void migrate(sql::Database& db) {
    const auto& steps = schema::migrations();
    if (db.query_int("PRAGMA user_version") >= schema::current_version()) return;
    for (;;) {
        sql::Transaction transaction(db);
        const auto version = static_cast<int>(db.query_int("PRAGMA user_version"));
        if (version >= schema::current_version()) return;
        db.execute(steps[static_cast<std::size_t>(version)]);
        db.execute("PRAGMA user_version = " + std::to_string(version + 1));
        transaction.commit();
    }
}

// Reads the identity of an existing file without writing to it.
void check_is_compatible_workspace(const std::filesystem::path& file) {
    try {
        sql::Database probe(file, sql::OpenMode::ReadOnly);
        const auto application = probe.query_int("PRAGMA application_id");
        const auto version = probe.query_int("PRAGMA user_version");
        if (application != schema::kApplicationId) {
            throw WorkspaceError(file, "is an SQLite database but not a Körpü workspace");
        }
        if (version > schema::current_version()) {
            throw WorkspaceError(file, "was written by a newer Körpü (workspace version " + std::to_string(version) +
                                           "; this program reads up to version " +
                                           std::to_string(schema::current_version()) + ")");
        }
    } catch (const SqlError& error) {
        throw WorkspaceError(file, "is not a Körpü workspace (" + std::string(error.what()) + ")");
    }
}

}  // namespace

Workspace::Workspace(std::unique_ptr<sql::Database> db) : db_(std::move(db)) {}
Workspace::Workspace(Workspace&&) noexcept = default;
Workspace& Workspace::operator=(Workspace&&) noexcept = default;
Workspace::~Workspace() = default;

Workspace Workspace::create(const std::filesystem::path& file) {
    if (std::filesystem::exists(file)) throw WorkspaceError(file, "already exists");
    auto db = std::make_unique<sql::Database>(file, sql::OpenMode::Create);
    db->execute("PRAGMA application_id = " + std::to_string(schema::kApplicationId));
    configure_connection(*db);
    migrate(*db);
    return Workspace(std::move(db));
}

Workspace Workspace::open(const std::filesystem::path& file) {
    if (!std::filesystem::exists(file)) throw WorkspaceError(file, "does not exist (create it with 'korpu init')");
    if (!std::filesystem::is_regular_file(file)) throw WorkspaceError(file, "is not a file");
    check_is_compatible_workspace(file);
    auto db = std::make_unique<sql::Database>(file, sql::OpenMode::ReadWrite);
    configure_connection(*db);
    migrate(*db);
    return Workspace(std::move(db));
}

const std::filesystem::path& Workspace::file() const noexcept { return db_->file(); }

int Workspace::schema_version() const { return static_cast<int>(db_->query_int("PRAGMA user_version")); }

}  // namespace korpu
