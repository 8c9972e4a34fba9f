#include "tm/core/atomic_file.hpp"

#include <random>
#include <system_error>

#include "tm/core/error.hpp"
#include "tm/core/platform.hpp"

namespace korpu {
namespace {

std::filesystem::path temporary_beside(const std::filesystem::path& target) {
    std::random_device seed;
    std::mt19937_64 random(seed());
    const auto tag = std::to_string(random() % 1000000000ULL);
    auto name = target.filename();
    name += ".korpu-tmp-" + tag;
    return target.parent_path() / name;
}

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path target)
    : target_(std::move(target)), temporary_(temporary_beside(target_)) {
    if (target_.has_parent_path() && !std::filesystem::is_directory(target_.parent_path())) {
        throw OutputError(target_, "the folder " + target_.parent_path().u8string() + " does not exist");
    }
}

AtomicFile::~AtomicFile() {
    if (!committed_) {
        std::error_code ignored;
        std::filesystem::remove(temporary_, ignored);
    }
}

void AtomicFile::commit() {
    platform::flush_file_to_disk(temporary_);
    std::error_code error;
    std::filesystem::rename(temporary_, target_, error);
    if (error) throw OutputError(target_, "cannot replace the file: " + error.message());
    committed_ = true;
}

}  // namespace korpu
