#include "tests/fuzz/harness.hpp"
#include "tests/fuzz/harness_support.hpp"
#include "tm/align/document_aligner.hpp"
#include "tm/core/language.hpp"
#include "tm/import/plain_text.hpp"
#include "tm/import/utf8_check.hpp"
#include "tm/segment/sentence_splitter.hpp"

namespace korpu::fuzz {

// The input is the source text, a NUL byte, and the target text (all source when there is no NUL).
void fuzz_alignment(std::string_view data) {
    const auto separator = data.find('\0');
    const std::string_view source = data.substr(0, separator);
    const std::string_view target =
        separator == std::string_view::npos ? std::string_view{} : data.substr(separator + 1);
    expect_clean_rejection([&] {
        check_utf8(source, "fuzz.az.txt");
        check_utf8(target, "fuzz.en.txt");
        static const Language az = Language::parse("az");
        static const Language en = Language::parse("en");
        align_documents(segment_document(split_paragraphs(source, "fuzz.txt"), az),
                        segment_document(split_paragraphs(target, "fuzz.txt"), en), az, en);
    });
}

}  // namespace korpu::fuzz
