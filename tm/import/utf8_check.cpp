#include "tm/import/utf8_check.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>

#include "tm/core/error.hpp"

namespace korpu {

void check_utf8(std::string_view bytes, const std::filesystem::path& file) {
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int32_t>(std::min<std::size_t>(bytes.size(), INT32_MAX));
    std::size_t line = 1;
    std::size_t line_start = 0;
    int32_t offset = 0;
    while (offset < length) {
        const int32_t start = offset;
        UChar32 c;
        U8_NEXT(data, offset, length, c);
        if (c < 0) {
            const auto column = static_cast<std::size_t>(start) - line_start + 1;
            char byte[8];
            std::snprintf(byte, sizeof byte, "0x%02X", data[start]);
            throw InputError(file, line, column,
                             std::string("invalid UTF-8 byte ") + byte + " at byte " + std::to_string(column) +
                                 " of the line (is the file in another encoding? name it with --encoding)");
        }
        if (c == '\n') {
            ++line;
            line_start = static_cast<std::size_t>(offset);
        }
    }
}

}  // namespace korpu
