// Hostile sizes and shapes: each input either works within bounded memory or is refused with a clear
// message naming the file, never a crash or an out-of-memory kill.
#include <catch2/catch.hpp>

#include <fstream>

#include "support/test_support.hpp"
#include "tm/core/error.hpp"
#include "tm/core/language.hpp"
#include "tm/export/xliff_reader.hpp"
#include "tm/glossary/glossary_file.hpp"
#include "tm/memory/tmx_import.hpp"
#include "tm/memory/translation_memory.hpp"
#include "tm/segment/srx_reader.hpp"
#include "tm/store/workspace.hpp"

using korpu::test::run_korpu;
using korpu::test::ScratchDir;
using korpu::test::write_file;

namespace {

std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

// Deeper than any document has a reason to be: libxml2 refuses more than 256 levels unless told otherwise.
constexpr int kHostileDepth = 100'000;

std::string nested(const std::string& element) {
    std::string open;
    std::string close;
    open.reserve(kHostileDepth * (element.size() + 2));
    for (int i = 0; i < kHostileDepth; ++i) open += "<" + element + ">";
    for (int i = 0; i < kHostileDepth; ++i) close += "</" + element + ">";
    return open + close;
}

// "Billion laughs": ten levels of entities, each ten times the one before.
std::string laughing_doctype(const std::string& root) {
    std::string doctype = "<!DOCTYPE " + root + " [\n<!ENTITY lol0 \"lol\">\n";
    for (int level = 1; level <= 9; ++level) {
        doctype += "<!ENTITY lol" + std::to_string(level) + " \"";
        for (int i = 0; i < 10; ++i) doctype += "&lol" + std::to_string(level - 1) + ";";
        doctype += "\">\n";
    }
    return doctype + "]>\n";
}

const char* const kTmxHead =
    "<tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" "
    "adminlang=\"en\" srclang=\"az\" datatype=\"plaintext\"/><body>";

std::size_t memory_units(korpu::Workspace& workspace) { return korpu::TranslationMemory(workspace).stats().units; }

}  // namespace

TEST_CASE("XML nested 100,000 deep is refused by every XML reader", "[limits]") {
    const ScratchDir dir;
    const auto tmx = dir / "deep.tmx";
    write_file(tmx, std::string("<?xml version=\"1.0\"?>") + kTmxHead + "<tu><tuv xml:lang=\"az\"><seg>" +
                        nested("hi") + "</seg></tuv></tu></body></tmx>");
    auto workspace = korpu::Workspace::create(dir / "w.korpu");
    CHECK_THROWS_AS(korpu::import_tmx(workspace, tmx), korpu::InputError);
    CHECK(memory_units(workspace) == 0);

    const auto xliff = dir / "deep.xlf";
    write_file(xliff,
               "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"ru\" trgLang=\"en\">" +
                   nested("file") + "</xliff>");
    CHECK_THROWS_AS(korpu::read_xliff(xliff), korpu::InputError);

    const auto tbx = dir / "deep.tbx";
    write_file(tbx, "<tbx type=\"TBX-Basic\" xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>" +
                        nested("conceptEntry") + "</body></text></tbx>");
    korpu::GlossaryReadOptions options;
    options.source_lang = korpu::Language::parse("ru");
    options.target_lang = korpu::Language::parse("en");
    CHECK_THROWS_AS(korpu::read_glossary(tbx, korpu::GlossaryFormat::Tbx, options), korpu::InputError);

    CHECK_THROWS_AS(korpu::parse_srx("<srx version=\"2.0\">" + nested("body") + "</srx>", "deep.srx"),
                    korpu::InputError);
}

TEST_CASE("entity expansion is never carried out", "[limits]") {
    const ScratchDir dir;
    const auto tmx = dir / "laughs.tmx";
    write_file(tmx, "<?xml version=\"1.0\"?>\n" + laughing_doctype("tmx") + kTmxHead +
                        "<tu><tuv xml:lang=\"az\"><seg>&lol9;</seg></tuv><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu>"
                        "</body></tmx>");
    auto workspace = korpu::Workspace::create(dir / "w.korpu");
    CHECK_THROWS_AS(korpu::import_tmx(workspace, tmx), korpu::InputError);
    CHECK(memory_units(workspace) == 0);

    const auto xliff = dir / "laughs.xlf";
    write_file(xliff,
               "<?xml version=\"1.0\"?>\n" + laughing_doctype("xliff") +
                   "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"ru\" "
                   "trgLang=\"en\"><file id=\"f\"><unit id=\"1\"><segment><source>&lol9;</source></segment></unit>"
                   "</file></xliff>");
    try {
        const auto file = korpu::read_xliff(xliff);
        for (const auto& unit : file.units) CHECK(unit.source.find("lollol") == std::string::npos);
    } catch (const korpu::InputError&) {
        SUCCEED("refused");
    }

    const auto tbx = dir / "laughs.tbx";
    write_file(tbx,
               "<?xml version=\"1.0\"?>\n" + laughing_doctype("tbx") +
                   "<tbx type=\"TBX-Basic\" xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body><conceptEntry id=\"1\">"
                   "<langSec xml:lang=\"ru\"><termSec><term>&lol9;</term></termSec></langSec>"
                   "<langSec xml:lang=\"en\"><termSec><term>x</term></termSec></langSec>"
                   "</conceptEntry></body></text></tbx>");
    korpu::GlossaryReadOptions options;
    options.source_lang = korpu::Language::parse("ru");
    options.target_lang = korpu::Language::parse("en");
    try {
        for (const auto& entry : korpu::read_glossary(tbx, korpu::GlossaryFormat::Tbx, options)) {
            CHECK(entry.source_term.find("lollol") == std::string::npos);
        }
    } catch (const korpu::InputError&) {
        SUCCEED("refused");
    }
}

TEST_CASE("a 50 MB line is refused with its line number", "[limits]") {
    const ScratchDir dir;
    {
        std::ofstream out(dir / "az.txt", std::ios::binary);
        out << "Birinci sətir.\n";
        const std::string chunk(1024 * 1024, 'a');
        for (int i = 0; i < 50; ++i) out << chunk;
        out << "\n";
    }
    write_file(dir / "en.txt", "First line.\n");
    const auto result =
        run_korpu("align " + quoted(dir / "az.txt") + " " + quoted(dir / "en.txt") + " --src-lang az --tgt-lang en");
    CHECK(result.exit_code == 3);
    CHECK_THAT(result.err, Catch::Contains("az.txt"));
    CHECK_THAT(result.err, Catch::Contains("2"));
}

TEST_CASE("a 200 MB document is refused before it is read", "[limits]") {
    const ScratchDir dir;
    const auto big = dir / "big.az.txt";
    write_file(big, "Milli Məclis.\n");
    std::filesystem::resize_file(big, 200ull * 1024 * 1024);
    write_file(dir / "en.txt", "The Milli Majlis.\n");
    const auto result =
        run_korpu("align " + quoted(big) + " " + quoted(dir / "en.txt") + " --src-lang az --tgt-lang en");
    CHECK(result.exit_code == 3);
    CHECK_THAT(result.err, Catch::Contains("big.az.txt"));
    CHECK_THAT(result.err, Catch::Contains("MB"));
}
