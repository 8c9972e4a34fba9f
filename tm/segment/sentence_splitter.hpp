#pragma once
// Cuts paragraphs into sentences with the SRX engine: by default with Körpü's own rules
// (default_rules.hpp), or with any SrxSegmenter the caller built from other rules.
#include <string>
#include <string_view>
#include <vector>

#include "tm/core/document.hpp"
#include "tm/core/language.hpp"
#include "tm/segment/srx_segmenter.hpp"

namespace korpu {

// One paragraph, with the default rules for `language`.
std::vector<std::string> split_sentences(std::string_view paragraph, const Language& language);

// Every block, with the default rules for `language`; blocks that hold no text are dropped.
SegmentedDocument segment_document(const std::vector<Block>& blocks, const Language& language);

// Every block, with the given segmenter's rules.
SegmentedDocument segment_document(const std::vector<Block>& blocks, SrxSegmenter& segmenter);

}  // namespace korpu
