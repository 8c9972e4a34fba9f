#include "tm/segment/srx_rules.hpp"

namespace korpu {

const SrxLanguageRule* SrxRuleSet::find(const std::string& name) const {
    for (const auto& rule : language_rules) {
        if (rule.name == name) return &rule;
    }
    return nullptr;
}

}  // namespace korpu
