#pragma once
// Reads chosen entries of a ZIP file (a LibreOffice .oxt or Mozilla .xpi extension) into memory, with
// libzip. Internal to tm/spell.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace korpu::detail {

struct ZipEntry {
    std::string name;  // the path inside the archive, '/'-separated
    std::string content;
};

// The entries whose names `wanted` accepts, in archive order. Throws InputError when the file is not a
// readable ZIP archive.
std::vector<ZipEntry> read_zip_entries(const std::filesystem::path& file,
                                       const std::function<bool(const std::string&)>& wanted);

}  // namespace korpu::detail
