#include <optional>

#include "tests/fuzz/harness.hpp"
#include "tests/fuzz/harness_support.hpp"
#include "tm/memory/tmx_import.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::fuzz {
namespace {

// One workspace per process for all inputs: creating a SQLite file per input would make the database,
// not the TMX reader, what gets fuzzed.
Workspace& fuzz_workspace() {
    static const ScratchFile placeholder("", ".korpu");
    static std::optional<Workspace> workspace;
    if (!workspace) {
        std::filesystem::remove(placeholder.path());
        workspace.emplace(Workspace::create(placeholder.path()));
    }
    return *workspace;
}

}  // namespace

void fuzz_tmx_import(std::string_view data) {
    const ScratchFile file(data, ".tmx");
    expect_clean_rejection([&] { import_tmx(fuzz_workspace(), file.path(), {"az-Latn", "en"}); });
}

}  // namespace korpu::fuzz
