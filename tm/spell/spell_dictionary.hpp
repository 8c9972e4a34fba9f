#pragma once
// One Hunspell dictionary (a .aff/.dic pair, plus supplement .dic files read with the same affix file),
// loaded once and asked about words in UTF-8 whatever the dictionary's own encoding. Owns its Hunspell
// handle; not safe to share between threads.
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace korpu {

class SpellDictionary {
  public:
    // Loads `aff` and `dic`, then each of `supplements` (.dic files in the affix file's encoding: words the
    // set-up found for a Debian dictionary, see dictionaries/build_dictionaries.py). Throws InputError
    // naming the file (and line) when one is missing, unreadable or not a Hunspell file (no word count on
    // a .dic's first line, unknown encoding).
    SpellDictionary(const std::filesystem::path& aff, const std::filesystem::path& dic,
                    const std::vector<std::filesystem::path>& supplements = {});
    SpellDictionary(SpellDictionary&&) noexcept;
    SpellDictionary& operator=(SpellDictionary&&) noexcept;
    ~SpellDictionary();

    // True when the dictionary accepts the word as written (Hunspell's casing rules apply).
    bool accepts(std::string_view word);
    // Hunspell's suggestions, in Hunspell's order; words the dictionary cannot encode get none.
    std::vector<std::string> suggest(std::string_view word);
    // The dictionary words Hunspell's affix rules derive the word from ("комиссией" -> "комиссия",
    // "cities" -> "city"), in UTF-8; empty when the dictionary knows no analysis or cannot encode the word.
    std::vector<std::string> stems(std::string_view word);
    // Adds a word for the life of this object (a user's accepted word, a glossary term).
    void add_word(std::string_view word);

    const std::filesystem::path& aff_file() const noexcept;
    const std::filesystem::path& dic_file() const noexcept;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace korpu
