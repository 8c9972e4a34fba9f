#pragma once
// The workspace's own spelling words ("Add to dictionary" and "Ignore"), kept per language in the
// workspace's custom_word table so that they travel with the project.
#include <string>
#include <string_view>
#include <vector>

#include "tm/core/language.hpp"

namespace korpu {

class SpellChecker;
class Workspace;

enum class CustomWordKind {
    Accepted,  // spelled right: accepted (with the dictionary's casing rules) and offered as a suggestion
    Ignored,   // passed over exactly as written, never suggested
};

struct CustomWord {
    std::string word;
    CustomWordKind kind = CustomWordKind::Accepted;
};

// The key words are stored under: the primary language, with the script when the language is written
// in more than one ("az-Latn", "az-Cyrl", "ru", "en"); en-GB and en-US share their words.
std::string custom_word_language(const Language& language);

// Adds the word, or changes its kind if present; one transaction. Throws UsageError for an empty word
// or one with spaces.
void add_custom_word(Workspace& workspace, const Language& language, std::string_view word, CustomWordKind kind);
// Returns false when the word was not there.
bool remove_custom_word(Workspace& workspace, const Language& language, std::string_view word);
// In alphabetical order (by code unit).
std::vector<CustomWord> custom_words(Workspace& workspace, const Language& language);

// Gives the checker the workspace's words for its language and the glossary's terms in that language.
void apply_workspace_words(Workspace& workspace, SpellChecker& checker);

}  // namespace korpu
