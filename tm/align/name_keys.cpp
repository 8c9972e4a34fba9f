#include "tm/align/name_keys.hpp"

#include <unicode/locid.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <unordered_map>

#include "tm/core/error.hpp"

namespace korpu {
namespace {

std::unique_ptr<icu::Transliterator> make_transliterator(const char* id) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !t)
        throw Error(std::string("ICU has no transliterator '") + id + "': " + u_errorName(status));
    return t;
}

// The English press spelling of the Azerbaijani letters that Latin-ASCII would get wrong.
void azerbaijani_press_spelling(icu::UnicodeString& word) {
    static constexpr struct {
        UChar32 letter;
        const char* spelling;
    } kLetters[] = {{0x0259, "a"}, {U'x', "kh"},   {0x015F, "sh"}, {0x00E7, "ch"},
                    {U'c', "j"},   {0x011F, "gh"}, {U'q', "g"},    {0x0131, "i"}};
    icu::UnicodeString out;
    for (int32_t i = 0; i < word.length();) {
        const UChar32 c = word.char32At(i);
        i += U16_LENGTH(c);
        bool replaced = false;
        for (const auto& entry : kLetters) {
            if (entry.letter == c) {
                out.append(icu::UnicodeString::fromUTF8(entry.spelling));
                replaced = true;
                break;
            }
        }
        if (!replaced) out.append(c);
    }
    word = out;
}

bool has_cyrillic(const icu::UnicodeString& word) {
    for (int32_t i = 0; i < word.length(); ++i) {
        const UChar c = word.charAt(i);
        if (c >= 0x0400 && c <= 0x052F) return true;
    }
    return false;
}

}  // namespace

struct NameKeyMaker::Impl {
    Language language;
    // Made on the first Cyrillic word: building it takes ICU a while.
    std::unique_ptr<icu::Transliterator> cyrillic;
    std::unique_ptr<icu::Transliterator> ascii = make_transliterator("Latin-ASCII");
    std::unordered_map<std::string, std::string> spellings;
    std::unordered_map<std::string, std::string> skeletons;

    explicit Impl(const Language& l) : language(l) {}
};

NameKeyMaker::NameKeyMaker(const Language& language) : impl_(std::make_unique<Impl>(language)) {}
NameKeyMaker::~NameKeyMaker() = default;

std::string NameKeyMaker::press_spelling(const std::string& word) {
    const auto cached = impl_->spellings.find(word);
    if (cached != impl_->spellings.end()) return cached->second;
    auto text = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    text.toLower(icu::Locale(impl_->language.icu_locale().c_str()));
    if (has_cyrillic(text)) {
        if (!impl_->cyrillic) impl_->cyrillic = make_transliterator("Russian-Latin/BGN");
        impl_->cyrillic->transliterate(text);
    } else if (impl_->language.primary() == "az") {
        azerbaijani_press_spelling(text);
    }
    impl_->ascii->transliterate(text);
    std::string out;
    for (int32_t i = 0; i < text.length(); ++i) {
        const UChar c = text.charAt(i);
        if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if (c >= 'a' && c <= 'z')
            out += static_cast<char>(c);
    }
    if (impl_->language.primary() == "en") {
        std::string folded;
        for (char c : out) folded += c == 'x' ? std::string("ks") : std::string(1, c);
        out = folded;
    }
    impl_->spellings.emplace(word, out);
    return out;
}

std::string NameKeyMaker::skeleton(const std::string& word) {
    const auto cached = impl_->skeletons.find(word);
    if (cached != impl_->skeletons.end()) return cached->second;
    auto key = consonant_skeleton(press_spelling(word));
    impl_->skeletons.emplace(word, key);
    return key;
}

std::string consonant_skeleton(const std::string& ascii_lower) {
    // Digraphs of the press spellings of Russian and Azerbaijani names, each folded into one letter
    // (BGN "dzh" and the press "j" for дж, "kh" and "h" for х, "ts" and "tz" for ц, ...). Longest first.
    static constexpr struct {
        const char* digraph;
        char letter;
    } kDigraphs[] = {{"shch", 's'}, {"dzh", 'j'}, {"tch", 'c'}, {"sh", 's'}, {"ch", 'c'},
                     {"zh", 'j'},   {"kh", 'h'},  {"ts", 'c'},  {"tz", 'c'}, {"ph", 'f'},
                     {"gh", 'g'},   {"ck", 'k'},  {"dj", 'j'},  {"th", 't'}, {"ks", 'x'}};
    std::string out;
    // Doubled letters collapse ("Ganja", "Gəncə", "Гянджа"), letters apart from each other do not.
    char previous = 0;
    for (std::size_t i = 0; i < ascii_lower.size();) {
        char letter = 0;
        std::size_t consumed = 1;
        for (const auto& d : kDigraphs) {
            const std::size_t n = std::char_traits<char>::length(d.digraph);
            if (ascii_lower.compare(i, n, d.digraph) == 0) {
                letter = d.letter;
                consumed = n;
                break;
            }
        }
        if (letter == 0) {
            switch (const char c = ascii_lower[i]) {
                case 'a':
                case 'e':
                case 'i':
                case 'o':
                case 'u':
                case 'y': break;
                case 'c':
                case 'q': letter = 'k'; break;
                case 'w': letter = 'v'; break;
                default: letter = c; break;
            }
        }
        i += consumed;
        if (letter != 0 && letter != previous) out += letter;
        previous = letter;
    }
    return out;
}

}  // namespace korpu
