#include "tm/import/plain_text.hpp"

#include <unicode/utf8.h>

#include <cstdio>
#include <fstream>
#include <iterator>

#include "tm/core/error.hpp"

namespace korpu {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool is_blank(std::string_view line) {
    return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\f\v");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\f\v");
    return text.substr(first, last - first + 1);
}

}  // namespace

void check_utf8(std::string_view bytes, const std::filesystem::path& file) {
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int32_t>(bytes.size());
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
                                 " of the line (is the file in another encoding?)");
        }
        if (c == '\n') {
            ++line;
            line_start = static_cast<std::size_t>(offset);
        }
    }
}

std::string read_file_bytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(file, "cannot be opened for reading");
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw InputError(file, "cannot be read");
    return bytes;
}

std::vector<Block> split_paragraphs(std::string_view text) {
    if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
    std::vector<Block> blocks;
    std::string current;
    auto flush = [&] {
        if (!current.empty()) blocks.push_back({BlockKind::Paragraph, std::move(current)});
        current.clear();
    };
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const auto line = text.substr(start, end - start);
        if (is_blank(line)) {
            flush();
        } else {
            if (!current.empty()) current += ' ';
            current += trim(line);
        }
        start = end + 1;
    }
    flush();
    return blocks;
}

std::vector<Block> read_plain_text(const std::filesystem::path& file) {
    const std::string bytes = read_file_bytes(file);
    check_utf8(bytes, file);
    return split_paragraphs(bytes);
}

}  // namespace korpu
