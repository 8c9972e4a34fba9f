#include "tm/export/detail/output_file.hpp"

#include "tm/core/error.hpp"

namespace korpu::detail {
namespace {

// Large writes keep an export from spending its time in system calls. Medians of 7 TSV exports of the
// 100,000-bead benchmark (tests/bench/bench_export.cpp, 2 shared cores): 8 KiB (about libstdc++'s own
// buffer) 0.32 s, 64 KiB 0.30 s, 1 MiB 0.23 s, 4 MiB 0.21 s. 1 MiB takes most of the gain.
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
