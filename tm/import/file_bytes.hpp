#pragma once
// Reading an input file whole, within the size Körpü accepts.
#include <filesystem>
#include <string>

#include "tm/import/import_limits.hpp"

namespace korpu {

// Reads a whole file into memory; throws InputError when it cannot be read or is larger than
// kMaxInputFileBytes.
std::string read_file_bytes(const std::filesystem::path& file);

}  // namespace korpu
