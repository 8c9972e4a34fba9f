#include "tm/import/plain_text.hpp"

#include "tm/core/error.hpp"
#include "tm/import/import_limits.hpp"

namespace korpu {
namespace {

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos; }

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\f\v");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\f\v");
    return text.substr(first, last - first + 1);
}

[[noreturn]] void throw_too_long(const std::filesystem::path& file, std::size_t line, std::size_t bytes,
                                 const char* what) {
    throw InputError(file, line, 0,
                     std::string(what) + " is " + std::to_string(bytes) + " bytes long without a break; Körpü reads " +
                         std::to_string(kMaxParagraphBytes / 1024) + " KB at most (is this running text?)");
}

}  // namespace

std::vector<std::string_view> split_lines(std::string_view text, const std::filesystem::path& file) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        auto line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.size() > kMaxParagraphBytes) throw_too_long(file, lines.size() + 1, line.size(), "the line");
        if (end == text.size() && line.empty()) break;
        lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

std::vector<Block> split_paragraphs(std::string_view text, const std::filesystem::path& file) {
    std::vector<Block> blocks;
    std::string current;
    std::size_t first_line = 0;
    auto flush = [&] {
        if (!current.empty()) blocks.push_back({BlockKind::Paragraph, std::move(current)});
        current.clear();
    };
    const auto lines = split_lines(text, file);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (is_blank(lines[i])) {
            flush();
            continue;
        }
        if (current.empty()) first_line = i + 1;
        if (!current.empty()) current += ' ';
        current += trim(lines[i]);
        if (current.size() > kMaxParagraphBytes) throw_too_long(file, first_line, current.size(), "the paragraph");
    }
    flush();
    return blocks;
}

}  // namespace korpu
