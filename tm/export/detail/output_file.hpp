#pragma once
// A stream into an AtomicFile: exporters write to stream(), and only commit() makes the file appear.
#include <filesystem>
#include <fstream>
#include <memory>

#include "tm/core/atomic_file.hpp"

namespace korpu::detail {

class OutputFile {
  public:
    // Throws OutputError when the file cannot be created.
    explicit OutputFile(const std::filesystem::path& target);
    std::ostream& stream() noexcept { return out_; }
    const std::filesystem::path& target() const noexcept { return file_.target_path(); }
    // Closes the stream, checks that everything was written, and renames the file into place.
    void commit();

  private:
    AtomicFile file_;
    std::unique_ptr<char[]> buffer_;
    std::ofstream out_;
};

}  // namespace korpu::detail
