#pragma once
// QA over a workspace with everything it offers: its glossary, translation memory, spelling dictionaries
// (with the workspace's accepted and ignored words) and Hunspell's stems for matching terms; findings that
// reviewers accepted earlier come marked. The command line and the editor both run QA through this.
#include <set>
#include <string>
#include <vector>

#include "tm/qa/finding.hpp"
#include "tm/qa/qa_segment.hpp"

namespace korpu {

class Workspace;

struct WorkspaceQaResult {
    std::vector<Finding> findings;                     // as run_qa orders them
    std::set<std::string> languages_without_spelling;  // no dictionary installed: their spelling was not checked
};

// `disabled`: check ids to skip; an unknown id is a UsageError.
WorkspaceQaResult run_workspace_qa(Workspace& workspace, const std::vector<QaSegment>& segments,
                                   const std::set<std::string>& disabled);

}  // namespace korpu
