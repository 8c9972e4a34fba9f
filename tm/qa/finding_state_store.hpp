#pragma once
// Reviewers' decisions on findings (table qa_finding_state): an accepted finding stays accepted on later
// runs for as long as its key (tm/qa/finding.hpp) is unchanged.
#include <set>
#include <string>

namespace korpu {

class Workspace;

class FindingStateStore {
  public:
    explicit FindingStateStore(Workspace& workspace) : workspace_(workspace) {}

    void accept(const std::string& key);
    // Returns false when the key was not accepted.
    bool reopen(const std::string& key);
    std::set<std::string> accepted();

  private:
    Workspace& workspace_;
};

}  // namespace korpu
