#!/usr/bin/python3
"""The baseline of bench_memory's comparison: translate-toolkit's SQLite translation memory
(translate.storage.tmdb, Debian package python3-translate) on the same units and queries.

    /usr/bin/python3 tests/bench/tmdb_baseline.py UNITS.tsv QUERIES.tsv DB [MAX_QUERIES]

UNITS.tsv has lang, source and target a line (bench_memory generate writes PREFIX.20k.tsv); QUERIES.tsv has lang,
query and the expected best source (PREFIX.20k-queries.tsv). Prints one JSON line per query (wall and processor
milliseconds, the best source, whether it is the expected one), then a summary line. Top 5 at 70 %, as Körpü's
default lookup."""
import json
import statistics
import sys
import time

from translate.storage import tmdb


def rows(path):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 3:
                yield fields


def main():
    units_path, queries_path, db_path = sys.argv[1:4]
    max_queries = int(sys.argv[4]) if len(sys.argv) > 4 else None
    memory = tmdb.TMDB(db_path, max_candidates=5, min_similarity=70)
    by_language = {}
    for lang, source, target in rows(units_path):
        by_language.setdefault(lang, []).append({"source": source, "target": target, "context": ""})
    for lang, units in by_language.items():
        memory.add_list(units, lang, "en")
    wall, cpu, hits = [], [], 0
    for number, (lang, query, expected) in enumerate(rows(queries_path)):
        if max_queries is not None and number >= max_queries:
            break
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        matches = memory.translate_unit(query, lang, "en")
        wall.append((time.perf_counter() - start_wall) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        best = matches[0]["source"] if matches else ""
        hits += best == expected
        print(json.dumps({"ms": wall[-1], "cpu_ms": cpu[-1], "best": best, "hit": best == expected},
                         ensure_ascii=False), flush=True)
    print(json.dumps({"queries": len(wall), "median_ms": statistics.median(wall),
                      "median_cpu_ms": statistics.median(cpu), "hits": hits}), flush=True)


if __name__ == "__main__":
    main()
