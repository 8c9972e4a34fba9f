// Several programs on one workspace at once: two `korpu` processes writing, a writer holding the lock
// too long, readers next to a writer. Nothing may be lost, and a busy workspace is reported as such.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <thread>

#include "support/test_support.hpp"

using korpu::test::run_korpu;
using korpu::test::ScratchDir;

namespace {

std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

// Another program's connection to the workspace, holding its write lock while it lives.
class WriteLockHolder {
  public:
    explicit WriteLockHolder(const std::filesystem::path& workspace) {
        REQUIRE(sqlite3_open(workspace.string().c_str(), &db_) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    ~WriteLockHolder() {
        sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db_);
    }
    WriteLockHolder(const WriteLockHolder&) = delete;
    WriteLockHolder& operator=(const WriteLockHolder&) = delete;

  private:
    sqlite3* db_ = nullptr;
};

long long count_rows(const std::filesystem::path& workspace, const char* table) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(workspace.string().c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    const std::string sql = std::string("SELECT count(*) FROM ") + table;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    const long long count = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return count;
}

void write_pair(const ScratchDir& dir, const std::string& name, int paragraphs) {
    std::string az;
    std::string en;
    for (int i = 0; i < paragraphs; ++i) {
        az += "Milli Məclis " + std::to_string(i) + " saylı komissiya yaradıb. Sədr təyin edilib.\n\n";
        en += "The Milli Majlis set up commission number " + std::to_string(i) + ". A chairman was appointed.\n\n";
    }
    korpu::test::write_file(dir / (name + ".az.txt"), az);
    korpu::test::write_file(dir / (name + ".en.txt"), en);
}

std::string align_command(const ScratchDir& dir, const std::string& name, const std::filesystem::path& workspace) {
    return "align " + quoted(dir / (name + ".az.txt")) + " " + quoted(dir / (name + ".en.txt")) +
           " --src-lang az --tgt-lang en --workspace " + quoted(workspace);
}

}  // namespace

TEST_CASE("two korpu processes aligning into one workspace at once lose nothing", "[concurrency]") {
    const ScratchDir dir;
    const auto workspace = dir / "shared.korpu";
    REQUIRE(run_korpu("init " + quoted(workspace)).exit_code == 0);
    constexpr int kRounds = 3;
    for (int round = 0; round < kRounds; ++round) {
        const std::string first = "first" + std::to_string(round);
        const std::string second = "second" + std::to_string(round);
        write_pair(dir, first, 400);
        write_pair(dir, second, 400);
        korpu::test::CommandResult a;
        korpu::test::CommandResult b;
        std::thread one([&] { a = run_korpu(align_command(dir, first, workspace)); });
        std::thread two([&] { b = run_korpu(align_command(dir, second, workspace)); });
        one.join();
        two.join();
        INFO(a.err << b.err);
        CHECK(a.exit_code == 0);
        CHECK(b.exit_code == 0);
    }
    CHECK(count_rows(workspace, "document") == 4 * kRounds);
    CHECK(count_rows(workspace, "alignment") == 2 * kRounds);
}

TEST_CASE("a workspace locked longer than the busy timeout is reported busy and left unchanged", "[concurrency]") {
    const ScratchDir dir;
    const auto workspace = dir / "locked.korpu";
    REQUIRE(run_korpu("init " + quoted(workspace)).exit_code == 0);
    write_pair(dir, "pair", 3);
    {
        const WriteLockHolder editor(workspace);
        const auto result = run_korpu(align_command(dir, "pair", workspace));
        CHECK(result.exit_code == 4);
        CHECK_THAT(result.err, Catch::Contains("busy"));
        CHECK_THAT(result.err, Catch::Contains("locked.korpu"));
    }
    CHECK(count_rows(workspace, "document") == 0);
    CHECK(run_korpu(align_command(dir, "pair", workspace)).exit_code == 0);
    CHECK(count_rows(workspace, "document") == 2);
}

TEST_CASE("reading a workspace is not blocked by a writer holding its lock", "[concurrency]") {
    const ScratchDir dir;
    const auto workspace = dir / "read.korpu";
    REQUIRE(run_korpu("init " + quoted(workspace)).exit_code == 0);
    write_pair(dir, "pair", 3);
    REQUIRE(run_korpu(align_command(dir, "pair", workspace)).exit_code == 0);
    const WriteLockHolder editor(workspace);
    const auto info = run_korpu("info " + quoted(workspace));
    CHECK(info.exit_code == 0);
    CHECK_THAT(info.out, Catch::Contains("pair.az.txt"));
    const auto exported = run_korpu("export " + quoted(workspace) + " --format tmx -q -o " + quoted(dir / "out.tmx"));
    CHECK(exported.exit_code == 0);
}
