#pragma once
// Strict UTF-8 validation with a position a user can find in an editor.
#include <filesystem>
#include <string_view>

namespace korpu {

// Checks that bytes are UTF-8; throws InputError naming the line and the byte offset in that line of
// the first invalid sequence. `file` is only used in the message.
void check_utf8(std::string_view bytes, const std::filesystem::path& file);

}  // namespace korpu
