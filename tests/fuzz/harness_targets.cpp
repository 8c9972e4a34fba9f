#include "tests/fuzz/harness.hpp"

namespace korpu::fuzz {

const std::vector<Target>& targets() {
    static const std::vector<Target> all{
        {"text_decoding", fuzz_text_decoding},     {"srx_loading", fuzz_srx_loading},
        {"segmentation", fuzz_segmentation},       {"alignment", fuzz_alignment},
        {"xliff_import", fuzz_xliff_import},       {"tmx_import", fuzz_tmx_import},
        {"glossary_import", fuzz_glossary_import}, {"html_import", fuzz_html_import},
        {"docx_import", fuzz_docx_import},         {"odt_import", fuzz_odt_import},
    };
    return all;
}

}  // namespace korpu::fuzz
