#pragma once
// Stores units in tm_unit with their hashes, full-text index entries and source-word counts, merging a
// duplicate (same languages, texts and tags) into the stored unit. Internal to tm/memory: TranslationMemory
// and the TMX import share it. The caller owns the transaction; finish() must run inside it.
#include <cstdint>
#include <string>
#include <unordered_map>

#include "tm/memory/detail/folder_cache.hpp"
#include "tm/memory/tm_unit.hpp"
#include "tm/store/detail/sqlite.hpp"

namespace korpu::detail {

struct WriteOutcome {
    std::int64_t id = 0;
    bool merged = false;  // a duplicate of a stored unit, whose metadata it completed
};

class UnitWriter {
  public:
    explicit UnitWriter(sql::Database& db);
    // `unit` must carry canonical language tags (Language::parse(...).tag()).
    WriteOutcome write(const TmUnit& unit);
    // Gives a stored row that has no hashes yet (written before schema 4) its hashes and index entries.
    void index_existing(const TmUnit& unit);
    // Adds the source-word counts gathered since the last call to tm_term.
    void finish();

  private:
    void add_to_index(std::int64_t id, const TmUnit& unit);

    sql::Database& db_;
    sql::Statement find_;
    sql::Statement insert_;
    sql::Statement merge_;
    sql::Statement set_hashes_;
    sql::Statement index_;
    sql::Statement count_term_;
    FolderCache folders_;
    std::unordered_map<std::string, std::int64_t> term_counts_;
};

// The hashes that tm_unit keeps, as SQLite stores them (signed 64-bit).
std::int64_t unit_hash(const TmUnit& unit);
std::int64_t source_hash(std::string_view source_text);
std::int64_t context_hash(std::string_view before, std::string_view after);

}  // namespace korpu::detail
