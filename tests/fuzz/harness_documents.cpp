#include "tests/fuzz/harness.hpp"
#include "tests/fuzz/harness_support.hpp"
#include "tm/import/import_options.hpp"
#include "tm/import/text_import.hpp"

namespace korpu::fuzz {

// The first byte picks the reader: HTML, DOCX or ODT (the last two are zip containers).
void fuzz_document_import(std::string_view data) {
    if (data.empty()) return;
    static constexpr DocumentFormat kFormats[] = {DocumentFormat::Html, DocumentFormat::Docx, DocumentFormat::Odt};
    static constexpr const char* kExtensions[] = {".html", ".docx", ".odt"};
    const auto pick = static_cast<unsigned char>(data.front()) % 3;
    const ScratchFile file(data.substr(1), kExtensions[pick]);
    ImportOptions options;
    options.format = kFormats[pick];
    expect_clean_rejection([&] { import_text(file.path(), options); });
}

}  // namespace korpu::fuzz
