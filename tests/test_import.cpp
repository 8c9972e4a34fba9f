#include <catch2/catch.hpp>

#include <string>

#include "support/test_support.hpp"
#include "tm/core/error.hpp"
#include "tm/import/encoding.hpp"
#include "tm/import/load_document.hpp"
#include "tm/import/text_import.hpp"
#include "tm/import/text_normaliser.hpp"

using namespace korpu;
using korpu::test::ScratchDir;

namespace {

const std::string kRussianFirstSentence = "Старый каменный мост стоит над рекой уже двести лет.";

std::filesystem::path fixture(const std::string& name) {
    return korpu::test::source_dir() / "tests" / "fixtures" / "import" / name;
}

ImportedText import_fixture(const std::string& name, const ImportOptions& options = {}) {
    return import_text(fixture(name), options);
}

std::string joined(const std::vector<Block>& blocks) {
    std::string text;
    for (const auto& block : blocks) text += block.text + "\n";
    return text;
}

}  // namespace

TEST_CASE("Russian 8-bit encodings are told apart by letter frequencies", "[import][encoding]") {
    for (const auto& [name, encoding] : {std::pair{"ru.cp1251.txt", "windows-1251"},
                                         std::pair{"ru.koi8-r.txt", "KOI8-R"}, std::pair{"ru.cp866.txt", "IBM866"}}) {
        INFO(name);
        const auto imported = import_fixture(name);
        CHECK(imported.encoding.name == encoding);
        CHECK(imported.encoding.evidence == EncodingEvidence::CyrillicLetterFrequencies);
        REQUIRE(imported.blocks.size() == 2);
        CHECK(imported.blocks[0].text.rfind(kRussianFirstSentence, 0) == 0);
        CHECK_THAT(imported.blocks[1].text, Catch::Contains("мастер был из Шеки."));
    }
}

TEST_CASE("UTF-16 with and without a byte-order mark, and UTF-8 with one", "[import][encoding]") {
    const auto le = import_fixture("az.utf16le.txt");
    CHECK(le.encoding.description() == "UTF-16LE (byte-order mark)");
    REQUIRE(le.blocks.size() == 2);
    CHECK(le.blocks[0].text == "Çayın üstündəki daş körpü iki yüz ildir ki, dayanır.");
    const auto be = import_fixture("en.utf16be.txt");
    CHECK(be.encoding.name == "UTF-16BE");
    REQUIRE(be.blocks.size() == 2);
    CHECK(be.blocks[1].text == "In spring the water rises, and children watch the waves from the bridge.");
    const auto unmarked = import_fixture("ru.utf16le-nobom.txt");
    CHECK(unmarked.encoding.description() == "UTF-16LE (NUL bytes where UTF-16 has them)");
    REQUIRE(unmarked.blocks.size() == 2);
    CHECK(unmarked.blocks[0].text.rfind(kRussianFirstSentence, 0) == 0);
    const auto bom = import_fixture("az.utf8-bom.txt");
    CHECK(bom.encoding.description() == "UTF-8 (byte-order mark)");
    CHECK(bom.blocks[0].text.rfind("Çayın", 0) == 0);  // the mark is not part of the text
}

TEST_CASE("a forced encoding wins over detection, and unknown names are usage errors", "[import][encoding]") {
    ImportOptions options;
    options.encoding = "cp1251";
    const auto forced = import_fixture("ru.koi8-r.txt", options);
    CHECK(forced.encoding.description() == "windows-1251 (named with --encoding)");
    CHECK_THAT(joined(forced.blocks), !Catch::Contains("мост"));  // KOI8-R read as Windows-1251 is gibberish
    options.encoding = "koi8r";
    CHECK(import_fixture("ru.koi8-r.txt", options).blocks[0].text.rfind(kRussianFirstSentence, 0) == 0);
    options.encoding = "no-such-encoding";
    CHECK_THROWS_AS(import_fixture("ru.koi8-r.txt", options), UsageError);
    CHECK(standard_encoding_name("cp866") == "IBM866");
    CHECK(standard_encoding_name("utf8") == "UTF-8");
}

TEST_CASE("invalid UTF-8 in a file declared or forced UTF-8 names the line and the byte", "[import][encoding]") {
    ScratchDir dir;
    // Mostly UTF-8 (valid "ə" and "ü"), with one Latin-1 byte on line 3.
    korpu::test::write_file(dir / "damaged.txt", "Birinci sətir.\nİkinci sətir.\nÜçüncü s\xE9tir.\n");
    try {
        import_text(dir / "damaged.txt", {});
        FAIL("no error for invalid UTF-8");
    } catch (const InputError& error) {
        CHECK(error.line() == 3);
        CHECK(error.column() == 13);  // "Üçüncü s" is 12 bytes
        CHECK_THAT(error.what(), Catch::Contains("0xE9") && Catch::Contains("damaged.txt:3:13"));
    }
    korpu::test::write_file(dir / "bom.txt", "\xEF\xBB\xBFLine one.\nCaf\xE9.\n");
    CHECK_THROWS_WITH(import_text(dir / "bom.txt", {}), Catch::Contains("bom.txt:2:4"));
    korpu::test::write_file(dir / "latin1.txt", "Line one.\nCaf\xE9 au lait.\n");
    ImportOptions utf8;
    utf8.encoding = "UTF-8";
    CHECK_THROWS_WITH(import_text(dir / "latin1.txt", utf8), Catch::Contains("latin1.txt:2:4"));
}

TEST_CASE("invalid bytes in another forced encoding are errors too", "[import][encoding]") {
    ScratchDir dir;
    korpu::test::write_file(dir / "ascii.txt", "abc\nde\x98z\n");
    ImportOptions options;
    options.encoding = "US-ASCII";
    try {
        import_text(dir / "ascii.txt", options);
        FAIL("no error for a byte outside ASCII");
    } catch (const InputError& error) {
        CHECK(error.line() == 2);
        CHECK(error.column() == 3);
        CHECK_THAT(error.what(), Catch::Contains("0x98"));
    }
    // A lone low surrogate on line 2 of UTF-16LE.
    korpu::test::write_file(dir / "utf16.txt", std::string("a\0\n\0b\0\x00\xDC", 8));
    options.encoding = "UTF-16LE";
    CHECK_THROWS_AS(import_text(dir / "utf16.txt", options), InputError);
}

TEST_CASE("binary garbage and text in no recognisable encoding are refused", "[import][encoding]") {
    ScratchDir dir;
    std::string garbage;
    for (int i = 0; i < 4096; ++i) garbage += static_cast<char>((i * 7919 + 13) % 256);
    korpu::test::write_file(dir / "garbage.bin", garbage);
    CHECK_THROWS_WITH(import_text(dir / "garbage.bin", {}), Catch::Contains("binary data"));
    korpu::test::write_file(dir / "french.txt",
                            "Le caf\xE9 est tr\xE8s bon \xE0 No\xEBl, d\xE9j\xE0 c\xE9l\xE8"
                            "bre.\n");
    CHECK_THROWS_WITH(import_text(dir / "french.txt", {}),
                      Catch::Contains("french.txt:1:7") && Catch::Contains("--encoding"));
    ImportOptions latin1;
    latin1.encoding = "ISO-8859-1";
    CHECK(import_text(dir / "french.txt", latin1).blocks[0].text == "Le café est très bon à Noël, déjà célèbre.");
}

TEST_CASE("a 50 MB line is refused with a message, not read into the segmenter", "[import][limits]") {
    ScratchDir dir;
    korpu::test::write_file(dir / "huge.txt", "Short first line.\n" + std::string(50 * 1024 * 1024, 'a'));
    CHECK_THROWS_WITH(load_document(dir / "huge.txt", Language::parse("en"), InputLayout::RunningText),
                      Catch::Contains("huge.txt:2") && Catch::Contains("without a break"));
    CHECK_THROWS_WITH(load_document(dir / "huge.txt", Language::parse("en"), InputLayout::OneSegmentPerLine),
                      Catch::Contains("huge.txt:2"));
}

TEST_CASE("normalisation: NFC, white space, soft hyphens and zero-width characters; quotes and dashes kept",
          "[import][normalise]") {
    CHECK(normalise_imported_text("  Ko\xCC\x88hn\xC9\x99 \t\n k\xC3\xB6rp\xC3\xBC  ") == "Köhnə körpü");
    CHECK(normalise_imported_text("ко\u00ADрот\u200Bкий ze\u200Cro\u2060 \uFEFFwidth\u200D") == "короткий zero width");
    CHECK(normalise_imported_text("5\u00A0000 \u00A0 руб.") == "5\u00A0000 руб.");  // a lone no-break space stays
    const std::string typographic = "«Ёлки» — “quoted” – 'single' „низ“ ‘x’ …";
    CHECK(normalise_imported_text(typographic) == typographic);
}

TEST_CASE("one segment a line keeps every line, empty ones included", "[import]") {
    ScratchDir dir;
    korpu::test::write_file(dir / "lines.txt", "One.\r\n\r\nThree\u200B.\n");
    const auto document = load_document(dir / "lines.txt", Language::parse("en"), InputLayout::OneSegmentPerLine);
    CHECK(document.segments() == std::vector<std::string>{"One.", "", "Three."});
}
