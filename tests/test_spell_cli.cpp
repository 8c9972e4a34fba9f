#include <catch2/catch.hpp>

#include <cstdlib>

#include "support/test_support.hpp"

using korpu::test::run_korpu;
using korpu::test::ScratchDir;

namespace {

std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

}  // namespace

TEST_CASE("korpu spell lists misspellings with line, column and suggestions, exit 1", "[cli][spell]") {
    ScratchDir dir;
    korpu::test::write_file(dir / "en.txt", "A clean line.\nWe had épxected it; the epxected result came.\n");
    const auto result = run_korpu("spell --lang en " + quoted(dir / "en.txt"));
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.out, Catch::Contains("en.txt:2:8: épxected: misspelled; suggestions: expected"));
    CHECK_THAT(result.out, Catch::Contains("en.txt:2:25: epxected: misspelled; suggestions: expected"));

    const auto json = run_korpu("spell --lang en --format json --suggestions 1 " + quoted(dir / "en.txt"));
    CHECK(json.exit_code == 1);
    CHECK_THAT(
        json.out,
        Catch::Contains(R"("line":2,"column":25,"word":"epxected","kind":"misspelling","suggestions":["expected"]})"));

    korpu::test::write_file(dir / "clean.txt", "Nothing is wrong here, see https://example.org/abcdefgh.\n");
    CHECK(run_korpu("spell --lang en " + quoted(dir / "clean.txt")).exit_code == 0);
    CHECK(run_korpu("spell " + quoted(dir / "clean.txt")).exit_code == 2);
    CHECK(run_korpu("spell --lang en --format xml " + quoted(dir / "clean.txt")).exit_code == 2);
}

TEST_CASE("korpu spell add-word and ignore keep words in the workspace", "[cli][spell]") {
    ScratchDir dir;
    const auto ws = dir / "p.korpu";
    REQUIRE(run_korpu("init " + quoted(ws)).exit_code == 0);
    korpu::test::write_file(dir / "en.txt", "Naryshkin met Qwzxy.\n");
    CHECK(run_korpu("spell --lang en --workspace " + quoted(ws) + " " + quoted(dir / "en.txt")).exit_code == 1);
    REQUIRE(run_korpu("spell add-word --workspace " + quoted(ws) + " --lang en Naryshkin").exit_code == 0);
    REQUIRE(run_korpu("spell ignore --workspace " + quoted(ws) + " --lang en Qwzxy").exit_code == 0);
    const auto listed = run_korpu("spell words --workspace " + quoted(ws) + " --lang en");
    CHECK(listed.out == "Naryshkin\taccepted\nQwzxy\tignored\n");
    const auto checked = run_korpu("spell --lang en --workspace " + quoted(ws) + " " + quoted(dir / "en.txt"));
    CHECK(checked.exit_code == 0);
    CHECK(checked.out.empty());
}

TEST_CASE("korpu spell checks the workspace's documents in a language", "[cli][spell]") {
    ScratchDir dir;
    const auto ws = dir / "p.korpu";
    korpu::test::write_file(dir / "ru.txt", "Министр иностраных дел.\n");
    korpu::test::write_file(dir / "en.txt", "The minister of forein affairs.\n");
    REQUIRE(run_korpu("init " + quoted(ws)).exit_code == 0);
    REQUIRE(run_korpu("align " + quoted(dir / "ru.txt") + " " + quoted(dir / "en.txt") +
                      " --src-lang ru --tgt-lang en --workspace " + quoted(ws))
                .exit_code == 0);
    const auto result = run_korpu("spell --lang en --workspace " + quoted(ws));
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.out, Catch::Contains(":1:17: forein"));
    CHECK_THAT(result.out, !Catch::Contains("иностраных"));
}

#ifndef _WIN32
TEST_CASE("korpu dictionary install puts a dictionary in the user's folder", "[cli][spell]") {
    ScratchDir dir;
    korpu::test::write_file(dir / "tt_RU.aff", "SET UTF-8\n");
    korpu::test::write_file(dir / "tt_RU.dic", "1\nkitap\n");
    korpu::test::write_file(dir / "tt.txt", "kitap kitab\n");
    const char* previous = std::getenv("XDG_DATA_HOME");
    const std::string saved = previous ? previous : "";
    ::setenv("XDG_DATA_HOME", (dir / "data").c_str(), 1);
    const auto installed = run_korpu("dictionary install " + quoted(dir / "tt_RU.aff"));
    const auto listed = run_korpu("dictionary list");
    const auto checked = run_korpu("spell --lang tt " + quoted(dir / "tt.txt"));
    const auto bad = run_korpu("dictionary install " + quoted(dir / "tt.txt"));
    if (previous)
        ::setenv("XDG_DATA_HOME", saved.c_str(), 1);
    else
        ::unsetenv("XDG_DATA_HOME");
    CHECK(installed.exit_code == 0);
    CHECK(std::filesystem::exists(dir / "data" / "korpu" / "dictionaries" / "tt_RU.dic"));
    CHECK_THAT(listed.out, Catch::Contains("tt_RU\t" + (dir / "data" / "korpu" / "dictionaries").string()));
    CHECK(checked.exit_code == 1);
    CHECK_THAT(checked.out, Catch::Contains("tt.txt:1:7: kitab"));
    CHECK(bad.exit_code == 3);
}
#endif
