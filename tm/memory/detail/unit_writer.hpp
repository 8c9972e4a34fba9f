#pragma once
// Stores units in tm_unit with their hashes, full-text index entries and source-word counts, merging a
// duplicate (same languages, texts and tags) into the stored unit. Internal to tm/memory: TranslationMemory
// and the TMX import share it. The caller owns the transaction; finish() must run inside it.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "tm/memory/detail/folder_cache.hpp"
#include "tm/memory/tm_unit.hpp"
#include "tm/store/detail/sqlite.hpp"

namespace korpu::detail {

struct WriteOutcome {
    std::int64_t id = 0;
    bool merged = false;  // a duplicate of a stored unit, whose metadata it completed
};

// What the index needs of a unit, computed before the database is touched (so that a reader thread can do it).
struct IndexKeys {
    std::int64_t unit_hash = 0;
    std::int64_t source_hash = 0;
    std::string source_terms;
    std::string target_terms;
    std::vector<std::uint64_t> source_term_hashes;  // term_hashes(source_terms)
};

IndexKeys index_keys(FolderCache& folders, const TmUnit& unit);

// What a writer keeps in memory at most, whatever the number of units it writes. An entry of either map costs
// about 40 bytes (node and bucket of std::unordered_map): a million of each is ~80 MB, which with the import's
// 64 MB page cache keeps a 10-million-unit import under its 300 MB budget (docs/reliability.md, "Limits").
struct UnitWriterBounds {
    std::size_t remembered_units = 1000000;     // hashes and ids of the units written into an empty memory
    std::size_t pending_term_counts = 1000000;  // source-word counts not yet added to tm_term_count
};

class UnitWriter {
  public:
    // `before_lookups` runs once if a writer that remembers the units it wrote (into an empty memory) has
    // remembered bounds.remembered_units and starts looking duplicates up in tm_unit's indexes instead: an
    // import that dropped those indexes must build them then.
    explicit UnitWriter(sql::Database& db, std::function<void()> before_lookups = {}, UnitWriterBounds bounds = {});
    // `unit` must carry canonical language tags (Language::parse(...).tag()).
    WriteOutcome write(const TmUnit& unit);
    WriteOutcome write(const TmUnit& unit, const IndexKeys& keys);
    // Gives a stored row that has no hashes yet (written before schema 5) its hashes and index entries.
    void index_existing(const TmUnit& unit);
    // Adds the source-word counts gathered since the last call to tm_term_count.
    void finish();

  private:
    void add_to_index(std::int64_t id, const IndexKeys& keys);
    void stage(std::int64_t id, const std::string& source_terms, const std::string& target_terms);
    void index_staged_rows();
    void flush_index_rows();
    void flush_term_counts();
    void remember(std::int64_t hash, std::int64_t id);

    sql::Database& db_;
    sql::Statement find_;
    sql::Statement find_written_;
    sql::Statement insert_;
    sql::Statement merge_;
    sql::Statement set_hashes_;
    sql::Statement index_;
    std::unique_ptr<sql::Statement> staged_;  // into temp.tm_unit_words_staged, once it exists
    std::size_t staged_rows_ = 0;             // waiting there
    struct IndexRow {
        std::int64_t id;
        std::string source_terms;
        std::string target_terms;
    };
    std::vector<IndexRow> index_rows_;
    sql::Statement count_term_;
    FolderCache folders_;
    std::unordered_map<std::uint64_t, std::int64_t> term_counts_;
    // When the memory was empty at the start, a unit can only duplicate one written since: their hashes and
    // ids are here (up to kMaxRememberedUnits of them), and the database is asked only on a hash hit.
    bool started_empty_ = false;
    std::unordered_map<std::int64_t, std::int64_t> written_;
    std::function<void()> before_lookups_;
    UnitWriterBounds bounds_;
};

// The hashes that tm_unit keeps, as SQLite stores them (signed 64-bit).
std::int64_t unit_hash(const TmUnit& unit);
std::int64_t source_hash(std::string_view source_text);
std::int64_t context_hash(std::string_view before, std::string_view after);

}  // namespace korpu::detail
