#pragma once
// Orders a spelling checker's candidate corrections by how likely each is the word the writer meant.
#include <string>
#include <string_view>
#include <vector>

#include "tm/core/language.hpp"

namespace korpu {

// The cost of turning `typed` into `candidate`, by a Damerau-Levenshtein distance over code points in
// which the slips writers make most cost less than other edits: a letter typed without its diacritic
// (ə->e, ş->s, ı->i, ё->е) and a change of case.
double correction_cost(std::u32string_view typed, std::u32string_view candidate);

// Sorts `candidates` (UTF-8) by correction_cost from `typed`, keeping the checker's own order among
// equals, and drops duplicates.
std::vector<std::string> rank_suggestions(std::string_view typed, std::vector<std::string> candidates);

}  // namespace korpu
