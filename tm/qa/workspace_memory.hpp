#pragma once
// The workspace's translation-memory units (table tm_unit) as a MemorySource for QA.
#include "tm/qa/qa_sources.hpp"

namespace korpu {

class Workspace;

class WorkspaceMemory : public MemorySource {
  public:
    explicit WorkspaceMemory(Workspace& workspace) : workspace_(workspace) {}
    std::vector<std::string> translations(const Language& source_lang, const Language& target_lang,
                                          const std::string& source_text) const override;

  private:
    Workspace& workspace_;
};

}  // namespace korpu
