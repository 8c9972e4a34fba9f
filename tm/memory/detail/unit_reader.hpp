#pragma once
// Reads tm_unit rows into TmUnit. Internal to tm/memory.
#include <string>

#include "tm/memory/tm_unit.hpp"
#include "tm/store/detail/sqlite.hpp"

namespace korpu::detail {

// "SELECT <every TmUnit column> FROM tm_unit " + `clause`.
std::string select_unit_sql(const std::string& clause);
// Reads the current row of a statement made from select_unit_sql().
TmUnit read_unit(const sql::Statement& row);

}  // namespace korpu::detail
