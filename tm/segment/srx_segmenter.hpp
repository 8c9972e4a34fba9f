#pragma once
// The SRX 2.0 segmentation engine on ICU regular expressions. A segmenter is built for one language:
// it takes the language rules whose language maps match the language code (all of them, in map order,
// when the rules cascade; otherwise the first) and compiles their rules once. At every position of a
// paragraph the first rule, in that order, whose beforebreak matches the text ending there and whose
// afterbreak matches the text starting there decides: break or no break. No rule, no break.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tm/core/language.hpp"
#include "tm/segment/srx_rules.hpp"

namespace korpu {

class SrxSegmenter {
  public:
    // Throws InputError naming the SRX file and line of a pattern ICU cannot compile.
    SrxSegmenter(const SrxRuleSet& rules, const Language& language);
    // `language_code` is matched as it is ("ru", "az-Latn", "en_GB"); maps match it case-insensitively,
    // as SRX files write codes in either case ("RU.*", "(ru|RU).*").
    SrxSegmenter(const SrxRuleSet& rules, std::string_view language_code);
    ~SrxSegmenter();
    SrxSegmenter(SrxSegmenter&&) noexcept;
    SrxSegmenter& operator=(SrxSegmenter&&) noexcept;

    // Cuts one paragraph (UTF-8) into segments; each is trimmed of surrounding whitespace and empty
    // ones are dropped. Not thread-safe: the segmenter reuses its regular-expression matchers.
    std::vector<std::string> split(std::string_view paragraph);

    // Names of the language rules applied, in order.
    const std::vector<std::string>& language_rule_names() const;
    std::size_t rule_count() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace korpu
