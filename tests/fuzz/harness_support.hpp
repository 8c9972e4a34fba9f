#pragma once
// What harnesses share: running a body that may reject the input, and a scratch file for parsers that
// read from a path.
#include <filesystem>
#include <string_view>

#include "tm/core/error.hpp"

namespace korpu::fuzz {

// Runs `body`; a korpu::Error is the expected answer to bad input and is swallowed, anything else
// escapes and is reported by libFuzzer (or fails the regression test).
template <typename Body>
void expect_clean_rejection(Body&& body) {
    try {
        body();
    } catch (const korpu::Error&) {}
}

// A file holding `data` in the system's temporary folder, removed when this goes out of scope. Named per
// process, so fuzzers running side by side do not share it.
class ScratchFile {
  public:
    ScratchFile(std::string_view data, std::string_view extension);
    ~ScratchFile();
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

}  // namespace korpu::fuzz
