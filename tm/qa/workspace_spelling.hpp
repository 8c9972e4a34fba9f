#pragma once
// Spelling for QA through tm/spell: one SpellChecker per language, with the workspace's own words and
// glossary terms. Languages without an installed dictionary are skipped and remembered, so that front
// ends can say which were not checked.
#include <map>
#include <memory>
#include <set>

#include "tm/qa/qa_sources.hpp"

namespace korpu {

class SpellChecker;
class Workspace;

class WorkspaceSpelling : public SpellingSource {
  public:
    explicit WorkspaceSpelling(Workspace& workspace);
    ~WorkspaceSpelling() override;

    // Misspelt words of `text`, except capitalised words inside a sentence: in translations these are
    // names (Siminoff, Kandahar) far more often than typos, and no dictionary lists them all; nor English
    // closed compounds of two dictionary words ("snowsports").
    std::vector<std::pair<std::size_t, std::size_t>> misspelt(const Language& language,
                                                              std::string_view text) const override;

    // Languages asked for that have no dictionary installed.
    const std::set<std::string>& unavailable() const noexcept { return unavailable_; }

  private:
    SpellChecker* checker_for(const Language& language) const;

    Workspace& workspace_;
    mutable std::map<std::string, std::unique_ptr<SpellChecker>> checkers_;  // by language tag; null: none
    mutable std::set<std::string> unavailable_;
};

}  // namespace korpu
