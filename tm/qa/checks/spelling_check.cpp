// Spelling of the target, by whatever SpellingSource the caller gives (Hunspell with the workspace's
// own words in the CLI and the editor).
#include "tm/qa/checks/checks.hpp"

namespace korpu::checks {
namespace {

class Spelling : public QaCheck {
  public:
    const char* id() const override { return "spelling"; }
    Severity severity() const override { return Severity::Warning; }
    const char* description() const override { return "A word of the target is not in the spelling dictionary"; }
    void run(const QaContext& context, std::vector<Finding>& findings) const override {
        if (!context.spelling) return;
        for (std::size_t i = 0; i < context.segments.size(); ++i) {
            const auto& segment = context.segments[i];
            for (const auto& [begin, end] : context.spelling->misspelt(segment.target_lang, segment.target)) {
                report(findings, i, Side::Target, begin, end,
                       "\u201C" + segment.target.substr(begin, end - begin) + "\u201D is not in the " +
                           segment.target_lang.tag() + " dictionary");
            }
        }
    }
};

}  // namespace

std::unique_ptr<QaCheck> spelling() { return std::make_unique<Spelling>(); }

}  // namespace korpu::checks
