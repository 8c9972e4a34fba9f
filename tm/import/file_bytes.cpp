#include "tm/import/file_bytes.hpp"

#include <fstream>
#include <system_error>

#include "tm/core/error.hpp"

namespace korpu {

std::string read_file_bytes(const std::filesystem::path& file) {
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (error) throw InputError(file, "cannot be opened for reading: " + error.message());
    if (size > kMaxInputFileBytes)
        throw InputError(file, "is " + std::to_string(size / (1024 * 1024)) + " MB; Körpü reads documents up to " +
                                   std::to_string(kMaxInputFileBytes / (1024 * 1024)) + " MB");
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(file, "cannot be opened for reading");
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (in.bad() || static_cast<std::uintmax_t>(in.gcount()) != size) throw InputError(file, "cannot be read");
    return bytes;
}

}  // namespace korpu
