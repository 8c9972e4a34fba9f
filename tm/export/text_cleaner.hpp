#pragma once
// The text-level operations of a clean export: whitespace and Unicode normalisation, removal of inline
// markup, and the length ratio that marks a pair as suspect.
#include <cstddef>
#include <string>
#include <string_view>

namespace korpu {

// Collapses every run of Unicode white space (including no-break spaces and line breaks) into one
// space, trims both ends, and brings the text to Unicode Normalization Form C.
std::string normalise_text(std::string_view text);

// Removes inline tags: "<b>", "</b>", "<x id=\"1\"/>", "<ph/>". A "<" that does not open a tag, as in
// "a < b", stays.
std::string strip_inline_tags(std::string_view text);

// Code points in UTF-8 text.
std::size_t code_point_count(std::string_view text) noexcept;

// The longer side's length in code points divided by the shorter's (at least 1); infinite when one is empty.
double length_ratio(std::string_view source, std::string_view target) noexcept;

}  // namespace korpu
