#include "tm/export/text_cleaner.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <limits>

#include "tm/core/error.hpp"

namespace korpu {
namespace {

bool is_ascii_letter(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Length of the tag that starts at text[at] ('<'), or 0 when none starts there.
std::size_t tag_length(std::string_view text, std::size_t at) noexcept {
    std::size_t name = at + 1;
    if (name < text.size() && text[name] == '/')
        ++name;
    if (name >= text.size() || !is_ascii_letter(text[name]))
        return 0;
    for (std::size_t k = name + 1; k < text.size(); ++k) {
        if (text[k] == '>')
            return k - at + 1;
        if (text[k] == '<')
            return 0;
    }
    return 0;
}

}  // namespace

std::string normalise_text(std::string_view text) {
    const auto input =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    icu::UnicodeString collapsed;
    bool pending_space = false;
    for (int32_t i = 0; i < input.length();) {
        const UChar32 c = input.char32At(i);
        i += U16_LENGTH(c);
        if (u_isUWhiteSpace(c)) {
            pending_space = !collapsed.isEmpty();
            continue;
        }
        if (pending_space)
            collapsed.append(static_cast<UChar>(' '));
        pending_space = false;
        collapsed.append(c);
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        throw Error(std::string("ICU cannot provide Unicode NFC: ") + u_errorName(status));
    const auto normalised = nfc->normalize(collapsed, status);
    if (U_FAILURE(status))
        throw Error(std::string("ICU cannot normalise a text: ") + u_errorName(status));
    std::string out;
    normalised.toUTF8String(out);
    return out;
}

std::string strip_inline_tags(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '<') {
            if (const auto length = tag_length(text, i)) {
                i += length;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

std::size_t code_point_count(std::string_view text) noexcept {
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

double length_ratio(std::string_view source, std::string_view target) noexcept {
    const auto a = code_point_count(source);
    const auto b = code_point_count(target);
    if (a == 0 && b == 0)
        return 1.0;
    if (a == 0 || b == 0)
        return std::numeric_limits<double>::infinity();
    return static_cast<double>(std::max(a, b)) / static_cast<double>(std::min(a, b));
}

}  // namespace korpu
