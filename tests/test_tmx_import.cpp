// TMX 1.4b import and export of the translation memory: the dialects of OmegaT, Trados (UTF-16), memoQ and
// Okapi, round trips, malformed and hostile files, interrupted imports and two processes at once.
#include <sqlite3.h>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "support/test_support.hpp"
#include "tm/core/error.hpp"
#include "tm/memory/detail/unit_writer.hpp"
#include "tm/memory/tmx_import.hpp"
#include "tm/memory/tmx_memory_export.hpp"
#include "tm/memory/translation_memory.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/workspace.hpp"

using namespace korpu;
using korpu::test::ScratchDir;

namespace {

std::filesystem::path fixture(const std::string& name) {
    return korpu::test::source_dir() / "tests" / "fixtures" / "tmx" / name;
}

std::string q(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

std::vector<TmUnit> all_units(Workspace& ws) {
    TranslationMemory memory(ws);
    std::vector<TmUnit> units;
    sql::Statement ids(ws.database(), "SELECT id FROM tm_unit ORDER BY id");
    while (ids.step()) units.push_back(*memory.unit(ids.column_int(0)));
    return units;
}

std::int64_t count(Workspace& ws, const std::string& table) {
    return ws.database().query_int("SELECT count(*) FROM " + table);
}

bool same_content(const TmUnit& a, const TmUnit& b) {
    return a.source_lang == b.source_lang && a.target_lang == b.target_lang && a.source_text == b.source_text &&
           a.target_text == b.target_text && a.source_tags == b.source_tags && a.target_tags == b.target_tags &&
           a.created_at == b.created_at && a.created_by == b.created_by && a.changed_at == b.changed_at &&
           a.changed_by == b.changed_by && a.tmx.unit_attributes == b.tmx.unit_attributes &&
           a.tmx.source_attributes == b.tmx.source_attributes && a.tmx.target_attributes == b.tmx.target_attributes &&
           a.tmx.unit_elements == b.tmx.unit_elements && a.tmx.source_elements == b.tmx.source_elements &&
           a.tmx.target_elements == b.tmx.target_elements;
}

const char* const kDialects[] = {"omegat.tmx", "trados-utf16.tmx", "memoq.tmx", "okapi.tmx"};

}  // namespace

TEST_CASE("OmegaT's TMX: the old lang attribute, upper-case codes, tags and properties", "[tmx-import]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    const auto summary = import_tmx(ws, fixture("omegat.tmx"));
    CHECK(summary.units_read == 3);
    CHECK(summary.added == 3);
    const auto units = all_units(ws);
    REQUIRE(units.size() == 3);
    CHECK(units[0].source_lang == "az-Latn");
    CHECK(units[0].target_lang == "en-GB");
    CHECK(units[1].source_text == "Sessiya \xEE\x80\x80sabah\xEE\x80\x81 başlayır.");
    CHECK(units[1].source_tags ==
          std::vector<std::string>{"<bpt i=\"0\" x=\"0\">&lt;b0&gt;</bpt>", "<ept i=\"0\">&lt;/b0&gt;</ept>"});
    CHECK(units[0].tmx.target_attributes == TmxExtras::Attributes{{"changeid", "aynur"},
                                                                  {"changedate", "20240105T101010Z"},
                                                                  {"creationid", "aynur"},
                                                                  {"creationdate", "20240105T100000Z"}});
    CHECK_THAT(units[2].tmx.unit_elements, Catch::Contains("<prop type=\"prev\">Hörmətli deputatlar!</prop>"));
}

TEST_CASE("Trados's UTF-16 TMX: dates, users, usage counts and header properties", "[tmx-import]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    CHECK(import_tmx(ws, fixture("trados-utf16.tmx")).added == 3);
    const auto units = all_units(ws);
    REQUIRE(units.size() == 3);
    CHECK(units[0].source_lang == "ru-RU");
    CHECK(units[0].source_text == "Договор вступает в силу \xEE\x80\x80с момента подписания.");
    CHECK(units[0].source_tags == std::vector<std::string>{"<ph x=\"1\" type=\"0\"/>"});
    CHECK(units[0].created_at == "2024-01-10T12:00:00Z");
    CHECK(units[0].created_by == "TRADOS\\translator");
    CHECK(units[0].changed_at == "2024-01-11T08:00:00Z");
    CHECK(units[0].changed_by == "TRADOS\\reviewer");
    CHECK(units[0].tmx.unit_attributes ==
          TmxExtras::Attributes{{"lastusagedate", "20240112T090000Z"}, {"usagecount", "3"}});
    CHECK(units[2].source_text == "Ёлки & палки: «цитата» <без тегов>.");
    CHECK(count(ws, "tmx_header") == 1);
    CHECK_THAT(ws.database().query_int("SELECT instr(elements, '<prop type=\"x-TMName\">Legal RU-EN</prop>') > 0 "
                                       "FROM tmx_header") == 1,
               Catch::Predicate<bool>([](bool b) { return b; }));
}

TEST_CASE("memoQ's TMX: regional language codes in lower case, placeholders and unit properties", "[tmx-import]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    CHECK(import_tmx(ws, fixture("memoq.tmx")).added == 3);
    const auto units = all_units(ws);
    REQUIRE(units.size() == 3);
    CHECK(units[0].source_lang == "az-Latn-AZ");
    CHECK(units[0].target_lang == "en-US");
    CHECK(units[0].source_tags.size() == 2);
    CHECK(units[1].source_tags == std::vector<std::string>{"<ph type=\"image\">{}</ph>"});
    CHECK_THAT(units[0].tmx.unit_elements, Catch::Contains("<prop type=\"x-document\">speech.docx</prop>"));

    // The imported memory answers lookups: "az" finds az-Latn-AZ units, "en" finds en-US translations.
    TranslationMemory memory(ws);
    TmQuery query;
    query.source_lang = "az";
    query.target_lang = "en";
    query.text = "İclas başa çatdı.";
    const auto matches = memory.lookup(query);
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].kind == MatchKind::Exact);
    CHECK(matches[0].unit.target_text == "The meeting is over.");
}

TEST_CASE("Okapi's multilingual TMX with srclang *all*: every pair, or the requested one", "[tmx-import]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    const auto summary = import_tmx(ws, fixture("okapi.tmx"));
    CHECK(summary.units_read == 3);
    CHECK(summary.added == 3);    // en-ru and en-az from the first unit, en-ru from the second
    CHECK(summary.skipped == 1);  // English only
    const auto units = all_units(ws);
    REQUIRE(units.size() == 3);
    CHECK(units[1].target_lang == "az-Latn");
    // <hi> keeps its text in the segment: its start and end tags are placeholders of their own.
    CHECK(units[2].source_text ==
          "The \xEE\x80\x80old \xEE\x80\x81"
          "bridge\xEE\x80\x82 was rebuilt in \xEE\x80\x83"
          "1998.");
    CHECK(units[2].source_tags ==
          std::vector<std::string>{"<hi type=\"emphasis\">", "<ut>&lt;i&gt;</ut>", "</hi>",
                                   "<ph x=\"4\">&lt;img src=\"a.png\" alt=\"<sub>a bridge</sub>\"/&gt;</ph>"});
    CHECK(units[0].tmx.source_elements == "<prop type=\"x-state\">final</prop>");

    auto only_ru = Workspace::create(dir / "ru.korpu");
    TmxImportOptions options;
    options.source_lang = "EN";
    options.target_lang = "RU";
    const auto ru = import_tmx(only_ru, fixture("okapi.tmx"), options);
    CHECK(ru.added == 2);
    CHECK(ru.skipped == 1);
}

TEST_CASE("every dialect survives export and re-import with every unit, tag and property", "[tmx-import]") {
    for (const auto* name : kDialects) {
        INFO(name);
        ScratchDir dir;
        auto first = Workspace::create(dir / "first.korpu");
        import_tmx(first, fixture(name));
        const auto exported = dir / "first.tmx";
        const auto written = export_memory_to_tmx(first, exported);

        auto second = Workspace::create(dir / "second.korpu");
        const auto again = import_tmx(second, exported);
        CHECK(again.added == written);
        const auto before = all_units(first);
        const auto after = all_units(second);
        REQUIRE(before.size() == after.size());
        for (std::size_t i = 0; i < before.size(); ++i) {
            INFO(before[i].source_text);
            CHECK(same_content(before[i], after[i]));
        }
        // Exporting the re-imported memory writes the same file again, header properties included.
        const auto second_export = dir / "second.tmx";
        export_memory_to_tmx(second, second_export);
        CHECK(korpu::test::read_file(second_export) == korpu::test::read_file(exported));
        if (std::system("command -v xmllint >/dev/null 2>&1") == 0) {
            CHECK(std::system(("xmllint --noout " + q(exported)).c_str()) == 0);
        }
    }
}

TEST_CASE("translate-toolkit reads the exported memory unit for unit", "[tmx-import][interop]") {
    if (std::system("/usr/bin/python3 -c 'import translate.storage.tmx' >/dev/null 2>&1") != 0) {
        WARN("skipped: /usr/bin/python3 with translate-toolkit (Debian package python3-translate) is missing");
        return;
    }
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    std::size_t units = 0;
    for (const auto* name : kDialects) units += import_tmx(ws, fixture(name)).added;
    const auto exported = dir / "all.tmx";
    REQUIRE(export_memory_to_tmx(ws, exported) == units);
    const auto listing = dir / "listing.txt";
    const auto script = korpu::test::source_dir() / "tests" / "interop" / "tmx_units.py";
    REQUIRE(std::system(("/usr/bin/python3 " + q(script) + " " + q(exported) + " > " + q(listing)).c_str()) == 0);
    std::istringstream lines(korpu::test::read_file(listing));
    std::vector<std::string> read;
    for (std::string line; std::getline(lines, line);) read.push_back(line);
    REQUIRE(read.size() == units);
    CHECK(std::find(read.begin(), read.end(),
                    "ru-RU\tЁлки & палки: «цитата» <без тегов>.\ten-GB\tSticks & stones: "
                    "\"a quote\" <no tags>.") != read.end());
}

TEST_CASE("export filters by language pair, document and date", "[tmx-import]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    import_tmx(ws, fixture("okapi.tmx"));
    import_tmx(ws, fixture("trados-utf16.tmx"));
    TmxMemoryFilter pair;
    pair.source_lang = "en";
    pair.target_lang = "ru";
    CHECK(export_memory_to_tmx(ws, dir / "en-ru.tmx", pair) == 2);
    TmxMemoryFilter russian;
    russian.source_lang = "ru";
    CHECK(export_memory_to_tmx(ws, dir / "ru.tmx", russian) == 3);
    CHECK_THAT(korpu::test::read_file(dir / "ru.tmx"), Catch::Contains("srclang=\"ru-RU\""));
    TmxMemoryFilter dated;
    dated.source_lang = "ru";
    dated.since = "2024-01-10T12:10:00Z";
    dated.until = "2024-01-11";
    CHECK(export_memory_to_tmx(ws, dir / "dated.tmx", dated) == 2);
    TmxMemoryFilter document;
    document.document = 1;
    CHECK(export_memory_to_tmx(ws, dir / "none.tmx", document) == 0);
}

TEST_CASE("malformed and hostile TMX files are refused with their position, and nothing is imported", "[tmx-import]") {
    struct Case {
        const char* file;
        std::size_t line;
        const char* message;
    };
    const Case cases[] = {
        {"unclosed-tag.tmx", 10, "mismatch"},
        {"bad-encoding.tmx", 1, "encoding"},
        {"not-utf8.tmx", 10, "UTF-8"},
        {"billion-laughs.tmx", 0, "must not use entities"},
        {"external-entity.tmx", 0, "must not declare or use entities"},
        {"not-tmx.tmx", 2, "not a TMX file"},
    };
    for (const auto& c : cases) {
        INFO(c.file);
        ScratchDir dir;
        auto ws = Workspace::create(dir / "a.korpu");
        const auto file = fixture(std::string("malformed/") + c.file);
        try {
            import_tmx(ws, file);
            FAIL("accepted");
        } catch (const InputError& error) {
            INFO(error.what());
            CHECK(error.file() == file);
            if (c.line > 0) CHECK(error.line() == c.line);
            CHECK_THAT(error.what(), Catch::Contains(c.message, Catch::CaseSensitive::No));
            CHECK_THAT(error.what(), !Catch::Contains(korpu::test::read_file("/etc/hostname").substr(0, 5)));
        }
        CHECK(count(ws, "tm_unit") == 0);
        CHECK(count(ws, "tm_term_count") == 0);
        CHECK(count(ws, "tmx_header") == 0);
    }
}

TEST_CASE("korpu tm import and export: summaries, exit codes and file:line:column errors", "[tmx-import][cli]") {
    ScratchDir dir;
    const auto ws = dir / "a.korpu";
    REQUIRE(korpu::test::run_korpu("init " + q(ws)).exit_code == 0);
    const auto imported = korpu::test::run_korpu("tm import " + q(ws) + " " + q(fixture("memoq.tmx")));
    INFO(imported.err);
    REQUIRE(imported.exit_code == 0);
    CHECK(imported.out == "read 3 translation units from " + fixture("memoq.tmx").string() +
                              ": 3 added, 0 already in the memory (merged)\n");
    const auto twice = korpu::test::run_korpu("tm import " + q(ws) + " " + q(fixture("memoq.tmx")));
    CHECK_THAT(twice.out, Catch::Contains(": 0 added, 3 already in the memory (merged)"));

    const auto bad = korpu::test::run_korpu("tm import " + q(ws) + " " + q(fixture("malformed/unclosed-tag.tmx")));
    CHECK(bad.exit_code == 3);
    CHECK_THAT(bad.err, Catch::Contains("unclosed-tag.tmx:10:"));

    const auto out = dir / "out.tmx";
    const auto exported = korpu::test::run_korpu("tm export " + q(ws) + " -o " + q(out) + " --target-lang en");
    REQUIRE(exported.exit_code == 0);
    CHECK(exported.out == "wrote 3 translation units to " + out.string() + "\n");
    CHECK(korpu::test::run_korpu("tm export " + q(ws) + " -o " + q(dir / "no" / "such" / "dir.tmx")).exit_code == 5);
}

TEST_CASE("an import killed half-way leaves the workspace intact and without the file's units", "[tmx-import][cli]") {
    ScratchDir dir;
    const auto ws = dir / "a.korpu";
    REQUIRE(korpu::test::run_korpu("init " + q(ws)).exit_code == 0);
    // Enough units that progress (every 10,000) shows long before the end.
    const auto big = dir / "big.tmx";
    {
        std::ofstream out(big, std::ios::binary);
        out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"ru\"/><body>\n";
        for (int i = 0; i < 200000; ++i) {
            out << "<tu><tuv xml:lang=\"ru\"><seg>Предложение номер " << i
                << " для проверки прерванного импорта памяти.</seg></tuv><tuv xml:lang=\"en\"><seg>Sentence number "
                << i << " for testing an interrupted memory import.</seg></tuv></tu>\n";
        }
        out << "</body></tmx>\n";
    }
    const auto err = dir / "err.txt";
    const std::string script =
        "cd " + q(dir.path()) + " && (" + q(KORPU_CLI_PATH) + " tm import " + q(ws) + " " + q(big) + " 2>" + q(err) +
        " >/dev/null & pid=$!; " + "for i in $(seq 1 600); do grep -q 'imported 10000 ' " + q(err) +
        " 2>/dev/null && break; sleep 0.05; done; kill -9 $pid; { wait $pid; } 2>/dev/null; test $? -eq 137)";
    REQUIRE(std::system(script.c_str()) == 0);

    auto workspace = Workspace::open(ws);
    sql::Statement check(workspace.database(), "PRAGMA integrity_check");
    REQUIRE(check.step());
    CHECK(check.column_text(0) == "ok");
    CHECK(count(workspace, "tm_unit") == 0);
    CHECK(count(workspace, "tm_term_count") == 0);
}

TEST_CASE("the editor's process and the CLI use one workspace at once", "[tmx-import][cli]") {
    ScratchDir dir;
    const auto file = dir / "a.korpu";
    auto ws = Workspace::create(file);
    TranslationMemory editor(ws);
    TmUnit unit;
    unit.source_lang = "ru";
    unit.target_lang = "en";
    unit.source_text = "Добрый день.";
    unit.target_text = "Good afternoon.";
    editor.add(unit);

    // The CLI imports while this process keeps its connection (and its prepared lookups) open.
    const auto imported = korpu::test::run_korpu("tm import " + q(file) + " " + q(fixture("trados-utf16.tmx")));
    INFO(imported.err);
    REQUIRE(imported.exit_code == 0);
    TmQuery query;
    query.source_lang = "ru";
    query.target_lang = "en";
    query.text = "Договор вступает в силу с момента подписания!";
    const auto matches = editor.lookup(query);
    REQUIRE_FALSE(matches.empty());
    CHECK(matches[0].unit.target_text == "The contract enters into force \xEE\x80\x80upon signature.");

    unit.source_text = "Добрый вечер.";
    unit.target_text = "Good evening.";
    editor.add(unit);
    const auto stats = korpu::test::run_korpu("tm stats " + q(file) + " --format json");
    CHECK_THAT(stats.out, Catch::Contains("\"units\":5,"));
}

TEST_CASE("a unit repeated in one file is stored once, and the import leaves tm_unit's indexes in place",
          "[tmx-import]") {
    ScratchDir dir;
    const auto file = dir / "repeated.tmx";
    korpu::test::write_file(
        file,
        "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"ru\"/><body>\n"
        "<tu creationdate=\"20240102T000000Z\"><tuv xml:lang=\"ru\"><seg>Да.</seg></tuv><tuv xml:lang=\"en\"><seg>Yes."
        "</seg></tuv></tu>\n"
        "<tu><tuv xml:lang=\"ru\"><seg>Нет.</seg></tuv><tuv xml:lang=\"en\"><seg>No.</seg></tuv></tu>\n"
        "<tu creationdate=\"20230101T000000Z\" creationid=\"anna\"><tuv xml:lang=\"ru\"><seg>Да.</seg></tuv>"
        "<tuv xml:lang=\"en\"><seg>Yes.</seg></tuv></tu>\n"
        "</body></tmx>\n");
    auto ws = Workspace::create(dir / "a.korpu");
    const auto summary = import_tmx(ws, file);
    CHECK(summary.added == 2);
    CHECK(summary.merged == 1);
    const auto units = all_units(ws);
    REQUIRE(units.size() == 2);
    CHECK(units[0].created_at == "2023-01-01T00:00:00Z");
    CHECK(units[0].created_by == "anna");
    CHECK(ws.database().query_int("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tm_unit'"
                                  " AND sql IS NOT NULL") == 3);
}

TEST_CASE("a writer past its memory bounds still merges duplicates and counts every word", "[tmx-import][limits]") {
    ScratchDir dir;
    std::vector<TmUnit> units;
    for (const char* text : {"Старый мост.", "Новый мост.", "Мост закрыт.", "Мост открыт.", "Мост стоит."}) {
        TmUnit unit;
        unit.source_lang = "ru";
        unit.target_lang = "en";
        unit.source_text = text;
        unit.target_text = std::string("The bridge: ") + text;
        units.push_back(unit);
    }
    // The same units, then again the first and the last: into a writer that remembers three units and keeps two
    // word counts pending, and into one with the default bounds.
    const auto write_all = [&](Workspace& ws, detail::UnitWriter& writer) {
        sql::Transaction transaction(ws.database());
        std::vector<bool> merged;
        for (const auto& unit : units) merged.push_back(writer.write(unit).merged);
        merged.push_back(writer.write(units.front()).merged);
        merged.push_back(writer.write(units.back()).merged);
        writer.finish();
        transaction.commit();
        return merged;
    };
    auto bounded_ws = Workspace::create(dir / "bounded.korpu");
    int lookups_started = 0;
    detail::UnitWriter bounded(bounded_ws.database(), [&] { ++lookups_started; }, {3, 2});
    auto plain_ws = Workspace::create(dir / "plain.korpu");
    detail::UnitWriter plain(plain_ws.database());
    const std::vector<bool> expected{false, false, false, false, false, true, true};
    CHECK(write_all(bounded_ws, bounded) == expected);
    CHECK(write_all(plain_ws, plain) == expected);
    CHECK(lookups_started == 1);
    CHECK(count(bounded_ws, "tm_unit") == 5);
    const auto term_counts = [](Workspace& ws) {
        std::vector<std::pair<std::int64_t, std::int64_t>> rows;
        sql::Statement select(ws.database(), "SELECT term_hash, units FROM tm_term_count ORDER BY term_hash");
        while (select.step()) rows.emplace_back(select.column_int(0), select.column_int(1));
        return rows;
    };
    CHECK(term_counts(bounded_ws) == term_counts(plain_ws));
    CHECK(term_counts(bounded_ws).size() > 2);
}
