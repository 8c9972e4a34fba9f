#include "tm/memory/detail/text_key.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "tm/core/error.hpp"

namespace korpu::detail {
namespace {

// FNV-1a parameters for 64 bits (Fowler, Noll, Vo; draft-eastlake-fnv).
constexpr std::uint64_t kFnvOffsetBasis = 14695981039346656037ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;
// Separates hashed fields; the byte 0xFF never occurs in UTF-8.
constexpr unsigned char kFieldSeparator = 0xFF;

constexpr char16_t kCyrillicSmallYo = u'\u0451';
constexpr char16_t kCyrillicSmallIe = u'\u0435';

bool is_ascii(std::string_view text) {
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}

const icu::Normalizer2& normalizer(bool compose) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* instance =
        compose ? icu::Normalizer2::getNFCInstance(status) : icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) throw Error(std::string("ICU normaliser unavailable: ") + u_errorName(status));
    return *instance;
}

icu::UnicodeString normalized(const icu::UnicodeString& text, bool compose) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString result = normalizer(compose).normalize(text, status);
    if (U_FAILURE(status)) throw Error(std::string("ICU normalisation failed: ") + u_errorName(status));
    return result;
}

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

bool is_word_char(UChar32 c) {
    if (u_isalnum(c)) return true;
    const auto type = u_charType(c);
    return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

bool is_tag_placeholder(UChar32 c) {
    return c >= static_cast<UChar32>(kFirstTagPlaceholder) && c <= static_cast<UChar32>(kLastTagPlaceholder);
}

UChar32 code_point_at(std::string_view text, std::size_t offset, std::size_t& next) {
    auto i = static_cast<std::int32_t>(offset);
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), i, static_cast<std::int32_t>(text.size()), c);
    next = static_cast<std::size_t>(i);
    return c;
}

}  // namespace

TextFolder::TextFolder(const std::string& language) {
    const auto dash = language.find('-');
    locale_ = language.substr(0, dash);
    russian_ = locale_ == "ru";
}

std::string TextFolder::match_form(std::string_view text) const {
    // ASCII letters fold the same in every language except the Turkic ones, where I is the capital of ı.
    if (is_ascii(text) && locale_ != "az" && locale_ != "tr") {
        std::string out(text);
        for (char& c : out) {
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        }
        return out;
    }
    icu::UnicodeString s =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    s.toLower(icu::Locale(locale_.c_str()));
    s = normalized(s, true);
    if (russian_) s.findAndReplace(icu::UnicodeString(kCyrillicSmallYo), icu::UnicodeString(kCyrillicSmallIe));
    return to_utf8(s);
}

std::string TextFolder::index_form(std::string_view text) const {
    const std::string folded = match_form(text);
    if (is_ascii(folded)) return folded;
    const icu::UnicodeString decomposed = normalized(
        icu::UnicodeString::fromUTF8(icu::StringPiece(folded.data(), static_cast<int32_t>(folded.size()))), false);
    icu::UnicodeString bare;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK) bare.append(c);
        i += U16_LENGTH(c);
    }
    return to_utf8(normalized(bare, true));
}

std::string tag_placeholder(std::size_t index) {
    const auto last = static_cast<std::size_t>(kLastTagPlaceholder - kFirstTagPlaceholder);
    if (index > last) throw UsageError("a segment has more than " + std::to_string(last + 1) + " inline tags");
    std::string out;
    icu::UnicodeString(static_cast<UChar32>(kFirstTagPlaceholder + index)).toUTF8String(out);
    return out;
}

std::size_t tag_index(std::string_view placeholder) {
    std::size_t next = 0;
    return static_cast<std::size_t>(code_point_at(placeholder, 0, next) - static_cast<UChar32>(kFirstTagPlaceholder));
}

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t next = 0;
        const UChar32 c = code_point_at(text, i, next);
        if (c < 0 || u_isUWhiteSpace(c)) {
            i = next;
            continue;
        }
        Token token{TokenKind::Punctuation, {}, i, next};
        if (is_tag_placeholder(c)) {
            token.kind = TokenKind::Tag;
        } else if (u_isdigit(c)) {
            token.kind = TokenKind::Number;
            std::size_t end = next;
            while (end < text.size()) {
                std::size_t after = 0;
                const UChar32 d = code_point_at(text, end, after);
                if (u_isdigit(d)) {
                    end = after;
                    continue;
                }
                std::size_t after_digit = 0;
                if ((d == '.' || d == ',') && after < text.size() &&
                    u_isdigit(code_point_at(text, after, after_digit))) {
                    end = after_digit;
                    continue;
                }
                break;
            }
            token.end = end;
        } else if (is_word_char(c)) {
            token.kind = TokenKind::Word;
            std::size_t end = next;
            while (end < text.size()) {
                std::size_t after = 0;
                const UChar32 d = code_point_at(text, end, after);
                if (!is_word_char(d) || is_tag_placeholder(d)) break;
                end = after;
            }
            token.end = end;
        }
        token.text.assign(text.substr(token.begin, token.end - token.begin));
        if (token.kind == TokenKind::Number) {
            std::string digits;
            for (const char d : token.text) {
                if (d != '.' && d != ',') digits += d;
            }
            token.text = std::move(digits);
        }
        tokens.push_back(std::move(token));
        i = tokens.back().end;
    }
    return tokens;
}

std::string index_terms(const TextFolder& folder, std::string_view text) {
    std::string terms;
    for (const auto& token : tokenize(folder.index_form(text))) {
        if (token.kind != TokenKind::Word && token.kind != TokenKind::Number) continue;
        if (!terms.empty()) terms += ' ';
        terms += token.text;
    }
    return terms;
}

std::string exact_form(std::string_view text) {
    std::string nfc;
    if (is_ascii(text)) {
        nfc.assign(text);
    } else {
        nfc = to_utf8(normalized(
            icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))), true));
    }
    std::string out;
    out.reserve(nfc.size());
    bool pending_space = false;
    std::size_t i = 0;
    while (i < nfc.size()) {
        std::size_t next = 0;
        const UChar32 c = code_point_at(nfc, i, next);
        if (c >= 0 && u_isUWhiteSpace(c)) {
            pending_space = !out.empty();
        } else {
            if (pending_space) out += ' ';
            pending_space = false;
            out.append(nfc, i, next - i);
        }
        i = next;
    }
    return out;
}

std::uint64_t stable_hash(std::string_view text) {
    std::uint64_t hash = kFnvOffsetBasis;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= kFnvPrime;
    }
    return hash;
}

std::uint64_t stable_hash(const std::vector<std::string_view>& fields) {
    std::uint64_t hash = kFnvOffsetBasis;
    for (const auto field : fields) {
        for (const char c : field) {
            hash ^= static_cast<unsigned char>(c);
            hash *= kFnvPrime;
        }
        hash ^= kFieldSeparator;
        hash *= kFnvPrime;
    }
    return hash;
}

}  // namespace korpu::detail
