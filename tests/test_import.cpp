#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "support/test_support.hpp"
#include "tm/core/error.hpp"
#include "tm/export/detail/zip_archive.hpp"
#include "tm/import/boilerplate_filter.hpp"
#include "tm/import/encoding.hpp"
#include "tm/import/load_document.hpp"
#include "tm/import/mixed_script.hpp"
#include "tm/import/text_import.hpp"
#include "tm/import/text_normaliser.hpp"
#include "tm/store/document_store.hpp"
#include "tm/store/workspace.hpp"

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

// Lines of a page without wide gaps between them (as HTML and office documents give them).
std::vector<PageLine> page(const std::vector<std::string>& texts) {
    std::vector<PageLine> lines;
    for (const auto& text : texts) lines.push_back({text});
    return lines;
}

std::string trimmed_line(const std::string& line) { return line.substr(0, line.find_last_not_of('\n') + 1); }

std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
    return count;
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

namespace {

std::vector<std::string> texts_of(const std::vector<Block>& blocks) {
    std::vector<std::string> texts;
    for (const auto& block : blocks) texts.push_back(block.text);
    return texts;
}

}  // namespace

TEST_CASE("HTML: the article's headings and paragraphs in order, without the page around them", "[import][html]") {
    const auto page = import_fixture("news.en.html");
    CHECK(page.format == DocumentFormat::Html);
    CHECK(page.encoding.description() == "UTF-8 (declared by the document)");
    const std::vector<std::string> expected{
        "The old bridge over the Kura reopens after two years",
        "The stone bridge over the Kura reopened on Monday after two years of repairs. Engineers replaced "
        "forty\u00A0stones and the whole parapet.",
        "“We waited for this day like a wedding,” said the mayor, who crossed the bridge first. Children followed "
        "him with flowers.",
        "Who paid for the repairs?",
        "The town paid for half of the work; the rest came from a regional fund and from donations collected by "
        "the school.",
        "The bridge on Monday morning."};
    CHECK(texts_of(page.blocks) == expected);
    REQUIRE(page.blocks.size() == expected.size());
    CHECK(page.blocks[0].kind == BlockKind::Heading);
    CHECK(page.blocks[1].kind == BlockKind::Paragraph);
    CHECK(page.blocks[3].kind == BlockKind::Heading);
    // The teaser, "Leave a review", the section name "Regions", "Follow us on social networks" and "News Line".
    CHECK(page.boilerplate_removed == 5);
}

TEST_CASE("HTML: boilerplate removal can be switched off; scripts, navigation and widgets go regardless",
          "[import][html]") {
    ImportOptions options;
    options.boilerplate = BoilerplateRemoval::Off;
    const auto page = import_fixture("news.en.html", options);
    const auto text = joined(page.blocks);
    CHECK_THAT(text, Catch::Contains("Leave a review\nRegions\nFollow us on social networks\n"));
    CHECK_THAT(text, Catch::Contains("said the mayor…\n"));  // the teaser, with its entity resolved
    for (const char* never : {"analytics", "Injected", "font-family", "Politics", "Facebook", "Share\n", "Home",
                              "Engineers replaced forty stones\n", "Draft paragraph", "Great news", "Prices of bread",
                              "All rights reserved", "Subscribe", "Bridge News"}) {
        INFO(never);
        CHECK_THAT(text, !Catch::Contains(never));
    }
    CHECK(page.boilerplate_removed == 0);
}

TEST_CASE("HTML: a declared Windows-1251 page, Russian and Azerbaijani boilerplate phrases", "[import][html]") {
    const auto russian = import_fixture("news.ru.cp1251.html");
    CHECK(russian.encoding.description() == "windows-1251 (declared by the document)");
    CHECK(texts_of(russian.blocks) ==
          std::vector<std::string>{"Старый мост через Куру снова открыт",
                                   "Каменный мост открыли в понедельник после двух лет ремонта. Инженеры заменили "
                                   "сорок камней, т. е. почти весь парапет.",
                                   "Мэр города первым прошёл по мосту; за ним шли дети с цветами."});
    CHECK(russian.boilerplate_removed == 2);  // "Читайте также:" and "Поделиться"
    const auto azerbaijani = import_fixture("news.az.html");
    CHECK(azerbaijani.blocks.size() == 3);
    CHECK(azerbaijani.blocks[0].text == "Kür üzərindəki köhnə körpü yenidən açıldı");
    CHECK(azerbaijani.boilerplate_removed == 2);  // "Oxşar xəbərlər", "Rəy bildirin"
    ImportOptions forced;
    forced.encoding = "KOI8-R";  // the user's word beats the page's declaration
    CHECK_THAT(joined(import_fixture("news.ru.cp1251.html", forced).blocks), !Catch::Contains("мост"));
}

TEST_CASE("HTML is recognised by content as well as by extension, and --format overrides both", "[import][html]") {
    ScratchDir dir;
    korpu::test::write_file(dir / "page.txt",
                            "<!-- saved -->\n<!DOCTYPE html><html><body><p>One &amp; two.</p>"
                            "<p>Leave a review</p></body></html>");
    const auto sniffed = import_text(dir / "page.txt", {});
    CHECK(sniffed.format == DocumentFormat::Html);
    CHECK(texts_of(sniffed.blocks) == std::vector<std::string>{"One & two."});
    ImportOptions as_text;
    as_text.format = DocumentFormat::Text;
    CHECK(import_text(dir / "page.txt", as_text).blocks.size() == 1);  // the markup, as one paragraph
    CHECK(document_format_from_string("html") == DocumentFormat::Html);
    CHECK_THROWS_AS(document_format_from_string("pdf"), UsageError);
}

TEST_CASE("boilerplate: listed phrases, section names between them, teasers and repeated titles",
          "[import][boilerplate]") {
    const std::vector<std::string> lines{
        "Calls for a new bridge grow louder in the northern districts",  // 0 title
        "Daily Bridge News",                                             // 1 kept: not next to site lines
        "Calls for a new bridge grow louder in the northern districts",  // 2 the title again
        "“The bridge is older than the town itself”",                    // 3 teaser
        "Residents say the bridge is older than the town itself, and they want it kept.",
        "Question: Who decides?",
        "Answer: The council decides in May.",
        "Share:",           // 7 listed, with a colon
        "Culture",          // 8 section name between site lines
        "Comments (12)",    // 9 listed, with a count
        "ПОДЕЛИТЬСЯ",       // 10 listed, in capitals
        "Oxşar xəbərlər"};  // 11 listed
    const auto marked = find_boilerplate(page(lines));
    CHECK(marked == std::vector<bool>{false, false, true, true, false, false, false, true, true, true, true, true});
    // A sentence that starts like a phrase, and a short line far from any site line, stay.
    CHECK(find_boilerplate(page({"Share prices rose.", "Culture", "It was a good year."})) ==
          std::vector<bool>{false, false, false});
}

TEST_CASE("boilerplate: datelines, bylines and credits above and below the article go, dated sentences stay",
          "[import][boilerplate]") {
    const std::vector<std::string> lines{
        "Rally Set For 11 November 2022",            // 0 title ending in a date after a preposition
        "Иван Петров, 8 ноября 2022, 14:35",         // 1 byline with the date
        "By John Smith",                             // 2 credit
        "Politics Desk | Tuesday, 8 November 2022",  // 3 section and date
        "8 November 2022. The opposition has called a rally in the centre of the capital.",
        "On 30 December 2020 the ministry said the square would be closed for repairs.",
        "12 March 2021",  // 6 a date heading inside the article
        "By the end of the year the square had been reopened, and the rally was allowed.",
        "30 December 2020 — the day the square closed — is still remembered by everyone here.",
        "November 8, 2022",                     // 9 the date alone under the article
        "Фото: ТАСС",                           // 10 photo credit
        "(Reuters)",                            // 11 agency
        "Updated: 2022-11-08 14:35",            // 12 labelled date
        "8 noyabr 2022, 14:35",                 // 13 Azerbaijani date with a time
        "Müəllif: Elmir Qanbarov",              // 14 Azerbaijani credit
        "8 November 2022: a day to remember"};  // 15 a date that starts a title, not a dateline
    const auto marked = find_boilerplate(page(lines));
    CHECK(marked == std::vector<bool>{false, true, true, true, false, false, false, false, false, true, true, true,
                                      true, true, true, false});
    // A headline in sentence case that ends in a date, and lines with more than a name after "By", stay.
    CHECK(find_boilerplate(page({"Protests planned for 11 November 2022", "By the river, a crowd gathered before dawn",
                                 "The opposition has called a rally in the centre of the capital for next month."})) ==
          std::vector<bool>{false, false, false});
    // Without a paragraph of running text the article cannot be told apart: nothing goes.
    CHECK(find_boilerplate(page({"8 November 2022", "By John Smith"})) == std::vector<bool>{false, false});
}

TEST_CASE("boilerplate: a plain-text page's header above a wide gap goes when the title follows it",
          "[import][boilerplate]") {
    ScratchDir dir;
    ImportOptions on;
    on.boilerplate = BoilerplateRemoval::On;
    const std::string body = "The repairs of the old bridge began on Monday, the city council said in a statement.\n";
    korpu::test::write_file(dir / "header.txt", "Daily Bridge Review\n\n\n\nBridge repairs begin\n\n" + body);
    CHECK(texts_of(import_text(dir / "header.txt", on).blocks) ==
          std::vector<std::string>{"Bridge repairs begin", trimmed_line(body)});
    // A title alone above the gap is the article's own.
    korpu::test::write_file(dir / "title.txt", "Bridge repairs begin\n\n\n" + body);
    CHECK(import_text(dir / "title.txt", on).blocks.size() == 2);
    // Nothing goes above a gap when a sentence stands there, nor when a single blank line separates.
    korpu::test::write_file(dir / "sentence.txt", "We write about bridges.\n\n\nBridge repairs begin\n\n" + body);
    CHECK(import_text(dir / "sentence.txt", on).blocks.size() == 3);
    korpu::test::write_file(dir / "narrow.txt", "Daily Bridge Review\n\nBridge repairs begin\n\n" + body);
    CHECK(import_text(dir / "narrow.txt", on).blocks.size() == 3);
}

TEST_CASE("boilerplate removal on plain text works line by line", "[import][boilerplate]") {
    ScratchDir dir;
    korpu::test::write_file(dir / "copied.txt",
                            "The bridge reopened on Monday.\nIt was closed for two years.\n\nLeave a review\n\n"
                            "Regions\n\nFollow us on social networks\n\nNews Line");
    ImportOptions on;
    on.boilerplate = BoilerplateRemoval::On;
    const auto cleaned = import_text(dir / "copied.txt", on);
    CHECK(texts_of(cleaned.blocks) ==
          std::vector<std::string>{"The bridge reopened on Monday. It was closed for two years."});
    CHECK(cleaned.boilerplate_removed == 4);
    CHECK(import_text(dir / "copied.txt", {}).blocks.size() == 5);  // off by default for plain text
}

TEST_CASE("mixed-script words are found and left as they are", "[import][normalise]") {
    // "Мoсква" with a Latin o, "Әliyev" with a Cyrillic Ә, "Ivanov-Петров" is two words.
    const std::string text = "Мoсква и Баку. Әliyev, Ivanov-Петров, café, Ко\u0301мпания.";
    const auto findings = find_mixed_script_words(text, 4);
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].segment == 4);
    CHECK(findings[0].kind == "mixed-script");
    CHECK(findings[0].text == "Мoсква");
    CHECK(findings[0].detail == "Latin o in a Cyrillic word");
    CHECK(findings[1].text == "Әliyev");
    CHECK(findings[1].detail == "Cyrillic Ә in a Latin word");
    ScratchDir dir;
    korpu::test::write_file(dir / "mixed.txt", "Первое предложение.\n\nГoрод Мoсква.\n");
    const auto loaded = import_document(dir / "mixed.txt", Language::parse("ru"), InputLayout::RunningText);
    CHECK(loaded.content.segments()[1] == "Гoрод Мoсква.");  // unchanged
    REQUIRE(loaded.findings.size() == 2);
    CHECK(loaded.findings[0].segment == 1);
    CHECK(loaded.findings[1].text == "Мoсква");
}

TEST_CASE("the seeds: boilerplate removal keeps every article line and drops the site's",
          "[import][boilerplate][shared]") {
    KORPU_REQUIRE_SHARED(shared);
    const auto seeds = shared / "seeds";
    if (!std::filesystem::exists(seeds)) {
        WARN("skipped: " << seeds << " is absent");
        return;
    }
    // The site's lines of each seed, by line number (read from the files by eye): buttons and box titles
    // ("Leave a review", "News Line"), section names between them, the site's name above the article, a
    // teaser quoting the text, a byline with the date, the date alone under the article, and a title printed
    // a second time. Every other line is the article's.
    const std::map<std::string, std::set<std::size_t>> site_lines{
        {"000", {26, 28, 30, 32}}, {"001", {27, 29, 31, 33}}, {"002", {59, 62}}, {"003", {1, 5, 33}}, {"004", {3, 4}}};
    ImportOptions on;
    on.boilerplate = BoilerplateRemoval::On;
    std::size_t seen = 0;
    for (const auto& entry : std::filesystem::directory_iterator(seeds)) {
        const auto name = entry.path().filename().string();
        const auto found = site_lines.find(name.substr(0, 3));
        if (found == site_lines.end()) continue;
        ++seen;
        INFO(name);
        const auto& site = found->second;
        std::vector<std::string> article;
        std::vector<std::string> dropped;
        const auto original = korpu::test::read_file(entry.path());
        std::size_t start = 0;
        for (std::size_t number = 1; start < original.size(); ++number) {
            auto end = original.find('\n', start);
            if (end == std::string::npos) end = original.size();
            auto line = normalise_imported_text(original.substr(start, end - start));
            start = end + 1;
            if (site.count(number)) {
                REQUIRE_FALSE(line.empty());
                dropped.push_back(std::move(line));
            } else if (!line.empty()) {
                article.push_back(std::move(line));
            }
        }
        REQUIRE(dropped.size() == site.size());
        const auto imported = import_text(entry.path(), on);
        const auto kept = joined(imported.blocks);
        std::string article_text;
        for (const auto& line : article) article_text += line + "\n";
        for (const auto& line : article) {
            INFO("article line: " << line);
            CHECK_THAT(kept, Catch::Contains(line));
        }
        // A site line is gone; a title printed twice remains as often as the article prints it.
        for (const auto& line : dropped) {
            INFO("site line: " << line);
            CHECK(occurrences(kept, line) == occurrences(article_text, line));
        }
        CHECK(imported.boilerplate_removed == site.size());
    }
    CHECK(seen == 5);
}

TEST_CASE("import findings are stored with their document", "[import][store]") {
    ScratchDir dir;
    auto workspace = Workspace::create(dir / "w.korpu");
    const SegmentedDocument content{{{BlockKind::Paragraph, {"Первое.", "Гoрод Мoсква."}}}};
    const auto findings = find_mixed_script_words(content);
    REQUIRE(findings.size() == 2);
    DocumentStore documents(workspace);
    const auto id =
        documents.add({"mixed.txt", Language::parse("ru"), std::nullopt, "text", "UTF-8"}, content, findings);
    const auto stored = documents.findings(id);
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].segment == 1);
    CHECK(stored[0].text == "Гoрод");
    CHECK(stored[1].detail == "Latin o in a Cyrillic word");
    CHECK(
        documents.findings(documents.add({"clean.txt", Language::parse("ru"), std::nullopt, "text", "UTF-8"}, content))
            .empty());
}

namespace {

void write_zip(const std::filesystem::path& file, const std::vector<std::pair<std::string, std::string>>& parts) {
    detail::ZipArchive archive(file);
    for (const auto& [name, content] : parts) archive.add(name, content, name != "mimetype");
    archive.commit();
}

// A Word document as Word writes one: a title, a heading, paragraphs split into runs, a table, a tracked
// deletion and insertion, a field code, a footnote reference and a text box (with its VML fallback).
const std::string kDocumentXml = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
            xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Köhnə körpü</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Təmir</w:t></w:r></w:p>
<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Daş körpü </w:t></w:r><w:r><w:t>iki yüz ildir</w:t></w:r><w:del w:id="1"><w:r><w:delText> silinmiş</w:delText></w:r></w:del><w:ins w:id="2"><w:r><w:t xml:space="preserve"> dayanır</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>
<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>Səhifə</w:t></w:r><w:r><w:tab/><w:t>bir</w:t><w:br/><w:t>iki</w:t></w:r></w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Mətn qutusu</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:t>Ehtiyat</w:t></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Qutudan sonra.</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Xana bir</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Xana iki</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p/>
<w:sectPr/>
</w:body>
</w:document>)";

const std::string kContentXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" office:version="1.3">
<office:body><office:text>
<text:sequence-decls><text:sequence-decl text:display="none" text:name="Figure"/></text:sequence-decls>
<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>Удалённый текст</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:h text:outline-level="1">Старый мост</text:h>
<text:p>Каменный<text:s/>мост<text:s text:c="3"/>стоит <text:span>двести</text:span> лет<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Сноска.</text:p></text:note-body></text:note>.<text:change text:change-id="c1"/></text:p>
<text:list><text:list-item><text:p>Первый пункт<text:tab/>списка</text:p></text:list-item></text:list>
<table:table><table:table-row><table:table-cell><text:p>Ячейка<text:line-break/>таблицы</text:p></table:table-cell></table:table-row></table:table>
<text:p><draw:frame><draw:text-box><text:p>Врезка</text:p></draw:text-box></draw:frame>После <text:a>ссылки</text:a>.</text:p>
<text:p><office:annotation><text:p>Комментарий</text:p></office:annotation>Конец.</text:p>
</office:text></office:body></office:document-content>)";

}  // namespace

TEST_CASE("DOCX: headings and paragraphs in reading order, without deletions, fields and text boxes",
          "[import][docx]") {
    ScratchDir dir;
    write_zip(dir / "körpü.docx", {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", kDocumentXml}});
    const auto imported = import_text(dir / "körpü.docx", {});
    CHECK(imported.format == DocumentFormat::Docx);
    CHECK(texts_of(imported.blocks) == std::vector<std::string>{"Köhnə körpü", "Təmir",
                                                                "Daş körpü iki yüz ildir dayanır.", "Səhifə bir iki",
                                                                "Qutudan sonra.", "Xana bir", "Xana iki"});
    REQUIRE(imported.blocks.size() == 7);
    CHECK(imported.blocks[0].kind == BlockKind::Heading);
    CHECK(imported.blocks[1].kind == BlockKind::Heading);
    CHECK(imported.blocks[2].kind == BlockKind::Paragraph);
    // The content decides, not the name.
    std::filesystem::copy_file(dir / "körpü.docx", dir / "renamed.bin");
    CHECK(import_text(dir / "renamed.bin", {}).format == DocumentFormat::Docx);
}

TEST_CASE("ODT: headings, paragraphs, lists and tables, without notes, frames, annotations and deletions",
          "[import][odt]") {
    ScratchDir dir;
    write_zip(dir / "most.odt",
              {{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", kContentXml}});
    const auto imported = import_text(dir / "most.odt", {});
    CHECK(imported.format == DocumentFormat::Odt);
    CHECK(texts_of(imported.blocks) == std::vector<std::string>{"Старый мост", "Каменный мост стоит двести лет.",
                                                                "Первый пункт списка", "Ячейка таблицы",
                                                                "После ссылки.", "Конец."});
    REQUIRE(imported.blocks.size() == 6);
    CHECK(imported.blocks[0].kind == BlockKind::Heading);
    const auto loaded = import_document(dir / "most.odt", Language::parse("ru"), InputLayout::RunningText);
    CHECK(loaded.content.paragraphs.size() == 6);
}

TEST_CASE("broken office files: truncated, not a document, malformed XML", "[import][docx][odt]") {
    ScratchDir dir;
    write_zip(dir / "full.docx", {{"word/document.xml", kDocumentXml}});
    const auto full = korpu::test::read_file(dir / "full.docx");
    korpu::test::write_file(dir / "truncated.docx", full.substr(0, full.size() / 2));
    CHECK_THROWS_WITH(import_text(dir / "truncated.docx", {}),
                      Catch::Contains("truncated.docx") && Catch::Contains("not a complete ZIP container"));
    korpu::test::write_file(dir / "text.docx", "Just text, named .docx.\n");
    CHECK_THROWS_WITH(import_text(dir / "text.docx", {}), Catch::Contains("not a complete ZIP container"));
    write_zip(dir / "other.zip", {{"readme.txt", "hello"}});
    CHECK_THROWS_WITH(import_text(dir / "other.zip", {}), Catch::Contains("neither a Word"));
    write_zip(dir / "bad.docx", {{"word/document.xml", "<w:document><w:body><w:p></w:body>"}});
    CHECK_THROWS_WITH(import_text(dir / "bad.docx", {}),
                      Catch::Contains("bad.docx: word/document.xml line 1: not well-formed XML"));
    write_zip(dir / "entities.odt",
              {{"mimetype", "application/vnd.oasis.opendocument.text"},
               {"content.xml", "<?xml version='1.0'?><!DOCTYPE d [<!ENTITY e 'boom'>]><d>&e;</d>"}});
    CHECK_THROWS_WITH(import_text(dir / "entities.odt", {}), Catch::Contains("declares entities"));
}
