#include "tm/store/workspace_lexicon.hpp"

#include "tm/store/detail/sqlite.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {
namespace {

// The most recent units of the memory teach the lexicon, at most this many: enough for the words that
// matter, and learning stays well under a second.
constexpr std::int64_t kMaximumMemoryUnits = 50000;

// Rows (source, target) of a table for the pair, in both directions, the reversed ones swapped.
std::vector<TranslationPair> pairs_of(Workspace& workspace, const std::string& sql, const Language& source_language,
                                      const Language& target_language, std::int64_t limit) {
    std::vector<TranslationPair> pairs;
    for (const bool reversed : {false, true}) {
        sql::Statement query(workspace.database(), sql);
        query.bind(1, reversed ? target_language.tag() : source_language.tag())
            .bind(2, reversed ? source_language.tag() : target_language.tag())
            .bind(3, limit);
        while (query.step()) {
            auto a = query.column_text(0);
            auto b = query.column_text(1);
            pairs.push_back(reversed ? TranslationPair{std::move(b), std::move(a)}
                                     : TranslationPair{std::move(a), std::move(b)});
        }
    }
    return pairs;
}

}  // namespace

WordLexicon workspace_lexicon(Workspace& workspace, const Language& source_language, const Language& target_language) {
    WordLexicon lexicon;
    for (const auto& term : pairs_of(workspace,
                                     "SELECT source_term, target_term FROM glossary_entry"
                                     " WHERE source_lang = ?1 AND target_lang = ?2 LIMIT ?3",
                                     source_language, target_language, kMaximumMemoryUnits))
        lexicon.add_term(term, source_language, target_language);
    learn_translations(pairs_of(workspace,
                                "SELECT source_text, target_text FROM tm_unit"
                                " WHERE source_lang = ?1 AND target_lang = ?2 ORDER BY id DESC LIMIT ?3",
                                source_language, target_language, kMaximumMemoryUnits),
                       source_language, target_language, lexicon);
    return lexicon;
}

}  // namespace korpu
