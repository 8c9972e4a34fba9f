#include "tm/qa/detail/name_key.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>

#include "tm/core/error.hpp"
#include "tm/glossary/inflection.hpp"
#include "tm/text/utf32.hpp"
#include "tm/text/words.hpp"

namespace korpu::detail {
namespace {

std::unique_ptr<icu::Transliterator> make_transliterator(const char* id) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !t)
        throw Error(std::string("ICU has no transliterator ") + id + ": " + u_errorName(status));
    return t;
}

std::string transliterate(const icu::Transliterator& t, std::string_view text) {
    auto unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    t.transliterate(unicode);
    std::string out;
    unicode.toUTF8String(out);
    return out;
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}

using Replacement = std::pair<std::string_view, std::string_view>;
// Letters of Azerbaijani Latin and of the BGN/PCGN romanisation, and apostrophes, before ASCII folding;
// BGN/PCGN's middle dot ("Kaddeb·ek" for "Каддебэк") only marks letters that are not a digraph: dropped.
constexpr std::array<Replacement, 14> kLetters{{{"·", ""},
                                                {"ə", "a"},
                                                {"ä", "a"},
                                                {"ı", "i"},
                                                {"ö", "o"},
                                                {"ü", "u"},
                                                {"ş", "sh"},
                                                {"ç", "ch"},
                                                {"ğ", "gh"},
                                                {"ë", "e"},
                                                {"ʹ", ""},
                                                {"ʺ", ""},
                                                {"'", ""},
                                                {"’", ""}}};
// Spellings of one sound that renderings of a name alternate between.
constexpr std::array<Replacement, 9> kSounds{
    {{"dzh", "j"}, {"dj", "j"}, {"zh", "j"}, {"kh", "h"}, {"x", "h"}, {"gh", "g"}, {"q", "g"}, {"y", "i"}, {"w", "v"}}};

// Folds a lower-case Latin rendering to its key.
std::string fold(std::string text, bool azerbaijani, const icu::Transliterator& to_ascii) {
    if (azerbaijani) {
        // Azerbaijani letters as English renders them (Cabinet of Ministers resolution 498, 2020).
        replace_all(text, "c", "j");
        replace_all(text, "ç", "ch");
        replace_all(text, "x", "kh");
        replace_all(text, "q", "g");
    }
    for (const auto& [from, to] : kLetters) replace_all(text, from, to);
    text = transliterate(to_ascii, text);
    for (const auto& [from, to] : kSounds) replace_all(text, from, to);
    // Doubled ee and oo are one letter (Greenland/Гренландия), and an initial ie is the Ye- that BGN/PCGN
    // writes for a Russian initial Е (Yegipet/Egypt).
    replace_all(text, "ee", "e");
    replace_all(text, "oo", "o");
    if (text.rfind("ie", 0) == 0) text.erase(0, 1);
    // e and a (for Azerbaijani ə) are one inside a name (Khojavend/Khojavand) but not at its end, where
    // they tell different words apart (Argentina/Argentine, Gama/Game).
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == 'e') text[i] = 'a';
    }
    std::string out;
    for (const char c : text) {
        // Doubled consonants (Hasan/Hassan), ii (Aliyev/Aliev) and aa, which the folding above makes of
        // "ea" (Zealand/Зеландия), are one letter; other doubled vowels stay.
        const bool vowel = c == 'e' || c == 'o' || c == 'u';
        if (!out.empty() && out.back() == c && !vowel) continue;
        out += c;
    }
    return out;
}

// The key with c before a, o, u or a consonant read as k, which English spells where transliterations
// write k (Cochamo/Koçamo, Cuddeback/Kaddebek).
std::string hard_c(const std::string& key) {
    std::string out;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const char next = i + 1 < key.size() ? key[i + 1] : '\0';
        if (key[i] == 'c' && next == 'k') continue;
        const bool soft = next == 'e' || next == 'i' || next == 'y' || next == 'h';
        out += key[i] == 'c' && !soft ? 'k' : key[i];
    }
    return out;
}

double bigram_similarity(const std::string& a, const std::string& b) {
    if (a.size() < 2 || b.size() < 2) return 0.0;
    std::vector<std::string> left;
    for (std::size_t i = 0; i + 1 < a.size(); ++i) left.push_back(a.substr(i, 2));
    std::size_t shared = 0;
    for (std::size_t i = 0; i + 1 < b.size(); ++i) {
        const auto found = std::find(left.begin(), left.end(), b.substr(i, 2));
        if (found == left.end()) continue;
        left.erase(found);
        ++shared;
    }
    return 2.0 * static_cast<double>(shared) / static_cast<double>(a.size() - 1 + b.size() - 1);
}

}  // namespace

bool NameKeys::similar(const std::string& a, const std::string& b) {
    const auto x = hard_c(a);
    const auto y = hard_c(b);
    return bigram_similarity(x, y) >= kNameSimilarity;
}

struct NameKeys::Impl {
    std::unique_ptr<icu::Transliterator> russian = make_transliterator("Russian-Latin/BGN");
    std::unique_ptr<icu::Transliterator> azerbaijani_cyrillic = make_transliterator("Azerbaijani-Latin/BGN");
    std::unique_ptr<icu::Transliterator> to_ascii = make_transliterator("Latin-ASCII");
};

NameKeys::NameKeys() : impl_(std::make_unique<Impl>()) {}
NameKeys::~NameKeys() = default;

std::string NameKeys::rendering(std::string_view word) {
    std::string text(word);
    for (const std::string_view possessive : {"'s", "’s", "'", "’"}) {
        if (text.size() > possessive.size() &&
            text.compare(text.size() - possessive.size(), possessive.size(), possessive) == 0) {
            text.resize(text.size() - possessive.size());
            break;
        }
    }
    return text;
}

std::vector<std::string> NameKeys::source_keys(std::string_view word, const Language& language) const {
    const auto& primary = language.primary();
    std::vector<std::string> keys;
    const auto lower = lower_case(word, primary);
    for (const auto& form : form_keys(lower, primary)) {
        std::string latin;
        bool azerbaijani = false;
        if (primary == "ru") {
            latin = transliterate(*impl_->russian, form);
        } else if (primary == "az" && language.script() == "Cyrl") {
            latin = lower_case(transliterate(*impl_->azerbaijani_cyrillic, form), "az");
            azerbaijani = true;
        } else if (primary == "az") {
            latin = form;
            azerbaijani = true;
        } else {
            latin = form;
        }
        auto key = fold(latin, azerbaijani, *impl_->to_ascii);
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
    }
    return keys;
}

std::string NameKeys::target_key(std::string_view word, const Language& language) const {
    const bool azerbaijani = language.primary() == "az";
    return fold(lower_case(rendering(word), language.primary()), azerbaijani, *impl_->to_ascii);
}

}  // namespace korpu::detail
