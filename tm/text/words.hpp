#pragma once
// Words of a text as the glossary and the QA checks see them: runs of letters (with combining marks and
// an apostrophe between letters, as in "Aliyev's"), with their byte span in the UTF-8 text.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "tm/export/text_cleaner.hpp"  // code_point_count

namespace korpu {

struct Word {
    std::size_t begin = 0;  // byte offset of the first byte
    std::size_t end = 0;    // byte offset one past the last byte
    std::string text;
};

// Letter runs of `text`; digits, punctuation, spaces and hyphens separate words.
std::vector<Word> split_words(std::string_view text);

// Lower case by the rules of `primary_language` ("az": İ -> i, I -> ı; "ru", "en").
std::string lower_case(std::string_view text, std::string_view primary_language);

// The script of a letter run: Latin, Cyrillic, both (Mixed) or another.
enum class WordScript { Latin, Cyrillic, Mixed, Other };
WordScript word_script(std::string_view word);

// True when the first letter is upper case.
bool starts_upper_case(std::string_view word);

}  // namespace korpu
