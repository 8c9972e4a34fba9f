#include <catch2/catch.hpp>

#include "support/test_support.hpp"

using korpu::test::run_korpu;
using korpu::test::ScratchDir;

namespace {

std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

std::filesystem::path fixture(const std::string& name) {
    return korpu::test::source_dir() / "tests" / "fixtures" / "import" / name;
}

}  // namespace

TEST_CASE("korpu segment reads a Windows-1251 file and reports the detected encoding", "[cli][import]") {
    const auto result = run_korpu("segment --lang ru " + quoted(fixture("ru.cp1251.txt")));
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::StartsWith("Старый каменный мост стоит над рекой уже двести лет.\nВесной"));
    CHECK_THAT(result.err, Catch::Contains("ru.cp1251.txt: text, windows-1251 (Cyrillic letter frequencies)"));
}

TEST_CASE("korpu align --encoding forces the encoding of both files and stores it", "[cli][import]") {
    ScratchDir dir;
    const auto forced = run_korpu("segment --lang ru --encoding KOI8-R " + quoted(fixture("ru.cp1251.txt")));
    REQUIRE(forced.exit_code == 0);
    CHECK_THAT(forced.out, !Catch::Contains("мост"));
    CHECK_THAT(forced.err, Catch::Contains("KOI8-R (named with --encoding)"));
    const auto unknown = run_korpu("segment --lang ru --encoding nonsense " + quoted(fixture("ru.cp1251.txt")));
    CHECK(unknown.exit_code == 2);
    CHECK_THAT(unknown.err, Catch::Contains("unknown encoding 'nonsense'"));

    const auto ws = dir / "w.korpu";
    const auto aligned =
        run_korpu("align " + quoted(fixture("az.utf16le.txt")) + " " + quoted(fixture("en.utf16be.txt")) +
                  " --src-lang az --tgt-lang en --workspace " + quoted(ws));
    REQUIRE(aligned.exit_code == 0);
    CHECK_THAT(aligned.out, Catch::Contains("2 beads"));
    const auto info = run_korpu("info " + quoted(ws));
    CHECK_THAT(info.out, Catch::Contains("UTF-16LE") && Catch::Contains("UTF-16BE"));
}

TEST_CASE("broken inputs exit with 3 and a message naming the file", "[cli][import]") {
    ScratchDir dir;
    korpu::test::write_file(dir / "huge.txt", std::string(50 * 1024 * 1024, 'x'));
    const auto huge = run_korpu("segment --lang en " + quoted(dir / "huge.txt"));
    CHECK(huge.exit_code == 3);
    CHECK_THAT(huge.err, Catch::Contains("huge.txt:1") && Catch::Contains("without a break"));
    std::string garbage;
    for (int i = 0; i < 4096; ++i) garbage += static_cast<char>((i * 7919 + 13) % 256);
    korpu::test::write_file(dir / "garbage.bin", garbage);
    const auto binary = run_korpu("segment --lang en " + quoted(dir / "garbage.bin"));
    CHECK(binary.exit_code == 3);
    CHECK_THAT(binary.err, Catch::Contains("garbage.bin") && Catch::Contains("binary data"));
}
