#pragma once
// Bilingual word lists the aligner starts from, so that short documents, where it cannot learn words from
// the documents themselves, still share translations (hunalign ships a dictionary for the same reason).
#include <string>
#include <string_view>
#include <vector>

#include "tm/align/word_lexicon.hpp"
#include "tm/core/language.hpp"

namespace korpu {

// Adds the concepts of a word list to `lexicon`: one concept a line, one column per language of
// `columns` ("en", "ru", ...) separated by tabs, the words of a column separated by commas; lines
// starting with '#' and blank lines are skipped. Only the columns of the two languages are read; a line
// with either of them empty adds nothing.
void add_word_list(WordLexicon& lexicon, std::string_view text, const std::vector<std::string>& columns,
                   const Language& source_language, const Language& target_language);

// Adds the team's core word list (tm/align/lexicon/core_words.tsv, frequent words of news, reference and
// travel texts in English, Russian and Azerbaijani, compiled into the library) for the pair. Other
// languages add nothing.
void add_core_words(WordLexicon& lexicon, const Language& source_language, const Language& target_language);

}  // namespace korpu
