#include "tm/store/detail/sqlite.hpp"

#include <sqlite3.h>

#include "tm/core/error.hpp"

namespace korpu::sql {
namespace {

// How long a connection waits for another process's lock before reporting the workspace busy.
// Five seconds covers an editor autosave or a CLI batch commit; longer would look like a hang.
constexpr int kBusyTimeoutMs = 5000;

// Another process held the workspace's write lock for longer than kBusyTimeoutMs.
bool is_busy(int code) { return (code & 0xff) == SQLITE_BUSY; }

[[noreturn]] void throw_busy(const Database& db) {
    throw WorkspaceError(db.file(),
                         "the workspace is busy: another Körpü program (the editor or korpu) is writing to it; "
                         "try again when it has finished");
}

[[noreturn]] void fail(const Database& db, std::string_view sql, int code) {
    if (is_busy(code)) throw_busy(db);
    throw SqlError(std::string(sql), sqlite3_errmsg(db.handle()), code);
}

}  // namespace

Database::Database(const std::filesystem::path& file, OpenMode mode) : file_(file) {
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
        case OpenMode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
        case OpenMode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
        case OpenMode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    const int rc = sqlite3_open_v2(file.u8string().c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        sqlite3_close(db_);
        db_ = nullptr;
        throw WorkspaceError(file, "cannot open: " + message);
    }
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);
    sqlite3_extended_result_codes(db_, 1);
    // A workspace may come from a stranger. Körpü's schema has no triggers or views, so those of a crafted
    // file never run; functions in its schema are not trusted; the schema cannot be written directly.
    sqlite3_db_config(db_, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db_, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(db_, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db_, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
}

Database::~Database() { sqlite3_close_v2(db_); }

void Database::execute(std::string_view sql) {
    const std::string text(sql);
    char* error = nullptr;
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        if (is_busy(rc)) throw_busy(*this);
        throw SqlError(text, message, rc);
    }
}

std::int64_t Database::query_int(std::string_view sql) {
    Statement statement(*this, sql);
    if (!statement.step()) throw SqlError(std::string(sql), "query returned no row", SQLITE_ERROR);
    return statement.column_int(0);
}

std::int64_t Database::last_insert_id() const { return sqlite3_last_insert_rowid(db_); }

bool Database::in_transaction() const { return sqlite3_get_autocommit(db_) == 0; }

int Database::changes() const { return sqlite3_changes(db_); }

Statement::Statement(Database& db, std::string_view sql) : db_(db), sql_(sql) {
    const int rc = sqlite3_prepare_v2(db_.handle(), sql_.data(), static_cast<int>(sql_.size()), &stmt_, nullptr);
    if (rc != SQLITE_OK) fail(db_, sql_, rc);
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, std::int64_t value) {
    const int rc = sqlite3_bind_int64(stmt_, index, value);
    if (rc != SQLITE_OK) fail(db_, sql_, rc);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    const int rc = sqlite3_bind_double(stmt_, index, value);
    if (rc != SQLITE_OK) fail(db_, sql_, rc);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    const int rc = sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK) fail(db_, sql_, rc);
    return *this;
}

Statement& Statement::bind_borrowed(int index, std::string_view text) {
    const int rc = sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8);
    if (rc != SQLITE_OK) fail(db_, sql_, rc);
    return *this;
}

Statement& Statement::bind_null(int index) {
    const int rc = sqlite3_bind_null(stmt_, index);
    if (rc != SQLITE_OK) fail(db_, sql_, rc);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(db_, sql_, rc);
}

void Statement::run() {
    while (step()) {}
    reset();
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

std::int64_t Statement::column_int(int column) const { return sqlite3_column_int64(stmt_, column); }

double Statement::column_double(int column) const { return sqlite3_column_double(stmt_, column); }

std::string Statement::column_text(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    if (!text) return {};
    return std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::optional<std::string> Statement::column_optional_text(int column) const {
    if (is_null(column)) return std::nullopt;
    return column_text(column);
}

Transaction::Transaction(Database& db) : db_(db), nested_(db.in_transaction()) {
    db_.execute(nested_ ? "SAVEPOINT korpu_nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!done_) {
        try {
            db_.execute(nested_ ? "ROLLBACK TO korpu_nested; RELEASE korpu_nested" : "ROLLBACK");
        } catch (const Error&) {
            // The connection already rolled back (e.g. after SQLITE_FULL); nothing is left to undo.
        }
    }
}

void Transaction::commit() {
    db_.execute(nested_ ? "RELEASE korpu_nested" : "COMMIT");
    done_ = true;
}

}  // namespace korpu::sql
