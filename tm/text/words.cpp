#include "tm/text/words.hpp"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace korpu {
namespace {

bool is_word_char(UChar32 c) { return u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

UChar32 code_point_at(std::string_view text, std::size_t at, std::size_t& next) {
    auto i = static_cast<int32_t>(at);
    const auto length = static_cast<int32_t>(text.size());
    UChar32 c = 0;
    U8_NEXT(text.data(), i, length, c);
    next = static_cast<std::size_t>(i);
    return c;
}

}  // namespace

std::vector<Word> split_words(std::string_view text) {
    std::vector<Word> words;
    std::size_t at = 0;
    std::size_t start = std::string_view::npos;
    while (at < text.size()) {
        std::size_t next = 0;
        const UChar32 c = code_point_at(text, at, next);
        if (c >= 0 && is_word_char(c)) {
            if (start == std::string_view::npos) start = at;
        } else if (start != std::string_view::npos && c >= 0 && is_apostrophe(c) && next < text.size()) {
            std::size_t after = 0;
            const UChar32 following = code_point_at(text, next, after);
            if (following < 0 || !is_word_char(following)) {
                words.push_back({start, at, std::string(text.substr(start, at - start))});
                start = std::string_view::npos;
            }
        } else if (start != std::string_view::npos) {
            words.push_back({start, at, std::string(text.substr(start, at - start))});
            start = std::string_view::npos;
        }
        at = next;
    }
    if (start != std::string_view::npos) words.push_back({start, text.size(), std::string(text.substr(start))});
    return words;
}

std::string lower_case(std::string_view text, std::string_view primary_language) {
    auto unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    unicode.toLower(icu::Locale(std::string(primary_language).c_str()));
    std::string out;
    unicode.toUTF8String(out);
    return out;
}

WordScript word_script(std::string_view word) {
    bool latin = false;
    bool cyrillic = false;
    for (std::size_t at = 0; at < word.size();) {
        std::size_t next = 0;
        const UChar32 c = code_point_at(word, at, next);
        at = next;
        if (c < 0 || !u_isalpha(c)) continue;
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &status);
        if (script == USCRIPT_LATIN) {
            latin = true;
        } else if (script == USCRIPT_CYRILLIC) {
            cyrillic = true;
        }
    }
    if (latin && cyrillic) return WordScript::Mixed;
    if (latin) return WordScript::Latin;
    if (cyrillic) return WordScript::Cyrillic;
    return WordScript::Other;
}

bool starts_upper_case(std::string_view word) {
    if (word.empty()) return false;
    std::size_t next = 0;
    const UChar32 c = code_point_at(word, 0, next);
    return c >= 0 && u_isupper(c);
}

}  // namespace korpu
