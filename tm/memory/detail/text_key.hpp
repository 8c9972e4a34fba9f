#pragma once
// How the translation memory compares texts: per-language folding, tokens and stable hashes.
// Internal to tm/memory.
//
// Two folding levels, both per language (ICU casing rules, so Azerbaijani and Turkish İ/ı fold correctly):
//  - Match: lower case in the language's locale, Unicode NFC, Russian ё as е. Fuzzy scores compare these.
//  - Index: lower case in the language's locale, canonical decomposition, every non-spacing mark removed
//    (ş -> s, й -> и, ё -> е). Candidate retrieval uses it, so a query typed without diacritics still finds
//    its units; the score then tells the difference.
#include <unicode/locid.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace korpu::detail {

// Inline tags are stored as private-use characters: the i-th tag of a segment is U+E000 + i.
inline constexpr char32_t kFirstTagPlaceholder = 0xE000;
inline constexpr char32_t kLastTagPlaceholder = 0xF8FF;  // end of the Basic Multilingual Plane's private-use area

enum class TokenKind { Word, Number, Tag, Punctuation };

struct Token {
    TokenKind kind;
    std::string text;       // folded (words), digits only (numbers), as written (tags, punctuation)
    std::size_t begin = 0;  // byte offsets into the text that was tokenised
    std::size_t end = 0;
};

class TextFolder {
  public:
    // `language`: a BCP 47 tag; its primary subtag picks the casing rules.
    explicit TextFolder(const std::string& language);
    std::string match_form(std::string_view text) const;
    // The words and numbers of `text` in index form, space-separated: what the full-text index stores.
    // Numbers keep their digits only ("1,000.5" -> "10005"). One pass, as every imported unit goes through it.
    std::string index_terms(std::string_view text) const;

  private:
    std::string locale_;
    icu::Locale icu_locale_;  // made once: constructing a Locale per text was a measurable part of an import
    bool russian_ = false;
};

// The placeholder character of the i-th inline tag, as UTF-8; throws UsageError beyond the private-use area.
std::string tag_placeholder(std::size_t index);
// The tag index of a placeholder character given as UTF-8 (a Tag token's text).
std::size_t tag_index(std::string_view placeholder);

// Splits text into words, numbers (digits with inner separators: "1,000.5"), tag placeholders and punctuation;
// whitespace separates. Offsets refer to `text`.
std::vector<Token> tokenize(std::string_view text);

// NFC with runs of whitespace collapsed to one space and the ends trimmed: the form exact matches compare.
std::string exact_form(std::string_view text);

// 64-bit FNV-1a: stable across runs and platforms, so it can be stored.
std::uint64_t stable_hash(std::string_view text);
// The distinct hashes of the space-separated terms of index_terms(), sorted.
std::vector<std::uint64_t> term_hashes(std::string_view terms);
// Hashes several fields so that ("ab", "c") and ("a", "bc") differ.
std::uint64_t stable_hash(const std::vector<std::string_view>& fields);

}  // namespace korpu::detail
