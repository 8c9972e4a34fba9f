#include "tm/text/utf32.hpp"

#include <unicode/utf8.h>

namespace korpu {

std::u32string to_utf32(std::string_view utf8) {
    std::u32string out;
    out.reserve(utf8.size());
    const auto length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(utf8.data(), i, length, c);
        out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
    }
    return out;
}

std::string to_utf8(std::u32string_view utf32) {
    std::string out;
    out.reserve(utf32.size() * 2);
    for (const char32_t c : utf32) {
        char buffer[U8_MAX_LENGTH];
        int32_t length = 0;
        UBool error = false;
        U8_APPEND(buffer, length, U8_MAX_LENGTH, static_cast<UChar32>(c), error);
        if (error) continue;
        out.append(buffer, static_cast<std::size_t>(length));
    }
    return out;
}

}  // namespace korpu

namespace korpu {

std::size_t find_invalid_utf8(std::string_view text) {
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        const int32_t at = i;
        UChar32 c = 0;
        U8_NEXT(text.data(), i, length, c);
        if (c < 0) return static_cast<std::size_t>(at);
    }
    return std::string_view::npos;
}

}  // namespace korpu
