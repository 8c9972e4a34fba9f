#include "tests/fuzz/harness.hpp"
#include "tests/fuzz/harness_support.hpp"
#include "tm/export/xliff_reader.hpp"

namespace korpu::fuzz {

void fuzz_xliff_import(std::string_view data) {
    const ScratchFile file(data, ".xlf");
    expect_clean_rejection([&] { read_xliff(file.path()); });
}

}  // namespace korpu::fuzz
