// AtomicFile: readers see the old file or the whole new one, and killed writers leave no debris behind
// for long.
#include <catch2/catch.hpp>

#include <fstream>

#include "support/test_support.hpp"
#include "tm/core/atomic_file.hpp"
#include "tm/core/platform.hpp"

using korpu::AtomicFile;
using korpu::test::read_file;
using korpu::test::ScratchDir;
using korpu::test::write_file;

namespace {

std::size_t files_in(const std::filesystem::path& folder) {
    std::size_t count = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder)) ++count;
    return count;
}

// A process id that no running process has.
unsigned long dead_process_id() {
    for (unsigned long id = 999'983; id > 1000; id -= 7) {
        if (!korpu::platform::process_is_running(id)) return id;
    }
    FAIL("no free process id found");
    return 0;
}

}  // namespace

TEST_CASE("an atomic file replaces its target only on commit", "[atomic-file]") {
    const ScratchDir dir;
    const auto target = dir / "out.tmx";
    write_file(target, "old");
    {
        AtomicFile file(target);
        write_file(file.temporary_path(), "half");
        CHECK(read_file(target) == "old");
    }
    CHECK(read_file(target) == "old");
    CHECK(files_in(dir.path()) == 1);

    AtomicFile file(target);
    write_file(file.temporary_path(), "new");
    file.commit();
    CHECK(read_file(target) == "new");
    CHECK(files_in(dir.path()) == 1);
}

TEST_CASE("the temporary file of a killed writer is removed by the next writer of the target", "[atomic-file]") {
    const ScratchDir dir;
    const auto target = dir / "out.tmx";
    const auto debris = dir / ("out.tmx.korpu-tmp-" + std::to_string(dead_process_id()) + "-42");
    const auto other_target = dir / ("other.tmx.korpu-tmp-" + std::to_string(dead_process_id()) + "-42");
    const auto running_writer =
        dir / ("out.tmx.korpu-tmp-" + std::to_string(korpu::platform::current_process_id()) + "-7");
    const auto not_ours = dir / "out.tmx.korpu-tmp-notes";
    for (const auto& file : {debris, other_target, running_writer, not_ours}) write_file(file, "x");

    AtomicFile file(target);
    CHECK_FALSE(std::filesystem::exists(debris));
    CHECK(std::filesystem::exists(other_target));
    CHECK(std::filesystem::exists(running_writer));
    CHECK(std::filesystem::exists(not_ours));
}

TEST_CASE("the platform sees the running process", "[atomic-file]") {
    CHECK(korpu::platform::process_is_running(korpu::platform::current_process_id()));
}
