#include "tm/qa/checks/checks.hpp"

namespace korpu {

std::vector<std::unique_ptr<QaCheck>> all_checks() {
    std::vector<std::unique_ptr<QaCheck>> all;
    all.push_back(checks::empty_target());
    all.push_back(checks::untranslated());
    all.push_back(checks::glossary_term_missing());
    all.push_back(checks::glossary_forbidden_term());
    all.push_back(checks::number_mismatch());
    all.push_back(checks::name_spelling());
    all.push_back(checks::inconsistent_translation());
    all.push_back(checks::inconsistent_source());
    all.push_back(checks::memory_inconsistency());
    all.push_back(checks::length_ratio());
    all.push_back(checks::unbalanced_brackets());
    all.push_back(checks::unbalanced_quotes());
    all.push_back(checks::end_punctuation());
    all.push_back(checks::whitespace());
    all.push_back(checks::repeated_word());
    all.push_back(checks::mixed_script());
    all.push_back(checks::stripped_letters());
    all.push_back(checks::spelling());
    return all;
}

}  // namespace korpu
