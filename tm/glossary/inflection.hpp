#pragma once
// Matching a glossary term's dictionary form against the inflected words of running text, without a
// full morphological analyser: each side is reduced to a set of keys, and a word is a form of a lemma
// when the two sets share one.
//  - Russian: the stem left after removing one inflection ending (noun, adjective and verb endings);
//  - Azerbaijani: the stems left after removing a chain of suffixes (plural, possessive, case, copula,
//    -ki), each suffix in the variant that vowel harmony requires after the remaining stem, with the
//    buffer consonants y/n/s after vowels and the q->ğ, k->y alternations undone;
//  - English: plural -s/-es/-ies and the possessive 's.
// Other languages compare whole lower-case words. Input words must be lower case (tm/text/words.hpp).
// A stemmer (tm/glossary/word_stemmer.hpp), when given, adds its dictionary forms to a term's keys and,
// for a word of running text it knows, replaces the rules: that word's keys are the word and its forms;
// a closed compound of running text also has the keys of its parts.
#include <string>
#include <string_view>
#include <vector>

namespace korpu {

class WordStemmer;

// Keys of a term word given in its dictionary form.
std::vector<std::string> lemma_keys(std::string_view lower_lemma, std::string_view primary_language,
                                    const WordStemmer* stemmer = nullptr);

// Keys of a word of running text.
std::vector<std::string> form_keys(std::string_view lower_word, std::string_view primary_language,
                                   const WordStemmer* stemmer = nullptr);

}  // namespace korpu
