// Files from strangers: a crafted workspace cannot make Körpü run anything, parsers never reach the network
// or local files through entities, and odd file names work everywhere.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include "support/test_support.hpp"

using korpu::test::read_file;
using korpu::test::run_korpu;
using korpu::test::ScratchDir;
using korpu::test::write_file;

namespace {

std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

void execute(const std::filesystem::path& workspace, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(workspace.string().c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

}  // namespace

TEST_CASE("triggers planted in a workspace never run", "[untrusted]") {
    const ScratchDir dir;
    const auto workspace = dir / "crafted.korpu";
    REQUIRE(run_korpu("init " + quoted(workspace)).exit_code == 0);
    execute(workspace,
            "CREATE TABLE loot (what TEXT);"
            "CREATE TRIGGER steal AFTER INSERT ON segment BEGIN INSERT INTO loot VALUES (new.text); END;"
            "CREATE TRIGGER wipe AFTER INSERT ON bead BEGIN DELETE FROM document; END;");
    write_file(dir / "az.txt", "Milli Məclis iclas keçirib.\n");
    write_file(dir / "en.txt", "The Milli Majlis met.\n");
    const auto result = run_korpu("align " + quoted(dir / "az.txt") + " " + quoted(dir / "en.txt") +
                                  " --src-lang az --tgt-lang en --workspace " + quoted(workspace));
    REQUIRE(result.exit_code == 0);
    const auto info = run_korpu("info " + quoted(workspace));
    CHECK_THAT(info.out, Catch::Contains("az.txt"));
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(workspace.string().c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT count(*) FROM loot", -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    CHECK(sqlite3_column_int(statement, 0) == 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
}

TEST_CASE("external entities in a TMX file never read local files", "[untrusted]") {
    const ScratchDir dir;
    const auto secret = dir / "secret.txt";
    write_file(secret, "TOP-SECRET");
    const auto tmx = dir / "xxe.tmx";
    write_file(tmx,
               "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY s SYSTEM \"file://" + secret.string() +
                   "\">]>\n<tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" "
                   "segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"az\" datatype=\"plaintext\"/><body>"
                   "<tu><tuv xml:lang=\"az\"><seg>&s;</seg></tuv><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu>"
                   "</body></tmx>");
    const auto workspace = dir / "w.korpu";
    REQUIRE(run_korpu("init " + quoted(workspace)).exit_code == 0);
    run_korpu("tm import -q " + quoted(workspace) + " " + quoted(tmx));
    run_korpu("tm export " + quoted(workspace) + " -o " + quoted(dir / "out.tmx"));
    if (std::filesystem::exists(dir / "out.tmx"))
        CHECK(read_file(dir / "out.tmx").find("TOP-SECRET") == std::string::npos);
    CHECK(read_file(workspace).find("TOP-SECRET") == std::string::npos);
}

TEST_CASE("file names with spaces, quotes, non-Latin letters and leading dashes work", "[untrusted]") {
    const ScratchDir dir;
    const std::filesystem::path source = std::filesystem::u8path("-Məclis \"iclası\" 1.az.txt");
    const std::filesystem::path target = std::filesystem::u8path("-Заседание меджлиса.en.txt");
    write_file(dir / source.u8string(), "Milli Məclis iclas keçirib.\n");
    write_file(dir / target.u8string(), "The Milli Majlis met.\n");
    const auto workspace = dir / "-проект с пробелом.korpu";
    // Run from the folder, so that the names start with a dash as the user typed them.
    const std::string cd = "cd " + quoted(dir.path()) + " && ";
    const std::string korpu = std::string("'") + KORPU_CLI_PATH + "'";
    const auto run = [&](const std::string& arguments) {
        return std::system((cd + korpu + " " + arguments + " >/dev/null 2>&1").c_str());
    };
    CHECK(run("init -- '-проект с пробелом.korpu'") == 0);
    CHECK(run("align --src-lang az --tgt-lang en --workspace '-проект с пробелом.korpu' -- '" + source.u8string() +
              "' '" + target.u8string() + "'") == 0);
    CHECK(run("export --format tmx -o './-çıxış \"fayl\".tmx' -- '-проект с пробелом.korpu'") == 0);
    CHECK(std::filesystem::exists(workspace));
    CHECK(std::filesystem::exists(dir / "-çıxış \"fayl\".tmx"));
}
