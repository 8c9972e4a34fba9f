#pragma once
// Helpers shared by the tests: scratch folders, the shared corpora, running the CLI.
#include <filesystem>
#include <optional>
#include <string>

namespace korpu::test {

// A fresh folder under the system's temporary directory, removed when the object goes away.
class ScratchDir {
public:
    ScratchDir();
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::filesystem::path& path() const noexcept { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / std::filesystem::u8path(name); }

private:
    std::filesystem::path path_;
};

void write_file(const std::filesystem::path& file, const std::string& content);
std::string read_file(const std::filesystem::path& file);

// The repository's root folder.
std::filesystem::path source_dir();
// ../shared beside the checkout (or $KORPU_SHARED), when present.
std::optional<std::filesystem::path> shared_dir();

struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs the built `korpu` with the given arguments (already quoted for the shell).
CommandResult run_korpu(const std::string& arguments);

}  // namespace korpu::test

// Skips the current test with a message when ../shared is absent.
#define KORPU_REQUIRE_SHARED(var)                                                     \
    const auto var##_opt = ::korpu::test::shared_dir();                              \
    if (!var##_opt) {                                                                \
        WARN("skipped: ../shared is absent (set KORPU_SHARED to point at it)");     \
        return;                                                                      \
    }                                                                                \
    const std::filesystem::path var = *var##_opt
