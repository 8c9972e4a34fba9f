#pragma once
// Reads SRX 2.0 files. The XML is parsed without network access and without entity expansion; every
// problem is an InputError naming the file and line.
#include <filesystem>
#include <string_view>

#include "tm/segment/srx_rules.hpp"

namespace korpu {

SrxRuleSet read_srx_file(const std::filesystem::path& file);

// Parses SRX held in memory; `origin` names it in messages.
SrxRuleSet parse_srx(std::string_view xml, const std::filesystem::path& origin);

}  // namespace korpu
