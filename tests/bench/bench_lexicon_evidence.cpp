// How much a shared lexicon entry tells about a pair of sentences: the share of the translation anchors
// (anchor_code.hpp, AnchorKind::Translation) of a sentence that find their partner in its translation,
// against the same share in an unrelated sentence of the same corpus (the one seven lines on). The
// aligner's kTranslationMatch and kTranslationMiss (bead_scorer.cpp) are the log likelihood ratios of
// these rates. Measured on line-aligned corpora that the alignment benchmark does not use (tico19,
// Tatoeba), with the core word list only. Run by hand:
//   build/tests/bench_lexicon_evidence SRC_FILE TGT_FILE SRC_LANG TGT_LANG
#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "tm/align/anchor_extractor.hpp"
#include "tm/align/core_lexicon.hpp"
#include "tm/core/language.hpp"

using namespace korpu;

namespace {

std::vector<std::string> read_lines(const char* path) {
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// Translation anchors of each line.
std::vector<std::vector<AnchorCode>> translations(const std::vector<std::string>& lines, AnchorExtractor& extractor,
                                                  const WordLexicon& lexicon, LexiconSide side) {
    std::vector<std::vector<AnchorCode>> out;
    for (const auto& line : lines) {
        std::vector<std::uint32_t> words;
        extractor.extract(line, &words);
        out.push_back(extractor.translation_anchors(words, lexicon, side));
    }
    return out;
}

// Anchors of `a` found in `b` (each occurrence of b used once), and all anchors of `a`.
std::pair<std::size_t, std::size_t> found(const std::vector<AnchorCode>& a, const std::vector<AnchorCode>& b) {
    std::size_t hits = 0;
    std::size_t x = 0;
    std::size_t y = 0;
    while (x < a.size() && y < b.size()) {
        if (a[x] == b[y]) {
            ++hits;
            ++x;
            ++y;
        } else if (a[x] < b[y]) {
            ++x;
        } else {
            ++y;
        }
    }
    return {hits, a.size()};
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 5) {
        std::fprintf(stderr, "usage: %s SRC_FILE TGT_FILE SRC_LANG TGT_LANG\n", argv[0]);
        return 2;
    }
    const auto source_lines = read_lines(argv[1]);
    const auto target_lines = read_lines(argv[2]);
    const auto sl = Language::parse(argv[3]);
    const auto tl = Language::parse(argv[4]);
    const std::size_t n = std::min(source_lines.size(), target_lines.size());
    if (n < 10) {
        std::fprintf(stderr, "need at least 10 line pairs\n");
        return 2;
    }
    WordLexicon lexicon;
    add_core_words(lexicon, sl, tl);
    AnchorVocabulary vocabulary;
    AnchorExtractor source_extractor(sl, vocabulary);
    AnchorExtractor target_extractor(tl, vocabulary);
    const auto source = translations(source_lines, source_extractor, lexicon, LexiconSide::Source);
    const auto target = translations(target_lines, target_extractor, lexicon, LexiconSide::Target);
    constexpr std::size_t kUnrelatedOffset = 7;
    std::size_t right_hits = 0;
    std::size_t right_total = 0;
    std::size_t wrong_hits = 0;
    std::size_t wrong_total = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t other = (i + kUnrelatedOffset) % n;
        for (const auto& [a, b] : {std::pair{&source[i], &target[i]}, std::pair{&target[i], &source[i]}}) {
            const auto [hits, total] = found(*a, *b);
            right_hits += hits;
            right_total += total;
        }
        for (const auto& [a, b] : {std::pair{&source[i], &target[other]}, std::pair{&target[other], &source[i]}}) {
            const auto [hits, total] = found(*a, *b);
            wrong_hits += hits;
            wrong_total += total;
        }
    }
    const double p1 = static_cast<double>(right_hits) / static_cast<double>(right_total);
    const double p0 = static_cast<double>(wrong_hits) / static_cast<double>(wrong_total);
    std::printf(
        "%zu line pairs, %zu lexicon words in them; found in the translation %.3f, in an unrelated line "
        "%.3f\nmatch log LR %.2f, miss -log LR %.2f\n",
        n, right_total, p1, p0, std::log(p1 / p0), -std::log((1 - p1) / (1 - p0)));
    return 0;
}
