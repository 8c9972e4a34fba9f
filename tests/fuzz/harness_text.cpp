#include "tests/fuzz/harness.hpp"
#include "tests/fuzz/harness_support.hpp"
#include "tm/import/encoding.hpp"
#include "tm/import/plain_text.hpp"

namespace korpu::fuzz {

void fuzz_text_decoding(std::string_view data) {
    expect_clean_rejection([&] {
        const TextEncoding encoding = detect_encoding(data, "", "fuzz.txt");
        split_paragraphs(decode_text(data, encoding, "fuzz.txt"), "fuzz.txt");
    });
}

}  // namespace korpu::fuzz
