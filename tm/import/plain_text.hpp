#pragma once
// Plain-text documents: paragraphs are separated by blank lines; the lines of one paragraph are
// joined with a space.
#include <filesystem>
#include <string_view>
#include <vector>

#include "tm/core/document.hpp"

namespace korpu {

// Cuts decoded UTF-8 text into paragraphs on blank lines. Throws InputError naming the line when a line
// or paragraph is longer than kMaxParagraphBytes; `file` is only used in messages.
std::vector<Block> split_paragraphs(std::string_view text, const std::filesystem::path& file);

// Every line of decoded text, without its line break; a line longer than kMaxParagraphBytes is an
// InputError naming it.
std::vector<std::string_view> split_lines(std::string_view text, const std::filesystem::path& file);

}  // namespace korpu
