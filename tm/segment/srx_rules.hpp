#pragma once
// Segmentation rules as an SRX 2.0 file states them (LISA/GALA Segmentation Rules eXchange): named
// language rules, each an ordered list of break and no-break rules, and language maps that choose the
// language rules for a language code. Plain data; SrxSegmenter compiles it.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace korpu {

// One <rule>: a break ("yes") or an exception ("no") at a position where `before` matches the text
// ending there and `after` matches the text starting there. Both are Java-style regular expressions;
// an empty one matches anywhere.
struct SrxRule {
    bool breaks = true;
    std::string before;
    std::string after;
    std::size_t line = 0;  // in the SRX file, for messages
};

struct SrxLanguageRule {
    std::string name;
    std::vector<SrxRule> rules;
};

// One <languagemap>: language codes matching `pattern` (a regular expression over the whole code)
// use the language rule named `rule_name`.
struct SrxLanguageMap {
    std::string pattern;
    std::string rule_name;
    std::size_t line = 0;
};

// <formathandle>: whether an inline code of this type stays inside the segment it borders.
struct SrxFormatHandle {
    bool start_included = false;  // SRX 2.0 defaults
    bool end_included = true;
    bool isolated_included = false;
};

struct SrxRuleSet {
    std::filesystem::path origin;  // the file the rules come from, named in error messages
    // Header. Körpü segments plain paragraphs, which carry no inline codes and no subflows, so
    // `segment_subflows` and `format_handle` are read and kept but change nothing.
    bool cascade = false;
    bool segment_subflows = true;
    SrxFormatHandle format_handle;
    std::vector<SrxLanguageRule> language_rules;
    std::vector<SrxLanguageMap> language_maps;

    // The language rule named `name`, or nullptr.
    const SrxLanguageRule* find(const std::string& name) const;
};

}  // namespace korpu
