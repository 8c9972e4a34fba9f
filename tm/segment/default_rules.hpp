#pragma once
// Körpü's own segmentation rules for Azerbaijani, Russian and English (tm/segment/rules/korpu.srx,
// built into the library; docs/segmentation.md explains them).
#include <string_view>

#include "tm/segment/srx_rules.hpp"

namespace korpu {

// The name the built-in rules carry in error messages.
inline constexpr std::string_view kDefaultSrxName = "korpu.srx (built in)";

// Parsed once, on first use.
const SrxRuleSet& default_srx_rules();

}  // namespace korpu
