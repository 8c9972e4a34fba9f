#pragma once
// Checks the spelling of running text in one language: cuts it into words (ICU word boundaries), skips
// what is not a word to spell (URLs, e-mail addresses, numbers and their suffixes as in "2024-cü",
// acronyms, initials, the workspace's ignored words and glossary terms), reports words the dictionary
// rejects with suggestions ordered by likelihood, and words in the wrong script as mixed script.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tm/core/language.hpp"

namespace korpu {

class SpellDictionary;

enum class FindingKind {
    Misspelling,  // the dictionary rejects the word
    MixedScript,  // Latin and Cyrillic letters in one word, or a word in the other script than the text's
};

struct SpellingFinding {
    FindingKind kind = FindingKind::Misspelling;
    std::size_t begin = 0;  // byte offsets into the checked text, [begin, end)
    std::size_t end = 0;
    std::string word;
    std::vector<std::string> suggestions;  // most likely first; empty for mixed script
};

// How many suggestions a finding carries unless the caller asks otherwise.
inline constexpr std::size_t kDefaultSuggestionCount = 5;

class SpellChecker {
  public:
    // Uses the first dictionary for the language in dictionary_folders(). Throws UsageError naming the
    // folders searched when there is none, InputError when the dictionary's files are broken.
    static SpellChecker for_language(const Language& language);

    SpellChecker(const Language& language, SpellDictionary dictionary);
    SpellChecker(SpellChecker&&) noexcept;
    SpellChecker& operator=(SpellChecker&&) noexcept;
    ~SpellChecker();

    // The findings in `text` (valid UTF-8), in text order. `suggestion_count` 0 skips suggestions,
    // which are by far the slowest part.
    std::vector<SpellingFinding> check(std::string_view text, std::size_t suggestion_count = kDefaultSuggestionCount);

    // True when one word (no spaces) passes: the dictionary, accepted and ignored words.
    bool accepts(std::string_view word);
    // Corrections for one word, most likely first.
    std::vector<std::string> suggest(std::string_view word, std::size_t count = kDefaultSuggestionCount);

    // A word the user added to the dictionary: accepted, with Hunspell's casing rules, and suggested.
    void accept_word(std::string_view word);
    // A word the user told the checker to pass over as written (a quoted foreign word, a code).
    void ignore_word(std::string_view word);
    // Glossary terms: every word of each term is accepted.
    void accept_terms(const std::vector<std::string>& terms);

    const Language& language() const noexcept;
    // The dictionary's .dic file, for messages.
    const std::string& dictionary_name() const noexcept;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace korpu
