#pragma once
// A workspace is one SQLite file (extension .korpu) holding a project: documents, segments,
// alignments, translation memory, glossary, custom dictionary words and review state.
#include <filesystem>
#include <memory>

namespace korpu {

namespace sql {
class Database;
}

class Workspace {
public:
    // Creates a new, empty workspace; fails if the file exists.
    static Workspace create(const std::filesystem::path& file);
    // Opens an existing workspace and migrates it to the current schema. A file that is not a
    // workspace, or one written by a newer Körpü, is rejected with WorkspaceError and left untouched.
    static Workspace open(const std::filesystem::path& file);

    Workspace(Workspace&&) noexcept;
    Workspace& operator=(Workspace&&) noexcept;
    ~Workspace();

    const std::filesystem::path& file() const noexcept;
    int schema_version() const;

    // For the stores in tm/ that read and write the workspace.
    sql::Database& database() noexcept { return *db_; }

private:
    explicit Workspace(std::unique_ptr<sql::Database> db);
    std::unique_ptr<sql::Database> db_;
};

// The extension the editor and the CLI suggest for workspace files.
inline constexpr const char* kWorkspaceExtension = ".korpu";

}  // namespace korpu
