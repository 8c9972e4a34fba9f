// Segmentation speed: Körpü's default SRX rules against a naive split (after . ! ? and a space) on the
// same paragraphs, measured in the same run. Run by hand:
//   build/tests/bench_segment FILE LANG [MEGABYTES] [RUNS]
// FILE is UTF-8 running text (paragraphs separated by blank lines), repeated until MEGABYTES (default 20)
// are reached. Prints the median of RUNS (default 5) runs of each.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "tm/core/document.hpp"
#include "tm/core/language.hpp"
#include "tm/segment/sentence_splitter.hpp"

namespace {

std::vector<std::string> paragraphs_of(const std::string& text) {
    std::vector<std::string> paragraphs;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find("\n\n", start);
        if (end == std::string::npos) end = text.size();
        std::string paragraph = text.substr(start, end - start);
        std::replace(paragraph.begin(), paragraph.end(), '\n', ' ');
        if (!paragraph.empty()) paragraphs.push_back(std::move(paragraph));
        start = end + 2;
    }
    return paragraphs;
}

// The baseline: a break after . ! ? followed by a space.
std::size_t naive_split(const std::string& paragraph) {
    std::size_t segments = 1;
    for (std::size_t i = 0; i + 1 < paragraph.size(); ++i) {
        const char c = paragraph[i];
        if ((c == '.' || c == '!' || c == '?') && paragraph[i + 1] == ' ') ++segments;
    }
    return segments;
}

template <typename Work>
double median_seconds(int runs, Work work) {
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        const auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s FILE LANG [MEGABYTES] [RUNS]\n", argv[0]);
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto language = korpu::Language::parse(argv[2]);
    const double megabytes = argc > 3 ? std::atof(argv[3]) : 20.0;
    const int runs = argc > 4 ? std::atoi(argv[4]) : 5;

    const auto source = paragraphs_of(text);
    if (source.empty()) return 2;
    std::vector<korpu::Block> blocks;
    std::size_t bytes = 0;
    std::size_t words = 0;
    for (std::size_t i = 0; bytes < megabytes * 1e6; ++i) {
        const auto& paragraph = source[i % source.size()];
        bytes += paragraph.size();
        words += static_cast<std::size_t>(std::count(paragraph.begin(), paragraph.end(), ' ')) + 1;
        blocks.push_back({korpu::BlockKind::Paragraph, paragraph});
    }

    std::size_t naive_segments = 0;
    const double naive = median_seconds(runs, [&] {
        naive_segments = 0;
        for (const auto& block : blocks) naive_segments += naive_split(block.text);
    });
    std::size_t srx_segments = 0;
    korpu::segment_document({{korpu::BlockKind::Paragraph, "Warm up. Compile the rules."}}, language);
    const double srx = median_seconds(
        runs, [&] { srx_segments = korpu::segment_document(blocks, language).segment_count(); });

    std::printf("%.1f MB, %zu words, %zu paragraphs, median of %d runs\n", bytes / 1e6, words, blocks.size(),
                runs);
    std::printf("naive split: %8.3f s  %10.0f words/s  %7.1f MB/s  %zu segments\n", naive, words / naive,
                bytes / 1e6 / naive, naive_segments);
    std::printf("SRX default: %8.3f s  %10.0f words/s  %7.1f MB/s  %zu segments\n", srx, words / srx,
                bytes / 1e6 / srx, srx_segments);
    std::printf("SRX / naive time: %.1f\n", srx / naive);
    return 0;
}
