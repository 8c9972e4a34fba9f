#include "tm/core/platform.hpp"

#include <cerrno>
#include <cstring>

#include "tm/core/error.hpp"

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace korpu::platform {

void flush_file_to_disk(const std::filesystem::path& file) {
#ifdef _WIN32
    const int fd = ::_wopen(file.c_str(), _O_RDWR | _O_BINARY);
    if (fd < 0) throw OutputError(file, std::string("cannot open to flush: ") + std::strerror(errno));
    const int result = ::_commit(fd);
    ::_close(fd);
#else
    const int fd = ::open(file.c_str(), O_RDONLY);
    if (fd < 0) throw OutputError(file, std::string("cannot open to flush: ") + std::strerror(errno));
    const int result = ::fsync(fd);
    ::close(fd);
#endif
    if (result != 0) throw OutputError(file, std::string("cannot flush to disk: ") + std::strerror(errno));
}

}  // namespace korpu::platform
