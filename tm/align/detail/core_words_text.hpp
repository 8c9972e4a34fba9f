#pragma once
// lexicon/core_words.tsv, compiled into the library at build time (cmake/EmbedText.cmake).
#include <string_view>

namespace korpu::detail {

std::string_view core_words_text();

}  // namespace korpu::detail
