#pragma once
// RAII owners for SQLite handles, in the spirit of SQLiteCpp: a Database owns the connection, a
// Statement owns one prepared statement, a Transaction commits on request and rolls back otherwise.
// Internal to tm/: front ends use Workspace and the stores built on it.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace korpu::sql {

enum class OpenMode { ReadOnly, ReadWrite, Create };

class Database {
  public:
    Database(const std::filesystem::path& file, OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs one or more statements that take no parameters (schema, pragmas).
    void execute(std::string_view sql);
    // Runs a query that yields one integer (pragmas, counts).
    std::int64_t query_int(std::string_view sql);
    std::int64_t last_insert_id() const;
    bool in_transaction() const;
    int changes() const;
    const std::filesystem::path& file() const noexcept { return file_; }
    sqlite3* handle() const noexcept { return db_; }

  private:
    sqlite3* db_ = nullptr;
    std::filesystem::path file_;
};

class Statement {
  public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind_null(int index);
    // Binds without a copy: `text` must stay valid and unchanged until run() or reset(). For bulk writes,
    // where copying every text into SQLite before it copies it again into the row was measurable.
    Statement& bind_borrowed(int index, std::string_view text);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind_null(index);
    }

    // Advances to the next row; false when done.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    // Makes the statement ready for new parameters.
    void reset();

    bool is_null(int column) const;
    std::int64_t column_int(int column) const;
    double column_double(int column) const;
    std::string column_text(int column) const;
    std::optional<std::string> column_optional_text(int column) const;

  private:
    Database& db_;
    sqlite3_stmt* stmt_ = nullptr;
    std::string sql_;
};

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() was called. Inside another
// transaction it becomes a SAVEPOINT, so that operations which are atomic on their own can also be
// combined into one larger atomic operation.
class Transaction {
  public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

  private:
    Database& db_;
    bool nested_ = false;
    bool done_ = false;
};

}  // namespace korpu::sql
