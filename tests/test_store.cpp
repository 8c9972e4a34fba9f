#include <sqlite3.h>

#include <algorithm>
#include <catch2/catch.hpp>

#include "support/test_support.hpp"
#include "tm/core/error.hpp"
#include "tm/store/aligned_document.hpp"
#include "tm/store/alignment_store.hpp"
#include "tm/store/document_store.hpp"
#include "tm/store/ordinal_keys.hpp"
#include "tm/store/pair_import.hpp"
#include "tm/store/realignment.hpp"
#include "tm/store/schema.hpp"
#include "tm/store/workspace.hpp"
#include "tm/store/workspace_lexicon.hpp"

using namespace korpu;
using korpu::test::ScratchDir;

namespace {

SegmentedDocument two_paragraphs(const std::string& a, const std::string& b, const std::string& c) {
    SegmentedDocument d;
    d.paragraphs.push_back({BlockKind::Heading, {a}});
    d.paragraphs.push_back({BlockKind::Paragraph, {b, c}});
    return d;
}

// Runs SQL on a file with the plain SQLite API, outside Körpü.
void raw_sql(const std::filesystem::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.string().c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
    INFO(message);
}

std::string file_bytes(const std::filesystem::path& file) { return korpu::test::read_file(file); }

// The note of the bead at this position (of the only alignment), read with the plain SQLite API.
std::string note_of_bead(const std::filesystem::path& file, int position) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.string().c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT note FROM bead ORDER BY ordinal LIMIT 1 OFFSET ?1", -1, &statement,
                               nullptr) == SQLITE_OK);
    sqlite3_bind_int(statement, 1, position);
    std::string note;
    if (sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0))
        note = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return note;
}

}  // namespace

TEST_CASE("a new workspace has the current schema, WAL and foreign keys", "[store]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    CHECK(ws.schema_version() == schema::current_version());
    CHECK_THROWS_AS(Workspace::create(dir / "a.korpu"), WorkspaceError);
}

TEST_CASE("documents, segments and beads survive closing and reopening", "[store]") {
    ScratchDir dir;
    const auto file = dir / "a.korpu";
    std::int64_t alignment = 0;
    {
        auto ws = Workspace::create(file);
        const std::vector<Bead> beads{{0, 1, 0, 1, 0.9, BeadStatus::Confirmed},
                                      {1, 2, 1, 1, 0.02, BeadStatus::NeedsReview},
                                      {3, 0, 2, 1, 0.5, BeadStatus::Automatic}};
        alignment = store_aligned_pair(ws, {"az.txt", Language::parse("az"), {}, "text", "UTF-8"},
                                       two_paragraphs("Başlıq", "Birinci cümlə.", "İkinci cümlə."),
                                       {"en.txt", Language::parse("en"), {}, "text", "UTF-8"},
                                       two_paragraphs("Title", "First sentence.", "Second sentence."), beads, "length")
                        .alignment;
    }
    auto ws = Workspace::open(file);
    const auto docs = DocumentStore(ws).list();
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].language.tag() == "az-Latn");
    CHECK(docs[0].segment_count == 3);
    const auto content = DocumentStore(ws).content(docs[0].id);
    REQUIRE(content.paragraphs.size() == 2);
    CHECK(content.paragraphs[0].kind == BlockKind::Heading);
    CHECK(content.paragraphs[1].segments[1] == "İkinci cümlə.");
    const auto aligned = load_aligned_document(ws, alignment);
    REQUIRE(aligned.beads.size() == 3);
    CHECK(aligned.beads[1].type() == "2-1");
    CHECK(aligned.beads[1].status == BeadStatus::NeedsReview);
    CHECK(aligned.beads[0].status == BeadStatus::Confirmed);
    CHECK(aligned.source_text(1) == "Birinci cümlə. İkinci cümlə.");
    CHECK(aligned.target_text(2) == "Second sentence.");
}

TEST_CASE("a bead chain that does not cover the documents is refused and nothing is stored", "[store]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    const auto doc = two_paragraphs("a", "b", "c");
    CHECK_THROWS_AS(store_aligned_pair(ws, {"s", Language::parse("ru"), {}, "text", {}}, doc,
                                       {"t", Language::parse("en"), {}, "text", {}}, doc,
                                       {{0, 1, 0, 1, 1.0, BeadStatus::Automatic}}, "length"),
                    Error);
    CHECK(DocumentStore(ws).list().empty());
    CHECK(AlignmentStore(ws).list().empty());
}

TEST_CASE("a version-1 workspace is migrated to the current schema on open", "[store]") {
    ScratchDir dir;
    const auto file = dir / "old.korpu";
    raw_sql(file, "PRAGMA application_id = " + std::to_string(schema::kApplicationId) + ";" +
                      std::string(schema::migrations()[0]) +
                      "PRAGMA user_version = 1;"
                      "INSERT INTO document (name, language) VALUES ('old.txt', 'ru');");
    auto ws = Workspace::open(file);
    CHECK(ws.schema_version() == schema::current_version());
    const auto docs = DocumentStore(ws).list();
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].name == "old.txt");
}

TEST_CASE("a version-6 alignment, ordinals as positions and beads with begins, is read the same after migration",
          "[store]") {
    ScratchDir dir;
    const auto file = dir / "v6.korpu";
    std::string steps = "PRAGMA application_id = " + std::to_string(schema::kApplicationId) + ";";
    for (int version = 0; version < 6; ++version) steps += std::string(schema::migrations()[version]);
    raw_sql(file,
            steps +
                "PRAGMA user_version = 6;"
                "INSERT INTO document (id, name, language) VALUES (1, 'a.az.txt', 'az'), (2, 'a.en.txt', 'en');"
                "INSERT INTO paragraph (id, document_id, ordinal) VALUES (1, 1, 0), (2, 2, 0);"
                "INSERT INTO segment (document_id, paragraph_id, ordinal, text) VALUES"
                " (1, 1, 0, 'Bir.'), (1, 1, 1, 'İki.'), (1, 1, 2, 'Üç.'), (2, 2, 0, 'One.'), (2, 2, 1, 'Two, three.');"
                "INSERT INTO alignment (id, source_document_id, target_document_id, method) VALUES (1, 1, 2, 'x');"
                "INSERT INTO bead (alignment_id, ordinal, source_begin, source_count, target_begin, target_count,"
                " status, note) VALUES (1, 0, 0, 1, 0, 1, 'confirmed', 'first'), (1, 1, 1, 2, 1, 1, 'review', NULL);");
    auto ws = Workspace::open(file);
    CHECK(ws.schema_version() == schema::current_version());
    const auto aligned = load_aligned_document(ws, 1);
    REQUIRE(aligned.beads.size() == 2);
    CHECK(aligned.beads[1].source_begin == 1);
    CHECK(aligned.beads[1].target_begin == 1);
    CHECK(aligned.source_text(1) == "İki. Üç.");
    CHECK(aligned.target_text(1) == "Two, three.");
    CHECK(aligned.beads[0].status == BeadStatus::Confirmed);
    CHECK(note_of_bead(file, 0) == "first");
}

TEST_CASE("new ordinals go between their neighbours, and only a crowded stretch is spaced out again", "[store]") {
    std::vector<std::int64_t> keys;
    for (std::size_t i = 0; i < 1000; ++i) keys.push_back(spaced_ordinal(i));
    const auto far = keys[900];
    std::size_t moved = 0;
    // Two thousand insertions at the same place: bisecting alone would run out of room after twenty.
    for (int round = 0; round < 2000; ++round) {
        const auto change = replace_ordinals(keys, 10, 0, 1);
        REQUIRE(change.added.size() == 1);
        moved += change.moved.size();
        REQUIRE(std::is_sorted(keys.begin(), keys.end()));
        REQUIRE(std::adjacent_find(keys.begin(), keys.end()) == keys.end());
        REQUIRE(keys.front() > 0);
    }
    CHECK(keys.size() == 3000);
    // Far from the place the keys never moved, and respacing stayed local: a few rows an insertion on average.
    CHECK(std::find(keys.begin(), keys.end(), far) != keys.end());
    CHECK(moved < 2000 * 64);
    const auto removed = replace_ordinals(keys, 0, 3, 0);
    CHECK(removed.removed.size() == 3);
    CHECK(removed.moved.empty());
    CHECK(keys.size() == 2997);
    const auto appended = replace_ordinals(keys, keys.size(), 0, 2);
    CHECK(appended.added.front() > keys[keys.size() - 3]);
}

TEST_CASE("files that are not workspaces are rejected and left untouched", "[store]") {
    ScratchDir dir;
    SECTION("a text file") {
        const auto file = dir / "notes.txt";
        korpu::test::write_file(file, "Hello, this is not a database.\n");
        CHECK_THROWS_WITH(Workspace::open(file), Catch::Contains("not a Körpü workspace"));
        CHECK(file_bytes(file) == "Hello, this is not a database.\n");
    }
    SECTION("another program's SQLite database") {
        const auto file = dir / "other.db";
        raw_sql(file, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
        const auto before = file_bytes(file);
        CHECK_THROWS_WITH(Workspace::open(file), Catch::Contains("not a Körpü workspace"));
        CHECK(file_bytes(file) == before);
        CHECK_FALSE(std::filesystem::exists(dir / "other.db-wal"));
    }
    SECTION("a workspace from a newer Körpü") {
        const auto file = dir / "new.korpu";
        { auto ws = Workspace::create(file); }
        raw_sql(file, "PRAGMA user_version = 99;");
        const auto before = file_bytes(file);
        CHECK_THROWS_WITH(Workspace::open(file), Catch::Contains("newer Körpü"));
        CHECK(file_bytes(file) == before);
    }
    SECTION("a missing file") {
        CHECK_THROWS_WITH(Workspace::open(dir / "missing.korpu"), Catch::Contains("does not exist"));
        CHECK_FALSE(std::filesystem::exists(dir / "missing.korpu"));
    }
}

namespace {

SegmentedDocument numbered_paragraph(const std::string& pattern, const std::vector<int>& numbers) {
    SegmentedDocument d;
    d.paragraphs.emplace_back();
    for (int n : numbers) {
        auto text = pattern;
        text.replace(text.find('N'), 1, std::to_string(n));
        d.paragraphs[0].segments.push_back(text);
    }
    return d;
}

}  // namespace

TEST_CASE("re-aligning a stored alignment keeps its confirmed beads and their notes", "[store][align]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    // A bad chain to start from: everything shifted by one. The reviewer confirmed the 2-1 in the middle.
    const std::vector<Bead> beads{{0, 1, 0, 0, 0.0, BeadStatus::Automatic},
                                  {1, 1, 0, 1, 0.1, BeadStatus::Automatic},
                                  {2, 2, 1, 1, 1.0, BeadStatus::Confirmed},
                                  {4, 1, 2, 1, 0.1, BeadStatus::Automatic},
                                  {5, 0, 3, 1, 0.0, BeadStatus::Automatic}};
    const auto stored = store_aligned_pair(
        ws, {"en.txt", Language::parse("en"), {}, "text", "UTF-8"},
        numbered_paragraph("The council met N times to discuss the budget.", {11, 22, 33, 44, 55}),
        {"az.txt", Language::parse("az"), {}, "text", "UTF-8"},
        numbered_paragraph("Şura büdcəni müzakirə etmək üçün N dəfə toplandı.", {11, 22, 44, 55}), beads, "length");
    raw_sql(dir / "a.korpu",
            "UPDATE bead SET note = 'checked by hand'"
            " WHERE ordinal = (SELECT ordinal FROM bead ORDER BY ordinal LIMIT 1 OFFSET 2)");
    const auto realigned = realign_alignment(ws, stored.alignment);
    const auto reread = AlignmentStore(ws).beads(stored.alignment);
    REQUIRE(reread.size() == realigned.size());
    std::vector<std::string> types;
    for (const auto& b : reread) types.push_back(b.type());
    // Before the confirmed bead, 11 pairs with 11 and 22 has no partner; after it, 55 pairs with 55.
    CHECK(types == std::vector<std::string>{"1-1", "1-0", "2-1", "0-1", "1-1"});
    CHECK(reread[2].status == BeadStatus::Confirmed);
    CHECK(reread[2].source_begin == 2);
    const auto aligned = load_aligned_document(ws, stored.alignment);
    CHECK(aligned.target_text(4) == "Şura büdcəni müzakirə etmək üçün 55 dəfə toplandı.");
    CHECK(note_of_bead(dir / "a.korpu", 2) == "checked by hand");
    CHECK_THROWS_AS(realign_alignment(ws, stored.alignment + 1), Error);
}

TEST_CASE("replacing the beads refuses a broken chain and changes nothing", "[store][align]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    const auto stored = store_aligned_pair(
        ws, {"az.txt", Language::parse("az"), {}, "text", "UTF-8"},
        two_paragraphs("Başlıq", "Birinci cümlə.", "İkinci cümlə."),
        {"en.txt", Language::parse("en"), {}, "text", "UTF-8"},
        two_paragraphs("Title", "First sentence.", "Second sentence."),
        {{0, 1, 0, 1, 1.0, BeadStatus::Automatic}, {1, 2, 1, 2, 1.0, BeadStatus::Automatic}}, "length");
    AlignmentStore alignments(ws);
    CHECK_THROWS_AS(alignments.replace_beads(stored.alignment, {{0, 1, 0, 1, 1.0, BeadStatus::Automatic}}), Error);
    CHECK(alignments.beads(stored.alignment).size() == 2);
}

TEST_CASE("a workspace's glossary and translation memory teach the aligner word translations", "[store][align]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "a.korpu");
    raw_sql(dir / "a.korpu",
            "INSERT INTO glossary_entry (source_lang, target_lang, source_term, target_term)"
            " VALUES ('az-Latn', 'en', 'seçki komissiyası', 'electoral commission');"
            "INSERT INTO tm_unit (source_lang, target_lang, source_text, target_text) VALUES"
            " ('en', 'az-Latn', 'The parliament met today.', 'Parlament bu gün toplandı.'),"
            " ('en', 'az-Latn', 'The parliament voted.', 'Parlament səs verdi.'),"
            " ('en', 'az-Latn', 'Elections were held today.', 'Seçkilər bu gün keçirildi.');");
    // Other units, each with its own words: a word in a tenth of the units counts as a function word.
    for (char k = 0; k < 20; ++k) {
        const std::string word(4, static_cast<char>('k' + k / 4));
        const std::string other(4, static_cast<char>('a' + k % 4));
        raw_sql(dir / "a.korpu",
                "INSERT INTO tm_unit (source_lang, target_lang, source_text, target_text) VALUES"
                " ('en', 'az-Latn', '" +
                    word + other + "', '" + other + word + "');");
    }
    const auto az = Language::parse("az");
    const auto en = Language::parse("en");
    const auto lexicon = workspace_lexicon(ws, az, en);
    // The glossary's head words, and "parlament" learnt from the memory, read in the other direction.
    CHECK_FALSE(lexicon.source_entries(lexicon_stem("komissiyası", az)).empty());
    CHECK_FALSE(lexicon.target_entries(lexicon_stem("commission", en)).empty());
    const auto& parliament = lexicon.source_entries(lexicon_stem("Parlamentin", az));
    REQUIRE(parliament.size() == 1);
    CHECK(lexicon.target_entries(lexicon_stem("parliament", en)) == parliament);
    CHECK(workspace_lexicon(ws, Language::parse("ru"), en).empty());
}
