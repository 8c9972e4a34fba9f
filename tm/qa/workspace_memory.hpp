#pragma once
// The workspace's translation memory (tm/memory) as a MemorySource for QA: its exact matches.
#include "tm/memory/translation_memory.hpp"
#include "tm/qa/qa_sources.hpp"

namespace korpu {

class Workspace;

class WorkspaceMemory : public MemorySource {
  public:
    explicit WorkspaceMemory(Workspace& workspace) : memory_(workspace) {}
    std::vector<std::string> translations(const Language& source_lang, const Language& target_lang,
                                          const std::string& source_text) const override;

  private:
    mutable TranslationMemory memory_;  // lookups read only, but the memory's interface is not const
};

}  // namespace korpu
