#pragma once
// The anchors of a segment: what a translation keeps whatever its words (numbers, months, names,
// cognates), as keys that compare equal across the two languages of a pair.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "tm/align/name_keys.hpp"
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

// An anchor id shifted left by one, the low bit set for a strong anchor: numbers, months, names and
// acronyms, which a translation almost always keeps. Other words with a long enough skeleton are
// weak anchors, only possible cognates ("parlament", "парламент", "parliament").
using AnchorCode = std::uint32_t;
inline constexpr AnchorCode anchor_code(std::uint32_t id, bool strong) { return (id << 1) | (strong ? 1U : 0U); }
inline constexpr bool is_strong(AnchorCode code) { return (code & 1U) != 0; }

class AnchorExtractor {
  public:
    AnchorExtractor(const Language& language, AnchorVocabulary& vocabulary);

    // The anchors of one segment, sorted.
    std::vector<AnchorCode> extract(const std::string& segment);

  private:
    struct WordKeys {
        std::uint32_t month = 0;  // id of the month key, when the word names a month
        std::uint32_t word = 0;   // id of the skeleton key
        bool is_month = false;
        bool may_be_month = false;   // English "May": a month only when capitalised
        std::size_t consonants = 0;  // length of the skeleton
    };
    const WordKeys& keys_of(const std::string& word);

    Language language_;
    AnchorVocabulary& vocabulary_;
    NameKeyMaker names_;
    std::unordered_map<std::string, WordKeys> words_;
};

}  // namespace korpu
