#include "tm/import/detail/article_edges.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <string_view>

#include "tm/import/detail/boilerplate_rules.hpp"
#include "tm/import/detail/date_line.hpp"

namespace korpu::detail {
namespace {

// A paragraph of the article is a sentence of at least eight words: headlines, section names, bylines and
// captions are shorter or end without a full stop; eight words still count a question headline such as "What
// is Azerbaijan concerned about: ..." (12 words) as text, which only makes the edges smaller.
constexpr std::size_t kMinBodyWords = 8;

// Before the date of a byline: an author's name (two or three words) and a section or column name (two or three).
constexpr std::size_t kMaxBylineWords = 6;

// After a credit label ("By", "Фото:"): a name, or an agency with its place.
constexpr std::size_t kMaxCreditWords = 6;

// No line of the edges is longer: a byline's six words and a date with its weekday, year and time ("Tuesday,
// 8 November 2022, 14:35"). Longer lines are not tried against the date patterns at all.
constexpr std::size_t kMaxEdgeLineWords = 14;

UChar32 first_code_point(std::string_view word) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size()))).char32At(0);
}

// Starts as a name does: a capital letter or a digit ("Fuad", "APA", "RIA", "24").
bool starts_like_name(std::string_view word) {
    const UChar32 c = first_code_point(word);
    return u_isupper(c) || u_istitle(c) || u_isdigit(c);
}

bool ends_sentence(std::string_view text) {
    text = trimmed(text);
    for (bool stripped = true; stripped && !text.empty();) {
        stripped = false;
        for (const std::string_view closing : {"”", "»", "\"", "’", "'", ")", "]"}) {
            if (text.size() >= closing.size() && text.substr(text.size() - closing.size()) == closing) {
                text.remove_suffix(closing.size());
                stripped = true;
            }
        }
    }
    for (const std::string_view end : {".", "!", "?", "…"})
        if (text.size() >= end.size() && text.substr(text.size() - end.size()) == end) return true;
    return false;
}

bool is_body_paragraph(const std::string& text) {
    return ends_sentence(text) && words_of(text).size() >= kMinBodyWords;
}

std::string without_trailing_colon(std::string_view word) {
    if (!word.empty() && word.back() == ':') word.remove_suffix(1);
    return folded(word);
}

// "By John Smith", "Author: Jane Doe", "Фото: ТАСС", "Müəllif: Elmir Qanbarov".
bool is_credit_line(const std::string& text, const BoilerplateRules& rules) {
    const auto words = words_of(text);
    for (const auto& label : rules.credit_labels) {
        if (words.size() <= label.size()) continue;
        bool matches = true;
        for (std::size_t k = 0; k < label.size() && matches; ++k)
            matches = (k + 1 == label.size() ? without_trailing_colon(words[k]) : folded(words[k])) == label[k];
        if (!matches) continue;
        std::size_t rest = label.size();
        if (words[rest] == ":" || words[rest] == "-" || words[rest] == "—") ++rest;
        if (rest < words.size() && words.size() - rest <= kMaxCreditWords && starts_like_name(words[rest])) return true;
    }
    return false;
}

// "Reuters", "— ТАСС", "Bakı, 8 noyabr (APA)".
bool is_agency_line(const std::string& text, const BoilerplateRules& rules) {
    if (rules.agencies.count(phrase_key(text))) return true;
    const auto line = trimmed(text);
    if (line.empty() || line.back() != ')') return false;
    const auto open = line.rfind('(');
    if (open == std::string_view::npos) return false;
    return rules.agencies.count(phrase_key(line.substr(open + 1, line.size() - open - 2))) &&
           words_of(line.substr(0, open)).size() <= kMaxCreditWords;
}

// A few capitalised words and a date: "Fuad Muxtarlı Media Roundup 30 December 2020", "Иван Петров, 8 ноября
// 2022". A headline that ends in a date has lower-case words or a preposition before it ("Rally set for 11
// November 2022", "Rally Set For 11 November 2022").
bool is_dated_byline(const std::string& text, const BoilerplateRules& rules) {
    const auto before = text_before_date(text);
    if (!before || ends_sentence(*before)) return false;
    const auto words = words_of(*before);
    if (words.empty() || words.size() > kMaxBylineWords) return false;
    for (const auto word : words) {
        if (u_isalpha(first_code_point(word)) && !starts_like_name(word)) return false;
    }
    return !rules.date_prepositions.count(phrase_key(words.back()));
}

bool is_edge_line(const std::string& text, const BoilerplateRules& rules) {
    if (words_of(text).size() > kMaxEdgeLineWords) return false;
    return is_date_line(text) || is_dated_byline(text, rules) || is_credit_line(text, rules) ||
           is_agency_line(text, rules);
}

// The site's header in text copied from a browser: the lines above the last wide gap before the article,
// when the article's title follows that gap and no sentence stands above it.
void mark_header(const std::vector<PageLine>& lines, std::size_t first_body, std::vector<bool>& marked) {
    std::size_t gap = first_body;
    while (gap > 0 && !lines[gap].after_wide_gap) --gap;
    if (gap == 0) return;
    bool title_follows = false;
    for (std::size_t i = gap; i < first_body; ++i) title_follows = title_follows || !marked[i];
    if (!title_follows) return;
    for (std::size_t i = 0; i < gap; ++i)
        if (!marked[i] && ends_sentence(lines[i].text)) return;
    for (std::size_t i = 0; i < gap; ++i) marked[i] = true;
}

}  // namespace

void mark_article_edges(const std::vector<PageLine>& lines, std::vector<bool>& marked) {
    const std::size_t n = lines.size();
    std::size_t first_body = n;
    std::size_t last_body = n;
    for (std::size_t i = 0; i < n; ++i) {
        if (marked[i] || !is_body_paragraph(lines[i].text)) continue;
        if (first_body == n) first_body = i;
        last_body = i;
    }
    if (first_body == n) return;
    const auto& rules = boilerplate_rules();
    for (std::size_t i = 0; i < n; ++i) {
        if (marked[i] || (i >= first_body && i <= last_body)) continue;
        if (is_edge_line(lines[i].text, rules)) marked[i] = true;
    }
    mark_header(lines, first_body, marked);
}

}  // namespace korpu::detail
