// Export benchmark: a synthetic 100,000-bead workspace exported to each text format.
//   bench_export create WORKSPACE [BEADS]          builds the workspace (default 100,000 beads)
//   bench_export run WORKSPACE FORMAT OUT [RUNS]   exports RUNS times (default 5); prints each time and the
//   median
// FORMAT: read (the baseline: beads streamed from the database, nothing written), moses, tsv, jsonl, tmx,
// xliff2, xliff12. Run each format in its own process under /usr/bin/time -v to see its peak memory.
// The text is generated here (Azerbaijani and English words written for this benchmark), not read from a
// corpus.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "tm/export/bead_stream.hpp"
#include "tm/export/parallel_text_export.hpp"
#include "tm/export/tmx_export.hpp"
#include "tm/export/xliff_export.hpp"
#include "tm/store/pair_import.hpp"
#include "tm/store/workspace.hpp"

using namespace korpu;

namespace {

const std::vector<std::string> kAzerbaijani{"körpü", "çay",  "kənd", "şəhər", "uşaq",  "məktəb",
                                            "dağ",   "yol",  "su",   "ağac",  "gözəl", "böyük",
                                            "köhnə", "yeni", "işıq", "səs"};
const std::vector<std::string> kEnglish{"bridge",   "river", "village", "town", "child",     "school",
                                        "mountain", "road",  "water",   "tree", "beautiful", "large",
                                        "old",      "new",   "light",   "sound"};

std::string sentence(std::mt19937& random, const std::vector<std::string>& words) {
    std::uniform_int_distribution<std::size_t> length(6, 24);
    std::uniform_int_distribution<std::size_t> pick(0, words.size() - 1);
    std::string text;
    const auto n = length(random);
    for (std::size_t i = 0; i < n; ++i)
        text += (i ? " " : "") + words[pick(random)];
    text[0] = static_cast<char>(text[0] >= 'a' && text[0] <= 'z' ? text[0] - 32 : text[0]);
    return text + ".";
}

int create(const char* file, std::size_t beads) {
    std::mt19937 random(42);
    SegmentedDocument source;
    SegmentedDocument target;
    std::vector<Bead> chain;
    for (std::size_t b = 0; b < beads; ++b) {
        if (b % 8 == 0) {
            source.paragraphs.push_back({BlockKind::Paragraph, {}});
            target.paragraphs.push_back({BlockKind::Paragraph, {}});
        }
        source.paragraphs.back().segments.push_back(sentence(random, kAzerbaijani));
        target.paragraphs.back().segments.push_back(sentence(random, kEnglish));
        Bead bead{b, 1, b, 1};
        bead.status = b % 3 == 0 ? BeadStatus::Confirmed : BeadStatus::Automatic;
        chain.push_back(bead);
    }
    auto workspace = Workspace::create(file);
    store_aligned_pair(workspace, {"bench-az.txt", Language::parse("az"), std::nullopt, "text", "UTF-8"},
                       source, {"bench-en.txt", Language::parse("en"), std::nullopt, "text", "UTF-8"}, target,
                       chain, "benchmark");
    std::printf("created %s with %zu beads\n", file, beads);
    return 0;
}

void export_once(Workspace& workspace, const std::string& format, const std::string& out) {
    const auto path = std::filesystem::u8path(out);
    if (format == "read") {
        BeadStream stream(workspace, {});
        ExportBead bead;
        std::size_t bytes = 0;
        while (stream.next(bead))
            bytes += bead.source.size() + bead.target.size();
        if (bytes == 0)
            std::printf("empty workspace\n");
    } else if (format == "moses" || format == "tsv" || format == "jsonl") {
        const auto kind = format == "moses" ? ParallelTextFormat::Moses
                          : format == "tsv" ? ParallelTextFormat::Tsv
                                            : ParallelTextFormat::JsonLines;
        export_parallel_text(workspace, kind, path, {}, {});
    } else if (format == "tmx") {
        export_alignments_to_tmx(workspace, path);
    } else if (format == "xliff2" || format == "xliff12") {
        export_xliff(workspace, format == "xliff2" ? XliffVersion::V2_0 : XliffVersion::V1_2, path, {});
    } else {
        std::fprintf(stderr, "unknown format %s\n", format.c_str());
        std::exit(2);
    }
}

int run(const char* file, const std::string& format, const std::string& out, int runs) {
    auto workspace = Workspace::open(file);
    std::vector<double> seconds;
    for (int r = 0; r < runs; ++r) {
        const auto start = std::chrono::steady_clock::now();
        export_once(workspace, format, out);
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        std::printf("%s run %d: %.3f s\n", format.c_str(), r + 1, seconds.back());
    }
    std::sort(seconds.begin(), seconds.end());
    std::printf("%s median of %d: %.3f s\n", format.c_str(), runs, seconds[seconds.size() / 2]);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string command = argc > 1 ? argv[1] : "";
    if (command == "create" && argc >= 3)
        return create(argv[2], argc > 3 ? std::stoul(argv[3]) : 100000);
    if (command == "run" && argc >= 5)
        return run(argv[2], argv[3], argv[4], argc > 5 ? std::stoi(argv[5]) : 5);
    std::fprintf(stderr, "usage: bench_export create WORKSPACE [BEADS] | run WORKSPACE FORMAT OUT [RUNS]\n");
    return 2;
}
