#include <sqlite3.h>
#include <catch2/catch.hpp>

#include "support/test_support.hpp"
#include "tm/core/error.hpp"
#include "tm/memory/translation_memory.hpp"
#include "tm/store/pair_import.hpp"
#include "tm/store/schema.hpp"
#include "tm/store/workspace.hpp"

using namespace korpu;
using korpu::test::ScratchDir;

namespace {

TmUnit unit(const std::string& source_lang, const std::string& source, const std::string& target_lang,
            const std::string& target) {
    TmUnit u;
    u.source_lang = source_lang;
    u.target_lang = target_lang;
    u.source_text = source;
    u.target_text = target;
    return u;
}

TmQuery query(const std::string& source_lang, const std::string& text, const std::string& target_lang) {
    TmQuery q;
    q.source_lang = source_lang;
    q.target_lang = target_lang;
    q.text = text;
    return q;
}

std::string span_text(const std::string& text, const TextSpan& span) {
    return text.substr(span.begin, span.end - span.begin);
}

void raw_sql(const std::filesystem::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.string().c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    INFO(message);
    REQUIRE(rc == SQLITE_OK);
}

}  // namespace

TEST_CASE("an exact match comes back with its translation, and a duplicate merges into the stored unit", "[memory]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    TranslationMemory memory(ws);
    auto first = unit("az", "Körpü çayın üstündədir.", "en", "The bridge is over the river.");
    first.created_at = "2026-01-02T00:00:00Z";
    first.created_by = "aynur";
    const auto added = memory.add(first);
    CHECK_FALSE(added.merged);

    auto again = first;
    again.created_at = "2025-06-01T00:00:00Z";
    again.created_by = "";
    again.changed_at = "2026-03-01T00:00:00Z";
    again.changed_by = "rashad";
    const auto merged = memory.add(again);
    CHECK(merged.merged);
    CHECK(merged.id == added.id);
    CHECK(memory.stats().units == 1);
    const auto stored = memory.unit(added.id);
    REQUIRE(stored);
    CHECK(stored->created_at == "2025-06-01T00:00:00Z");
    CHECK(stored->created_by == "aynur");
    CHECK(stored->changed_at == "2026-03-01T00:00:00Z");
    CHECK(stored->changed_by == "rashad");
    CHECK(stored->source_lang == "az-Latn");

    const auto matches = memory.lookup(query("az", "Körpü  çayın üstündədir.", "en"));
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].kind == MatchKind::Exact);
    CHECK(matches[0].score == 100);
    CHECK(matches[0].unit.target_text == "The bridge is over the river.");
    CHECK(memory.lookup(query("az", "Körpü çayın üstündədir.", "ru")).empty());
}

TEST_CASE("the same source in its own context ranks before the same source elsewhere", "[memory]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    TranslationMemory memory(ws);
    auto elsewhere = unit("ru", "Да.", "en", "Yes.");
    elsewhere.context_before = "Вы согласны?";
    memory.add(elsewhere);
    auto here = unit("ru", "Да.", "en", "Indeed.");
    here.context_before = "Это правда?";
    here.context_after = "Конечно.";
    memory.add(here);

    auto q = query("ru", "Да.", "en");
    q.context_before = "Это правда?";
    q.context_after = "Конечно.";
    const auto matches = memory.lookup(q);
    REQUIRE(matches.size() == 2);
    CHECK(matches[0].kind == MatchKind::ExactInContext);
    CHECK(matches[0].unit.target_text == "Indeed.");
    CHECK(matches[1].kind == MatchKind::Exact);
}

TEST_CASE("a fuzzy match is scored by word edits and its differing words are marked", "[memory]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    TranslationMemory memory(ws);
    memory.add(unit("en", "The committee approved the new budget for the school today.", "ru",
                    "Комитет сегодня одобрил новый бюджет школы."));
    memory.add(unit("en", "Completely unrelated words about mountains and rivers here.", "ru", "Горы."));

    const auto matches =
        memory.lookup(query("en", "The committee approved the new budget for the hospital today.", "ru"));
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].kind == MatchKind::Fuzzy);
    // 10 words, one substituted: 90 %.
    CHECK(matches[0].score == 90);
    REQUIRE(matches[0].differences.size() == 1);
    CHECK(span_text(matches[0].unit.source_text, matches[0].differences[0]) == "school");

    auto strict = query("en", "The committee approved the new budget for the hospital today.", "ru");
    strict.threshold = 95;
    CHECK(memory.lookup(strict).empty());
}

TEST_CASE("fuzzy matches are ranked and cut at max_matches", "[memory]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    TranslationMemory memory(ws);
    memory.add(unit("en", "one two three four five six seven eight nine ten", "ru", "a"));
    memory.add(unit("en", "one two three four five six seven eight nine eleven", "ru", "b"));
    memory.add(unit("en", "one two three four five six seven eight twelve eleven", "ru", "c"));
    memory.add(unit("en", "one two three four five six seven thirteen twelve eleven", "ru", "d"));
    auto q = query("en", "one two three four five six seven eight nine ten zero", "ru");
    q.max_matches = 2;
    const auto matches = memory.lookup(q);
    REQUIRE(matches.size() == 2);
    CHECK(matches[0].unit.target_text == "a");
    CHECK(matches[1].unit.target_text == "b");
    CHECK(matches[0].score > matches[1].score);
}

TEST_CASE("Azerbaijani capitals fold with dotted and dotless i: MƏCLİS finds Məclis", "[memory]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    TranslationMemory memory(ws);
    memory.add(unit("az", "Milli Məclis qanunu qəbul etdi.", "en", "The National Assembly passed the law."));
    memory.add(unit("az", "İstanbul böyük şəhərdir.", "en", "Istanbul is a big city."));

    const auto matches = memory.lookup(query("az", "MİLLİ MƏCLİS QANUNU QƏBUL ETDİ.", "en"));
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].kind == MatchKind::Fuzzy);
    CHECK(matches[0].score == 99);
    CHECK(matches[0].differences.empty());

    ConcordanceQuery search;
    search.language = "az";
    search.text = "MƏCLİS";
    const auto hits = memory.concordance(search);
    REQUIRE(hits.size() == 1);
    REQUIRE(hits[0].hits.size() == 1);
    CHECK(span_text(hits[0].unit.source_text, hits[0].hits[0]) == "Məclis");

    // Under Azerbaijani casing, I is the capital of ı, so ISTANBUL is not İstanbul.
    search.text = "ISTANBUL";
    CHECK(memory.concordance(search).empty());
    search.text = "İSTANBUL";
    CHECK(memory.concordance(search).size() == 1);
}

TEST_CASE("Russian ё and е are the same letter, and diacritics do not hide a candidate", "[memory]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    TranslationMemory memory(ws);
    memory.add(unit("ru", "Ёлка стоит в центре зала.", "en", "The fir tree stands in the middle of the hall."));
    memory.add(unit("az", "Sağol, dostum, görüşərik sabah.", "en", "Thanks, my friend, see you tomorrow."));

    const auto yo = memory.lookup(query("ru", "Елка стоит в центре зала.", "en"));
    REQUIRE(yo.size() == 1);
    CHECK(yo[0].score == 99);

    // Typed without diacritics: two of four words differ in the match form, but the index still finds it.
    auto bare = query("az", "Sagol, dostum, gorusərik sabah.", "en");
    bare.threshold = 50;
    const auto found = memory.lookup(bare);
    REQUIRE(found.size() == 1);
    CHECK(found[0].score == 50);
}

TEST_CASE("differing numbers, tags and punctuation cost points beyond the word edit", "[memory]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    TranslationMemory memory(ws);
    memory.add(unit("en", "Take 5 mg twice a day after meals with water", "ru", "Принимать 5 мг."));
    // 10 words, one differs (the number): 90 %, minus 2 for each of the two differing numbers.
    const auto number = memory.lookup(query("en", "Take 50 mg twice a day after meals with water", "ru"));
    REQUIRE(number.size() == 1);
    CHECK(number[0].score == 90 - 2 * 2);

    auto tagged = unit("en", "Press \xEE\x80\x80Save\xEE\x80\x81 to keep the changes you made today", "ru",
                       "Нажмите \xEE\x80\x80Сохранить\xEE\x80\x81.");
    tagged.source_tags = {"<bpt i=\"1\">&lt;b&gt;</bpt>", "<ept i=\"1\">&lt;/b&gt;</ept>"};
    tagged.target_tags = tagged.source_tags;
    memory.add(tagged);
    const auto untagged = memory.lookup(query("en", "Press Save to keep the changes you made today!", "ru"));
    REQUIRE(untagged.size() == 1);
    // Same words (100); two tags missing (2 x 2) and one extra "!" (1).
    CHECK(untagged[0].score == 100 - 4 - 1);
    CHECK(untagged[0].unit.source_tags.size() == 2);
}

TEST_CASE("a unit must have both sides, known languages and a tag for every placeholder", "[memory]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    TranslationMemory memory(ws);
    CHECK_THROWS_AS(memory.add(unit("en", "", "ru", "x")), UsageError);
    CHECK_THROWS_AS(memory.add(unit("en", "x", "not a language!", "y")), UsageError);
    CHECK_THROWS_AS(memory.add(unit("en", "a \xEE\x80\x80 b", "ru", "a b")), UsageError);
    CHECK(memory.stats().units == 0);
}

TEST_CASE("confirmed beads become units with their context and origin document", "[memory]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    SegmentedDocument source;
    source.paragraphs.push_back({BlockKind::Paragraph, {"Birinci cümlə.", "İkinci cümlə.", "Üçüncü cümlə."}});
    SegmentedDocument target;
    target.paragraphs.push_back({BlockKind::Paragraph, {"First sentence.", "Second sentence.", "Third sentence."}});
    const std::vector<Bead> beads{{0, 1, 0, 1, 0.9, BeadStatus::Confirmed},
                                  {1, 1, 1, 1, 0.9, BeadStatus::Confirmed},
                                  {2, 1, 2, 1, 0.2, BeadStatus::NeedsReview}};
    const auto pair = store_aligned_pair(ws, {"az.txt", Language::parse("az"), {}, "text", "UTF-8"}, source,
                                         {"en.txt", Language::parse("en"), {}, "text", "UTF-8"}, target, beads, "test");
    TranslationMemory memory(ws);
    const auto summary = memory.add_confirmed_beads(pair.alignment, "leyla");
    CHECK(summary.added == 2);
    CHECK(memory.add_confirmed_beads(pair.alignment, "leyla").merged == 2);
    CHECK(memory.stats().units == 2);

    auto q = query("az", "İkinci cümlə.", "en");
    q.context_before = "Birinci cümlə.";
    q.context_after = "Üçüncü cümlə.";
    const auto matches = memory.lookup(q);
    REQUIRE_FALSE(matches.empty());
    CHECK(matches[0].kind == MatchKind::ExactInContext);
    CHECK(matches[0].unit.created_by == "leyla");
    CHECK(matches[0].unit.source_document == pair.source_document);
}

TEST_CASE("units written before the index existed are indexed when the memory opens", "[memory]") {
    ScratchDir dir;
    const auto file = dir / "old.korpu";
    { Workspace::create(file); }
    raw_sql(file,
            "INSERT INTO tm_unit (source_lang, target_lang, source_text, target_text)"
            " VALUES ('ru', 'en', 'Старый добрый текст из прошлой версии.', 'Good old text.')");
    auto ws = Workspace::open(file);
    TranslationMemory memory(ws);
    const auto matches = memory.lookup(query("ru", "Старый добрый текст из прошлой версии!", "en"));
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].unit.target_text == "Good old text.");
    CHECK(memory.lookup(query("ru", "Старый добрый текст из прошлой версии.", "en"))[0].kind == MatchKind::Exact);
}

TEST_CASE("concordance searches the target side and marks every hit", "[memory]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    TranslationMemory memory(ws);
    memory.add(unit("ru", "Мост через реку.", "en", "The bridge, the old bridge, over the river."));
    memory.add(unit("ru", "Дом.", "en", "A house by the bridge."));
    ConcordanceQuery search;
    search.language = "en";
    search.side = ConcordanceSide::Target;
    search.text = "old BRIDGE";
    const auto hits = memory.concordance(search);
    REQUIRE(hits.size() == 1);
    REQUIRE(hits[0].hits.size() == 1);
    CHECK(span_text(hits[0].unit.target_text, hits[0].hits[0]) == "old bridge");

    search.text = "bridge";
    const auto both = memory.concordance(search);
    REQUIRE(both.size() == 2);
    for (const auto& hit : both) {
        const auto expected = hit.unit.source_text == "Дом." ? 1u : 2u;
        CHECK(hit.hits.size() == expected);
    }
    search.side = ConcordanceSide::Source;
    search.language = "ru";
    search.text = "реку";
    CHECK(memory.concordance(search).size() == 1);
}

TEST_CASE("stats count units by language pair", "[memory]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    TranslationMemory memory(ws);
    memory.add(unit("ru", "Один.", "en", "One."));
    memory.add(unit("ru", "Два.", "en", "Two."));
    memory.add(unit("az", "Üç.", "en", "Three."));
    const auto stats = memory.stats();
    CHECK(stats.units == 3);
    REQUIRE(stats.pairs.size() == 2);
    CHECK(stats.pairs[0].source_lang == "ru");
    CHECK(stats.pairs[0].units == 2);
    CHECK(stats.pairs[1].source_lang == "az-Latn");
}
