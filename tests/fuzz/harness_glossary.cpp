#include "tests/fuzz/harness.hpp"
#include "tests/fuzz/harness_support.hpp"
#include "tm/core/language.hpp"
#include "tm/glossary/glossary_file.hpp"

namespace korpu::fuzz {

// The first byte picks the format: CSV, TSV or TBX.
void fuzz_glossary_import(std::string_view data) {
    if (data.empty()) return;
    static constexpr GlossaryFormat kFormats[] = {GlossaryFormat::Csv, GlossaryFormat::Tsv, GlossaryFormat::Tbx};
    static constexpr const char* kExtensions[] = {".csv", ".tsv", ".tbx"};
    const auto pick = static_cast<unsigned char>(data.front()) % 3;
    const ScratchFile file(data.substr(1), kExtensions[pick]);
    GlossaryReadOptions options;
    options.source_lang = Language::parse("ru");
    options.target_lang = Language::parse("en");
    expect_clean_rejection([&] { read_glossary(file.path(), kFormats[pick], options); });
}

}  // namespace korpu::fuzz
