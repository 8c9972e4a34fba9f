#pragma once
// One QA check: a stable id, a severity, a description, and the run over all segments (checks that
// compare segments with each other, such as consistency, see them all at once).
#include <memory>
#include <string>
#include <vector>

#include "tm/glossary/glossary_entry.hpp"
#include "tm/glossary/word_stemmer.hpp"
#include "tm/qa/finding.hpp"
#include "tm/qa/qa_segment.hpp"
#include "tm/qa/qa_sources.hpp"

namespace korpu {

struct QaContext {
    const std::vector<QaSegment>& segments;
    const std::vector<GlossaryEntry>& glossary;
    const MemorySource* memory = nullptr;      // null: memory checks find nothing
    const SpellingSource* spelling = nullptr;  // null: the spelling check finds nothing
    const WordStemmer* stemmer = nullptr;      // null: glossary terms match by the team's suffix rules only
};

class QaCheck {
  public:
    virtual ~QaCheck() = default;
    virtual const char* id() const = 0;
    virtual Severity severity() const = 0;
    virtual const char* description() const = 0;
    virtual void run(const QaContext& context, std::vector<Finding>& findings) const = 0;

  protected:
    void report(std::vector<Finding>& findings, std::size_t segment, Side side, std::size_t begin, std::size_t end,
                std::string message) const {
        findings.push_back({id(), severity(), std::move(message), segment, side, begin, end, {}, false});
    }
};

// Every check Körpü has, in the order reports list them.
std::vector<std::unique_ptr<QaCheck>> all_checks();

}  // namespace korpu
