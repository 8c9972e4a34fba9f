#pragma once
// Word translations the aligner uses as anchors: learnt from pairs of sentences known to translate each
// other (the confident beads of a first alignment of the same documents, the units of a workspace's
// translation memory) or given (glossary entries). Words are filed under a crude stem, the first
// letters of the lower-case word, so that case endings and suffixes ("prezidentin", "президента") fall
// together.
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "tm/core/language.hpp"

namespace korpu {

// Which side of a lexicon's entries a word is looked up on.
enum class LexiconSide { Source, Target };

// Two texts that translate each other: sentences, or a term and its translation.
struct TranslationPair {
    std::string source;
    std::string target;
};

class WordLexicon {
  public:
    // Files a translation under the stems of both words.
    void add_stems(const std::string& source_stem, const std::string& target_stem);
    // Adds a glossary entry: the longest word of each side (a term's head word, mostly).
    void add_term(const TranslationPair& term, const Language& source_language, const Language& target_language);

    // Adds one concept of a bilingual word list: words of either language in their dictionary forms
    // ("write", "wrote" / "писать", "написать"), all of them translations of each other. Each word is
    // filed under its word-list key (word_list_key()), which the word's inflected forms in a text start
    // with ("писать" -> "писа": "писал", "писала").
    void add_concept(const std::vector<std::string>& source_words, const std::vector<std::string>& target_words,
                     const Language& source_language, const Language& target_language);

    // The entries a word of a text takes part in on one side: those filed under its stem
    // (lexicon_stem()), and the concepts whose word-list key the word starts with (a short key only when
    // the word is not much longer: "год" finds "года", "годов", not "годовщина").
    std::vector<std::uint32_t> entries_of(const std::string& word, const Language& language, LexiconSide side) const;

    bool empty() const noexcept { return entries_ == 0; }
    std::size_t size() const noexcept { return entries_; }
    // The entries that a source (target) stem takes part in; empty when none.
    const std::vector<std::uint32_t>& source_entries(const std::string& stem) const;
    const std::vector<std::uint32_t>& target_entries(const std::string& stem) const;

  private:
    std::unordered_map<std::string, std::vector<std::uint32_t>> by_source_;
    std::unordered_map<std::string, std::vector<std::uint32_t>> by_target_;
    // Concepts of word lists, under the word-list keys of their words.
    std::unordered_map<std::string, std::vector<std::uint32_t>> concepts_by_source_;
    std::unordered_map<std::string, std::vector<std::uint32_t>> concepts_by_target_;
    std::unordered_set<std::string> pairs_;
    std::uint32_t entries_ = 0;
};

// The stem a lexicon files a word under; empty for words too short to carry meaning on their own.
std::string lexicon_stem(const std::string& word, const Language& language);

// The key a word list files a word under: the lower-case word without the ending of its dictionary
// form (Russian infinitives and adjective endings, a final vowel; Azerbaijani -maq/-mək and a final q/k;
// English final e and y), cut to the first five letters; empty for a word under three letters.
std::string word_list_key(const std::string& word, const Language& language);

// Learns word translations from sentence pairs, as hunalign bootstraps its dictionary: two stems that
// occur in the same pairs far more often than apart (Dice coefficient) translate each other. Words the
// lexicon already knows are not learnt again (their evidence would count twice).
void learn_translations(const std::vector<TranslationPair>& pairs, const Language& source_language,
                        const Language& target_language, WordLexicon& lexicon);

}  // namespace korpu
