#include "tm/qa/workspace_spelling.hpp"

#include <algorithm>

#include "tm/core/error.hpp"
#include "tm/spell/custom_words.hpp"
#include "tm/spell/spell_checker.hpp"
#include "tm/text/words.hpp"

namespace korpu {
namespace {

// True when the word at [begin, end) opens the text or follows a sentence end (". ", "! ", "? ", a quote).
bool opens_sentence(std::string_view text, std::size_t begin) {
    std::size_t k = begin;
    while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '"' || text[k - 1] == '(' || text[k - 1] == '\'')) --k;
    if (k == 0) return true;
    const char before = text[k - 1];
    return before == '.' || before == '!' || before == '?' || before == ':';
}

}  // namespace

WorkspaceSpelling::WorkspaceSpelling(Workspace& workspace) : workspace_(workspace) {}
WorkspaceSpelling::~WorkspaceSpelling() = default;

SpellChecker* WorkspaceSpelling::checker_for(const Language& language) const {
    const auto found = checkers_.find(language.tag());
    if (found != checkers_.end()) return found->second.get();
    std::unique_ptr<SpellChecker> checker;
    try {
        checker = std::make_unique<SpellChecker>(SpellChecker::for_language(language));
        apply_workspace_words(workspace_, *checker);
    } catch (const UsageError&) {
        unavailable_.insert(language.tag());  // no dictionary installed for this language
        checker.reset();
    }
    return (checkers_[language.tag()] = std::move(checker)).get();
}

std::vector<std::pair<std::size_t, std::size_t>> WorkspaceSpelling::misspelt(const Language& language,
                                                                             std::string_view text) const {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    if (text.empty()) return spans;
    // English without a region accepts both American and British spelling: a word is misspelt only
    // when every dictionary of the variants rejects it.
    std::vector<Language> variants{language};
    if (language.tag() == "en") variants = {Language::parse("en-US"), Language::parse("en-GB")};
    bool first = true;
    for (const auto& variant : variants) {
        auto* checker = checker_for(variant);
        if (!checker) continue;
        std::vector<std::pair<std::size_t, std::size_t>> rejected;
        for (const auto& finding : checker->check(text, 0)) {
            if (finding.kind != FindingKind::Misspelling) continue;  // mixed script is a QA check of its own
            if (starts_upper_case(finding.word) && !opens_sentence(text, finding.begin)) continue;
            const std::pair<std::size_t, std::size_t> span{finding.begin, finding.end};
            if (first || std::find(spans.begin(), spans.end(), span) != spans.end()) rejected.push_back(span);
        }
        spans = std::move(rejected);
        first = false;
    }
    if (!first) {
        for (const auto& variant : variants) unavailable_.erase(variant.tag());
    }
    return spans;
}

}  // namespace korpu
