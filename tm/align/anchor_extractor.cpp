#include "tm/align/anchor_extractor.hpp"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "tm/align/number_anchors.hpp"

namespace korpu {
namespace {

// A word's key keeps the first consonants of its skeleton, so that case endings and suffixes
// ("Нарышкина", "Azərbaycanın") do not matter. Three consonants tell most names apart in a document;
// a two-consonant skeleton ("Ebola" -> "bl") is kept whole.
constexpr std::size_t kKeyConsonants = 3;
// A common word is a possible cognate only with this many consonants (shorter ones meet by chance).
constexpr std::size_t kCognateMinConsonants = 4;

struct Word {
    std::string text;
    bool capitalised = false;
    bool all_capitals = false;
    bool first = false;
};

std::vector<Word> words_of(const std::string& segment) {
    std::vector<Word> words;
    const auto* s = reinterpret_cast<const uint8_t*>(segment.data());
    const auto length = static_cast<int32_t>(segment.size());
    int32_t i = 0;
    Word current;
    std::size_t letters = 0;
    std::size_t capitals = 0;
    auto flush = [&] {
        if (letters > 0) {
            current.all_capitals = letters >= 2 && capitals == letters;
            current.first = words.empty();
            words.push_back(current);
        }
        current = Word{};
        letters = 0;
        capitals = 0;
    };
    while (i < length) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c >= 0 && (u_isalpha(c) || (letters > 0 && u_getCombiningClass(c) != 0))) {
            if (letters == 0) current.capitalised = u_isupper(c) || u_istitle(c);
            capitals += u_isupper(c) ? 1 : 0;
            ++letters;
            current.text.append(segment, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
        } else {
            flush();
        }
    }
    flush();
    return words;
}

std::string lower_case(const std::string& word, const Language& language) {
    auto text = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    text.toLower(icu::Locale(language.icu_locale().c_str()));
    std::string out;
    text.toUTF8String(out);
    return out;
}

}  // namespace

AnchorExtractor::AnchorExtractor(const Language& language) : language_(language), names_(language) {}

std::vector<Anchor> AnchorExtractor::extract(const std::string& segment) {
    std::vector<Anchor> anchors;
    for (auto& number : number_keys(segment)) anchors.push_back({"#" + number, true});
    for (const auto& word : words_of(segment)) {
        const auto lower = lower_case(word.text, language_);
        const int month = month_of(lower, language_.primary());
        if (month != 0 && (language_.primary() != "en" || word.capitalised)) {
            anchors.push_back({"@" + std::to_string(month), true});
            continue;
        }
        const auto skeleton = names_.skeleton(word.text);
        const bool name = (word.capitalised && !word.first) || word.all_capitals;
        if (name && skeleton.size() >= 2) {
            anchors.push_back({"w" + skeleton.substr(0, kKeyConsonants), true});
        } else if (skeleton.size() >= kCognateMinConsonants) {
            anchors.push_back({"w" + skeleton.substr(0, kKeyConsonants), false});
        }
    }
    return anchors;
}

}  // namespace korpu
