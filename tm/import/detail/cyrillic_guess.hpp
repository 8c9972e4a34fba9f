#pragma once
// Tells the Russian 8-bit encodings apart (Windows-1251, KOI8-R, CP866), which ICU's charset detector
// confuses: each candidate decoding is scored by how Russian its letters look.
#include <optional>
#include <string>
#include <string_view>

namespace korpu::detail {

// The name of the most likely Russian 8-bit encoding of `bytes`, or nothing when the bytes above 0x7F
// do not look like Cyrillic words in any of them.
std::optional<std::string> guess_cyrillic_encoding(std::string_view bytes);

}  // namespace korpu::detail
