#pragma once
// Reads parts of a ZIP container (DOCX, ODT) with libzip, within the size Körpü accepts.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

struct zip;

namespace korpu::detail {

class ZipReader {
  public:
    // Throws InputError when the file is not a complete ZIP archive (a truncated download, say).
    explicit ZipReader(const std::filesystem::path& file);
    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    // The part's bytes, or nothing when the archive has no such part. Throws InputError when the part is
    // damaged or larger than kMaxInputFileBytes once unpacked.
    std::optional<std::string> read(const std::string& name) const;

  private:
    struct Closer {
        void operator()(zip* archive) const noexcept;
    };
    std::filesystem::path file_;
    std::unique_ptr<zip, Closer> archive_;
};

}  // namespace korpu::detail
