// `korpu tm lookup|concordance|stats`, with their output formats and exit codes.
#include <catch2/catch.hpp>

#include "support/test_support.hpp"
#include "tm/memory/translation_memory.hpp"
#include "tm/store/workspace.hpp"

using namespace korpu;
using namespace korpu::test;

namespace {

std::string q(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

std::filesystem::path memory_workspace(const ScratchDir& dir) {
    const auto file = dir / "tm.korpu";
    auto ws = Workspace::create(file);
    TranslationMemory memory(ws);
    TmUnit u;
    u.source_lang = "az";
    u.target_lang = "en";
    u.source_text = "Milli Məclis yeni qanunu bu gün qəbul etdi.";
    u.target_text = "The National Assembly passed the new law today.";
    memory.add(u);
    u.source_text = "Bakı Azərbaycanın paytaxtıdır.";
    u.target_text = "Baku is the capital of Azerbaijan.";
    memory.add(u);
    return file;
}

}  // namespace

TEST_CASE("korpu tm lookup prints exact and fuzzy matches as text or JSON", "[memory][cli]") {
    ScratchDir dir;
    const auto ws = memory_workspace(dir);
    const auto exact =
        run_korpu("tm lookup " + q(ws) + " 'Bakı Azərbaycanın paytaxtıdır.' --source-lang az --target-lang en");
    INFO(exact.err);
    REQUIRE(exact.exit_code == 0);
    CHECK(exact.out == "100%\texact\tBakı Azərbaycanın paytaxtıdır.\tBaku is the capital of Azerbaijan.\n");

    const auto fuzzy = run_korpu("tm lookup " + q(ws) +
                                 " 'MİLLİ MƏCLİS yeni qanunu dünən qəbul etdi.' --source-lang az --target-lang en"
                                 " --format json");
    REQUIRE(fuzzy.exit_code == 0);
    // "bu gün" (8 words) against "dünən": one substitution and one deletion, 6 of 8 words kept.
    CHECK_THAT(fuzzy.out, Catch::Contains("\"kind\":\"fuzzy\",\"score\":75,\"differences\":[[26,28],[29,33]]"));
    CHECK_THAT(fuzzy.out, Catch::Contains("\"target\":\"The National Assembly passed the new law today.\""));

    const auto none = run_korpu("tm lookup " + q(ws) + " 'Tamamilə başqa söz.' --source-lang az --target-lang en");
    CHECK(none.exit_code == 0);
    CHECK(none.out == "no match\n");
}

TEST_CASE("korpu tm lookup --batch answers one JSON line per query line", "[memory][cli]") {
    ScratchDir dir;
    const auto ws = memory_workspace(dir);
    const auto queries = dir / "queries.txt";
    write_file(queries, "Bakı Azərbaycanın paytaxtıdır.\nheç nə\nMilli Məclis yeni qanunu bu gün qəbul etdi.\tƏvvəl\n");
    const auto result =
        run_korpu("tm lookup " + q(ws) + " --batch " + q(queries) + " --source-lang az --target-lang en");
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    std::vector<std::string> lines;
    std::string line;
    std::istringstream in(result.out);
    while (std::getline(in, line)) lines.push_back(line);
    REQUIRE(lines.size() == 3);
    CHECK_THAT(lines[0], Catch::StartsWith("{\"line\":1,\"query\":\"Bakı Azərbaycanın paytaxtıdır.\",\"matches\":[{"));
    CHECK(lines[1] == "{\"line\":2,\"query\":\"heç nə\",\"matches\":[]}");
    CHECK_THAT(lines[2], Catch::Contains("\"kind\":\"exact\""));
}

TEST_CASE("korpu tm concordance marks hits and tm stats counts units", "[memory][cli]") {
    ScratchDir dir;
    const auto ws = memory_workspace(dir);
    const auto found = run_korpu("tm concordance " + q(ws) + " 'MƏCLİS' --lang az");
    REQUIRE(found.exit_code == 0);
    CHECK(found.out ==
          "Milli [[Məclis]] yeni qanunu bu gün qəbul etdi.\tThe National Assembly passed the new law today.\n");
    const auto target = run_korpu("tm concordance " + q(ws) + " capital --lang en --target --format json");
    REQUIRE(target.exit_code == 0);
    CHECK_THAT(target.out, Catch::Contains("\"side\":\"target\",\"hits\":[[12,19]]}"));

    const auto stats = run_korpu("tm stats " + q(ws) + " --format json");
    REQUIRE(stats.exit_code == 0);
    CHECK_THAT(stats.out, Catch::Contains("\"units\":2,"));
    CHECK_THAT(stats.out, Catch::Contains("{\"source_lang\":\"az-Latn\",\"target_lang\":\"en\",\"units\":2}"));

    CHECK(run_korpu("tm lookup " + q(ws) + " x --source-lang 'no such!' --target-lang en").exit_code == 2);
    CHECK(run_korpu("tm lookup " + q(dir / "missing.korpu") + " x --source-lang az --target-lang en").exit_code == 4);
    CHECK(run_korpu("tm lookup " + q(ws) + " --source-lang az --target-lang en").exit_code == 2);
}
