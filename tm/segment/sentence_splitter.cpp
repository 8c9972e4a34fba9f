#include "tm/segment/sentence_splitter.hpp"

#include <map>

#include "tm/segment/default_rules.hpp"

namespace korpu {
namespace {

// Compiling the rules costs far more than segmenting a paragraph, so each thread keeps one default
// segmenter per language (a segmenter reuses its matchers and is not shared between threads).
SrxSegmenter& default_segmenter(const Language& language) {
    thread_local std::map<std::string, SrxSegmenter> segmenters;
    auto found = segmenters.find(language.tag());
    if (found == segmenters.end()) {
        found = segmenters.emplace(language.tag(), SrxSegmenter(default_srx_rules(), language)).first;
    }
    return found->second;
}

}  // namespace

std::vector<std::string> split_sentences(std::string_view paragraph, const Language& language) {
    return default_segmenter(language).split(paragraph);
}

SegmentedDocument segment_document(const std::vector<Block>& blocks, const Language& language) {
    return segment_document(blocks, default_segmenter(language));
}

SegmentedDocument segment_document(const std::vector<Block>& blocks, SrxSegmenter& segmenter) {
    SegmentedDocument document;
    for (const auto& block : blocks) {
        auto sentences = segmenter.split(block.text);
        if (!sentences.empty()) document.paragraphs.push_back({block.kind, std::move(sentences)});
    }
    return document;
}

}  // namespace korpu
