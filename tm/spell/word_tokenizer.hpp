#pragma once
// Cuts text into words by ICU's word-boundary rules for a language (UAX #29 with the locale's
// tailoring). Offsets are bytes into the UTF-8 text. Owns its ICU break iterator.
#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "tm/core/language.hpp"

namespace korpu {

struct WordSpan {
    std::size_t begin = 0;  // byte offsets into the text, [begin, end)
    std::size_t end = 0;
    bool has_digits = false;  // "2024", "A4", "COVID19": numbers and codes, not words to spell
};

class WordTokenizer {
  public:
    // Throws Error when ICU has no word-break rules at all (a broken ICU installation).
    explicit WordTokenizer(const Language& language);
    WordTokenizer(WordTokenizer&&) noexcept;
    WordTokenizer& operator=(WordTokenizer&&) noexcept;
    ~WordTokenizer();

    // The word-like tokens of `text` (letters or digits; spaces and punctuation are left out). `text`
    // must be valid UTF-8.
    std::vector<WordSpan> words(std::string_view text);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace korpu
