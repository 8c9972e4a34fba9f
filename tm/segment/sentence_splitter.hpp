#pragma once
// Cuts a paragraph into sentences.
#include <string>
#include <string_view>
#include <vector>

#include "tm/core/document.hpp"
#include "tm/core/language.hpp"

namespace korpu {

// A first, rule-light splitter: breaks after . ! ? or … (with any closing quotes and brackets) when
// whitespace follows and the next word starts with an uppercase letter, a digit, an opening quote or a
// dash; never after a single-letter initial ("S. Naryshkin").
std::vector<std::string> split_sentences(std::string_view paragraph, const Language& language);

SegmentedDocument segment_document(const std::vector<Block>& blocks, const Language& language);

}  // namespace korpu
