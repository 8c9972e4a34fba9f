#pragma once
// Conversions between UTF-8 and UTF-32, for code that works letter by letter (suffix rules, folding).
#include <string>
#include <string_view>

namespace korpu {

// Ill-formed bytes become U+FFFD.
std::u32string to_utf32(std::string_view utf8);
std::string to_utf8(std::u32string_view utf32);

}  // namespace korpu

namespace korpu {

// Byte offset of the first ill-formed UTF-8 sequence, or npos.
std::size_t find_invalid_utf8(std::string_view text);

}  // namespace korpu
