#include "tm/export/detail/output_file.hpp"

#include "tm/core/error.hpp"

namespace korpu::detail {
namespace {

// Large writes keep a 100,000-bead export from spending its time in system calls (1 MiB: measured on the
// export benchmark, larger buffers gain nothing).
constexpr std::size_t kBufferSize = 1 << 20;

}  // namespace

OutputFile::OutputFile(const std::filesystem::path& target) : file_(target), buffer_(new char[kBufferSize]) {
    out_.rdbuf()->pubsetbuf(buffer_.get(), static_cast<std::streamsize>(kBufferSize));
    out_.open(file_.temporary_path(), std::ios::binary | std::ios::trunc);
    if (!out_)
        throw OutputError(target, "cannot be created");
}

void OutputFile::commit() {
    out_.close();
    if (!out_)
        throw OutputError(file_.target_path(), "could not be written completely (disk full?)");
    file_.commit();
}

}  // namespace korpu::detail
