#include "tm/spell/zip_entries.hpp"

#include <zip.h>

#include <memory>

#include "tm/core/error.hpp"

namespace korpu::detail {
namespace {

struct ArchiveCloser {
    void operator()(zip_t* archive) const noexcept { zip_discard(archive); }
};
struct EntryCloser {
    void operator()(zip_file_t* entry) const noexcept { zip_fclose(entry); }
};

}  // namespace

std::vector<ZipEntry> read_zip_entries(const std::filesystem::path& file,
                                       const std::function<bool(const std::string&)>& wanted) {
    int error = 0;
    const std::unique_ptr<zip_t, ArchiveCloser> archive(zip_open(file.u8string().c_str(), ZIP_RDONLY, &error));
    if (!archive) {
        zip_error_t details;
        zip_error_init_with_code(&details, error);
        const std::string message = zip_error_strerror(&details);
        zip_error_fini(&details);
        throw InputError(file, "not a readable ZIP archive: " + message);
    }
    std::vector<ZipEntry> entries;
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = static_cast<zip_uint64_t>(i);
        zip_stat_t stat;
        if (zip_stat_index(archive.get(), index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME) ||
            !(stat.valid & ZIP_STAT_SIZE))
            throw InputError(file, "unreadable ZIP entry " + std::to_string(i) + ": " + zip_strerror(archive.get()));
        const std::string name = stat.name;
        if (!wanted(name)) continue;
        const std::unique_ptr<zip_file_t, EntryCloser> entry(zip_fopen_index(archive.get(), index, 0));
        if (!entry) throw InputError(file, "cannot read " + name + ": " + zip_strerror(archive.get()));
        std::string content(static_cast<std::size_t>(stat.size), '\0');
        const zip_int64_t read = zip_fread(entry.get(), content.data(), stat.size);
        if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
            throw InputError(file, "cannot read " + name + ": the entry is damaged");
        entries.push_back({name, std::move(content)});
    }
    return entries;
}

}  // namespace korpu::detail
