#pragma once
// The anchors of a segment: what a translation keeps whatever its words (numbers, months, names,
// cognates), as keys that compare equal across the two languages of a pair.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "tm/align/anchor_code.hpp"
#include "tm/align/name_keys.hpp"
#include "tm/align/word_lexicon.hpp"
#include "tm/core/language.hpp"

namespace korpu {

// Anchor keys of both sides of a document pair numbered in one vocabulary, so that a key the two
// sides share gets one id. Keys: "#2.5" a number, "@11" a month, "w" + consonant skeleton a word.
class AnchorVocabulary {
  public:
    std::uint32_t id(const std::string& key);

  private:
    std::unordered_map<std::string, std::uint32_t> ids_;
};

class AnchorExtractor {
  public:
    AnchorExtractor(const Language& language, AnchorVocabulary& vocabulary);

    // The anchors of one segment, sorted. `words`, when given, receives the number of each of the
    // segment's words, for translation_anchors().
    std::vector<AnchorCode> extract(const std::string& segment, std::vector<std::uint32_t>* words = nullptr);
    // A Translation anchor per lexicon entry ("L" + entry number) of each word, which the other side's
    // translation of the word shares; sorted. Words as extract() numbered them.
    std::vector<AnchorCode> translation_anchors(const std::vector<std::uint32_t>& words, const WordLexicon& lexicon,
                                                LexiconSide side);

  private:
    struct WordKeys {
        std::uint32_t month = 0;  // id of the month key, when the word names a month
        std::uint32_t word = 0;   // id of the skeleton key
        bool is_month = false;
        bool may_be_month = false;   // English "May": a month only when capitalised
        std::size_t consonants = 0;  // length of the skeleton
        std::uint32_t number = 0;    // the word's number among the extractor's words
    };
    const WordKeys& keys_of(const std::string& word);

    Language language_;
    AnchorVocabulary& vocabulary_;
    NameKeyMaker names_;
    std::vector<std::string> word_texts_;
    // Translation anchors of each word, for the lexicon they were made from.
    const WordLexicon* translations_from_ = nullptr;
    std::size_t translations_size_ = 0;
    std::vector<std::vector<AnchorCode>> translations_;
    std::unordered_map<std::string, WordKeys> words_;
};

}  // namespace korpu
