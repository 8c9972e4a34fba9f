#include "tests/fuzz/harness.hpp"
#include "tests/fuzz/harness_support.hpp"
#include "tm/import/plain_text.hpp"

namespace korpu::fuzz {

void fuzz_text_decoding(std::string_view data) {
    expect_clean_rejection([&] {
        check_utf8(data, "fuzz.txt");
        split_paragraphs(data);
    });
}

}  // namespace korpu::fuzz
