#include "tm/segment/default_rules.hpp"

#include "tm/segment/detail/default_srx_text.hpp"
#include "tm/segment/srx_reader.hpp"

namespace korpu {

const SrxRuleSet& default_srx_rules() {
    static const SrxRuleSet rules =
        parse_srx(detail::default_srx_text(), std::filesystem::u8path(std::string(kDefaultSrxName)));
    return rules;
}

}  // namespace korpu
