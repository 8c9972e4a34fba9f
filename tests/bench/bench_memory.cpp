// Translation-memory benchmark (docs/translation-memory.md has the figures). Run by hand:
//   bench_memory generate SHARED PREFIX [UNITS]   writes PREFIX.tmx (default 1,000,000 units), PREFIX.20k.tmx and
//       PREFIX.20k.tsv (its first 20,000 units), PREFIX.queries.tsv (fuzzy queries), PREFIX.20k-queries.tsv (100
//       of them from the first 20,000 units) and PREFIX.exact.tsv. Units recombine the sentence pairs of the dev
//       corpora in SHARED (../shared): one or two consecutive-in-the-unit sentences, all units distinct.
//       A fuzzy query is a unit's source with one or two words deleted, replaced or inserted; the unit it came
//       from is the expected best match.
//   bench_memory import TMX WORKSPACE [RUNS]      imports RUNS times (default 3) into a new workspace; baseline
//       in the same run: reading the same file with the same streaming reader without storing anything.
//       Run under /usr/bin/time -v for the peak memory.
//   bench_memory lookup WORKSPACE QUERIES [RUNS] [SCAN]   fuzzy top-5 lookups (median, 99th percentile, share
//       of queries whose best match is the expected unit), exact lookups (PREFIX.exact.tsv beside QUERIES), and
//       the baseline in the same run: a full scan scoring every unit with the same score, for the first SCAN
//       queries (default 10), which also tells whether the index missed a better match.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

#include "tm/core/json_string.hpp"
#include "tm/memory/detail/fuzzy_score.hpp"
#include "tm/memory/detail/text_key.hpp"
#include "tm/memory/detail/tmx_reader.hpp"
#include "tm/memory/tmx_import.hpp"
#include "tm/memory/translation_memory.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/workspace.hpp"
#include "tm/tmx/tmx_writer.hpp"

using namespace korpu;

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// Processor time of the whole process (all threads): on a shared machine it tells the work apart from the wait.
double cpu_seconds_since(std::clock_t start) {
    return static_cast<double>(std::clock() - start) / static_cast<double>(CLOCKS_PER_SEC);
}

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

std::vector<std::string> lines_of(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

struct Pair {
    std::string source;
    std::string target;
};

struct Corpus {
    std::string source_lang;
    std::vector<Pair> pairs;
};

void add_aligned(Corpus& corpus, const std::filesystem::path& source, const std::filesystem::path& target) {
    const auto s = lines_of(source);
    const auto t = lines_of(target);
    for (std::size_t i = 0; i < std::min(s.size(), t.size()); ++i) {
        if (s[i].empty() || t[i].empty() || s[i].find('\t') != std::string::npos ||
            t[i].find('\t') != std::string::npos)
            continue;
        corpus.pairs.push_back({s[i], t[i]});
    }
}

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::istringstream in(text);
    for (std::string w; in >> w;) words.push_back(w);
    return words;
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

// One or two word edits: deletion, replacement by a word of another unit, or insertion.
std::string perturbed(const std::string& text, std::mt19937& random, const std::vector<std::string>& vocabulary) {
    auto words = words_of(text);
    const int edits = words.size() >= 8 ? 2 : 1;
    for (int e = 0; e < edits && words.size() > 2; ++e) {
        std::uniform_int_distribution<std::size_t> at(0, words.size() - 1);
        std::uniform_int_distribution<std::size_t> pick(0, vocabulary.size() - 1);
        const auto i = at(random);
        switch (random() % 3) {
            case 0: words.erase(words.begin() + static_cast<std::ptrdiff_t>(i)); break;
            case 1: words[i] = vocabulary[pick(random)]; break;
            default: words.insert(words.begin() + static_cast<std::ptrdiff_t>(i), vocabulary[pick(random)]);
        }
    }
    return joined(words);
}

int generate(const std::filesystem::path& shared, const std::string& prefix, std::size_t count) {
    const auto c = shared / "corpora";
    Corpus ru{"ru", {}};
    add_aligned(ru, c / "tatoeba" / "eng-rus.tatoeba-test-v2021-08-07.rus",
                c / "tatoeba" / "eng-rus.tatoeba-test-v2021-08-07.eng");
    add_aligned(ru, c / "flores200-devtest" / "rus_Cyrl.devtest", c / "flores200-devtest" / "eng_Latn.devtest");
    add_aligned(ru, c / "tico19" / "tico19-test.rus", c / "tico19" / "tico19-test.eng");
    add_aligned(ru, c / "wmt22-generaltest-ruen" / "generaltest2022.ru-en.src.ru",
                c / "wmt22-generaltest-ruen" / "generaltest2022.ru-en.ref.A.en");
    add_aligned(ru, c / "wmt22-generaltest-ruen" / "generaltest2022.en-ru.ref.A.ru",
                c / "wmt22-generaltest-ruen" / "generaltest2022.en-ru.src.en");
    Corpus az{"az", {}};
    add_aligned(az, c / "tatoeba" / "aze-eng.tatoeba-test-v2021-08-07.aze",
                c / "tatoeba" / "aze-eng.tatoeba-test-v2021-08-07.eng");
    add_aligned(az, c / "flores200-devtest" / "azj_Latn.devtest", c / "flores200-devtest" / "eng_Latn.devtest");
    if (ru.pairs.empty() || az.pairs.empty()) {
        std::fprintf(stderr, "no corpora under %s\n", shared.string().c_str());
        return 1;
    }
    std::printf("sentence pairs: ru-en %zu, az-en %zu\n", ru.pairs.size(), az.pairs.size());

    std::mt19937 random(20261206);
    std::vector<std::string> vocabulary[2];
    for (const auto& p : ru.pairs)
        for (const auto& w : words_of(p.source)) vocabulary[0].push_back(w);
    for (const auto& p : az.pairs)
        for (const auto& w : words_of(p.source)) vocabulary[1].push_back(w);

    std::ofstream all(prefix + ".tmx", std::ios::binary);
    std::ofstream small(prefix + ".20k.tmx", std::ios::binary);
    std::ofstream small_tsv(prefix + ".20k.tsv", std::ios::binary);
    std::ofstream queries(prefix + ".queries.tsv", std::ios::binary);
    std::ofstream small_queries(prefix + ".20k-queries.tsv", std::ios::binary);
    std::ofstream exact(prefix + ".exact.tsv", std::ios::binary);
    TmxHeader header;
    header.source_language = "*all*";
    TmxWriter writer(all, header, prefix + ".tmx");
    TmxWriter small_writer(small, header, prefix + ".20k.tmx");
    std::unordered_set<std::string> seen;
    constexpr std::size_t kSmall = 20000;
    // Every 1,000th unit gives a fuzzy query and an exact one; every 200th of the first 20,000 a tmdb query.
    std::size_t made = 0;
    while (made < count) {
        // Nine units in ten from Russian, as the corpora are; two sentences in a unit half of the time.
        const bool russian = random() % 10 != 0;
        const Corpus& corpus = russian ? ru : az;
        std::uniform_int_distribution<std::size_t> pick(0, corpus.pairs.size() - 1);
        const Pair& first = corpus.pairs[pick(random)];
        Pair unit = first;
        if (random() % 2 == 0) {
            const Pair& second = corpus.pairs[pick(random)];
            unit.source += " " + second.source;
            unit.target += " " + second.target;
        }
        if (!seen.insert(unit.source).second) continue;
        TmxUnit tu;
        tu.variants = {{corpus.source_lang, unit.source}, {"en", unit.target}};
        writer.add(tu);
        if (made < kSmall) {
            small_writer.add(tu);
            small_tsv << corpus.source_lang << '\t' << unit.source << '\t' << unit.target << '\n';
        }
        const auto& words = vocabulary[russian ? 0 : 1];
        if (made % 1000 == 0) {
            queries << corpus.source_lang << '\t' << perturbed(unit.source, random, words) << '\t' << unit.source
                    << '\n';
            exact << corpus.source_lang << '\t' << unit.source << '\t' << unit.source << '\n';
        }
        if (made < kSmall && made % 200 == 0) {
            small_queries << corpus.source_lang << '\t' << perturbed(unit.source, random, words) << '\t' << unit.source
                          << '\n';
        }
        ++made;
    }
    writer.finish();
    small_writer.finish();
    std::printf("wrote %zu units to %s.tmx\n", made, prefix.c_str());
    return 0;
}

int import(const std::filesystem::path& tmx, const std::filesystem::path& workspace, int runs) {
    std::vector<double> parse_times;
    std::vector<double> import_times;
    std::vector<double> parse_cpu;
    std::vector<double> import_cpu;
    std::size_t units = 0;
    for (int run = 0; run < runs; ++run) {
        auto start = Clock::now();
        auto cpu = std::clock();
        detail::TmxReader reader(tmx);
        detail::TmxUnitRead unit;
        std::size_t parsed = 0;
        while (reader.next(unit)) ++parsed;
        parse_times.push_back(seconds_since(start));
        parse_cpu.push_back(cpu_seconds_since(cpu));

        std::filesystem::remove(workspace);
        std::filesystem::remove(workspace.string() + "-wal");
        std::filesystem::remove(workspace.string() + "-shm");
        auto ws = Workspace::create(workspace);
        start = Clock::now();
        cpu = std::clock();
        const auto summary = import_tmx(ws, tmx);
        import_times.push_back(seconds_since(start));
        import_cpu.push_back(cpu_seconds_since(cpu));
        units = summary.added;
        std::printf("run %d: parse only %.2f s (CPU %.2f s, %zu units), import %.2f s (CPU %.2f s, %zu added)\n",
                    run + 1, parse_times.back(), parse_cpu.back(), parsed, import_times.back(), import_cpu.back(),
                    summary.added);
    }
    const double parse = percentile(parse_times, 0.5);
    const double full = percentile(import_times, 0.5);
    const double n = static_cast<double>(units);
    std::printf(
        "median of %d: import %.2f s = %.0f units/s (per CPU second: %.0f); parse-only baseline %.2f s = %.0f "
        "units/s (per CPU second: %.0f); import/parse %.2f\n",
        runs, full, n / full, n / percentile(import_cpu, 0.5), parse, n / parse, n / percentile(parse_cpu, 0.5),
        full / parse);
    return 0;
}

struct Query {
    std::string lang;
    std::string text;
    std::string expected;
};

std::vector<Query> queries_of(const std::filesystem::path& file) {
    std::vector<Query> queries;
    for (const auto& line : lines_of(file)) {
        const auto a = line.find('\t');
        const auto b = line.find('\t', a + 1);
        if (a == std::string::npos || b == std::string::npos) continue;
        queries.push_back({line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1)});
    }
    return queries;
}

TmQuery tm_query(const Query& q) {
    TmQuery query;
    query.source_lang = q.lang;
    query.target_lang = "en";
    query.text = q.text;
    return query;
}

// The baseline: every unit of the language pair scored with the same score. Returns the best score.
int scan_best(Workspace& ws, const Query& q, std::string& best_source) {
    const detail::TextFolder folder(q.lang);
    const auto query = detail::scored_tokens(detail::tokenize(folder.match_form(q.text)));
    sql::Statement all(ws.database(), "SELECT source_text FROM tm_unit WHERE source_lang = ?1");
    all.bind(1, q.lang == "az" ? "az-Latn" : q.lang);
    int best = -1;
    while (all.step()) {
        const auto text = all.column_text(0);
        const auto tokens = detail::scored_tokens(detail::tokenize(folder.match_form(text)));
        if (detail::best_possible_score(query.words.size(), tokens.words.size()) <= best) continue;
        const int score =
            detail::fuzzy_score(query, tokens, detail::exact_form(q.text) == detail::exact_form(text)).score;
        if (score > best) {
            best = score;
            best_source = text;
        }
    }
    return best;
}

int lookup(const std::filesystem::path& workspace, const std::filesystem::path& queries_file, int runs,
           std::size_t scan) {
    auto ws = Workspace::open(workspace);
    TranslationMemory memory(ws);
    const auto queries = queries_of(queries_file);
    std::vector<double> run_medians;
    std::vector<double> run_p99;
    std::size_t hits = 0;
    std::size_t found_any = 0;
    std::vector<std::string> best_sources(queries.size());
    std::vector<int> best_scores(queries.size(), -1);
    for (int run = 0; run < runs; ++run) {
        std::vector<double> times;
        std::vector<double> cpu_times;
        hits = 0;
        found_any = 0;
        for (std::size_t i = 0; i < queries.size(); ++i) {
            const auto start = Clock::now();
            const auto cpu = std::clock();
            const auto matches = memory.lookup(tm_query(queries[i]));
            times.push_back(seconds_since(start) * 1000);
            cpu_times.push_back(cpu_seconds_since(cpu) * 1000);
            if (!matches.empty()) {
                ++found_any;
                best_sources[i] = matches[0].unit.source_text;
                best_scores[i] = matches[0].score;
                if (matches[0].unit.source_text == queries[i].expected) ++hits;
            }
        }
        run_medians.push_back(percentile(times, 0.5));
        run_p99.push_back(percentile(times, 0.99));
        std::printf(
            "run %d: fuzzy top-5 median %.2f ms, p99 %.2f ms, max %.2f ms (processor time: median %.2f ms, p99 "
            "%.2f ms)\n",
            run + 1, run_medians.back(), run_p99.back(), percentile(times, 1.0), percentile(cpu_times, 0.5),
            percentile(cpu_times, 0.99));
    }
    std::printf(
        "fuzzy top 5, %zu queries, median of %d runs: median %.2f ms, 99th percentile %.2f ms; best match is the "
        "expected unit for %zu (%.1f %%), some match for %zu\n",
        queries.size(), runs, percentile(run_medians, 0.5), percentile(run_p99, 0.5), hits,
        100.0 * static_cast<double>(hits) / static_cast<double>(queries.size()), found_any);

    auto exact_file = queries_file;
    exact_file.replace_filename(queries_file.filename().string().substr(0, queries_file.filename().string().find('.')) +
                                ".exact.tsv");
    const auto exact = queries_of(exact_file);
    if (!exact.empty()) {
        std::vector<double> medians;
        std::size_t exact_hits = 0;
        for (int run = 0; run < runs; ++run) {
            std::vector<double> times;
            exact_hits = 0;
            for (const auto& q : exact) {
                auto query = tm_query(q);
                query.max_matches = 1;
                const auto start = Clock::now();
                const auto matches = memory.lookup(query);
                times.push_back(seconds_since(start) * 1000);
                if (!matches.empty() && matches[0].kind == MatchKind::Exact) ++exact_hits;
            }
            medians.push_back(percentile(times, 0.5));
        }
        std::printf("exact lookup, %zu queries, median of %d runs: median %.3f ms; %zu found exact\n", exact.size(),
                    runs, percentile(medians, 0.5), exact_hits);
    }

    std::vector<double> scan_times;
    std::size_t agree = 0;
    const auto n = std::min(scan, queries.size());
    for (std::size_t i = 0; i < n; ++i) {
        std::string source;
        const auto start = Clock::now();
        const int best = scan_best(ws, queries[i], source);
        scan_times.push_back(seconds_since(start) * 1000);
        const bool same = (best < kDefaultFuzzyThreshold && best_scores[i] < 0) || best == best_scores[i];
        if (same) ++agree;
    }
    if (n > 0) {
        std::printf(
            "baseline full scan, %zu queries: median %.1f ms per lookup (index %.0fx faster); the index found a "
            "match as good as the scan's best for %zu of %zu\n",
            n, percentile(scan_times, 0.5), percentile(scan_times, 0.5) / percentile(run_medians, 0.5), agree, n);
    }
    return 0;
}

// For the comparison with translate-toolkit: the same queries, one JSON line each with the time and best source.
int lookup_jsonl(const std::filesystem::path& workspace, const std::filesystem::path& queries_file) {
    auto ws = Workspace::open(workspace);
    TranslationMemory memory(ws);
    for (const auto& q : queries_of(queries_file)) {
        const auto start = Clock::now();
        const auto cpu = std::clock();
        const auto matches = memory.lookup(tm_query(q));
        const double ms = seconds_since(start) * 1000;
        const double cpu_ms = cpu_seconds_since(cpu) * 1000;
        std::printf("{\"ms\":%.3f,\"cpu_ms\":%.3f,\"best\":%s,\"score\":%d,\"hit\":%s}\n", ms, cpu_ms,
                    json_string(matches.empty() ? "" : matches[0].unit.source_text).c_str(),
                    matches.empty() ? 0 : matches[0].score,
                    !matches.empty() && matches[0].unit.source_text == q.expected ? "true" : "false");
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string command = argc > 1 ? argv[1] : "";
    try {
        if (command == "generate" && argc >= 4) {
            return generate(argv[2], argv[3], argc > 4 ? std::stoul(argv[4]) : 1000000);
        }
        if (command == "import" && argc >= 4) return import(argv[2], argv[3], argc > 4 ? std::stoi(argv[4]) : 3);
        if (command == "lookup" && argc >= 4) {
            return lookup(argv[2], argv[3], argc > 4 ? std::stoi(argv[4]) : 3, argc > 5 ? std::stoul(argv[5]) : 10);
        }
        if (command == "lookup-jsonl" && argc >= 4) return lookup_jsonl(argv[2], argv[3]);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench_memory: %s\n", error.what());
        return 1;
    }
    std::fprintf(stderr,
                 "usage: bench_memory generate SHARED PREFIX [UNITS] | import TMX WORKSPACE [RUNS] |"
                 " lookup WORKSPACE QUERIES [RUNS] [SCAN] | lookup-jsonl WORKSPACE QUERIES\n");
    return 2;
}
