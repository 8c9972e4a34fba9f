#pragma once
// Runs the enabled checks over a set of segments and marks the findings reviewers accepted.
#include <set>
#include <string>
#include <vector>

#include "tm/qa/qa_check.hpp"

namespace korpu {

struct QaOptions {
    std::set<std::string> disabled;  // check ids; an unknown id is a UsageError
    std::set<std::string> accepted;  // finding keys accepted earlier (FindingStateStore::accepted)
};

// Findings in segment order, then by span, then by check id; each with its key and accepted flag.
std::vector<Finding> run_qa(const QaContext& context, const QaOptions& options);

}  // namespace korpu
