#include "tm/import/boilerplate_filter.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "tm/import/detail/boilerplate_text.hpp"

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

struct PhraseList {
    std::unordered_set<std::string> whole;
    std::vector<std::string> prefixes;
};

std::string folded(std::string_view text) {
    auto unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    std::string out;
    unicode.foldCase().toUTF8String(out);
    return out;
}

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// Case-folded, without punctuation, digits and symbols at either end: "Comments (12)" -> "comments".
std::string phrase_key(std::string_view text) {
    const auto unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    int32_t start = 0;
    int32_t end = unicode.length();
    while (start < end && !u_isalpha(unicode.char32At(start))) start = unicode.moveIndex32(start, 1);
    while (end > start && !u_isalpha(unicode.char32At(unicode.moveIndex32(end, -1))))
        end = unicode.moveIndex32(end, -1);
    icu::UnicodeString core(unicode, start, end - start);
    std::string out;
    core.foldCase().toUTF8String(out);
    return out;
}

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

const PhraseList& phrase_list() {
    static const PhraseList list = [] {
        PhraseList phrases;
        const std::string_view text = detail::boilerplate_text();
        std::size_t start = 0;
        while (start < text.size()) {
            auto end = text.find('\n', start);
            if (end == std::string_view::npos) end = text.size();
            const auto line = trimmed(text.substr(start, end - start));
            start = end + 1;
            if (line.empty() || line.front() == '#') continue;
            if (line.back() == '*') {
                phrases.prefixes.push_back(folded(trimmed(line.substr(0, line.size() - 1))));
            } else {
                phrases.whole.insert(phrase_key(line));
            }
        }
        return phrases;
    }();
    return list;
}

bool is_listed_phrase(const std::string& text) {
    const auto& phrases = phrase_list();
    if (phrases.whole.count(phrase_key(text))) return true;
    const auto start = folded(trimmed(text));
    return std::any_of(phrases.prefixes.begin(), phrases.prefixes.end(),
                       [&](const std::string& prefix) { return start.rfind(prefix, 0) == 0; });
}

bool looks_like_section_name(const std::string& text) {
    const auto line = trimmed(text);
    if (line.empty()) return false;
    for (const std::string_view end : {".", "!", "?", ":", ";", "…", "»", "\"", "”"})
        if (line.size() >= end.size() && line.substr(line.size() - end.size()) == end) return false;
    const auto words = static_cast<std::size_t>(std::count(line.begin(), line.end(), ' ')) + 1;
    return words <= kMaxSectionNameWords;
}

// Marks section names that stand between marked lines (or between a marked line and the end of the
// document), until nothing changes.
void mark_section_names(const std::vector<std::string>& texts, std::vector<bool>& marked) {
    const std::size_t n = texts.size();
    bool changed = true;
    while (changed) {
        changed = false;
        for (std::size_t i = 0; i < n; ++i) {
            if (marked[i] || !looks_like_section_name(texts[i])) continue;
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

void mark_teasers(const std::vector<std::string>& texts, std::vector<bool>& marked) {
    const std::size_t n = texts.size();
    std::vector<std::string> keys;
    keys.reserve(n);
    for (const auto& text : texts) keys.push_back(repeat_key(text));
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

std::vector<bool> find_boilerplate(const std::vector<std::string>& texts) {
    std::vector<bool> marked(texts.size(), false);
    for (std::size_t i = 0; i < texts.size(); ++i) marked[i] = is_listed_phrase(texts[i]);
    mark_section_names(texts, marked);
    mark_teasers(texts, marked);
    return marked;
}

}  // namespace korpu
