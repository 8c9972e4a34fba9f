#include "tm/memory/detail/text_key.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

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

bool is_well_formed_utf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int32_t>(text.size());
    for (std::int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) return false;
    }
    return true;
}

// Whether the character at `offset` is white space (Unicode's White_Space, as u_isUWhiteSpace); `next` is where
// the following one starts. ASCII is decided without ICU: tab to carriage return, and space.
bool is_white_space_at(std::string_view text, std::size_t offset, std::size_t& next) {
    const auto byte = static_cast<unsigned char>(text[offset]);
    if (byte < 0x80) {
        next = offset + 1;
        return byte == ' ' || (byte >= '\t' && byte <= '\r');
    }
    const UChar32 c = code_point_at(text, offset, next);
    return c >= 0 && u_isUWhiteSpace(c);
}

}  // namespace

TextFolder::TextFolder(const std::string& language) {
    const auto dash = language.find('-');
    locale_ = language.substr(0, dash);
    icu_locale_ = icu::Locale(locale_.c_str());
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
    s.toLower(icu_locale_);
    s = normalized(s, true);
    if (russian_) s.findAndReplace(icu::UnicodeString(kCyrillicSmallYo), icu::UnicodeString(kCyrillicSmallIe));
    return to_utf8(s);
}

std::string TextFolder::index_terms(std::string_view text) const {
    std::string terms;
    bool in_term = false;
    const auto separate = [&] {
        if (in_term) terms += ' ';
        in_term = false;
    };
    if (is_ascii(text) && locale_ != "az" && locale_ != "tr") {
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            const bool digit = c >= '0' && c <= '9';
            if (digit || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                terms += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
                in_term = true;
            } else if ((c == '.' || c == ',') && in_term && i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9' &&
                       i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9') {
                continue;  // inside a number
            } else {
                separate();
            }
        }
        if (!terms.empty() && terms.back() == ' ') terms.pop_back();
        return terms;
    }
    icu::UnicodeString s =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    s.toLower(icu_locale_);
    const icu::UnicodeString decomposed = normalized(s, false);
    const char16_t* units = decomposed.getBuffer();
    const int32_t length = decomposed.length();
    terms.reserve(text.size());
    UChar32 previous = 0;
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U16_NEXT(units, i, length, c);
        // One property lookup per character: u_isalnum() is "a letter or a decimal digit".
        const auto category = U_MASK(u_charType(c));
        if (category & U_GC_MN_MASK) continue;
        if ((category & (U_GC_L_MASK | U_GC_ND_MASK)) != 0 && !is_tag_placeholder(c)) {
            if (c < 0x80) {
                terms += static_cast<char>(c);
            } else {
                char bytes[U8_MAX_LENGTH];
                int32_t size = 0;
                U8_APPEND_UNSAFE(bytes, size, c);
                terms.append(bytes, static_cast<std::size_t>(size));
            }
            in_term = true;
        } else if ((c == '.' || c == ',') && in_term && u_isdigit(previous) && i < length &&
                   u_isdigit(decomposed.char32At(i))) {
            continue;
        } else {
            separate();
        }
        previous = c;
    }
    if (!terms.empty() && terms.back() == ' ') terms.pop_back();
    return terms;
}

std::vector<std::uint64_t> term_hashes(std::string_view terms) {
    std::vector<std::uint64_t> hashes;
    std::size_t start = 0;
    while (start < terms.size()) {
        auto end = terms.find(' ', start);
        if (end == std::string_view::npos) end = terms.size();
        hashes.push_back(stable_hash(terms.substr(start, end - start)));
        start = end + 1;
    }
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    return hashes;
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

std::string exact_form(std::string_view text) {
    std::string nfc;
    std::string_view in = text;
    UErrorCode status = U_ZERO_ERROR;
    // Text already in NFC (nearly all) is not converted; ill-formed UTF-8 goes through the conversion, which
    // replaces it with U+FFFD as it always did, so the stored hashes stay the same.
    if (!is_ascii(text) &&
        (!is_well_formed_utf8(text) || !normalizer(true).isNormalizedUTF8(
                                           icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), status))) {
        nfc = to_utf8(normalized(
            icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))), true));
        in = nfc;
    }
    std::string out;
    out.reserve(in.size());
    bool pending_space = false;
    std::size_t i = 0;
    std::size_t next = 0;
    while (i < in.size()) {
        if (is_white_space_at(in, i, next)) {
            pending_space = !out.empty();
            i = next;
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        std::size_t end = next;
        while (end < in.size() && !is_white_space_at(in, end, next)) end = next;
        out.append(in, i, end - i);
        i = end;
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
