#include "tm/store/alignment_store.hpp"

#include <array>
#include <map>
#include <optional>

#include "tm/core/error.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/document_store.hpp"
#include "tm/store/ordinal_keys.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {
namespace {

// Reviewers' notes by the bead they belong to: source begin and count, target begin and count.
using BeadNotes = std::map<std::array<std::size_t, 4>, std::string>;

// Inserts an alignment's bead chain with spaced ordinal keys, each bead with its note from `notes`.
void insert_beads(sql::Database& db, std::int64_t alignment_id, const std::vector<Bead>& beads,
                  const BeadNotes& notes) {
    sql::Statement insert_bead(db,
                               "INSERT INTO bead (alignment_id, ordinal, source_count, target_count, confidence,"
                               " status, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (std::size_t i = 0; i < beads.size(); ++i) {
        const Bead& bead = beads[i];
        const auto note = notes.find({bead.source_begin, bead.source_count, bead.target_begin, bead.target_count});
        insert_bead.bind(1, alignment_id)
            .bind(2, spaced_ordinal(i))
            .bind(3, static_cast<std::int64_t>(bead.source_count))
            .bind(4, static_cast<std::int64_t>(bead.target_count))
            .bind(5, bead.confidence)
            .bind(6, to_string(bead.status))
            .bind(7, note == notes.end() ? std::optional<std::string>() : std::optional<std::string>(note->second))
            .run();
    }
}

}  // namespace

std::int64_t AlignmentStore::add(std::int64_t source_document, std::int64_t target_document,
                                 const std::vector<Bead>& beads, const std::string& method) {
    DocumentStore documents(workspace_);
    check_bead_chain(beads, documents.info(source_document).segment_count,
                     documents.info(target_document).segment_count);
    auto& db = workspace_.database();
    sql::Transaction transaction(db);
    sql::Statement insert_alignment(
        db, "INSERT INTO alignment (source_document_id, target_document_id, method) VALUES (?1, ?2, ?3)");
    insert_alignment.bind(1, source_document).bind(2, target_document).bind(3, method).run();
    const auto alignment_id = db.last_insert_id();
    insert_beads(db, alignment_id, beads, {});
    transaction.commit();
    return alignment_id;
}

void AlignmentStore::replace_beads(std::int64_t alignment_id, const std::vector<Bead>& beads) {
    const auto alignment = info(alignment_id);
    DocumentStore documents(workspace_);
    check_bead_chain(beads, documents.info(alignment.source_document).segment_count,
                     documents.info(alignment.target_document).segment_count);
    auto& db = workspace_.database();
    sql::Transaction transaction(db);
    BeadNotes notes;
    {
        sql::Statement query(db,
                             "SELECT source_count, target_count, note FROM bead WHERE alignment_id = ?1"
                             " ORDER BY ordinal");
        query.bind(1, alignment_id);
        std::size_t source_begin = 0;
        std::size_t target_begin = 0;
        while (query.step()) {
            const auto source_count = static_cast<std::size_t>(query.column_int(0));
            const auto target_count = static_cast<std::size_t>(query.column_int(1));
            if (!query.is_null(2))
                notes[{source_begin, source_count, target_begin, target_count}] = query.column_text(2);
            source_begin += source_count;
            target_begin += target_count;
        }
    }
    sql::Statement remove(db, "DELETE FROM bead WHERE alignment_id = ?1");
    remove.bind(1, alignment_id).run();
    insert_beads(db, alignment_id, beads, notes);
    transaction.commit();
}

AlignmentInfo AlignmentStore::info(std::int64_t alignment_id) {
    sql::Statement query(workspace_.database(),
                         "SELECT a.id, a.source_document_id, a.target_document_id, a.method,"
                         " (SELECT count(*) FROM bead b WHERE b.alignment_id = a.id)"
                         " FROM alignment a WHERE a.id = ?1");
    query.bind(1, alignment_id);
    if (!query.step()) throw Error("the workspace has no alignment " + std::to_string(alignment_id));
    return {query.column_int(0), query.column_int(1), query.column_int(2), query.column_text(3),
            static_cast<std::size_t>(query.column_int(4))};
}

std::vector<AlignmentInfo> AlignmentStore::list() {
    sql::Statement query(workspace_.database(),
                         "SELECT a.id, a.source_document_id, a.target_document_id, a.method,"
                         " (SELECT count(*) FROM bead b WHERE b.alignment_id = a.id)"
                         " FROM alignment a ORDER BY a.id");
    std::vector<AlignmentInfo> alignments;
    while (query.step()) {
        alignments.push_back({query.column_int(0), query.column_int(1), query.column_int(2), query.column_text(3),
                              static_cast<std::size_t>(query.column_int(4))});
    }
    return alignments;
}

std::vector<Bead> AlignmentStore::beads(std::int64_t alignment_id) {
    sql::Statement query(workspace_.database(),
                         "SELECT source_count, target_count, confidence, status"
                         " FROM bead WHERE alignment_id = ?1 ORDER BY ordinal");
    query.bind(1, alignment_id);
    std::vector<Bead> beads;
    std::size_t source_begin = 0;
    std::size_t target_begin = 0;
    while (query.step()) {
        Bead bead;
        bead.source_begin = source_begin;
        bead.source_count = static_cast<std::size_t>(query.column_int(0));
        bead.target_begin = target_begin;
        bead.target_count = static_cast<std::size_t>(query.column_int(1));
        bead.confidence = query.column_double(2);
        bead.status = bead_status_from_string(query.column_text(3));
        source_begin += bead.source_count;
        target_begin += bead.target_count;
        beads.push_back(bead);
    }
    return beads;
}

}  // namespace korpu
