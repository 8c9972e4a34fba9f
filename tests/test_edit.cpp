#include <sqlite3.h>
#include <catch2/catch.hpp>

#include <algorithm>

#include <random>

#include "support/test_support.hpp"
#include "tm/edit/alignment_editor.hpp"
#include "tm/edit/bead_filter.hpp"
#include "tm/memory/translation_memory.hpp"
#include "tm/store/aligned_document.hpp"
#include "tm/store/alignment_store.hpp"
#include "tm/store/document_store.hpp"
#include "tm/store/pair_import.hpp"
#include "tm/store/workspace.hpp"

using namespace korpu;
using korpu::test::ScratchDir;

namespace {

SegmentedDocument paragraphs(std::vector<std::vector<std::string>> parts) {
    SegmentedDocument document;
    for (auto& segments : parts) document.paragraphs.push_back({BlockKind::Paragraph, std::move(segments)});
    return document;
}

Bead bead(std::size_t sb, std::size_t sc, std::size_t tb, std::size_t tc, double confidence = 0.8,
          BeadStatus status = BeadStatus::Automatic) {
    return {sb, sc, tb, tc, confidence, status};
}

// Six Azerbaijani sentences and five English ones: 1-1, 2-1, 1-1, 1-0 (a sentence the translator left
// out), 1-1, and one low-confidence bead that needs review.
struct Fixture {
    ScratchDir dir;
    std::filesystem::path file = dir / "edit.korpu";
    std::int64_t alignment = 0;

    Fixture() {
        auto workspace = Workspace::create(file);
        const auto source = paragraphs({{"Bir.", "İki.", "Üç."}, {"Dörd.", "Beş.", "Altı. Yeddi."}});
        const auto target = paragraphs({{"One.", "Two and three."}, {"Five.", "Six. Seven."}});
        const std::vector<Bead> beads{bead(0, 1, 0, 1), bead(1, 2, 1, 1), bead(3, 1, 2, 0, 0.3), bead(4, 1, 2, 1),
                                      bead(5, 1, 3, 1, 0.01, BeadStatus::NeedsReview)};
        alignment = store_aligned_pair(workspace, {"a.az.txt", Language::parse("az"), {}, "text", {}}, source,
                                       {"a.en.txt", Language::parse("en"), {}, "text", {}}, target, beads, "test")
                        .alignment;
    }
};

std::vector<std::string> types(const AlignedDocument& document) {
    std::vector<std::string> result;
    for (const auto& b : document.beads) result.push_back(b.type());
    return result;
}

// What the workspace holds, read afresh through a new connection.
AlignedDocument reread(const std::filesystem::path& file, std::int64_t alignment) {
    auto workspace = Workspace::open(file);
    return load_aligned_document(workspace, alignment);
}

// The workspace holds exactly what the editor shows, and the bead chain is still whole.
void check_saved(const AlignmentEditor& editor, const std::filesystem::path& file, std::int64_t alignment) {
    const auto saved = reread(file, alignment);
    const auto& shown = editor.document();
    REQUIRE(saved.source_segments == shown.source_segments);
    REQUIRE(saved.target_segments == shown.target_segments);
    REQUIRE(saved.beads.size() == shown.beads.size());
    for (std::size_t i = 0; i < saved.beads.size(); ++i) {
        INFO("bead " << i);
        REQUIRE(saved.beads[i] == shown.beads[i]);
        REQUIRE(saved.beads[i].status == shown.beads[i].status);
        REQUIRE(saved.beads[i].confidence == Approx(shown.beads[i].confidence));
    }
    check_bead_chain(saved.beads, saved.source_segments.size(), saved.target_segments.size());
}

using Rows = std::vector<std::pair<std::int64_t, std::int64_t>>;

// (id, ordinal) of rows, read with the plain SQLite API.
Rows id_and_ordinal(const std::filesystem::path& file, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.string().c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK);
    Rows rows;
    while (sqlite3_step(statement) == SQLITE_ROW)
        rows.emplace_back(sqlite3_column_int64(statement, 0), sqlite3_column_int64(statement, 1));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

constexpr const char* kBeadRows = "SELECT id, ordinal FROM bead ORDER BY ordinal";
constexpr const char* kSegmentRows = "SELECT id, ordinal FROM segment ORDER BY document_id, ordinal";

// Whether every row of `part` is in `whole`, unchanged.
bool all_kept(const Rows& part, const Rows& whole) {
    return std::all_of(part.begin(), part.end(),
                       [&whole](const auto& row) { return std::find(whole.begin(), whole.end(), row) != whole.end(); });
}

}  // namespace

TEST_CASE("merging with the next bead joins both sides and is saved at once", "[edit]") {
    Fixture f;
    auto workspace = Workspace::open(f.file);
    AlignmentEditor editor(workspace, f.alignment);
    const auto outcome = editor.merge_with_next(0);
    CHECK(outcome.first == 0);
    CHECK(outcome.removed == 2);
    CHECK(outcome.added == 1);
    CHECK(types(editor.document()) == std::vector<std::string>{"3-2", "1-0", "1-1", "1-1"});
    CHECK(editor.text(0, Side::Source) == "Bir.\nİki.\nÜç.");
    CHECK(editor.bead(0).confidence == 1.0);
    check_saved(editor, f.file, f.alignment);
}

TEST_CASE("merging past either end is refused and changes nothing", "[edit]") {
    Fixture f;
    auto workspace = Workspace::open(f.file);
    AlignmentEditor editor(workspace, f.alignment);
    CHECK_THROWS_AS(editor.merge_with_previous(0), EditRefused);
    CHECK_THROWS_AS(editor.merge_with_next(4), EditRefused);
    CHECK_THROWS_AS(editor.merge_with_next(5), EditRefused);
    CHECK_FALSE(editor.can_undo());
    CHECK(types(editor.document()) == std::vector<std::string>{"1-1", "2-1", "1-0", "1-1", "1-1"});
}

TEST_CASE("undo and redo of a merge restore both states in the workspace", "[edit]") {
    Fixture f;
    auto workspace = Workspace::open(f.file);
    AlignmentEditor editor(workspace, f.alignment);
    const auto original = editor.document();
    editor.merge_with_previous(2);
    CHECK(editor.undo_name() == "merge");
    const auto merged = editor.document();
    CHECK(types(merged) == std::vector<std::string>{"1-1", "3-1", "1-1", "1-1"});
    editor.undo();
    CHECK(editor.document().beads == original.beads);
    CHECK(editor.document().beads[1].confidence == Approx(0.8));
    check_saved(editor, f.file, f.alignment);
    CHECK(editor.can_redo());
    editor.redo();
    CHECK(editor.document().beads == merged.beads);
    check_saved(editor, f.file, f.alignment);
}

TEST_CASE("splitting between two sentences makes a new bead of the second", "[edit]") {
    Fixture f;
    auto workspace = Workspace::open(f.file);
    AlignmentEditor editor(workspace, f.alignment);
    // "İki.\nÜç.": the cursor at the start of the second line.
    const auto offset = editor.text(1, Side::Source).find("Üç");
    const auto outcome = editor.split(1, Side::Source, offset);
    CHECK(outcome.focus == 2);
    CHECK(types(editor.document()) == std::vector<std::string>{"1-1", "1-1", "1-0", "1-0", "1-1", "1-1"});
    CHECK(editor.text(2, Side::Source) == "Üç.");
    CHECK(editor.text(1, Side::Target) == "Two and three.");
    CHECK(editor.document().source_segments.size() == 6);
    check_saved(editor, f.file, f.alignment);
}

TEST_CASE("splitting inside a sentence cuts the segment in two, and undo joins it again", "[edit]") {
    Fixture f;
    auto workspace = Workspace::open(f.file);
    AlignmentEditor editor(workspace, f.alignment);
    const auto offset = editor.text(4, Side::Target).find("Seven");
    editor.split(4, Side::Target, offset);
    CHECK(editor.document().target_segments ==
          std::vector<std::string>{"One.", "Two and three.", "Five.", "Six.", "Seven."});
    CHECK(types(editor.document()) == std::vector<std::string>{"1-1", "2-1", "1-0", "1-1", "1-1", "0-1"});
    check_saved(editor, f.file, f.alignment);
    editor.undo();
    CHECK(editor.document().target_segments ==
          std::vector<std::string>{"One.", "Two and three.", "Five.", "Six. Seven."});
    check_saved(editor, f.file, f.alignment);
}

TEST_CASE("a split at the very start or end of a text is refused", "[edit]") {
    Fixture f;
    auto workspace = Workspace::open(f.file);
    AlignmentEditor editor(workspace, f.alignment);
    CHECK_THROWS_AS(editor.split(0, Side::Source, 0), EditRefused);
    CHECK_THROWS_AS(editor.split(0, Side::Source, editor.text(0, Side::Source).size()), EditRefused);
    CHECK_THROWS_AS(editor.split(2, Side::Target, 0), EditRefused);
    CHECK_THROWS_AS(editor.split(0, Side::Source, 999), EditRefused);
    CHECK_FALSE(editor.can_undo());
}

TEST_CASE("moving the first or last sentence to the neighbouring bead", "[edit]") {
    Fixture f;
    auto workspace = Workspace::open(f.file);
    AlignmentEditor editor(workspace, f.alignment);
    SECTION("the last source sentence of a 2-1 bead goes to the next bead") {
        editor.move_last_segment_to_next(1, Side::Source);
        CHECK(types(editor.document()) == std::vector<std::string>{"1-1", "1-1", "2-0", "1-1", "1-1"});
        CHECK(editor.text(2, Side::Source) == "Üç.\nDörd.");
        check_saved(editor, f.file, f.alignment);
        editor.undo();
        CHECK(types(editor.document()) == std::vector<std::string>{"1-1", "2-1", "1-0", "1-1", "1-1"});
        check_saved(editor, f.file, f.alignment);
    }
    SECTION("a 1-0 bead whose only sentence moves up disappears") {
        editor.move_first_segment_to_previous(2, Side::Source);
        CHECK(types(editor.document()) == std::vector<std::string>{"1-1", "3-1", "1-1", "1-1"});
        check_saved(editor, f.file, f.alignment);
        editor.undo();
        CHECK(types(editor.document()) == std::vector<std::string>{"1-1", "2-1", "1-0", "1-1", "1-1"});
        editor.redo();
        CHECK(types(editor.document()) == std::vector<std::string>{"1-1", "3-1", "1-1", "1-1"});
        check_saved(editor, f.file, f.alignment);
    }
    SECTION("nothing to move, or nowhere to move it") {
        CHECK_THROWS_AS(editor.move_first_segment_to_previous(0, Side::Source), EditRefused);
        CHECK_THROWS_AS(editor.move_last_segment_to_next(4, Side::Target), EditRefused);
        CHECK_THROWS_AS(editor.move_last_segment_to_next(2, Side::Target), EditRefused);
    }
}

TEST_CASE("an empty counterpart gives a 1-0 bead a target to type into", "[edit]") {
    Fixture f;
    auto workspace = Workspace::open(f.file);
    AlignmentEditor editor(workspace, f.alignment);
    editor.insert_empty_counterpart(2);
    CHECK(editor.bead(2).type() == "1-1");
    CHECK(editor.document().target_segments.size() == 5);
    CHECK(editor.text(2, Side::Target).empty());
    editor.set_text(2, Side::Target, "Four.");
    CHECK(editor.document().target_segments[2] == "Four.");
    check_saved(editor, f.file, f.alignment);
    CHECK_THROWS_AS(editor.insert_empty_counterpart(0), EditRefused);
}

TEST_CASE("deleting a bead removes its sentences on both sides; undo brings them back", "[edit]") {
    Fixture f;
    auto workspace = Workspace::open(f.file);
    AlignmentEditor editor(workspace, f.alignment);
    editor.remove(1);
    CHECK(editor.document().source_segments == std::vector<std::string>{"Bir.", "Dörd.", "Beş.", "Altı. Yeddi."});
    CHECK(editor.document().target_segments == std::vector<std::string>{"One.", "Five.", "Six. Seven."});
    check_saved(editor, f.file, f.alignment);
    editor.undo();
    CHECK(editor.document().source_segments.size() == 6);
    CHECK(editor.text(1, Side::Target) == "Two and three.");
    check_saved(editor, f.file, f.alignment);
}

TEST_CASE("an edit at the start writes its own rows only: the rows after it keep their ordinals", "[edit]") {
    Fixture f;
    const auto beads = id_and_ordinal(f.file, kBeadRows);
    const auto segments = id_and_ordinal(f.file, kSegmentRows);
    auto workspace = Workspace::open(f.file);
    AlignmentEditor editor(workspace, f.alignment);
    editor.remove(0);
    check_saved(editor, f.file, f.alignment);
    // The first bead and its two segments ("Bir.", "One.") are gone; nothing else was renumbered.
    CHECK(id_and_ordinal(f.file, kBeadRows) == Rows(beads.begin() + 1, beads.end()));
    const auto segments_left = id_and_ordinal(f.file, kSegmentRows);
    CHECK(segments_left.size() == segments.size() - 2);
    CHECK(all_kept(segments_left, segments));
    editor.undo();
    check_saved(editor, f.file, f.alignment);
    CHECK(all_kept(Rows(beads.begin() + 1, beads.end()), id_and_ordinal(f.file, kBeadRows)));
    CHECK(all_kept(segments_left, id_and_ordinal(f.file, kSegmentRows)));
    editor.merge_with_next(0);
    check_saved(editor, f.file, f.alignment);
    const auto merged = id_and_ordinal(f.file, kBeadRows);
    CHECK(all_kept(Rows(beads.begin() + 2, beads.end()), merged));
    editor.undo();
    check_saved(editor, f.file, f.alignment);
    CHECK(all_kept(Rows(beads.begin() + 2, beads.end()), id_and_ordinal(f.file, kBeadRows)));
}

TEST_CASE("confirming a bead and going to the next one that needs review", "[edit]") {
    Fixture f;
    auto workspace = Workspace::open(f.file);
    AlignmentEditor editor(workspace, f.alignment);
    CHECK(next_matching(editor.document().beads, 0, BeadFilter::NeedsReview) == std::optional<std::size_t>(4));
    CHECK(filter_beads(editor.document().beads, BeadFilter::LowConfidence) == std::vector<std::size_t>{4});
    editor.confirm(4);
    CHECK(editor.bead(4).status == BeadStatus::Confirmed);
    CHECK_FALSE(next_matching(editor.document().beads, 0, BeadFilter::NeedsReview));
    CHECK(filter_beads(editor.document().beads, BeadFilter::Confirmed) == std::vector<std::size_t>{4});
    CHECK(filter_beads(editor.document().beads, BeadFilter::Unconfirmed) == std::vector<std::size_t>{0, 1, 2, 3});
    CHECK(next_matching(editor.document().beads, 3, BeadFilter::Unconfirmed) == std::optional<std::size_t>(0));
    CHECK(previous_matching(editor.document().beads, 0, BeadFilter::Unconfirmed) == std::optional<std::size_t>(3));
    check_saved(editor, f.file, f.alignment);
    editor.undo();
    CHECK(editor.bead(4).status == BeadStatus::NeedsReview);
    check_saved(editor, f.file, f.alignment);
    // Confirming twice records nothing the second time.
    editor.confirm(0);
    const auto outcome = editor.confirm(0);
    CHECK_FALSE(outcome.changed());
    editor.undo();
    CHECK(editor.bead(0).status == BeadStatus::Automatic);
}

TEST_CASE("retyped text is saved line by line; a burst of typing is one undo step", "[edit]") {
    Fixture f;
    auto workspace = Workspace::open(f.file);
    AlignmentEditor editor(workspace, f.alignment);
    editor.set_text(0, Side::Target, "O", Typing::Continue);
    editor.set_text(0, Side::Target, "On", Typing::Continue);
    editor.set_text(0, Side::Target, "One!", Typing::Continue);
    check_saved(editor, f.file, f.alignment);
    CHECK(reread(f.file, f.alignment).target_segments[0] == "One!");
    editor.set_text(1, Side::Target, "Two.\nThree.", Typing::Continue);
    CHECK(editor.bead(1).type() == "2-2");
    CHECK(editor.document().target_segments.size() == 5);
    check_saved(editor, f.file, f.alignment);
    editor.undo();
    CHECK(editor.text(1, Side::Target) == "Two and three.");
    editor.undo();
    CHECK(editor.text(0, Side::Target) == "One.");
    CHECK_FALSE(editor.can_undo());
    check_saved(editor, f.file, f.alignment);
    CHECK_THROWS_AS(editor.undo(), EditRefused);
}

TEST_CASE("a new edit after an undo drops what could have been redone", "[edit]") {
    Fixture f;
    auto workspace = Workspace::open(f.file);
    AlignmentEditor editor(workspace, f.alignment);
    editor.merge_with_next(0);
    editor.undo();
    CHECK(editor.redo_name() == "merge");
    editor.confirm(3);
    CHECK_FALSE(editor.can_redo());
    CHECK_THROWS_AS(editor.redo(), EditRefused);
}

TEST_CASE("a document aligned twice keeps its sentences: edits that add or remove them are refused", "[edit]") {
    Fixture f;
    {
        auto workspace = Workspace::open(f.file);
        const auto first = AlignmentStore(workspace).list().front();
        AlignmentStore(workspace).add(first.source_document, first.target_document,
                                      AlignmentStore(workspace).beads(first.id), "copy");
    }
    auto workspace = Workspace::open(f.file);
    AlignmentEditor editor(workspace, f.alignment);
    CHECK_THROWS_AS(editor.remove(0), EditRefused);
    CHECK_THROWS_AS(editor.split(4, Side::Target, 5), EditRefused);
    editor.merge_with_next(0);
    editor.set_text(0, Side::Target, "Uno.\nDos.", Typing::NewEdit);
    CHECK(editor.text(0, Side::Target) == "Uno.\nDos.");
    check_saved(editor, f.file, f.alignment);
}

TEST_CASE("hundreds of random edits undo to the original and redo to the last state", "[edit]") {
    Fixture f;
    auto workspace = Workspace::open(f.file);
    AlignmentEditor editor(workspace, f.alignment);
    const auto original = editor.document();
    std::mt19937 random(20261206);
    std::size_t made = 0;
    for (int attempt = 0; attempt < 400; ++attempt) {
        const auto n = editor.bead_count();
        const auto b = std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
        const auto side = random() % 2 ? Side::Source : Side::Target;
        try {
            switch (random() % 8) {
                case 0: editor.merge_with_next(b); break;
                case 1: editor.split(b, side, editor.text(b, side).size() / 2); break;
                case 2: editor.move_first_segment_to_previous(b, side); break;
                case 3: editor.move_last_segment_to_next(b, side); break;
                case 4: editor.insert_empty_counterpart(b); break;
                case 5: editor.confirm(b); break;
                case 6: editor.set_text(b, side, "Yeni " + std::to_string(attempt) + ".\nMətn."); break;
                default:
                    if (n > 3) editor.remove(b);
                    break;
            }
            ++made;
        } catch (const EditRefused&) {}
        if (attempt % 50 == 0) check_saved(editor, f.file, f.alignment);
    }
    REQUIRE(made > 200);
    check_saved(editor, f.file, f.alignment);
    const auto last = editor.document();
    while (editor.can_undo()) editor.undo();
    CHECK(editor.document().source_segments == original.source_segments);
    CHECK(editor.document().target_segments == original.target_segments);
    CHECK(editor.document().beads == original.beads);
    check_saved(editor, f.file, f.alignment);
    while (editor.can_redo()) editor.redo();
    CHECK(editor.document().source_segments == last.source_segments);
    CHECK(editor.document().beads == last.beads);
    check_saved(editor, f.file, f.alignment);
}

TEST_CASE("a confirmed bead enters the translation memory in the same transaction", "[edit]") {
    Fixture f;
    auto workspace = Workspace::open(f.file);
    TranslationMemory memory(workspace);
    AlignmentEditor editor(workspace, f.alignment);
    editor.set_memory(&memory, "reviewer");
    editor.confirm(0);
    TmQuery query;
    query.source_lang = "az";
    query.target_lang = "en";
    query.text = "Bir.";
    const auto matches = memory.lookup(query);
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].unit.target_text == "One.");
    CHECK(matches[0].unit.created_by == "reviewer");
    CHECK(matches[0].unit.context_after == "İki.");
    // A 1-0 bead has no translation to remember.
    editor.confirm(2);
    CHECK(memory.stats().units == 1);
}

TEST_CASE("re-aligning keeps confirmed beads and is one undoable edit", "[edit]") {
    Fixture f;
    auto workspace = Workspace::open(f.file);
    AlignmentEditor editor(workspace, f.alignment);
    // Spoil the alignment, confirm the first bead as it is, then re-align the rest.
    editor.merge_with_next(2);
    editor.merge_with_next(2);
    editor.confirm(0);
    const auto spoiled = editor.document().beads;
    editor.realign_unconfirmed();
    CHECK(editor.bead(0).status == BeadStatus::Confirmed);
    CHECK(editor.bead(0) == spoiled[0]);
    check_bead_chain(editor.document().beads, editor.document().source_segments.size(),
                     editor.document().target_segments.size());
    check_saved(editor, f.file, f.alignment);
    CHECK(editor.undo_name() == "realign");
    editor.undo();
    CHECK(editor.document().beads == spoiled);
    check_saved(editor, f.file, f.alignment);
}

TEST_CASE("beads marked from outside (QA findings) follow merges, deletions and splits", "[edit]") {
    // A merge of beads 2 and 3 (2 removed, 1 added from 2 on).
    CHECK(bead_after_edit(1, 2, 2, 1) == std::optional<std::size_t>(1));
    CHECK(bead_after_edit(3, 2, 2, 1) == std::optional<std::size_t>(2));
    CHECK(bead_after_edit(7, 2, 2, 1) == std::optional<std::size_t>(6));
    // Bead 4 deleted.
    CHECK_FALSE(bead_after_edit(4, 4, 1, 0));
    CHECK(bead_after_edit(5, 4, 1, 0) == std::optional<std::size_t>(4));
    // Bead 0 split in two.
    CHECK(bead_after_edit(0, 0, 1, 2) == std::optional<std::size_t>(0));
    CHECK(bead_after_edit(1, 0, 1, 2) == std::optional<std::size_t>(2));
    CHECK(beads_after_edit({1, 2, 3, 9}, 2, 2, 1) == std::vector<std::size_t>{1, 2, 8});
    CHECK(beads_after_edit({4, 5}, 4, 1, 0) == std::vector<std::size_t>{4});
}
