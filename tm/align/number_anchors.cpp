#include "tm/align/number_anchors.hpp"

#include <cstddef>

namespace korpu {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Separators that may stand inside a number: comma, full stop, space, no-break space (C2 A0),
// narrow no-break space (E2 80 AF), thin space (E2 80 89). Returns the separator's length in bytes.
std::size_t separator_at(std::string_view text, std::size_t at) {
    if (at >= text.size()) return 0;
    const char c = text[at];
    if (c == ',' || c == '.' || c == ' ') return 1;
    if (text.compare(at, 2, "\xC2\xA0") == 0) return 2;
    if (text.compare(at, 3, "\xE2\x80\xAF") == 0 || text.compare(at, 3, "\xE2\x80\x89") == 0) return 3;
    return 0;
}

std::string without_leading_zeros(const std::string& digits) {
    std::size_t k = 0;
    while (k + 1 < digits.size() && digits[k] == '0') ++k;
    return digits.substr(k);
}

struct Group {
    std::string digits;
    char separator_before = 0;  // ',', '.', ' ' or 0 for the first group
};

// Turns the digit groups of one written number into keys: thousands separators dropped, a comma or a
// full stop before a group of other than three digits read as the decimal point.
void emit(const std::vector<Group>& groups, std::vector<std::string>& keys) {
    std::string integer = groups[0].digits;
    std::size_t k = 1;
    for (; k < groups.size(); ++k) {
        const Group& g = groups[k];
        if (g.digits.size() == 3 && (g.separator_before != ' ' || integer.size() <= 3 || k > 1)) {
            integer += g.digits;
            continue;
        }
        break;
    }
    if (k < groups.size() && groups[k].separator_before != ' ') {
        keys.push_back(without_leading_zeros(integer) + "." + groups[k].digits);
        ++k;
    } else {
        keys.push_back(without_leading_zeros(integer));
    }
    if (k < groups.size())
        emit(std::vector<Group>(groups.begin() + static_cast<std::ptrdiff_t>(k), groups.end()), keys);
}

}  // namespace

std::vector<std::string> number_keys(std::string_view text) {
    std::vector<std::string> keys;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_digit(text[i])) {
            ++i;
            continue;
        }
        std::vector<Group> groups(1);
        while (i < text.size() && is_digit(text[i])) groups[0].digits += text[i++];
        for (;;) {
            const std::size_t sep = separator_at(text, i);
            if (sep == 0 || i + sep >= text.size() || !is_digit(text[i + sep])) break;
            Group g;
            g.separator_before = sep == 1 ? text[i] : ' ';
            i += sep;
            while (i < text.size() && is_digit(text[i])) g.digits += text[i++];
            groups.push_back(g);
        }
        emit(groups, keys);
    }
    return keys;
}

int month_of(const std::string& w, const std::string& language) {
    // English names match whole; Russian stems take case endings ("ноября", "мае"); Azerbaijani names
    // take suffixes after the full name ("noyabrın", "martda").
    static constexpr const char* kEnglish[] = {"january", "february", "march",     "april",   "may",      "june",
                                               "july",    "august",   "september", "october", "november", "december"};
    static constexpr const char* kRussian[] = {"январ", "феврал", "март",    "апрел",  "ма",    "июн",
                                               "июл",   "август", "сентябр", "октябр", "ноябр", "декабр"};
    static constexpr const char* kAzerbaijani[] = {"yanvar", "fevral", "mart",     "aprel",   "may",    "iyun",
                                                   "iyul",   "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"};
    for (int m = 0; m < 12; ++m) {
        if (language == "en") {
            if (w == kEnglish[m]) return m + 1;
        } else if (language == "ru") {
            const std::string stem = kRussian[m];
            if (w.compare(0, stem.size(), stem) != 0) continue;
            const std::string ending = w.substr(stem.size());
            // май, мая, мае; март, марта, марте; ноябрь, ноября, ноябре, ноябрю ...
            if (m == 4 ? (ending == "й" || ending == "я" || ending == "е" || ending == "ю" || ending == "ем")
                       : ending.size() <= 4)
                return m + 1;
        } else if (language == "az") {
            const std::string stem = kAzerbaijani[m];
            if (w.compare(0, stem.size(), stem) == 0 && w.size() - stem.size() <= 5) return m + 1;
        }
    }
    return 0;
}

}  // namespace korpu
