#include "tm/import/detail/boilerplate_rules.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "tm/core/error.hpp"
#include "tm/import/detail/boilerplate_text.hpp"

namespace korpu::detail {
namespace {

icu::UnicodeString unicode_of(std::string_view text) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

enum class Section { Phrases, CreditLabels, Agencies, DatePrepositions };

Section section_named(std::string_view header) {
    if (header == "[phrases]") return Section::Phrases;
    if (header == "[credit labels]") return Section::CreditLabels;
    if (header == "[agencies]") return Section::Agencies;
    if (header == "[date prepositions]") return Section::DatePrepositions;
    throw Error("boilerplate.txt: unknown section " + std::string(header));
}

void add_rule(BoilerplateRules& rules, Section section, std::string_view line) {
    switch (section) {
        case Section::Phrases:
            if (line.back() == '*') {
                rules.phrase_prefixes.push_back(folded(trimmed(line.substr(0, line.size() - 1))));
            } else {
                rules.phrases.insert(phrase_key(line));
            }
            return;
        case Section::CreditLabels: {
            std::vector<std::string> label;
            for (const auto word : words_of(line)) label.push_back(folded(word));
            rules.credit_labels.push_back(std::move(label));
            return;
        }
        case Section::Agencies: rules.agencies.insert(phrase_key(line)); return;
        case Section::DatePrepositions:
            for (const auto word : words_of(line)) rules.date_prepositions.insert(folded(word));
            return;
    }
}

}  // namespace

std::string folded(std::string_view text) {
    std::string out;
    unicode_of(text).foldCase().toUTF8String(out);
    return out;
}

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string phrase_key(std::string_view text) {
    const auto unicode = unicode_of(text);
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

std::vector<std::string_view> words_of(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t start = 0;
    while (true) {
        start = text.find_first_not_of(" \t\r\n", start);
        if (start == std::string_view::npos) return words;
        auto end = text.find_first_of(" \t\r\n", start);
        if (end == std::string_view::npos) end = text.size();
        words.push_back(text.substr(start, end - start));
        start = end;
    }
}

const BoilerplateRules& boilerplate_rules() {
    static const BoilerplateRules rules = [] {
        BoilerplateRules parsed;
        const std::string_view text = boilerplate_text();
        Section section = Section::Phrases;
        std::size_t start = 0;
        while (start < text.size()) {
            auto end = text.find('\n', start);
            if (end == std::string_view::npos) end = text.size();
            const auto line = trimmed(text.substr(start, end - start));
            start = end + 1;
            if (line.empty() || line.front() == '#') continue;
            if (line.front() == '[') {
                section = section_named(line);
            } else {
                add_rule(parsed, section, line);
            }
        }
        return parsed;
    }();
    return rules;
}

}  // namespace korpu::detail
