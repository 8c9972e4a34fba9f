#pragma once
// JSON string literals (RFC 8259), for every JSON Körpü writes: JSON Lines exports and the CLI's --format json.
#include <ostream>
#include <string>
#include <string_view>

namespace korpu {

// Writes `text` as a quoted JSON string: quotes, backslashes and control characters escaped, UTF-8 kept.
void write_json_string(std::ostream& out, std::string_view text);

// The same, returned as a string.
std::string json_string(std::string_view text);

}  // namespace korpu
