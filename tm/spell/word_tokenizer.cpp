#include "tm/spell/word_tokenizer.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "tm/core/error.hpp"

namespace korpu {

struct WordTokenizer::Impl {
    std::unique_ptr<icu::BreakIterator> iterator;
    UText* text = nullptr;

    ~Impl() {
        if (text) utext_close(text);
    }
};

WordTokenizer::WordTokenizer(const Language& language) : impl_(std::make_unique<Impl>()) {
    UErrorCode status = U_ZERO_ERROR;
    impl_->iterator.reset(icu::BreakIterator::createWordInstance(icu::Locale(language.icu_locale().c_str()), status));
    if (U_FAILURE(status) || !impl_->iterator)
        throw Error(std::string("ICU has no word-break rules for ") + language.tag() + ": " + u_errorName(status));
}

WordTokenizer::WordTokenizer(WordTokenizer&&) noexcept = default;
WordTokenizer& WordTokenizer::operator=(WordTokenizer&&) noexcept = default;
WordTokenizer::~WordTokenizer() = default;

std::vector<WordSpan> WordTokenizer::words(std::string_view text) {
    std::vector<WordSpan> result;
    UErrorCode status = U_ZERO_ERROR;
    impl_->text = utext_openUTF8(impl_->text, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status)) throw Error(std::string("ICU cannot read the text: ") + u_errorName(status));
    auto& iterator = *impl_->iterator;
    iterator.setText(impl_->text, status);
    if (U_FAILURE(status)) throw Error(std::string("ICU cannot read the text: ") + u_errorName(status));
    int32_t begin = iterator.first();
    for (int32_t end = iterator.next(); end != icu::BreakIterator::DONE; begin = end, end = iterator.next()) {
        const int32_t rule = iterator.getRuleStatus();
        if (rule < UBRK_WORD_NONE_LIMIT) continue;
        WordSpan span{static_cast<std::size_t>(begin), static_cast<std::size_t>(end), false};
        if (rule < UBRK_WORD_NUMBER_LIMIT) {
            span.has_digits = true;
        } else {
            for (std::size_t i = span.begin; i < span.end; ++i)
                if (text[i] >= '0' && text[i] <= '9') span.has_digits = true;
        }
        result.push_back(span);
    }
    return result;
}

}  // namespace korpu
