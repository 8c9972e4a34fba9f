#include "tm/qa/workspace_qa.hpp"

#include "tm/glossary/glossary_store.hpp"
#include "tm/glossary/hunspell_stemmer.hpp"
#include "tm/qa/finding_state_store.hpp"
#include "tm/qa/qa_runner.hpp"
#include "tm/qa/workspace_memory.hpp"
#include "tm/qa/workspace_spelling.hpp"

namespace korpu {

WorkspaceQaResult run_workspace_qa(Workspace& workspace, const std::vector<QaSegment>& segments,
                                   const std::set<std::string>& disabled) {
    const auto glossary = GlossaryStore(workspace).list();
    const WorkspaceMemory memory(workspace);
    const WorkspaceSpelling spelling(workspace);
    const HunspellStemmer stemmer;
    QaOptions options;
    options.disabled = disabled;
    options.accepted = FindingStateStore(workspace).accepted();
    WorkspaceQaResult result;
    result.findings = run_qa({segments, glossary, &memory, &spelling, &stemmer}, options);
    result.languages_without_spelling = spelling.unavailable();
    return result;
}

}  // namespace korpu
