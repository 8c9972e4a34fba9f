#include "tests/fuzz/harness_support.hpp"

#include <atomic>
#include <fstream>
#include <random>
#include <string>

namespace korpu::fuzz {
namespace {

std::string unique_stem() {
    static std::atomic<unsigned> counter{0};
    static const auto process_tag = std::random_device{}();
    return "korpu-fuzz-" + std::to_string(process_tag) + "-" + std::to_string(counter++);
}

}  // namespace

ScratchFile::ScratchFile(std::string_view data, std::string_view extension)
    : path_(std::filesystem::temp_directory_path() / (unique_stem() + std::string(extension))) {
    std::ofstream out(path_, std::ios::binary);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
}

ScratchFile::~ScratchFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
}

}  // namespace korpu::fuzz
