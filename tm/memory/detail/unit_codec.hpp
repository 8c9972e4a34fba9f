#pragma once
// How lists that belong to a unit are kept in one tm_unit column: inline tags (source_tags, target_tags) and
// TMX extras (tmx_extras). Internal to tm/memory. The separators are control characters that XML 1.0 does
// not allow, so they never occur in the XML they separate.
#include <string>
#include <string_view>
#include <vector>

#include "tm/memory/tm_unit.hpp"

namespace korpu::detail {

std::string encode_tags(const std::vector<std::string>& tags);
std::vector<std::string> decode_tags(std::string_view column);

std::string encode_extras(const TmxExtras& extras);
TmxExtras decode_extras(std::string_view column);

}  // namespace korpu::detail
