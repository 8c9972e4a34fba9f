#pragma once
// Writes a file so that readers see either the old file or the complete new one, never half of it:
// the content goes to a temporary file beside the target, which commit() flushes to disk and renames.
// Without commit() (an exception, a cancelled export) the temporary file is removed. A process killed
// while writing cannot remove its temporary file; the next AtomicFile for the same target does.
#include <filesystem>

namespace korpu {

class AtomicFile {
  public:
    explicit AtomicFile(std::filesystem::path target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    // Where the writer must put the content.
    const std::filesystem::path& temporary_path() const noexcept { return temporary_; }
    const std::filesystem::path& target_path() const noexcept { return target_; }

    // Flushes the temporary file to stable storage and renames it over the target.
    void commit();

  private:
    std::filesystem::path target_;
    std::filesystem::path temporary_;
    bool committed_ = false;
};

}  // namespace korpu
