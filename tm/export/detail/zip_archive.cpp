#include "tm/export/detail/zip_archive.hpp"

#include <zip.h>

#include "tm/core/error.hpp"

namespace korpu::detail {

void ZipArchive::Closer::operator()(zip* archive) const noexcept {
    zip_discard(archive);
}

ZipArchive::ZipArchive(const std::filesystem::path& target) : file_(target) {
    int error = 0;
    archive_.reset(zip_open(file_.temporary_path().u8string().c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error));
    if (!archive_) {
        zip_error_t details;
        zip_error_init_with_code(&details, error);
        const std::string message = zip_error_strerror(&details);
        zip_error_fini(&details);
        throw OutputError(target, "cannot be created: " + message);
    }
}

ZipArchive::~ZipArchive() = default;

void ZipArchive::add(const std::string& name, std::string content, bool compress) {
    contents_.push_back(std::move(content));
    const auto& data = contents_.back();
    zip_source_t* source = zip_source_buffer(archive_.get(), data.data(), data.size(), 0);
    if (!source)
        throw OutputError(file_.target_path(), std::string("libzip: ") + zip_strerror(archive_.get()));
    const zip_int64_t index =
        zip_file_add(archive_.get(), name.c_str(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        throw OutputError(file_.target_path(), "cannot add " + name + ": " + zip_strerror(archive_.get()));
    }
    if (!compress &&
        zip_set_file_compression(archive_.get(), static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0) < 0) {
        throw OutputError(file_.target_path(), "cannot store " + name + ": " + zip_strerror(archive_.get()));
    }
}

void ZipArchive::commit() {
    if (zip_close(archive_.get()) < 0) {
        throw OutputError(file_.target_path(),
                          std::string("cannot be written: ") + zip_strerror(archive_.get()));
    }
    archive_.release();  // zip_close freed it
    file_.commit();
}

}  // namespace korpu::detail
