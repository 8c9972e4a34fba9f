#include "tm/core/error.hpp"

namespace korpu {
namespace {

std::string located(const std::filesystem::path& file, std::size_t line, std::size_t column,
                    const std::string& what) {
    std::string where = file.u8string();
    if (line > 0) {
        where += ":" + std::to_string(line);
        if (column > 0) where += ":" + std::to_string(column);
    }
    return where + ": " + what;
}

}  // namespace

InputError::InputError(const std::filesystem::path& file, std::size_t line, std::size_t column,
                       const std::string& what)
    : Error(located(file, line, column, what)), file_(file), line_(line), column_(column) {}

InputError::InputError(const std::filesystem::path& file, const std::string& what)
    : Error(located(file, 0, 0, what)), file_(file) {}

WorkspaceError::WorkspaceError(const std::filesystem::path& workspace, const std::string& what)
    : Error(workspace.u8string() + ": " + what), workspace_(workspace) {}

SqlError::SqlError(const std::string& sql, const std::string& message, int code)
    : Error("SQL error " + std::to_string(code) + ": " + message + " in: " + sql), sql_(sql), code_(code) {}

OutputError::OutputError(const std::filesystem::path& file, const std::string& what)
    : Error(file.u8string() + ": " + what) {}

}  // namespace korpu
