#pragma once
// Exceptions thrown by the core library. Each carries the context a user needs to act on it
// (the file and position, the SQL statement, the dictionary path); front ends catch them at their
// boundary and turn them into messages and exit codes.
#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace korpu {

// Base of every Körpü error.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Bad input in a file the user gave us: names the file and, when known, line and column (1-based).
class InputError : public Error {
public:
    InputError(const std::filesystem::path& file, std::size_t line, std::size_t column, const std::string& what);
    InputError(const std::filesystem::path& file, const std::string& what);

    const std::filesystem::path& file() const noexcept { return file_; }
    std::size_t line() const noexcept { return line_; }
    std::size_t column() const noexcept { return column_; }

private:
    std::filesystem::path file_;
    std::size_t line_ = 0;
    std::size_t column_ = 0;
};

// A workspace that cannot be opened or used: not a workspace, from a newer version, busy, corrupt.
class WorkspaceError : public Error {
public:
    WorkspaceError(const std::filesystem::path& workspace, const std::string& what);
    const std::filesystem::path& workspace() const noexcept { return workspace_; }

private:
    std::filesystem::path workspace_;
};

// A failed SQL statement: carries the statement text and SQLite's message.
class SqlError : public Error {
public:
    SqlError(const std::string& sql, const std::string& message, int code);
    const std::string& sql() const noexcept { return sql_; }
    int code() const noexcept { return code_; }

private:
    std::string sql_;
    int code_;
};

// An output file that could not be written.
class OutputError : public Error {
public:
    OutputError(const std::filesystem::path& file, const std::string& what);
};

// A caller passed arguments that make no sense (unknown language, format, option value).
class UsageError : public Error {
public:
    using Error::Error;
};

}  // namespace korpu
