#include "tm/import/boilerplate_filter.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "tm/import/detail/article_edges.hpp"
#include "tm/import/detail/boilerplate_rules.hpp"

namespace korpu {
namespace {

// A section name ("Great East", "Difficult question", "Siyasət") has a few words and no sentence end;
// five words cover every section and program name of the sites we looked at.
constexpr std::size_t kMaxSectionNameWords = 5;

// Teasers are looked for among the first and last lines of a page, where sites put them; a page of
// 2,000 paragraphs would otherwise cost 2,000 searches through the whole text.
constexpr std::size_t kTeaserEdgeLines = 8;

// A repeated line shorter than this (in letters and digits) may repeat by chance ("Question:", a name).
constexpr std::size_t kMinTeaserKeyLength = 40;

// Letters and digits only, case-folded, one space between words: what a repeated text shares with its
// original whatever the quotes and ellipses around it.
std::string repeat_key(std::string_view text) {
    const auto unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    icu::UnicodeString key;
    bool gap = false;
    for (int32_t i = 0; i < unicode.length(); i = unicode.moveIndex32(i, 1)) {
        const UChar32 c = unicode.char32At(i);
        if (u_isalnum(c)) {
            if (gap && !key.isEmpty()) key.append(UChar32(' '));
            key.append(c);
            gap = false;
        } else {
            gap = true;
        }
    }
    std::string out;
    key.foldCase().toUTF8String(out);
    return out;
}

bool is_listed_phrase(const std::string& text) {
    const auto& rules = detail::boilerplate_rules();
    if (rules.phrases.count(detail::phrase_key(text))) return true;
    const auto start = detail::folded(detail::trimmed(text));
    return std::any_of(rules.phrase_prefixes.begin(), rules.phrase_prefixes.end(),
                       [&](const std::string& prefix) { return start.rfind(prefix, 0) == 0; });
}

bool looks_like_section_name(const std::string& text) {
    const auto line = detail::trimmed(text);
    if (line.empty()) return false;
    for (const std::string_view end : {".", "!", "?", ":", ";", "…", "»", "\"", "”"})
        if (line.size() >= end.size() && line.substr(line.size() - end.size()) == end) return false;
    const auto words = static_cast<std::size_t>(std::count(line.begin(), line.end(), ' ')) + 1;
    return words <= kMaxSectionNameWords;
}

// Marks section names that stand between marked lines (or between a marked line and the end of the
// document), until nothing changes.
void mark_section_names(const std::vector<PageLine>& lines, std::vector<bool>& marked) {
    const std::size_t n = lines.size();
    bool changed = true;
    while (changed) {
        changed = false;
        for (std::size_t i = 0; i < n; ++i) {
            if (marked[i] || !looks_like_section_name(lines[i].text)) continue;
            const bool before = i == 0 ? false : marked[i - 1];
            const bool after = i + 1 == n ? false : marked[i + 1];
            const bool at_edge = i == 0 || i + 1 == n;
            if ((before && after) || (at_edge && (before || after))) {
                marked[i] = true;
                changed = true;
            }
        }
    }
}

void mark_teasers(const std::vector<PageLine>& lines, std::vector<bool>& marked) {
    const std::size_t n = lines.size();
    std::vector<std::string> keys;
    keys.reserve(n);
    for (const auto& line : lines) keys.push_back(repeat_key(line.text));
    std::unordered_map<std::string, std::size_t> first_with_key;
    for (std::size_t i = 0; i < n; ++i) first_with_key.emplace(keys[i], i);
    for (std::size_t i = 0; i < n; ++i) {
        if (marked[i] || keys[i].size() < kMinTeaserKeyLength) continue;
        if (i >= kTeaserEdgeLines && i + kTeaserEdgeLines < n) continue;
        if (first_with_key[keys[i]] < i) {
            marked[i] = true;  // the same text printed again
            continue;
        }
        for (std::size_t j = 0; j < n; ++j) {
            if (j != i && keys[j].size() > keys[i].size() && keys[j].find(keys[i]) != std::string::npos) {
                marked[i] = true;  // a quote from a longer paragraph
                break;
            }
        }
    }
}

}  // namespace

std::vector<bool> find_boilerplate(const std::vector<PageLine>& lines) {
    std::vector<bool> marked(lines.size(), false);
    for (std::size_t i = 0; i < lines.size(); ++i) marked[i] = is_listed_phrase(lines[i].text);
    mark_section_names(lines, marked);
    mark_teasers(lines, marked);
    // Last, so that a dropped byline or date does not make the title above it a "section name".
    detail::mark_article_edges(lines, marked);
    return marked;
}

}  // namespace korpu
