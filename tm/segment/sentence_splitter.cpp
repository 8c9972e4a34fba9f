#include "tm/segment/sentence_splitter.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace korpu {
namespace {

struct CodePoint {
    UChar32 value;
    std::size_t offset;  // byte offset of the code point
};

std::vector<CodePoint> decode(std::string_view text) {
    std::vector<CodePoint> points;
    const auto* data = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    int32_t offset = 0;
    while (offset < length) {
        const auto start = static_cast<std::size_t>(offset);
        UChar32 c;
        U8_NEXT_OR_FFFD(data, offset, length, c);
        points.push_back({c, start});
    }
    return points;
}

bool is_terminator(UChar32 c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

bool is_closing(UChar32 c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || u_charType(c) == U_FINAL_PUNCTUATION ||
           u_charType(c) == U_END_PUNCTUATION || c == 0x201C /* closing quote in Russian typography */;
}

bool starts_sentence(UChar32 c) {
    return u_isupper(c) || u_istitle(c) || u_isdigit(c) || u_charType(c) == U_INITIAL_PUNCTUATION ||
           u_charType(c) == U_START_PUNCTUATION || c == '"' || c == 0x2014 || c == 0x2013 || c == '-';
}

// True when the terminator at `dot` ends a single-letter word ("S." in "S. Naryshkin").
bool follows_initial(const std::vector<CodePoint>& points, std::size_t dot) {
    if (points[dot].value != '.' || dot == 0) return false;
    const UChar32 letter = points[dot - 1].value;
    if (!u_isUAlphabetic(letter)) return false;
    return dot == 1 || !u_isUAlphabetic(points[dot - 2].value);
}

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

}  // namespace

std::vector<std::string> split_sentences(std::string_view paragraph, const Language&) {
    const auto points = decode(paragraph);
    std::vector<std::string> sentences;
    std::size_t sentence_start = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!is_terminator(points[i].value)) continue;
        std::size_t end = i + 1;
        while (end < points.size() && (is_terminator(points[end].value) || is_closing(points[end].value))) ++end;
        if (end >= points.size() || !u_isWhitespace(points[end].value)) continue;
        std::size_t next = end;
        while (next < points.size() && u_isWhitespace(points[next].value)) ++next;
        if (next >= points.size() || !starts_sentence(points[next].value) || follows_initial(points, i)) continue;
        const auto piece = trim(paragraph.substr(sentence_start, points[end].offset - sentence_start));
        if (!piece.empty()) sentences.emplace_back(piece);
        sentence_start = points[next].offset;
        i = next - 1;
    }
    const auto rest = trim(paragraph.substr(std::min(sentence_start, paragraph.size())));
    if (!rest.empty()) sentences.emplace_back(rest);
    return sentences;
}

SegmentedDocument segment_document(const std::vector<Block>& blocks, const Language& language) {
    SegmentedDocument document;
    for (const auto& block : blocks) {
        auto sentences = split_sentences(block.text, language);
        if (!sentences.empty()) document.paragraphs.push_back({block.kind, std::move(sentences)});
    }
    return document;
}

}  // namespace korpu
