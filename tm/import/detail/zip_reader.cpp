#include "tm/import/detail/zip_reader.hpp"

#include <zip.h>

#include "tm/core/error.hpp"
#include "tm/import/import_limits.hpp"

namespace korpu::detail {
namespace {

struct FileCloser {
    void operator()(zip_file_t* file) const noexcept { zip_fclose(file); }
};

}  // namespace

void ZipReader::Closer::operator()(zip* archive) const noexcept { zip_discard(archive); }

ZipReader::ZipReader(const std::filesystem::path& file) : file_(file) {
    int error = 0;
    // ZIP_CHECKCONS: a truncated or patched archive is refused here rather than half read.
    archive_.reset(zip_open(file.u8string().c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!archive_) {
        zip_error_t details;
        zip_error_init_with_code(&details, error);
        const std::string message = zip_error_strerror(&details);
        zip_error_fini(&details);
        throw InputError(file, "is not a complete ZIP container (" + message + "); is the file truncated?");
    }
}

ZipReader::~ZipReader() = default;

std::optional<std::string> ZipReader::read(const std::string& name) const {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive_.get(), name.c_str(), 0, &stat) < 0) return std::nullopt;
    if (!(stat.valid & ZIP_STAT_SIZE) || stat.size > kMaxInputFileBytes)
        throw InputError(file_, name + " is larger than Körpü reads (" +
                                    std::to_string(kMaxInputFileBytes / (1024 * 1024)) + " MB unpacked)");
    const std::unique_ptr<zip_file_t, FileCloser> part(zip_fopen_index(archive_.get(), stat.index, 0));
    if (!part) throw InputError(file_, name + " cannot be opened: " + zip_strerror(archive_.get()));
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    std::size_t done = 0;
    while (done < bytes.size()) {
        const zip_int64_t got = zip_fread(part.get(), bytes.data() + done, bytes.size() - done);
        if (got <= 0)
            throw InputError(file_, name + " is damaged: " + (got < 0 ? zip_file_strerror(part.get()) : "too short"));
        done += static_cast<std::size_t>(got);
    }
    return bytes;
}

}  // namespace korpu::detail
