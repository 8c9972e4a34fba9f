#pragma once
// Term matching's dictionary forms from Hunspell (through tm/spell's SpellDictionary): the Russian
// dictionary derives "комиссией" from "комиссия" by its affix rules (Hunspell::stem), and the English one
// tells which closed compounds are made of two of its words ("teammate": team, mate). English stems are
// not taken from Hunspell, whose en_US affixes derive as well as inflect ("statement" from "state"), and
// Azerbaijani is left to the team's own suffix rules (tm/glossary/inflection.cpp): its dictionary's
// stems include the homographs those rules avoid ("adam" from "ada" + possessive -m). A language without
// an installed dictionary has no stems.
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "tm/glossary/word_stemmer.hpp"

namespace korpu {

class SpellDictionary;

class HunspellStemmer : public WordStemmer {
  public:
    HunspellStemmer();
    ~HunspellStemmer() override;
    HunspellStemmer(const HunspellStemmer&) = delete;
    HunspellStemmer& operator=(const HunspellStemmer&) = delete;

    std::vector<std::string> stems(std::string_view lower_word, std::string_view primary_language) const override;
    std::vector<std::string> compound_parts(std::string_view lower_word,
                                            std::string_view primary_language) const override;

    // The languages whose stems come from Hunspell.
    static bool uses_hunspell(std::string_view primary_language);

  private:
    SpellDictionary* dictionary_for(const std::string& primary_language) const;

    mutable std::map<std::string, std::unique_ptr<SpellDictionary>> dictionaries_;  // null: none installed
    mutable std::unordered_map<std::string, std::vector<std::string>> cache_;       // "ru\tкомиссией" -> stems
    mutable std::unordered_map<std::string, std::vector<std::string>> parts_cache_;  // "en\tteammate" -> parts
};

}  // namespace korpu
