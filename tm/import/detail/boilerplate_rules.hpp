#pragma once
// The sections of rules/boilerplate.txt (built into the library), and the text keys the rules compare in.
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace korpu::detail {

struct BoilerplateRules {
    std::unordered_set<std::string> phrases;              // [phrases], as phrase_key() gives them
    std::vector<std::string> phrase_prefixes;             // [phrases] ending in "*", case-folded
    std::vector<std::vector<std::string>> credit_labels;  // [credit labels], case-folded words
    std::unordered_set<std::string> agencies;             // [agencies], as phrase_key() gives them
    std::unordered_set<std::string> date_prepositions;    // [date prepositions], case-folded
};

// Parsed once from the built-in file.
const BoilerplateRules& boilerplate_rules();

// Case-folded (ICU full case folding).
std::string folded(std::string_view text);

// Without white space at either end.
std::string_view trimmed(std::string_view text);

// Case-folded, without punctuation, digits and symbols at either end: "Comments (12)" -> "comments".
std::string phrase_key(std::string_view text);

// The words of a line: its runs of characters other than white space.
std::vector<std::string_view> words_of(std::string_view text);

}  // namespace korpu::detail
