#include "tm/align/core_lexicon.hpp"

#include <algorithm>

#include "tm/align/detail/core_words_text.hpp"

namespace korpu {
namespace {

std::vector<std::string> split(std::string_view text, char separator) {
    std::vector<std::string> parts;
    std::size_t at = 0;
    for (;;) {
        const auto end = text.find(separator, at);
        parts.emplace_back(text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at));
        if (end == std::string_view::npos) return parts;
        at = end + 1;
    }
}

std::vector<std::string> words_of_cell(const std::string& cell) {
    std::vector<std::string> words;
    for (auto& word : split(cell, ','))
        if (!word.empty()) words.push_back(std::move(word));
    return words;
}

// The column of a language in `columns`, or columns.size() when it has none.
std::size_t column_of(const Language& language, const std::vector<std::string>& columns) {
    return static_cast<std::size_t>(std::find(columns.begin(), columns.end(), language.primary()) - columns.begin());
}

}  // namespace

void add_word_list(WordLexicon& lexicon, std::string_view text, const std::vector<std::string>& columns,
                   const Language& source_language, const Language& target_language) {
    const std::size_t source_column = column_of(source_language, columns);
    const std::size_t target_column = column_of(target_language, columns);
    if (source_column == columns.size() || target_column == columns.size() || source_column == target_column) return;
    for (auto line : split(text, '\n')) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.front() == '#') continue;
        const auto cells = split(line, '\t');
        if (cells.size() <= std::max(source_column, target_column)) continue;
        lexicon.add_concept(words_of_cell(cells[source_column]), words_of_cell(cells[target_column]), source_language,
                            target_language);
    }
}

void add_core_words(WordLexicon& lexicon, const Language& source_language, const Language& target_language) {
    add_word_list(lexicon, detail::core_words_text(), {"en", "ru", "az"}, source_language, target_language);
}

}  // namespace korpu
