#include "tm/spell/custom_words.hpp"

#include <map>

#include "tm/core/error.hpp"
#include "tm/spell/spell_checker.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {
namespace {

const char* kind_name(CustomWordKind kind) { return kind == CustomWordKind::Accepted ? "accepted" : "ignored"; }

void check_word(std::string_view word) {
    if (word.empty()) throw UsageError("a custom word cannot be empty");
    if (word.find_first_of(" \t\r\n") != std::string_view::npos)
        throw UsageError("a custom word is one word, without spaces: \"" + std::string(word) + "\"");
}

// The glossary's terms whose language has the same key as `key`, on either side.
std::vector<std::string> glossary_terms(Workspace& workspace, const std::string& key) {
    sql::Statement query(workspace.database(),
                         "SELECT source_lang, source_term FROM glossary_entry "
                         "UNION SELECT target_lang, target_term FROM glossary_entry");
    std::map<std::string, bool> matches;  // a glossary language tag -> whether it has our key
    std::vector<std::string> terms;
    while (query.step()) {
        const std::string tag = query.column_text(0);
        auto match = matches.find(tag);
        if (match == matches.end()) {
            bool same = false;
            try {
                same = custom_word_language(Language::parse(tag)) == key;
            } catch (const UsageError&) {
                // A glossary entry with a malformed language tag serves no language.
            }
            match = matches.emplace(tag, same).first;
        }
        if (match->second) terms.push_back(query.column_text(1));
    }
    return terms;
}

}  // namespace

std::string custom_word_language(const Language& language) {
    if (language.primary() == "az" && !language.script().empty()) return "az-" + language.script();
    return language.primary();
}

void add_custom_word(Workspace& workspace, const Language& language, std::string_view word, CustomWordKind kind) {
    check_word(word);
    auto& db = workspace.database();
    sql::Transaction transaction(db);
    sql::Statement insert(db,
                          "INSERT INTO custom_word (language, word, kind) VALUES (?1, ?2, ?3) "
                          "ON CONFLICT (language, word) DO UPDATE SET kind = excluded.kind");
    insert.bind(1, custom_word_language(language)).bind(2, word).bind(3, kind_name(kind)).run();
    transaction.commit();
}

bool remove_custom_word(Workspace& workspace, const Language& language, std::string_view word) {
    auto& db = workspace.database();
    sql::Transaction transaction(db);
    sql::Statement remove(db, "DELETE FROM custom_word WHERE language = ?1 AND word = ?2");
    remove.bind(1, custom_word_language(language)).bind(2, word).run();
    const bool removed = db.changes() > 0;
    transaction.commit();
    return removed;
}

std::vector<CustomWord> custom_words(Workspace& workspace, const Language& language) {
    sql::Statement query(workspace.database(), "SELECT word, kind FROM custom_word WHERE language = ?1 ORDER BY word");
    query.bind(1, custom_word_language(language));
    std::vector<CustomWord> words;
    while (query.step())
        words.push_back({query.column_text(0),
                         query.column_text(1) == "ignored" ? CustomWordKind::Ignored : CustomWordKind::Accepted});
    return words;
}

void apply_workspace_words(Workspace& workspace, SpellChecker& checker) {
    for (const auto& word : custom_words(workspace, checker.language())) {
        if (word.kind == CustomWordKind::Accepted)
            checker.accept_word(word.word);
        else
            checker.ignore_word(word.word);
    }
    checker.accept_terms(glossary_terms(workspace, custom_word_language(checker.language())));
}

}  // namespace korpu
