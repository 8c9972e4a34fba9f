// Alignment speed and quality on synthetic documents built from the FLORES-200 dev corpus: the pairs
// of lines are repeated until SENTENCES per side, then, with a fixed seed as the eval does, 2 % of the
// units are dropped on one side and 8 % of adjacent pairs merged on one side (2-1 and 1-2). The whole
// document is one paragraph of one segment a line, the harder case (no paragraphs to cut it up).
// Length-only alignment of the same documents, and the aligner without its core word list, are timed in
// the same run as baselines. Run by hand:
//   build/tests/bench_align SHARED_DIR SRC_LANG TGT_LANG SENTENCES [RUNS]
// with SHARED_DIR the ../shared folder (corpora/flores200-devtest) and languages az, ru or en. Prints the
// median of RUNS (default 3) runs, and link F1 against the known beads. Peak memory: run it under
// /usr/bin/time -f %M (kilobytes).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "tm/align/document_aligner.hpp"
#include "tm/align/length_aligner.hpp"
#include "tm/core/document.hpp"
#include "tm/core/language.hpp"

using namespace korpu;

namespace {

std::vector<std::string> read_lines(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::string flores_file(const std::string& shared, const std::string& language) {
    const std::string code = language == "az" ? "azj_Latn" : language == "ru" ? "rus_Cyrl" : "eng_Latn";
    return shared + "/corpora/flores200-devtest/" + code + ".devtest";
}

struct Synthetic {
    SegmentedDocument source;
    SegmentedDocument target;
    std::set<std::pair<std::size_t, std::size_t>> gold_links;
};

Synthetic build(const std::vector<std::string>& source_lines, const std::vector<std::string>& target_lines,
                std::size_t sentences) {
    constexpr double kDrop = 0.02;
    constexpr double kMerge = 0.08;
    std::mt19937 random(84915671);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    Synthetic s;
    s.source.paragraphs.emplace_back();
    s.target.paragraphs.emplace_back();
    auto& src = s.source.paragraphs[0].segments;
    auto& tgt = s.target.paragraphs[0].segments;
    std::size_t unit = 0;
    while (src.size() < sentences && tgt.size() < sentences) {
        const std::size_t k = unit++ % source_lines.size();
        const std::size_t next = unit % source_lines.size();
        const double r = uniform(random);
        if (r < kDrop / 2) {
            src.push_back(source_lines[k]);
        } else if (r < kDrop) {
            tgt.push_back(target_lines[k]);
        } else if (r < kDrop + kMerge / 2) {
            s.gold_links.insert({src.size(), tgt.size()});
            s.gold_links.insert({src.size() + 1, tgt.size()});
            src.push_back(source_lines[k]);
            src.push_back(source_lines[next]);
            tgt.push_back(target_lines[k] + " " + target_lines[next]);
            ++unit;
        } else if (r < kDrop + kMerge) {
            s.gold_links.insert({src.size(), tgt.size()});
            s.gold_links.insert({src.size(), tgt.size() + 1});
            src.push_back(source_lines[k] + " " + source_lines[next]);
            tgt.push_back(target_lines[k]);
            tgt.push_back(target_lines[next]);
            ++unit;
        } else {
            s.gold_links.insert({src.size(), tgt.size()});
            src.push_back(source_lines[k]);
            tgt.push_back(target_lines[k]);
        }
    }
    return s;
}

double link_f1(const std::vector<Bead>& beads, const std::set<std::pair<std::size_t, std::size_t>>& gold) {
    std::size_t predicted = 0;
    std::size_t right = 0;
    for (const auto& b : beads) {
        for (std::size_t i = b.source_begin; i < b.source_begin + b.source_count; ++i) {
            for (std::size_t j = b.target_begin; j < b.target_begin + b.target_count; ++j) {
                ++predicted;
                right += gold.count({i, j});
            }
        }
    }
    if (predicted == 0 || gold.empty()) return 0.0;
    const double p = static_cast<double>(right) / static_cast<double>(predicted);
    const double r = static_cast<double>(right) / static_cast<double>(gold.size());
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

struct Seconds {
    double wall = 0;
    double processor = 0;  // CPU time of this process: what the run costs on a machine shared with others
};

template <typename Work>
Seconds median_seconds(int runs, Work work) {
    std::vector<double> walls;
    std::vector<double> processors;
    for (int run = 0; run < runs; ++run) {
        const auto start = std::chrono::steady_clock::now();
        const std::clock_t start_cpu = std::clock();
        work();
        processors.push_back(static_cast<double>(std::clock() - start_cpu) / CLOCKS_PER_SEC);
        walls.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(walls.begin(), walls.end());
    std::sort(processors.begin(), processors.end());
    return {walls[walls.size() / 2], processors[processors.size() / 2]};
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 5) {
        std::fprintf(stderr, "usage: %s SHARED_DIR SRC_LANG TGT_LANG SENTENCES [RUNS]\n", argv[0]);
        return 2;
    }
    const std::string shared = argv[1];
    const auto source_lines = read_lines(flores_file(shared, argv[2]));
    const auto target_lines = read_lines(flores_file(shared, argv[3]));
    if (source_lines.empty() || source_lines.size() != target_lines.size()) {
        std::fprintf(stderr, "no FLORES-200 devtest files under %s\n", shared.c_str());
        return 2;
    }
    const auto sentences = static_cast<std::size_t>(std::strtoull(argv[4], nullptr, 10));
    const int runs = argc > 5 ? std::atoi(argv[5]) : 3;
    const auto synthetic = build(source_lines, target_lines, sentences);
    const auto sl = Language::parse(argv[2]);
    const auto tl = Language::parse(argv[3]);

    std::vector<Bead> beads;
    const Seconds full =
        median_seconds(runs, [&] { beads = align_documents(synthetic.source, synthetic.target, sl, tl); });
    const double full_f1 = link_f1(beads, synthetic.gold_links);
    const Seconds without_core = median_seconds(runs, [&] {
        beads = align_documents(synthetic.source, synthetic.target, sl, tl, WordLexicon(), CoreWords::Ignore);
    });
    const double without_core_f1 = link_f1(beads, synthetic.gold_links);

    std::vector<std::size_t> source_lengths;
    std::vector<std::size_t> target_lengths;
    for (const auto& s : synthetic.source.segments()) source_lengths.push_back(character_length(s));
    for (const auto& t : synthetic.target.segments()) target_lengths.push_back(character_length(t));
    const Seconds baseline = median_seconds(runs, [&] { beads = align_by_length(source_lengths, target_lengths); });
    const double baseline_f1 = link_f1(beads, synthetic.gold_links);

    std::printf(
        "%s-%s %zu x %zu segments: aligner %.3f s wall, %.3f s CPU (link F1 %.4f); without the core word list "
        "%.3f s wall, %.3f s CPU (link F1 %.4f); length only %.3f s wall, %.3f s CPU (link F1 %.4f); CPU ratio "
        "to length only %.2f\n",
        argv[2], argv[3], synthetic.source.segment_count(), synthetic.target.segment_count(), full.wall, full.processor,
        full_f1, without_core.wall, without_core.processor, without_core_f1, baseline.wall, baseline.processor,
        baseline_f1, baseline.processor > 0 ? full.processor / baseline.processor : 0.0);
    return 0;
}
