#include "tm/spell/non_word_spans.hpp"

namespace korpu {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool looks_like_address(std::string_view chunk) {
    if (chunk.find("://") != std::string_view::npos) return true;
    if (chunk.rfind("www.", 0) == 0) return true;
    const auto at = chunk.find('@');
    return at != std::string_view::npos && chunk.find('.', at) != std::string_view::npos;
}

}  // namespace

std::vector<ByteSpan> url_and_email_spans(std::string_view text) {
    std::vector<ByteSpan> spans;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && is_space(text[i])) ++i;
        const std::size_t begin = i;
        while (i < text.size() && !is_space(text[i])) ++i;
        if (i > begin && looks_like_address(text.substr(begin, i - begin))) spans.emplace_back(begin, i);
    }
    return spans;
}

}  // namespace korpu
