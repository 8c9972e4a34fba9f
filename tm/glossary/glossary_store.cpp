#include "tm/glossary/glossary_store.hpp"

#include "tm/core/error.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {
namespace {

constexpr const char* kUpsert =
    "INSERT INTO glossary_entry (source_lang, target_lang, source_term, target_term, part_of_speech, note,"
    " forbidden, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
    " ON CONFLICT (source_lang, target_lang, source_term, target_term) DO UPDATE SET"
    " part_of_speech = excluded.part_of_speech, note = excluded.note, forbidden = excluded.forbidden,"
    " status = excluded.status";

void bind_entry(sql::Statement& statement, const GlossaryEntry& entry) {
    auto optional = [](const std::string& text) { return text.empty() ? std::optional<std::string>() : text; };
    statement.bind(1, entry.source_lang.tag())
        .bind(2, entry.target_lang.tag())
        .bind(3, entry.source_term)
        .bind(4, entry.target_term)
        .bind(5, optional(entry.part_of_speech))
        .bind(6, optional(entry.note))
        .bind(7, optional(join_variants(entry.forbidden)))
        .bind(8, to_string(entry.status));
}

void check_terms(const GlossaryEntry& entry) {
    if (entry.source_term.empty() || entry.target_term.empty()) {
        throw UsageError("a glossary entry needs both a source and a target term");
    }
}

}  // namespace

std::int64_t GlossaryStore::add(const GlossaryEntry& entry) {
    check_terms(entry);
    auto& db = workspace_.database();
    sql::Transaction transaction(db);
    sql::Statement exists(db,
                          "SELECT count(*) FROM glossary_entry WHERE source_lang = ?1 AND target_lang = ?2"
                          " AND source_term = ?3 AND target_term = ?4");
    exists.bind(1, entry.source_lang.tag()).bind(2, entry.target_lang.tag()).bind(3, entry.source_term);
    exists.bind(4, entry.target_term);
    if (exists.step() && exists.column_int(0) > 0) {
        throw UsageError("the glossary already has '" + entry.source_term + "' -> '" + entry.target_term + "'");
    }
    sql::Statement insert(db, kUpsert);
    bind_entry(insert, entry);
    insert.run();
    const auto id = db.last_insert_id();
    transaction.commit();
    return id;
}

std::size_t GlossaryStore::import(const std::vector<GlossaryEntry>& entries) {
    auto& db = workspace_.database();
    sql::Transaction transaction(db);
    sql::Statement upsert(db, kUpsert);
    for (const auto& entry : entries) {
        check_terms(entry);
        bind_entry(upsert, entry);
        upsert.run();
        upsert.reset();
    }
    transaction.commit();
    return entries.size();
}

std::vector<GlossaryEntry> GlossaryStore::list() {
    sql::Statement select(workspace_.database(),
                          "SELECT id, source_lang, target_lang, source_term, target_term, part_of_speech, note,"
                          " forbidden, status FROM glossary_entry ORDER BY id");
    std::vector<GlossaryEntry> entries;
    while (select.step()) {
        GlossaryEntry entry;
        entry.id = select.column_int(0);
        entry.source_lang = Language::parse(select.column_text(1));
        entry.target_lang = Language::parse(select.column_text(2));
        entry.source_term = select.column_text(3);
        entry.target_term = select.column_text(4);
        entry.part_of_speech = select.column_optional_text(5).value_or("");
        entry.note = select.column_optional_text(6).value_or("");
        entry.forbidden = split_variants(select.column_optional_text(7).value_or(""));
        entry.status = term_status_from_string(select.column_text(8));
        entries.push_back(std::move(entry));
    }
    return entries;
}

}  // namespace korpu
