#include <catch2/catch.hpp>

#include <algorithm>

#include "support/test_support.hpp"
#include "tm/core/error.hpp"
#include "tm/glossary/glossary_file.hpp"
#include "tm/glossary/glossary_hits.hpp"
#include "tm/glossary/glossary_store.hpp"
#include "tm/glossary/hunspell_stemmer.hpp"
#include "tm/glossary/inflection.hpp"
#include "tm/glossary/term_matcher.hpp"
#include "tm/store/workspace.hpp"

using namespace korpu;
using korpu::test::ScratchDir;
using korpu::test::write_file;

namespace {

bool finds(const std::string& language, const std::string& term, const std::string& text) {
    TermMatcher matcher(language);
    matcher.add(term);
    return !matcher.find(text).empty();
}

GlossaryReadOptions az_en() { return {Language::parse("az"), Language::parse("en")}; }

}  // namespace

TEST_CASE("Russian terms are found in their case forms", "[glossary]") {
    CHECK(finds("ru", "комиссия", "Решение комиссии вступает в силу."));
    CHECK(finds("ru", "комиссия", "Он встретился с комиссией."));
    CHECK(finds("ru", "Центральная избирательная комиссия", "заявление Центральной избирательной комиссии"));
    CHECK(finds("ru", "закон", "по законам республики"));
    CHECK_FALSE(finds("ru", "комиссия", "Комитет принял решение."));
    CHECK_FALSE(finds("ru", "мир", "мирный договор"));
}

TEST_CASE("Azerbaijani terms are found under suffix chains, with vowel harmony", "[glossary]") {
    CHECK(finds("az", "komissiya", "Komissiyanın qərarı"));
    CHECK(finds("az", "komissiya", "komissiyaya müraciət"));
    CHECK(finds("az", "komissiya", "komissiyalarımızda"));
    CHECK(finds("az", "seçki", "seçkilərdə iştirak"));
    CHECK(finds("az", "bayraq", "bayrağı qaldırdı"));
    CHECK(finds("az", "Mərkəzi Seçki Komissiyası", "Mərkəzi Seçki Komissiyasının sədri"));
    // A suffix in the wrong harmony is not a form of the word: "kitab" + "lər" does not exist.
    CHECK_FALSE(finds("az", "kitab", "kitablər"));
    CHECK_FALSE(finds("az", "komissiya", "komitə"));
}

TEST_CASE("English terms are found in plural and possessive forms", "[glossary]") {
    CHECK(finds("en", "commission", "the Commission's decision"));
    CHECK(finds("en", "commission", "two commissions"));
    CHECK(finds("en", "policy", "their policies"));
    CHECK(finds("en", "Central Election Commission", "the Central Election Commission's chairman"));
    CHECK_FALSE(finds("en", "commission", "the committee"));
}

TEST_CASE("Hunspell's stems key the words its dictionaries know", "[glossary]") {
    const HunspellStemmer stemmer;
    if (stemmer.stems("комиссией", "ru").empty() || stemmer.compound_parts("teammate", "en").empty()) {
        WARN("skipped: no Russian or English Hunspell dictionary installed");
        return;
    }
    CHECK(stemmer.stems("комиссией", "ru") == std::vector<std::string>{"комиссия"});
    CHECK(stemmer.compound_parts("teammate", "en") == std::vector<std::string>{"team", "mate"});
    auto matcher = [&](const std::string& language, const std::string& term, const std::string& text) {
        TermMatcher m(language, &stemmer);
        m.add(term);
        return !m.find(text).empty();
    };
    CHECK(matcher("ru", "учёный", "Учёные открыли новый вид."));
    CHECK(matcher("ru", "комиссия", "Он встретился с комиссией."));
    CHECK_FALSE(matcher("ru", "учёный", "по учениям Будды"));
    CHECK(matcher("en", "university", "two universities"));
    CHECK(matcher("en", "team", "his teammate"));
    CHECK(matcher("en", "police", "a former policeman"));
    CHECK_FALSE(matcher("en", "state", "a statement"));
    // A compound term is not its parts: "aircraft" is not found in "craft", nor "outfit" in "without".
    CHECK_FALSE(matcher("en", "aircraft", "a small craft"));
    CHECK_FALSE(matcher("en", "outfit", "without a word"));
    // A compound's parts are taken as they are, not derived further: "national" + "ism" is no "nation".
    CHECK_FALSE(matcher("en", "nation", "the rise of nationalism"));
    // Azerbaijani stays with the team's rules: "adam" (man) is no form of "ada" (island).
    CHECK(stemmer.stems("adam", "az").empty());
    CHECK_FALSE(matcher("az", "ada", "bir adam"));
}

TEST_CASE("derived words are not forms of a term; English relational adjectives are", "[glossary]") {
    CHECK_FALSE(finds("az", "prezident", "prezidentliyə namizəd"));
    CHECK_FALSE(finds("az", "prezident", "prezidentli"));
    CHECK(finds("en", "president", "the presidential commission"));
    CHECK(finds("en", "government", "a governmental agency"));
}

TEST_CASE("the term matcher reports the exact span of a match", "[glossary]") {
    TermMatcher matcher("az");
    matcher.add("seçki komissiyası");
    const std::string text = "Dünən seçki komissiyasının iclası oldu.";
    const auto matches = matcher.find(text);
    REQUIRE(matches.size() == 1);
    CHECK(text.substr(matches[0].begin, matches[0].end - matches[0].begin) == "seçki komissiyasının");
}

TEST_CASE("inflection keys of a Russian lemma and its forms meet", "[glossary]") {
    const auto lemma = lemma_keys("комиссия", "ru");
    const auto form = form_keys("комиссией", "ru");
    bool shared = false;
    for (const auto& key : lemma) shared = shared || std::find(form.begin(), form.end(), key) != form.end();
    CHECK(shared);
}

TEST_CASE("a CSV glossary is read with quoted fields, languages and forbidden variants", "[glossary]") {
    ScratchDir dir;
    write_file(dir / "g.csv",
               "source_term,target_term,source_lang,target_lang,forbidden,note,status\n"
               "komissiya,commission,az,en,\"committee; board\",\"a note, with a comma\",approved\n"
               "\"seçki\",election,az,en,,,proposed\n");
    const auto entries = read_glossary(dir / "g.csv", GlossaryFormat::Csv, {});
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].source_lang.tag() == "az-Latn");
    CHECK(entries[0].forbidden == std::vector<std::string>{"committee", "board"});
    CHECK(entries[0].note == "a note, with a comma");
    CHECK(entries[1].status == TermStatus::Proposed);
}

TEST_CASE("glossary files with errors are refused with file, line and column", "[glossary]") {
    ScratchDir dir;
    SECTION("unknown column") {
        write_file(dir / "g.csv", "source_term,target_trem\nkomissiya,commission\n");
        try {
            read_glossary(dir / "g.csv", GlossaryFormat::Csv, az_en());
            FAIL("no error");
        } catch (const InputError& error) {
            CHECK(error.line() == 1);
            CHECK(error.column() == 13);
            CHECK(std::string(error.what()).find("target_trem") != std::string::npos);
        }
    }
    SECTION("wrong number of fields") {
        write_file(dir / "g.tsv", "source_term\ttarget_term\nkomissiya\tcommission\textra\n");
        try {
            read_glossary(dir / "g.tsv", GlossaryFormat::Tsv, az_en());
            FAIL("no error");
        } catch (const InputError& error) {
            CHECK(error.line() == 2);
        }
    }
    SECTION("unclosed quote") {
        write_file(dir / "g.csv", "source_term,target_term\n\"komissiya,commission\n");
        CHECK_THROWS_AS(read_glossary(dir / "g.csv", GlossaryFormat::Csv, az_en()), InputError);
    }
    SECTION("no languages") {
        write_file(dir / "g.csv", "source_term,target_term\nkomissiya,commission\n");
        CHECK_THROWS_WITH(read_glossary(dir / "g.csv", GlossaryFormat::Csv, {}), Catch::Contains("--src-lang"));
    }
    SECTION("invalid UTF-8") {
        write_file(dir / "g.csv", "source_term,target_term\nkomissiya,comm\xFFission\n");
        try {
            read_glossary(dir / "g.csv", GlossaryFormat::Csv, az_en());
            FAIL("no error");
        } catch (const InputError& error) {
            CHECK(error.line() == 2);
            CHECK(error.column() == 15);
        }
    }
    SECTION("empty term") {
        write_file(dir / "g.csv", "source_term,target_term\nkomissiya,\n");
        CHECK_THROWS_WITH(read_glossary(dir / "g.csv", GlossaryFormat::Csv, az_en()), Catch::Contains(":2:"));
    }
    SECTION("malformed TBX") {
        write_file(dir / "g.tbx",
                   "<?xml version=\"1.0\"?>\n<martif type=\"TBX-Basic\"><text><body>\n<termEntry>\n</body>");
        try {
            read_glossary(dir / "g.tbx", GlossaryFormat::Tbx, az_en());
            FAIL("no error");
        } catch (const InputError& error) {
            CHECK(error.line() == 4);
        }
    }
    SECTION("not TBX") {
        write_file(dir / "g.tbx", "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"/>\n");
        CHECK_THROWS_WITH(read_glossary(dir / "g.tbx", GlossaryFormat::Tbx, az_en()), Catch::Contains("not a TBX"));
    }
    SECTION("a TBX term group without a term") {
        write_file(dir / "g.tbx",
                   "<?xml version=\"1.0\"?>\n<martif type=\"TBX-Basic\"><text><body>\n<termEntry><langSet "
                   "xml:lang=\"az\">\n<tig><termNote type=\"partOfSpeech\">noun</termNote></tig></langSet>"
                   "</termEntry></body></text></martif>\n");
        try {
            read_glossary(dir / "g.tbx", GlossaryFormat::Tbx, az_en());
            FAIL("no error");
        } catch (const InputError& error) {
            CHECK(error.line() == 4);
        }
    }
}

TEST_CASE("TBX-Basic 2 files are read: languages, statuses, forbidden variants", "[glossary]") {
    ScratchDir dir;
    write_file(dir / "g.tbx", R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="az">
 <martifHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></martifHeader>
 <text><body>
  <termEntry id="e1">
   <descrip type="definition">the election body</descrip>
   <langSet xml:lang="az"><tig><term>komissiya</term><termNote type="partOfSpeech">noun</termNote></tig></langSet>
   <langSet xml:lang="en-US">
    <tig><term>commission</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
    <tig><term>committee</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
   </langSet>
   <langSet xml:lang="ru"><tig><term>комиссия</term></tig></langSet>
  </termEntry>
 </body></text>
</martif>
)");
    const auto entries =
        read_glossary(dir / "g.tbx", GlossaryFormat::Tbx, {Language::parse("az"), Language::parse("en")});
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].source_term == "komissiya");
    CHECK(entries[0].target_term == "commission");
    CHECK(entries[0].target_lang.tag() == "en-US");
    CHECK(entries[0].forbidden == std::vector<std::string>{"committee"});
    CHECK(entries[0].part_of_speech == "noun");
    CHECK(entries[0].note == "the election body");

    const auto russian =
        read_glossary(dir / "g.tbx", GlossaryFormat::Tbx, {Language::parse("ru"), Language::parse("en")});
    REQUIRE(russian.size() == 1);
    CHECK(russian[0].source_term == "комиссия");
}

TEST_CASE("glossaries survive export and import in CSV, TSV and TBX v3", "[glossary]") {
    ScratchDir dir;
    GlossaryEntry entry;
    entry.source_lang = Language::parse("ru");
    entry.target_lang = Language::parse("en");
    entry.source_term = "комиссия";
    entry.target_term = "commission";
    entry.forbidden = {"committee"};
    entry.part_of_speech = "noun";
    entry.note = "quotes \" and, commas";
    entry.status = TermStatus::Proposed;
    for (const auto& [name, format] : {std::pair{"g.csv", GlossaryFormat::Csv}, std::pair{"g.tsv", GlossaryFormat::Tsv},
                                       std::pair{"g.tbx", GlossaryFormat::Tbx}}) {
        INFO(name);
        write_glossary(dir / name, format, {entry});
        const auto back = read_glossary(dir / name, format, {});
        REQUIRE(back.size() == 1);
        CHECK(back[0].source_lang == entry.source_lang);
        CHECK(back[0].target_lang == entry.target_lang);
        CHECK(back[0].source_term == entry.source_term);
        CHECK(back[0].target_term == entry.target_term);
        CHECK(back[0].forbidden == entry.forbidden);
        CHECK(back[0].part_of_speech == entry.part_of_speech);
        CHECK(back[0].note == entry.note);
        CHECK(back[0].status == entry.status);
    }
}

TEST_CASE("the workspace glossary adds, updates on import and refuses duplicates", "[glossary]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "w.korpu");
    GlossaryStore store(ws);
    GlossaryEntry entry;
    entry.source_lang = Language::parse("az");
    entry.target_lang = Language::parse("en");
    entry.source_term = "komissiya";
    entry.target_term = "commission";
    store.add(entry);
    CHECK_THROWS_AS(store.add(entry), UsageError);
    entry.forbidden = {"committee"};
    store.import({entry});
    const auto all = store.list();
    REQUIRE(all.size() == 1);
    CHECK(all[0].forbidden == std::vector<std::string>{"committee"});
}

TEST_CASE("a bead's glossary hits: inflected source terms, whether the translation uses them", "[glossary]") {
    const auto az = Language::parse("az");
    const auto en = Language::parse("en");
    const auto ru = Language::parse("ru");
    std::vector<GlossaryEntry> entries(4);
    entries[0] = {0, az, en, "komissiya", "commission", "", "", {}, TermStatus::Approved};
    entries[1] = {0, az, en, "bərpa", "reconstruction", "", "", {}, TermStatus::Proposed};
    entries[2] = {0, az, ru, "komissiya", "комиссия", "", "", {}, TermStatus::Approved};  // another pair
    entries[3] = {0, az, en, "deputat", "deputy", "", "", {}, TermStatus::Deprecated};
    const GlossaryLookup lookup(entries, az, en);
    REQUIRE(lookup.entries().size() == 2);
    const std::string source = "Deputat komissiyanın bərpa işlərinə baxdı.";
    const std::string target = "The commissions reviewed the restoration work.";
    const auto found = lookup.find(source, target);
    REQUIRE(found.hits.size() == 2);
    CHECK(source.substr(found.hits[0].source_begin, found.hits[0].source_end - found.hits[0].source_begin) ==
          "komissiyanın");
    CHECK(found.hits[0].translated);
    CHECK(lookup.entries()[found.hits[1].entry].target_term == "reconstruction");
    CHECK_FALSE(found.hits[1].translated);
    REQUIRE(found.target_terms.size() == 1);
    CHECK(target.substr(found.target_terms[0].begin, found.target_terms[0].end - found.target_terms[0].begin) ==
          "commissions");
    CHECK(lookup.find("Heç nə.", "Nothing.").hits.empty());
}
