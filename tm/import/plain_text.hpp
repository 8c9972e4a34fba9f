#pragma once
// Plain-text documents: paragraphs are separated by blank lines; the lines of one paragraph are
// joined with a space.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "tm/core/document.hpp"

namespace korpu {

// Checks that bytes are UTF-8; throws InputError naming the line and the byte offset in that line of
// the first invalid sequence. `file` is only used in the message.
void check_utf8(std::string_view bytes, const std::filesystem::path& file);

// Reads a whole file into memory; throws InputError when it cannot be read.
std::string read_file_bytes(const std::filesystem::path& file);

// Cuts UTF-8 text (a BOM is dropped) into paragraphs on blank lines.
std::vector<Block> split_paragraphs(std::string_view text);

// Reads a UTF-8 text file (with or without BOM) into paragraphs.
std::vector<Block> read_plain_text(const std::filesystem::path& file);

}  // namespace korpu
