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

TEST_CASE("korpu import stores an HTML page without its boilerplate, and reports mixed-script words", "[cli][import]") {
    ScratchDir dir;
    const auto ws = dir / "news.korpu";
    const auto page = run_korpu("import " + quoted(fixture("news.en.html")) + " --lang en --workspace " + quoted(ws));
    REQUIRE(page.exit_code == 0);
    CHECK_THAT(page.out, Catch::Contains("as document 1") &&
                             Catch::Contains("html, UTF-8 (declared by the document); 6 paragraphs") &&
                             Catch::Contains("5 boilerplate lines removed; 0 mixed-script words"));
    korpu::test::write_file(dir / "mixed.txt", "Гoрод стоит на реке.\n");
    const auto mixed = run_korpu("import " + quoted(dir / "mixed.txt") + " --lang ru -w " + quoted(ws));
    REQUIRE(mixed.exit_code == 0);
    CHECK_THAT(mixed.out, Catch::Contains("as document 2") &&
                              Catch::Contains("segment 1: mixed-script word \"Гoрод\" (Latin o in a Cyrillic word)"));
    const auto info = run_korpu("info " + quoted(ws));
    CHECK_THAT(info.out, Catch::Contains("news.en.html  (html, UTF-8)") && Catch::Contains("mixed.txt  (text, UTF-8)"));
    const auto kept =
        run_korpu("import " + quoted(fixture("news.en.html")) + " --lang en --boilerplate off -w " + quoted(ws));
    CHECK_THAT(kept.out, Catch::Contains("11 paragraphs"));
    const auto as_text = run_korpu("import " + quoted(dir / "mixed.txt") + " --lang ru --format html -w " + quoted(ws));
    CHECK_THAT(as_text.out, Catch::Contains("html, UTF-8 (valid UTF-8); 1 paragraphs"));
    CHECK(run_korpu("import " + quoted(dir / "mixed.txt") + " --lang ru --format pdf -w " + quoted(ws)).exit_code == 2);
    CHECK(run_korpu("import " + quoted(dir / "mixed.txt") + " --lang ru").exit_code == 2);  // no workspace
}

TEST_CASE("korpu align and korpu segment read HTML, and a truncated DOCX exits with 3", "[cli][import]") {
    ScratchDir dir;
    const auto aligned = run_korpu("align " + quoted(fixture("news.az.html")) + " " + quoted(fixture("news.en.html")) +
                                   " --src-lang az --tgt-lang en");
    REQUIRE(aligned.exit_code == 0);
    CHECK_THAT(aligned.out, Catch::Contains("Kür üzərindəki köhnə körpü yenidən açıldı\tThe old bridge over the Kura"));
    CHECK_THAT(aligned.out, !Catch::Contains("Oxşar") && !Catch::Contains("Leave a review"));
    const auto kept = run_korpu("segment --lang az --boilerplate off " + quoted(fixture("news.az.html")));
    CHECK_THAT(kept.out, Catch::EndsWith("Oxşar xəbərlər\nRəy bildirin\n"));
    korpu::test::write_file(dir / "cut.docx", std::string("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10));
    const auto truncated = run_korpu("import " + quoted(dir / "cut.docx") + " --lang az -w " + quoted(dir / "w.korpu"));
    CHECK(truncated.exit_code == 3);
    CHECK_THAT(truncated.err, Catch::Contains("cut.docx") && Catch::Contains("truncated"));
    CHECK_FALSE(std::filesystem::exists(dir / "w.korpu"));  // nothing half-written
}
