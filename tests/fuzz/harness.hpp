#pragma once
// The fuzz harnesses: one function per parser or engine that reads untrusted input. Each takes arbitrary
// bytes and must neither crash nor throw anything but korpu::Error (a clear message about bad input is
// the correct answer to garbage). libFuzzer drives them (fuzz_entry.cpp, scripts/fuzz.sh), and the test
// suite replays every input a fuzzer ever found in tests/fuzz/regressions/<target>/ (test_fuzz_regressions.cpp).
#include <cstddef>
#include <string_view>
#include <vector>

namespace korpu::fuzz {

using Harness = void (*)(std::string_view data);

struct Target {
    const char* name;
    Harness run;
};

// Every harness, by the name of its fuzz target and regression folder.
const std::vector<Target>& targets();

void fuzz_text_decoding(std::string_view data);
void fuzz_srx_loading(std::string_view data);
void fuzz_segmentation(std::string_view data);
void fuzz_alignment(std::string_view data);
void fuzz_xliff_import(std::string_view data);
void fuzz_tmx_import(std::string_view data);
void fuzz_glossary_import(std::string_view data);
void fuzz_html_import(std::string_view data);
void fuzz_docx_import(std::string_view data);
void fuzz_odt_import(std::string_view data);

}  // namespace korpu::fuzz
