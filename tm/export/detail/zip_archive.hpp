#pragma once
// Writes a ZIP container (ODT, DOCX) with libzip into an AtomicFile: entries are kept in memory until
// commit(), which writes the archive and renames it into place.
#include <filesystem>
#include <list>
#include <memory>
#include <string>

#include "tm/core/atomic_file.hpp"

struct zip;

namespace korpu::detail {

class ZipArchive {
  public:
    // Throws OutputError when the file cannot be created.
    explicit ZipArchive(const std::filesystem::path& target);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // Entries are written in the order added. `compress` false stores the entry as it is (the ODF
    // "mimetype" entry must be stored, and first).
    void add(const std::string& name, std::string content, bool compress = true);
    void commit();

  private:
    struct Closer {
        void operator()(zip* archive) const noexcept;
    };
    AtomicFile file_;
    std::unique_ptr<zip, Closer> archive_;
    std::list<std::string> contents_;  // libzip reads the buffers when the archive is closed
};

}  // namespace korpu::detail
