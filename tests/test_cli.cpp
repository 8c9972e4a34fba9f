#include <catch2/catch.hpp>

#include "support/test_support.hpp"

using korpu::test::run_korpu;
using korpu::test::ScratchDir;

namespace {

std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

void write_pair(const ScratchDir& dir) {
    korpu::test::write_file(
        dir / "az.txt",
        "Milli Məclis komissiya yaradıb. Sədr R. Namazov təyin edilib.\n\nİclas sentyabrın 30-da olub.\n");
    korpu::test::write_file(dir / "en.txt",
                            "The Milli Majlis set up a commission. R. Namazov was appointed chairman.\n\n"
                            "The session took place on September 30.\n");
}

}  // namespace

TEST_CASE("korpu --help and every subcommand's --help succeed", "[cli]") {
    CHECK(run_korpu("--help").exit_code == 0);
    for (const char* command : {"init", "align", "export", "segment", "info"}) {
        INFO(command);
        const auto result = run_korpu(std::string(command) + " --help");
        CHECK(result.exit_code == 0);
        CHECK_THAT(result.out, Catch::Contains("Usage"));
    }
}

TEST_CASE("wrong command lines exit with 2", "[cli]") {
    CHECK(run_korpu("").exit_code == 2);
    CHECK(run_korpu("no-such-command").exit_code == 2);
    CHECK(run_korpu("align only-one-file.txt").exit_code == 2);
    ScratchDir dir;
    write_pair(dir);
    const auto bad_lang =
        run_korpu("align " + quoted(dir / "az.txt") + " " + quoted(dir / "en.txt") + " --src-lang '!!' --tgt-lang en");
    CHECK(bad_lang.exit_code == 2);
    CHECK_THAT(bad_lang.err, Catch::Contains("not a language tag"));
}

TEST_CASE("init, align into a workspace, export TMX", "[cli]") {
    ScratchDir dir;
    write_pair(dir);
    const auto ws = dir / "project one.korpu";
    REQUIRE(run_korpu("init " + quoted(ws)).exit_code == 0);
    CHECK(run_korpu("init " + quoted(ws)).exit_code == 4);
    const auto aligned = run_korpu("align " + quoted(dir / "az.txt") + " " + quoted(dir / "en.txt") +
                                   " --src-lang az --tgt-lang en --workspace " + quoted(ws));
    REQUIRE(aligned.exit_code == 0);
    CHECK_THAT(aligned.out, Catch::Contains("3 beads"));
    const auto exported = run_korpu("export " + quoted(ws) + " --format tmx -o " + quoted(dir / "out.tmx"));
    REQUIRE(exported.exit_code == 0);
    const auto tmx = korpu::test::read_file(dir / "out.tmx");
    CHECK_THAT(tmx, Catch::Contains("<seg>Sədr R. Namazov təyin edilib.</seg>"));
    CHECK_THAT(tmx, Catch::Contains("xml:lang=\"en\""));
}

TEST_CASE("align prints TSV, TMX and the evaluation ladder without a workspace", "[cli]") {
    ScratchDir dir;
    write_pair(dir);
    const std::string files = quoted(dir / "az.txt") + " " + quoted(dir / "en.txt") + " --src-lang az --tgt-lang en";
    const auto tsv = run_korpu("align " + files);
    REQUIRE(tsv.exit_code == 0);
    CHECK_THAT(tsv.out, Catch::Contains("Milli Məclis komissiya yaradıb.\tThe Milli Majlis set up a commission.\n"));
    const auto tmx = run_korpu("align " + files + " --format tmx");
    CHECK_THAT(tmx.out, Catch::Contains("<tmx version=\"1.4\">"));
    korpu::test::write_file(dir / "s.seg", "One.\nTwo.\nThree.\n");
    korpu::test::write_file(dir / "t.seg", "Bir.\nİki.\nÜç.\n");
    const auto ladder = run_korpu("align --task segmented --format eval --src-lang en --tgt-lang az " +
                                  quoted(dir / "s.seg") + " " + quoted(dir / "t.seg"));
    CHECK(ladder.out == "0\t0\n1\t1\n2\t2\n");
}

TEST_CASE("realign re-aligns every alignment of a workspace around its confirmed beads", "[cli][align]") {
    ScratchDir dir;
    write_pair(dir);
    const auto ws = dir / "w.korpu";
    REQUIRE(run_korpu("align " + quoted(dir / "az.txt") + " " + quoted(dir / "en.txt") +
                      " --src-lang az --tgt-lang en --workspace " + quoted(ws))
                .exit_code == 0);
    const auto realigned = run_korpu("realign " + quoted(ws));
    REQUIRE(realigned.exit_code == 0);
    CHECK_THAT(realigned.out, Catch::StartsWith("alignment 1: ") && Catch::Contains("0 confirmed kept"));
    const auto missing = run_korpu("realign " + quoted(ws) + " --alignment 7");
    CHECK(missing.exit_code != 0);
    CHECK_THAT(missing.err, Catch::Contains("no alignment 7"));
}

TEST_CASE("bad input files and workspaces give clear errors and their own exit codes", "[cli]") {
    ScratchDir dir;
    write_pair(dir);
    korpu::test::write_file(dir / "latin1.txt", "Line one.\nCaf\xE9 au lait.\n");
    const auto bad_utf8 = run_korpu("align " + quoted(dir / "latin1.txt") + " " + quoted(dir / "en.txt") +
                                    " --src-lang en --tgt-lang en --encoding UTF-8");
    CHECK(bad_utf8.exit_code == 3);
    CHECK_THAT(bad_utf8.err, Catch::Contains("latin1.txt:2:4") && Catch::Contains("0xE9"));
    const auto not_workspace = run_korpu("export " + quoted(dir / "en.txt") + " -o " + quoted(dir / "x.tmx"));
    CHECK(not_workspace.exit_code == 4);
    CHECK_THAT(not_workspace.err, Catch::Contains("not a Körpü workspace"));
    CHECK_FALSE(std::filesystem::exists(dir / "x.tmx"));
    const auto ws = dir / "w.korpu";
    REQUIRE(run_korpu("init " + quoted(ws)).exit_code == 0);
    const auto unwritable = run_korpu("export " + quoted(ws) + " -o " + quoted(dir / "missing" / "x.tmx"));
    CHECK(unwritable.exit_code == 5);
}

TEST_CASE("korpu segment prints one segment a line, with the default rules or --srx rules", "[cli][segment]") {
    ScratchDir dir;
    korpu::test::write_file(dir / "ru.txt",
                            "Директор С. Нарышкин посетил Баку. Он встретился с министром.\n\nВторой абзац.\n");
    const auto default_rules = run_korpu("segment --lang ru " + quoted(dir / "ru.txt"));
    CHECK(default_rules.exit_code == 0);
    CHECK(default_rules.out == "Директор С. Нарышкин посетил Баку.\nОн встретился с министром.\nВторой абзац.\n");
    // Rules that break after every period, initials included.
    korpu::test::write_file(dir / "dots.srx",
                            "<srx xmlns='http://www.lisa.org/srx20' version='2.0'><header cascade='no'/><body>"
                            "<languagerules><languagerule languagerulename='Dots'><rule break='yes'>"
                            "<beforebreak>\\.</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule>"
                            "</languagerules><maprules><languagemap languagepattern='.*' languagerulename='Dots'/>"
                            "</maprules></body></srx>\n");
    const auto custom = run_korpu("segment --lang ru --srx " + quoted(dir / "dots.srx") + " " + quoted(dir / "ru.txt"));
    CHECK(custom.exit_code == 0);
    CHECK(custom.out == "Директор С.\nНарышкин посетил Баку.\nОн встретился с министром.\nВторой абзац.\n");
    korpu::test::write_file(dir / "broken.srx", "<srx version='2.0'>\n<body>\n</srx>\n");
    const auto broken =
        run_korpu("segment --lang ru --srx " + quoted(dir / "broken.srx") + " " + quoted(dir / "ru.txt"));
    CHECK(broken.exit_code == 3);
    CHECK_THAT(broken.err, Catch::Contains("broken.srx:3"));
}
