#include "tm/memory/detail/unit_writer.hpp"

#include "tm/memory/detail/unit_codec.hpp"

namespace korpu::detail {
namespace {

std::optional<std::string> optional_text(const std::string& text) {
    if (text.empty()) return std::nullopt;
    return text;
}

std::int64_t as_column(std::uint64_t hash) { return static_cast<std::int64_t>(hash); }

// Index rows wait in a temporary table and go into the full-text index this many at a time, with one INSERT ...
// SELECT: FTS5 writes its in-memory part to disk at the end of every statement that changes it, so one statement
// per unit made a bulk import spend most of its time merging one-row segments (measured:
// docs/translation-memory.md). 100,000 rows are about as many as FTS5 holds in its 16 MiB hash table before it
// writes a segment anyway, and indexing them during the import lets the reader thread parse meanwhile.
constexpr std::size_t kIndexChunkRows = 100000;
// A few rows (a unit added by hand) go in directly; the temporary table is made once this many are waiting.
constexpr std::size_t kStagingThresholdRows = 1000;

}  // namespace

std::int64_t unit_hash(const TmUnit& unit) {
    const std::string source_tags = encode_tags(unit.source_tags);
    const std::string target_tags = encode_tags(unit.target_tags);
    return as_column(stable_hash(
        {unit.source_lang, unit.target_lang, unit.source_text, unit.target_text, source_tags, target_tags}));
}

std::int64_t source_hash(std::string_view source_text) { return as_column(stable_hash(exact_form(source_text))); }

std::int64_t context_hash(std::string_view before, std::string_view after) {
    return as_column(stable_hash({exact_form(before), exact_form(after)}));
}

IndexKeys index_keys(FolderCache& folders, const TmUnit& unit) {
    IndexKeys keys;
    keys.unit_hash = unit_hash(unit);
    keys.source_hash = source_hash(unit.source_text);
    keys.source_terms = folders(unit.source_lang).index_terms(unit.source_text);
    keys.target_terms = folders(unit.target_lang).index_terms(unit.target_text);
    keys.source_term_hashes = term_hashes(keys.source_terms);
    return keys;
}

UnitWriter::UnitWriter(sql::Database& db, std::function<void()> before_lookups, UnitWriterBounds bounds)
    : db_(db),
      find_(db,
            "SELECT id FROM tm_unit WHERE unit_hash = ?1 AND source_lang = ?2 AND target_lang = ?3 AND source_text = ?4"
            " AND target_text = ?5 AND coalesce(source_tags, '') = ?6 AND coalesce(target_tags, '') = ?7"),
      find_written_(db,
                    "SELECT id FROM tm_unit WHERE id = ?8 AND unit_hash = ?1 AND source_lang = ?2 AND target_lang = ?3"
                    " AND source_text = ?4 AND target_text = ?5 AND coalesce(source_tags, '') = ?6"
                    " AND coalesce(target_tags, '') = ?7"),
      insert_(
          db,
          "INSERT INTO tm_unit (source_lang, target_lang, source_text, target_text, source_document, context_before,"
          " context_after, created_at, created_by, changed_at, changed_by, unit_hash, source_hash, context_hash,"
          " source_tags, target_tags, tmx_extras) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
          " coalesce(?8, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)"),
      // A duplicate keeps the earliest creation and the latest change, and fills in what the stored unit lacks.
      merge_(db,
             "UPDATE tm_unit SET"
             " created_at = CASE WHEN ?2 IS NOT NULL AND ?2 < created_at THEN ?2 ELSE created_at END,"
             " created_by = CASE WHEN ?2 IS NOT NULL AND ?2 < created_at THEN coalesce(?3, created_by)"
             "              ELSE coalesce(created_by, ?3) END,"
             " changed_by = CASE WHEN ?4 IS NOT NULL AND (changed_at IS NULL OR ?4 > changed_at) THEN ?5"
             "              ELSE changed_by END,"
             " changed_at = CASE WHEN ?4 IS NOT NULL AND (changed_at IS NULL OR ?4 > changed_at) THEN ?4"
             "              ELSE changed_at END,"
             " source_document = coalesce(source_document, ?6),"
             " context_hash = CASE WHEN context_before IS NULL AND context_after IS NULL THEN ?9 ELSE context_hash END,"
             " context_before = CASE WHEN context_before IS NULL AND context_after IS NULL THEN ?7"
             "                  ELSE context_before END,"
             " context_after = CASE WHEN context_before IS NULL AND context_after IS NULL THEN ?8"
             "                 ELSE context_after END,"
             " tmx_extras = coalesce(tmx_extras, ?10)"
             " WHERE id = ?1"),
      set_hashes_(db,
                  "UPDATE tm_unit SET unit_hash = ?2, source_hash = ?3, context_hash = ?4, source_tags = ?5,"
                  " target_tags = ?6 WHERE id = ?1"),
      index_(db, "INSERT INTO tm_unit_words (rowid, source, target) VALUES (?1, ?2, ?3)"),
      count_term_(db,
                  "INSERT INTO tm_term_count (term_hash, units) VALUES (?1, ?2)"
                  " ON CONFLICT (term_hash) DO UPDATE SET units = units + excluded.units"),
      started_empty_(db.query_int("SELECT NOT EXISTS (SELECT 1 FROM tm_unit)") == 1),
      before_lookups_(std::move(before_lookups)),
      bounds_(bounds) {}

WriteOutcome UnitWriter::write(const TmUnit& unit) { return write(unit, index_keys(folders_, unit)); }

WriteOutcome UnitWriter::write(const TmUnit& unit, const IndexKeys& keys) {
    const std::string source_tags = encode_tags(unit.source_tags);
    const std::string target_tags = encode_tags(unit.target_tags);
    const std::int64_t hash = keys.unit_hash;
    const bool has_context = !unit.context_before.empty() || !unit.context_after.empty();
    const std::int64_t context = has_context ? context_hash(unit.context_before, unit.context_after) : 0;
    const std::string extras = encode_extras(unit.tmx);

    // In a memory that started empty, only a unit written since can be a duplicate, and its id is known: the
    // check reads that row by its primary key (tm_unit's other indexes may be deferred during an import).
    const auto written = started_empty_ ? written_.find(hash) : written_.end();
    const bool may_exist = !started_empty_ || written != written_.end();
    bool found = false;
    std::int64_t existing = 0;
    if (may_exist) {
        auto& find = started_empty_ ? find_written_ : find_;
        find.bind(1, hash).bind_borrowed(2, unit.source_lang).bind_borrowed(3, unit.target_lang);
        find.bind_borrowed(4, unit.source_text).bind_borrowed(5, unit.target_text);
        find.bind_borrowed(6, source_tags).bind_borrowed(7, target_tags);
        if (started_empty_) find.bind(8, written->second);
        found = find.step();
        existing = found ? find.column_int(0) : 0;
        find.reset();
    }
    if (found) {
        merge_.bind(1, existing).bind(2, optional_text(unit.created_at)).bind(3, optional_text(unit.created_by));
        merge_.bind(4, optional_text(unit.changed_at)).bind(5, optional_text(unit.changed_by));
        merge_.bind(6, unit.source_document).bind(7, optional_text(unit.context_before));
        merge_.bind(8, optional_text(unit.context_after));
        has_context ? merge_.bind(9, context) : merge_.bind_null(9);
        merge_.bind(10, optional_text(extras));
        merge_.run();
        return {existing, true};
    }

    insert_.bind_borrowed(1, unit.source_lang).bind_borrowed(2, unit.target_lang);
    insert_.bind_borrowed(3, unit.source_text).bind_borrowed(4, unit.target_text);
    insert_.bind(5, unit.source_document).bind(6, optional_text(unit.context_before));
    insert_.bind(7, optional_text(unit.context_after)).bind(8, optional_text(unit.created_at));
    insert_.bind(9, optional_text(unit.created_by)).bind(10, optional_text(unit.changed_at));
    insert_.bind(11, optional_text(unit.changed_by)).bind(12, hash).bind(13, keys.source_hash);
    has_context ? insert_.bind(14, context) : insert_.bind_null(14);
    insert_.bind(15, optional_text(source_tags)).bind(16, optional_text(target_tags));
    insert_.bind(17, optional_text(extras));
    insert_.run();
    const std::int64_t id = db_.last_insert_id();
    if (started_empty_) remember(hash, id);
    add_to_index(id, keys);
    return {id, false};
}

void UnitWriter::remember(std::int64_t hash, std::int64_t id) {
    written_[hash] = id;
    if (written_.size() < bounds_.remembered_units) return;
    // From here on, duplicates are found through tm_unit's indexes, as in a memory that was not empty.
    if (before_lookups_) before_lookups_();
    std::unordered_map<std::int64_t, std::int64_t>().swap(written_);
    started_empty_ = false;
}

void UnitWriter::index_existing(const TmUnit& unit) {
    const bool has_context = !unit.context_before.empty() || !unit.context_after.empty();
    const auto keys = index_keys(folders_, unit);
    set_hashes_.bind(1, unit.id).bind(2, keys.unit_hash).bind(3, keys.source_hash);
    has_context ? set_hashes_.bind(4, context_hash(unit.context_before, unit.context_after)) : set_hashes_.bind_null(4);
    set_hashes_.bind(5, optional_text(encode_tags(unit.source_tags)));
    set_hashes_.bind(6, optional_text(encode_tags(unit.target_tags)));
    set_hashes_.run();
    add_to_index(unit.id, keys);
}

void UnitWriter::add_to_index(std::int64_t id, const IndexKeys& keys) {
    for (const auto term : keys.source_term_hashes) ++term_counts_[term];
    if (term_counts_.size() >= bounds_.pending_term_counts) flush_term_counts();
    if (staged_) {
        stage(id, keys.source_terms, keys.target_terms);
        return;
    }
    index_rows_.push_back({id, keys.source_terms, keys.target_terms});
    if (index_rows_.size() < kStagingThresholdRows) return;
    db_.execute("CREATE TEMP TABLE tm_unit_words_staged (id INTEGER PRIMARY KEY, source TEXT, target TEXT)");
    staged_ = std::make_unique<sql::Statement>(
        db_, "INSERT INTO temp.tm_unit_words_staged (id, source, target) VALUES (?1, ?2, ?3)");
    for (const auto& row : index_rows_) stage(row.id, row.source_terms, row.target_terms);
    index_rows_.clear();
}

void UnitWriter::stage(std::int64_t id, const std::string& source_terms, const std::string& target_terms) {
    staged_->bind(1, id).bind_borrowed(2, source_terms).bind_borrowed(3, target_terms);
    staged_->run();
    if (++staged_rows_ == kIndexChunkRows) index_staged_rows();
}

void UnitWriter::index_staged_rows() {
    db_.execute(
        "INSERT INTO tm_unit_words (rowid, source, target) SELECT id, source, target FROM temp.tm_unit_words_staged;"
        " DELETE FROM temp.tm_unit_words_staged");
    staged_rows_ = 0;
}

void UnitWriter::flush_index_rows() {
    for (const auto& row : index_rows_) {
        index_.bind(1, row.id).bind(2, row.source_terms).bind(3, row.target_terms);
        index_.run();
    }
    index_rows_.clear();
    if (!staged_) return;
    index_staged_rows();
    staged_.reset();
    db_.execute("DROP TABLE temp.tm_unit_words_staged");
}

void UnitWriter::flush_term_counts() {
    for (const auto& [term, units] : term_counts_) {
        count_term_.bind(1, static_cast<std::int64_t>(term)).bind(2, units);
        count_term_.run();
    }
    std::unordered_map<std::uint64_t, std::int64_t>().swap(term_counts_);
}

void UnitWriter::finish() {
    flush_index_rows();
    flush_term_counts();
}

}  // namespace korpu::detail
