#include "support/test_support.hpp"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>

#ifndef _WIN32
#include <sys/wait.h>
#endif

namespace korpu::test {

ScratchDir::ScratchDir() {
    std::random_device seed;
    std::mt19937_64 random(seed());
    path_ = std::filesystem::temp_directory_path() / ("korpu-test-" + std::to_string(random()));
    std::filesystem::create_directories(path_);
}

ScratchDir::~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

void write_file(const std::filesystem::path& file, const std::string& content) {
    std::ofstream out(file, std::ios::binary);
    out << content;
    if (!out) throw std::runtime_error("cannot write " + file.string());
}

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::filesystem::path source_dir() { return std::filesystem::u8path(KORPU_SOURCE_DIR); }

std::optional<std::filesystem::path> shared_dir() {
    if (const char* env = std::getenv("KORPU_SHARED")) {
        if (std::filesystem::is_directory(env)) return std::filesystem::path(env);
    }
    const auto beside = source_dir().parent_path() / "shared";
    if (std::filesystem::is_directory(beside / "corpora")) return beside;
    return std::nullopt;
}

CommandResult run_korpu(const std::string& arguments) {
    const ScratchDir capture;
    const auto out = capture / "out";
    const auto err = capture / "err";
    const std::string command = std::string("'") + KORPU_CLI_PATH + "' " + arguments + " >'" + out.string() +
                                "' 2>'" + err.string() + "' </dev/null";
    const int status = std::system(command.c_str());
    CommandResult result;
#ifdef _WIN32
    result.exit_code = status;
#else
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
#endif
    result.out = read_file(out);
    result.err = read_file(err);
    return result;
}

}  // namespace korpu::test
