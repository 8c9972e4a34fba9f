#include "tm/qa/qa_runner.hpp"

#include <algorithm>
#include <tuple>

#include "tm/core/error.hpp"

namespace korpu {

std::vector<Finding> run_qa(const QaContext& context, const QaOptions& options) {
    const auto checks = all_checks();
    for (const auto& id : options.disabled) {
        const bool known = std::any_of(checks.begin(), checks.end(), [&](const auto& c) { return id == c->id(); });
        if (!known) throw UsageError("unknown check '" + id + "' (korpu qa --list-checks lists them)");
    }
    std::vector<Finding> findings;
    for (const auto& check : checks) {
        if (options.disabled.count(check->id()) == 0) check->run(context, findings);
    }
    for (auto& finding : findings) {
        finding.key = finding_key(finding, context.segments[finding.segment]);
        finding.accepted = options.accepted.count(finding.key) > 0;
    }
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.segment, a.side, a.begin, a.check) < std::tie(b.segment, b.side, b.begin, b.check);
    });
    return findings;
}

}  // namespace korpu
