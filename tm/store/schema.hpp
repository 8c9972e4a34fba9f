#pragma once
// The workspace schema and its migrations. Version N of the schema is reached by applying the
// migrations 1..N in order; PRAGMA user_version records the version a file has.
#include <string_view>
#include <vector>

namespace korpu::schema {

// Marks a SQLite file as a Körpü workspace (PRAGMA application_id): the bytes "KRPU".
constexpr int kApplicationId = 0x4B525055;

// migrations()[i] takes a workspace from version i to version i + 1.
const std::vector<std::string_view>& migrations();

inline int current_version() { return static_cast<int>(migrations().size()); }

}  // namespace korpu::schema
