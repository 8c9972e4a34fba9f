#include "tm/segment/detail/java_regex.hpp"

#include <cctype>

namespace korpu::detail {
namespace {

bool is_digit(char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// Escapes whose argument may be a braced name or number: \p{Lu}, \x{41}, \N{...}.
bool takes_braces(char c) {
    return c == 'p' || c == 'P' || c == 'x' || c == 'N';
}

bool is_flag(char c) { return c == 'i' || c == 'd' || c == 'm' || c == 's' || c == 'u' || c == 'x' || c == 'U'; }

}  // namespace

std::string icu_from_java(std::string_view pattern) {
    std::string out;
    out.reserve(pattern.size());
    int class_depth = 0;
    std::size_t i = 0;
    while (i < pattern.size()) {
        if (pattern.compare(i, 2, "\\Q") == 0) {
            // A quote runs to \E (or to the end) and is copied as it is.
            const auto close = pattern.find("\\E", i + 2);
            const auto end = close == std::string_view::npos ? pattern.size() : close + 2;
            out.append(pattern.substr(i, end - i));
            i = end;
            continue;
        }
        if (pattern[i] == '\\') {
            out.append(pattern.substr(i, 2));
            i += 2;
            continue;
        }
        if (pattern[i] == '[') ++class_depth;
        if (pattern[i] == ']' && class_depth > 0) --class_depth;
        if (class_depth == 0 && pattern.compare(i, 2, "(?") == 0) {
            // A flag group, (?flags) or (?flags:...), where flags may hold a '-'.
            std::size_t j = i + 2;
            while (j < pattern.size() && (is_flag(pattern[j]) || pattern[j] == '-')) ++j;
            if (j > i + 2 && j < pattern.size() && (pattern[j] == ')' || pattern[j] == ':')) {
                std::string flags;
                for (std::size_t k = i + 2; k < j; ++k) {
                    if (pattern[k] != 'U') flags += pattern[k];
                }
                if (!flags.empty() && flags.back() == '-') flags.pop_back();
                if (pattern[j] == ':') {
                    out += "(?" + flags + ":";
                } else if (!flags.empty()) {
                    out += "(?" + flags + ")";
                }
                i = j + 1;
                continue;
            }
        }
        out += pattern[i];
        ++i;
    }
    return out;
}

std::string bound_repetitions(std::string_view pattern, unsigned limit) {
    const std::string cap = std::to_string(limit);
    std::string out;
    out.reserve(pattern.size() + 16);
    int class_depth = 0;
    bool quoted = false;
    bool after_quantifier = false;  // a following + or ? is a possessive or lazy suffix, not a repetition
    std::size_t i = 0;
    while (i < pattern.size()) {
        const char c = pattern[i];
        if (quoted) {
            if (pattern.compare(i, 2, "\\E") == 0) {
                quoted = false;
                out += "\\E";
                i += 2;
            } else {
                out += c;
                ++i;
            }
            continue;
        }
        if (c == '\\' && i + 1 < pattern.size()) {
            const char escaped = pattern[i + 1];
            out += c;
            out += escaped;
            i += 2;
            if (escaped == 'Q') quoted = true;
            if (takes_braces(escaped) && i < pattern.size() && pattern[i] == '{') {
                const auto close = pattern.find('}', i);
                const auto end = close == std::string_view::npos ? pattern.size() : close + 1;
                out.append(pattern.substr(i, end - i));
                i = end;
            }
            after_quantifier = false;
            continue;
        }
        if (c == '[') {
            ++class_depth;
        } else if (c == ']' && class_depth > 0) {
            --class_depth;
        } else if (class_depth == 0 && !after_quantifier && (c == '*' || c == '+')) {
            out += (c == '*' ? "{0," : "{1,") + cap + "}";
            ++i;
            after_quantifier = true;
            continue;
        } else if (class_depth == 0 && c == '{') {
            // {n,} becomes {n,limit}; {n} and {n,m} stay.
            std::size_t j = i + 1;
            while (j < pattern.size() && is_digit(pattern[j])) ++j;
            if (j > i + 1 && pattern.compare(j, 2, ",}") == 0) {
                const auto low = pattern.substr(i + 1, j - i - 1);
                const unsigned minimum = static_cast<unsigned>(std::stoul(std::string(low)));
                out += "{" + std::string(low) + "," + std::to_string(minimum > limit ? minimum : limit) + "}";
                i = j + 2;
                after_quantifier = true;
                continue;
            }
            const auto close = pattern.find('}', i);
            if (close != std::string_view::npos) {
                out.append(pattern.substr(i, close + 1 - i));
                i = close + 1;
                after_quantifier = true;
                continue;
            }
        }
        if (class_depth == 0 && c == '?' && !after_quantifier && !out.empty() && out.back() != '(' &&
            pattern.compare(i, 2, "??") == 0) {
            // A lazy optional: ICU cannot bound it inside a look-behind, but accepts the same as {0,1}?.
            out += "{0,1}?";
            i += 2;
            after_quantifier = true;
            continue;
        }
        after_quantifier =
            class_depth == 0 && c == '?' && !out.empty() && out.back() != '(' && !after_quantifier;
        out += c;
        ++i;
    }
    return out;
}

}  // namespace korpu::detail
