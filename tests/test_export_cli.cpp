// `korpu export` in every format, `korpu import-xliff` and `korpu metadata`, with their exit codes.
#include <catch2/catch.hpp>

#include "support/export_fixture.hpp"

using namespace korpu::test;

namespace {

std::string q(const std::filesystem::path& path) {
    return shell_quoted(path);
}

// A workspace made by the CLI from the az-en sample pair in tests/fixtures/export.
std::filesystem::path sample_workspace(const ScratchDir& dir) {
    const auto fixtures = source_dir() / "tests" / "fixtures" / "export";
    const auto ws = dir / "sample.korpu";
    const auto aligned = run_korpu("align " + q(fixtures / "az.txt") + " " + q(fixtures / "en.txt") +
                                   " --src-lang az --tgt-lang en -w " + q(ws));
    REQUIRE(aligned.exit_code == 0);
    return ws;
}

}  // namespace

TEST_CASE("korpu export writes every format and reports what it wrote", "[export][cli]") {
    ScratchDir dir;
    const auto ws = sample_workspace(dir);
    const auto meta = run_korpu("metadata " + q(ws) + " 1 --title 'Köhnə körpü' --author 'Leyla Əliyeva'");
    REQUIRE(meta.exit_code == 0);
    CHECK_THAT(meta.out, Catch::Contains("title\tKöhnə körpü\nauthor\tLeyla Əliyeva\ntranslator\t\n"));

    for (const char* format : {"tsv", "jsonl", "tmx", "xliff2", "xliff12", "html", "odt", "docx", "pdf"}) {
        INFO(format);
        const auto out = dir / (std::string("out.") + format);
        const auto result = run_korpu("export " + q(ws) + " --format " + format + " -o " + q(out));
        INFO(result.err);
        CHECK(result.exit_code == 0);
        CHECK(std::filesystem::file_size(out) > 0);
    }
    const auto moses = run_korpu("export " + q(ws) + " --format moses -o " + q(dir / "corpus"));
    CHECK(moses.exit_code == 0);
    CHECK(read_file(dir / "corpus.az-Latn").find("Köhnə körpü\n") == 0);
    CHECK(read_file(dir / "corpus.en").find("The old bridge\n") == 0);
    CHECK_THAT(read_file(dir / "out.html"), Catch::Contains("<h1 lang=\"az-Latn\">Köhnə körpü</h1>"));

    const auto cleaned =
        run_korpu("export " + q(ws) + " --format tsv --confirmed-only -o " + q(dir / "c.tsv"));
    CHECK(cleaned.exit_code == 0);
    CHECK_THAT(cleaned.out,
               Catch::Contains("wrote 0 of 8 pairs") && Catch::Contains("dropped 8: not confirmed"));
    const auto preset =
        run_korpu("export " + q(ws) + " --format tsv --clean --max-length-ratio 1.3 -o " + q(dir / "p.tsv"));
    CHECK(preset.exit_code == 0);
    CHECK_THAT(preset.out, Catch::Contains("length ratio beyond the limit"));
}

TEST_CASE("korpu export rejects contradictory options with exit code 2", "[export][cli]") {
    ScratchDir dir;
    const auto ws = sample_workspace(dir);
    const auto no_alignment =
        run_korpu("export " + q(ws) + " --format tsv --beads 0:2 -o " + q(dir / "x.tsv"));
    CHECK(no_alignment.exit_code == 2);
    CHECK_THAT(no_alignment.err, Catch::Contains("--beads needs --alignment"));
    const auto bad_range =
        run_korpu("export " + q(ws) + " --format tsv --alignment 1 --beads two -o " + q(dir / "x.tsv"));
    CHECK(bad_range.exit_code == 2);
    const auto missing =
        run_korpu("export " + q(ws) + " --format xliff2 --alignment 9 -o " + q(dir / "x.xlf"));
    CHECK(missing.exit_code == 2);
    CHECK_THAT(missing.err, Catch::Contains("no alignment 9"));
    const auto edition_range =
        run_korpu("export " + q(ws) + " --format pdf --alignment 1 --beads 0:2 -o " + q(dir / "x.pdf"));
    CHECK(edition_range.exit_code == 2);
    CHECK_FALSE(std::filesystem::exists(dir / "x.pdf"));
    const auto format = run_korpu("export " + q(ws) + " --format csv -o " + q(dir / "x.csv"));
    CHECK(format.exit_code == 2);
    CHECK_FALSE(std::filesystem::exists(dir / "x.tsv"));
    CHECK_FALSE(std::filesystem::exists(dir / "x.xlf"));
}

TEST_CASE("korpu import-xliff applies a reviewed file and refuses a foreign one with its position",
          "[export][cli][xliff]") {
    ScratchDir dir;
    const auto ws = sample_workspace(dir);
    REQUIRE(run_korpu("export " + q(ws) + " --format xliff2 -o " + q(dir / "out.xlf")).exit_code == 0);
    auto xml = read_file(dir / "out.xlf");
    const std::string old_target = "<target>The old bridge</target>";
    REQUIRE(xml.find(old_target) != std::string::npos);
    xml.replace(xml.find(old_target), old_target.size(), "<target>The ancient bridge</target>");
    write_file(dir / "reviewed.xlf", xml);
    const auto imported = run_korpu("import-xliff " + q(ws) + " " + q(dir / "reviewed.xlf"));
    CHECK(imported.exit_code == 0);
    CHECK_THAT(imported.out,
               Catch::Contains("read 8 units") && Catch::Contains("1 targets, 0 states and 0 notes"));
    REQUIRE(run_korpu("export " + q(ws) + " --format tsv -o " + q(dir / "after.tsv")).exit_code == 0);
    CHECK(read_file(dir / "after.tsv").find("Köhnə körpü\tThe ancient bridge\n") == 0);

    const std::string source = "<source>Köhnə körpü</source>";
    xml.replace(xml.find(source), source.size(), "<source>Yeni körpü</source>");
    write_file(dir / "foreign.xlf", xml);
    const auto refused = run_korpu("import-xliff " + q(ws) + " " + q(dir / "foreign.xlf"));
    CHECK(refused.exit_code == 3);
    CHECK_THAT(refused.err, Catch::Contains("foreign.xlf:4:") && Catch::Contains("a1-b0"));
}
