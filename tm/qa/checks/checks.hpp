#pragma once
// Factories of the individual checks (one family per file in this folder); tm/qa/check_registry.cpp
// lists them in report order.
#include <memory>

#include "tm/qa/qa_check.hpp"

namespace korpu::checks {

// glossary_checks.cpp
std::unique_ptr<QaCheck> glossary_term_missing();
std::unique_ptr<QaCheck> glossary_forbidden_term();
// consistency_checks.cpp
std::unique_ptr<QaCheck> inconsistent_translation();
std::unique_ptr<QaCheck> inconsistent_source();
std::unique_ptr<QaCheck> memory_inconsistency();
// name_check.cpp
std::unique_ptr<QaCheck> name_spelling();
// number_check.cpp
std::unique_ptr<QaCheck> number_mismatch();
// segment_checks.cpp
std::unique_ptr<QaCheck> empty_target();
std::unique_ptr<QaCheck> untranslated();
std::unique_ptr<QaCheck> length_ratio();
// punctuation_checks.cpp
std::unique_ptr<QaCheck> unbalanced_brackets();
std::unique_ptr<QaCheck> unbalanced_quotes();
std::unique_ptr<QaCheck> end_punctuation();
// whitespace_checks.cpp
std::unique_ptr<QaCheck> whitespace();
std::unique_ptr<QaCheck> repeated_word();
// script_checks.cpp
std::unique_ptr<QaCheck> mixed_script();
std::unique_ptr<QaCheck> stripped_letters();
// spelling_check.cpp
std::unique_ptr<QaCheck> spelling();

}  // namespace korpu::checks
