#include "tm/core/atomic_file.hpp"

#include <random>
#include <string>
#include <string_view>
#include <system_error>

#include "tm/core/error.hpp"
#include "tm/core/platform.hpp"

namespace korpu {
namespace {

// Temporary files are named TARGET.korpu-tmp-PID-RANDOM: the process id tells a later writer whether the
// file is debris of a process that was killed (and can go) or the work of one still running.
constexpr std::string_view kTemporaryMarker = ".korpu-tmp-";

std::filesystem::path temporary_beside(const std::filesystem::path& target) {
    std::random_device seed;
    std::mt19937_64 random(seed());
    auto name = target.filename();
    name += std::string(kTemporaryMarker) + std::to_string(platform::current_process_id()) + "-" +
            std::to_string(random() % 1000000000ULL);
    return target.parent_path() / name;
}

// Removes temporary files a killed writer left beside `target`; those of running processes stay.
void remove_debris_of_killed_writers(const std::filesystem::path& target) {
    const auto folder = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    const std::string prefix = target.filename().u8string() + std::string(kTemporaryMarker);
    std::error_code error;
    for (std::filesystem::directory_iterator entry(folder, error), end; !error && entry != end;
         entry.increment(error)) {
        const std::string name = entry->path().filename().u8string();
        if (name.compare(0, prefix.size(), prefix) != 0) continue;
        const std::string rest = name.substr(prefix.size());
        const auto dash = rest.find('-');
        if (dash == 0 || dash == std::string::npos) continue;
        if (rest.find_first_not_of("0123456789") != dash) continue;
        const unsigned long writer = std::stoul(rest.substr(0, dash));
        if (writer == platform::current_process_id() || platform::process_is_running(writer)) continue;
        std::error_code ignored;
        std::filesystem::remove(entry->path(), ignored);
    }
}

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path target)
    : target_(std::move(target)), temporary_(temporary_beside(target_)) {
    if (target_.has_parent_path() && !std::filesystem::is_directory(target_.parent_path())) {
        throw OutputError(target_, "the folder " + target_.parent_path().u8string() + " does not exist");
    }
    remove_debris_of_killed_writers(target_);
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
