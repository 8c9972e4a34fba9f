#include <catch2/catch.hpp>

#include <cstdlib>

#include "support/test_support.hpp"
#include "tm/core/error.hpp"
#include "tm/export/detail/zip_archive.hpp"
#include "tm/spell/custom_words.hpp"
#include "tm/spell/dictionary_installer.hpp"
#include "tm/spell/dictionary_locator.hpp"
#include "tm/spell/spell_checker.hpp"
#include "tm/spell/spell_dictionary.hpp"
#include "tm/spell/suggestion_ranker.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/workspace.hpp"

using korpu::FindingKind;
using korpu::Language;
using korpu::SpellChecker;
using korpu::SpellDictionary;
using korpu::test::ScratchDir;
using korpu::test::write_file;

namespace {

// A small Azerbaijani dictionary written here, so that these tests do not depend on the built one:
// LANG az_AZ turns on Hunspell's Turkic casing (i/İ, ı/I).
constexpr const char* kTinyAzAff = "SET UTF-8\nLANG az_AZ\nTRY əiıaeolnrsşçğüökqxhyjzcvbdfgmptu\n";
constexpr const char* kTinyAzDic = "6\nİlham\nBakı\nİstanbul\nkitab\nçox\nsəhifə\n";

SpellChecker tiny_az_checker(const ScratchDir& dir) {
    write_file(dir / "az_AZ.aff", kTinyAzAff);
    write_file(dir / "az_AZ.dic", kTinyAzDic);
    return SpellChecker(Language::parse("az"), SpellDictionary(dir / "az_AZ.aff", dir / "az_AZ.dic"));
}

std::vector<std::string> flagged_words(SpellChecker& checker, const std::string& text) {
    std::vector<std::string> words;
    for (const auto& finding : checker.check(text, 0)) words.push_back(finding.word);
    return words;
}

}  // namespace

TEST_CASE("Azerbaijani casing follows the Turkic rules for i and ı", "[spell]") {
    ScratchDir dir;
    auto checker = tiny_az_checker(dir);
    CHECK(checker.accepts("İlham"));
    CHECK(checker.accepts("BAKI"));  // the capital of ı is I
    CHECK_FALSE(checker.accepts("BAKİ"));
    CHECK_FALSE(checker.accepts("istanbul"));  // a name keeps its capital İ
    CHECK(checker.accepts("İSTANBUL"));
    CHECK(flagged_words(checker, "istanbul və Bakı") == std::vector<std::string>{"istanbul", "və"});
}

TEST_CASE("the checker skips URLs, e-mail addresses, numbers with suffixes, acronyms and initials", "[spell]") {
    ScratchDir dir;
    auto checker = tiny_az_checker(dir);
    const std::string text =
        "kitab https://example.org/qwzx yazın: info@qwzx.az, www.qwzx.az 2024-cü 5%-dən ASAN R. Qwzx.";
    const auto findings = checker.check(text, 0);
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].word == "yazın");
    CHECK(text.substr(findings[0].begin, findings[0].end - findings[0].begin) == "yazın");
    CHECK(findings[1].word == "Qwzx");
}

TEST_CASE("a word in the other script, or mixing Latin and Cyrillic, is reported as mixed script", "[spell]") {
    ScratchDir dir;
    auto checker = tiny_az_checker(dir);
    const auto findings = checker.check("kitab Москва çox", 0);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].kind == FindingKind::MixedScript);
    CHECK(findings[0].word == "Москва");

    auto russian = SpellChecker::for_language(Language::parse("ru"));
    const auto ru = russian.check("Россия и Pоссия", 3);  // the second one starts with a Latin P
    REQUIRE(ru.size() == 1);
    CHECK(ru[0].kind == FindingKind::MixedScript);
    CHECK(ru[0].word == "Pоссия");
    CHECK(ru[0].suggestions.empty());
}

TEST_CASE("English and Russian come from the system's Hunspell dictionaries", "[spell]") {
    auto english = SpellChecker::for_language(Language::parse("en"));
    const auto findings = english.check("It was epxected. Whish effective and adequate steps?");
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].word == "epxected");
    REQUIRE_FALSE(findings[0].suggestions.empty());
    CHECK(findings[0].suggestions.front() == "expected");

    auto russian = SpellChecker::for_language(Language::parse("ru"));
    const auto ru = russian.check("Министр иностраных дел встретился с коллегой.");
    REQUIRE(ru.size() == 1);
    CHECK(ru[0].word == "иностраных");
    REQUIRE_FALSE(ru[0].suggestions.empty());
    CHECK(ru[0].suggestions.front() == "иностранных");
}

TEST_CASE("suggestions that restore a dropped diacritic come first", "[spell]") {
    const auto ranked = korpu::rank_suggestions("cox", {"cod", "çox", "cox y", "çox"});
    REQUIRE(ranked.size() == 3);
    CHECK(ranked[0] == "çox");
    CHECK(ranked[1] == "cod");
    CHECK(korpu::correction_cost(U"epxected", U"expected") == Approx(1.0));
    CHECK(korpu::correction_cost(U"Bakı", U"bakı") < korpu::correction_cost(U"Bakı", U"Baka"));
}

TEST_CASE("custom words and glossary terms persist in the workspace", "[spell]") {
    ScratchDir dir;
    const auto file = dir / "project.korpu";
    const auto az = Language::parse("az");
    {
        auto workspace = korpu::Workspace::create(file);
        korpu::add_custom_word(workspace, az, "Naryşkin", korpu::CustomWordKind::Accepted);
        korpu::add_custom_word(workspace, az, "qwzx", korpu::CustomWordKind::Ignored);
        korpu::add_custom_word(workspace, Language::parse("ru"), "Нарышкину", korpu::CustomWordKind::Accepted);
        korpu::sql::Statement(workspace.database(),
                              "INSERT INTO glossary_entry (source_lang, target_lang, source_term, target_term) "
                              "VALUES ('az-Latn', 'en', 'Milli Məclis', 'Milli Majlis')")
            .run();
        CHECK_THROWS_AS(korpu::add_custom_word(workspace, az, "two words", korpu::CustomWordKind::Accepted),
                        korpu::UsageError);
    }
    auto workspace = korpu::Workspace::open(file);
    const auto words = korpu::custom_words(workspace, Language::parse("az-Latn"));
    REQUIRE(words.size() == 2);
    CHECK(words[0].word == "Naryşkin");
    CHECK(words[1].kind == korpu::CustomWordKind::Ignored);

    auto checker = tiny_az_checker(dir);
    CHECK(flagged_words(checker, "Naryşkin qwzx Milli Məclis") ==
          std::vector<std::string>{"Naryşkin", "qwzx", "Milli", "Məclis"});
    korpu::apply_workspace_words(workspace, checker);
    CHECK(flagged_words(checker, "Naryşkin qwzx Milli Məclis NARYŞKİN").empty());
    CHECK(flagged_words(checker, "Qwzx") == std::vector<std::string>{"Qwzx"});  // ignored only as written

    CHECK(korpu::remove_custom_word(workspace, az, "qwzx"));
    CHECK_FALSE(korpu::remove_custom_word(workspace, az, "qwzx"));
    CHECK(korpu::custom_words(workspace, az).size() == 1);
}

TEST_CASE("a broken dictionary gives an error naming the file", "[spell]") {
    ScratchDir dir;
    write_file(dir / "xx.aff", "SET UTF-8\n");
    write_file(dir / "xx.dic", "kitab\nqələm\n");
    try {
        SpellDictionary dictionary(dir / "xx.aff", dir / "xx.dic");
        FAIL("a .dic without its word count was loaded");
    } catch (const korpu::InputError& error) {
        CHECK(error.file() == dir / "xx.dic");
        CHECK(error.line() == 1);
        CHECK_THAT(error.what(), Catch::Contains("number of words"));
    }
    CHECK_THROWS_AS(SpellDictionary(dir / "missing.aff", dir / "xx.dic"), korpu::InputError);
    write_file(dir / "yy.aff", "SET NO-SUCH-CHARSET\n");
    write_file(dir / "yy.dic", "1\nkitab\n");
    CHECK_THROWS_WITH(SpellDictionary(dir / "yy.aff", dir / "yy.dic"), Catch::Contains("NO-SUCH-CHARSET"));
}

TEST_CASE("a supplement word list is read with its dictionary's affix file", "[spell]") {
    ScratchDir dir;
    const auto system = dir / "system";
    const auto build = dir / "build";
    std::filesystem::create_directories(system);
    std::filesystem::create_directories(build);
    write_file(system / "en_US.aff", "SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n");
    write_file(system / "en_US.dic", "1\nbook/S\n");
    write_file(build / "en_US.supplement.dic", "2\nKarabakh\nqwzxy\n");
    const auto files = korpu::find_dictionary(Language::parse("en"), {build, system});
    REQUIRE(files);
    CHECK(files->aff == system / "en_US.aff");
    REQUIRE(files->supplements == std::vector<std::filesystem::path>{build / "en_US.supplement.dic"});
    SpellDictionary dictionary(files->aff, files->dic, files->supplements);
    CHECK(dictionary.accepts("books"));
    CHECK(dictionary.accepts("Karabakh"));
    CHECK(dictionary.accepts("qwzxy"));
    CHECK_FALSE(SpellDictionary(files->aff, files->dic).accepts("Karabakh"));

    write_file(build / "en_US.supplement.dic", "Karabakh\n");
    CHECK_THROWS_WITH(SpellDictionary(files->aff, files->dic, files->supplements),
                      Catch::Contains("en_US.supplement.dic") && Catch::Contains("number of words"));
    CHECK(korpu::list_dictionaries({build, system}).size() == 1);  // a supplement alone is no dictionary
}

TEST_CASE("a swap of two neighbouring letters comes first among equally close suggestions", "[spell]") {
    ScratchDir dir;
    write_file(dir / "en_US.aff", "SET UTF-8\nTRY etaoinshrdlu\n");
    write_file(dir / "en_US.dic", "6\nTe\nTh\neh\ntex\nted\nthe\n");  // Hunspell: Te, Th, Eh, The
    SpellChecker checker(Language::parse("en"), SpellDictionary(dir / "en_US.aff", dir / "en_US.dic"));
    const auto suggestions = checker.suggest("Teh", 3);
    REQUIRE_FALSE(suggestions.empty());
    CHECK(suggestions.front() == "The");
}

TEST_CASE("a dictionary in a legacy character set checks UTF-8 text", "[spell]") {
    ScratchDir dir;
    write_file(dir / "de.aff", "SET ISO8859-1\n");
    write_file(dir / "de.dic",
               "1\nGr\xFC\xDF"
               "e\n");
    SpellDictionary dictionary(dir / "de.aff", dir / "de.dic");
    CHECK(dictionary.accepts("Grüße"));
    CHECK_FALSE(dictionary.accepts("Grüsse"));
    CHECK_FALSE(dictionary.accepts("Grüßə"));  // not representable: rejected, not mangled
    CHECK(dictionary.suggest("Grüsse") == std::vector<std::string>{"Grüße"});
}

TEST_CASE("dictionaries install from a .aff/.dic pair, an .oxt and an .xpi", "[spell]") {
    ScratchDir dir;
    const auto target = dir / "installed";
    write_file(dir / "az_AZ.aff", kTinyAzAff);
    write_file(dir / "az_AZ.dic", kTinyAzDic);
    auto installed = korpu::install_dictionary(dir / "az_AZ.dic", target);
    REQUIRE(installed.size() == 1);
    CHECK(installed[0].name == "az_AZ");

    {
        korpu::detail::ZipArchive oxt(dir / "tt.oxt");
        oxt.add("META-INF/manifest.xml", "<manifest/>");
        oxt.add("dictionaries/tt-RU.aff", "SET UTF-8\n");
        oxt.add("dictionaries/tt-RU.dic", "1\nkitap\n");
        oxt.add("hyph_tt.dic", "UTF-8\n");  // a hyphenation pattern file without an .aff: not a dictionary
        oxt.commit();
    }
    installed = korpu::install_dictionary(dir / "tt.oxt", target);
    REQUIRE(installed.size() == 1);
    CHECK(installed[0].name == "tt_RU");

    {
        korpu::detail::ZipArchive xpi(dir / "kk.xpi");
        xpi.add("manifest.json", R"({"dictionaries": {"kk": "dictionaries/kk.dic"}})");
        xpi.add("dictionaries/kk.aff", "SET UTF-8\n");
        xpi.add("dictionaries/kk.dic", "1\nкітап\n");
        xpi.commit();
    }
    installed = korpu::install_dictionary(dir / "kk.xpi", target);
    REQUIRE(installed.size() == 1);
    CHECK(installed[0].name == "kk");

    const auto found = korpu::find_dictionary(Language::parse("kk"), {target});
    REQUIRE(found);
    SpellDictionary kazakh(found->aff, found->dic);
    CHECK(kazakh.accepts("кітап"));
    CHECK(korpu::list_dictionaries({target}).size() == 3);

    {
        korpu::detail::ZipArchive broken(dir / "broken.xpi");
        broken.add("dictionaries/xx.aff", "SET UTF-8\n");
        broken.add("dictionaries/xx.dic", "no count line\n");
        broken.commit();
    }
    CHECK_THROWS_WITH(korpu::install_dictionary(dir / "broken.xpi", target), Catch::Contains("broken"));
    CHECK_FALSE(std::filesystem::exists(target / "xx.dic"));
    write_file(dir / "notes.txt", "hello");
    CHECK_THROWS_AS(korpu::install_dictionary(dir / "notes.txt", target), korpu::InputError);
    CHECK_THROWS_AS(korpu::install_dictionary(dir / "tt.oxt.missing", target), korpu::InputError);
}

TEST_CASE("dictionary names per language, region first", "[spell]") {
    CHECK(korpu::dictionary_names(Language::parse("en-GB")) == std::vector<std::string>{"en_GB", "en_US", "en"});
    CHECK(korpu::dictionary_names(Language::parse("az")) == std::vector<std::string>{"az_AZ", "az"});
}

TEST_CASE("the built Azerbaijani dictionary knows news words and rejects ASCII-typed ones", "[spell]") {
    const auto files = korpu::find_dictionary(Language::parse("az"), korpu::dictionary_folders());
    if (!files || files->name != "az_AZ") {
        WARN("skipped: no az_AZ dictionary (build the korpu_dictionaries target)");
        return;
    }
    SpellChecker checker(Language::parse("az"), SpellDictionary(files->aff, files->dic));
    for (const char* word : {"İlham", "BAKI", "Bakının", "Milli", "Məclisin", "Naryşkin", "Xankəndidə", "Azərbaycanın",
                             "edir", "edəcəyik", "göndərilib", "müzakirə", "İSTANBUL"}) {
        INFO(word);
        CHECK(checker.accepts(word));
    }
    for (const char* word : {"istanbul", "azerbaycan", "cox", "olmusdur", "BAKİ", "Bakınin"}) {
        INFO(word);
        CHECK_FALSE(checker.accepts(word));
    }
    const auto suggestions = checker.suggest("cox", 3);
    REQUIRE_FALSE(suggestions.empty());
    CHECK(suggestions.front() == "çox");
}

TEST_CASE("the seed's \"epxected\" is flagged with \"expected\" first", "[spell]") {
    KORPU_REQUIRE_SHARED(shared);
    const std::string text = korpu::test::read_file(shared / "seeds" / "002_f705afe01867e505.txt");
    auto checker = SpellChecker::for_language(Language::parse("en"));
    bool found = false;
    for (const auto& finding : checker.check(text)) {
        if (finding.word != "epxected") continue;
        found = true;
        REQUIRE_FALSE(finding.suggestions.empty());
        CHECK(finding.suggestions.front() == "expected");
    }
    CHECK(found);
}
