#pragma once
// Carries out an OrdinalChange (tm/store/ordinal_keys.hpp) on the rows of one document or one alignment.
#include <cstdint>

#include "tm/store/detail/sqlite.hpp"
#include "tm/store/ordinal_keys.hpp"

namespace korpu::detail {

enum class OrderedRows { Segments, Beads };

// Deletes the removed rows of the document (segments) or alignment (beads) `owner` and gives the moved ones
// their new keys, through negative keys so that UNIQUE (owner, ordinal) holds after every statement. The new
// rows are the caller's to insert.
void remove_and_move_rows(sql::Database& db, OrderedRows rows, std::int64_t owner, const OrdinalChange& change);

}  // namespace korpu::detail
