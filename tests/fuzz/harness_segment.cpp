#include "tests/fuzz/harness.hpp"
#include "tests/fuzz/harness_support.hpp"
#include "tm/core/language.hpp"
#include "tm/import/plain_text.hpp"
#include "tm/import/utf8_check.hpp"
#include "tm/segment/sentence_splitter.hpp"
#include "tm/segment/srx_reader.hpp"
#include "tm/segment/srx_segmenter.hpp"

namespace korpu::fuzz {
namespace {

// The first byte picks the language, so that every language's rules get fuzzed.
const Language& language_for(unsigned char selector) {
    static const Language languages[] = {Language::parse("az"), Language::parse("ru"), Language::parse("en")};
    return languages[selector % 3];
}

}  // namespace

void fuzz_srx_loading(std::string_view data) {
    expect_clean_rejection([&] {
        const SrxRuleSet rules = parse_srx(data, "fuzz.srx");
        SrxSegmenter segmenter(rules, "ru");
        segmenter.split("Д. Медведев прибыл в г. Баку. Встреча началась в 10 ч. утра! Что дальше?");
    });
}

void fuzz_segmentation(std::string_view data) {
    if (data.empty()) return;
    const Language& language = language_for(static_cast<unsigned char>(data.front()));
    const std::string_view text = data.substr(1);
    expect_clean_rejection([&] {
        check_utf8(text, "fuzz.txt");
        segment_document(split_paragraphs(text, "fuzz.txt"), language);
    });
}

}  // namespace korpu::fuzz
