#!/usr/bin/env python3
"""Checks that `korpu tm import` streams: its peak memory must not grow with the size of the TMX file.

Generates TMX files of SMALL and LARGE units (distinct, realistic news-like sentence pairs), imports each
into a fresh workspace, and compares the importer's peak resident memory. Fails when the large import
needs more than ALLOWED_GROWTH_MB more than the small one. Run by ctest with 20,000 and 200,000 units. By
hand, for the 10-million-unit case of the reliability issue, compare two sizes past a million units, where
the unit writer's maps have reached their bounds (UnitWriterBounds, tm/memory/detail/unit_writer.hpp):
--small 2000000 --large 10000000 (docs/reliability.md, "Limits", has the figures).

usage: tmx_memory_bound.py KORPU WORK_DIR [--small N] [--large N]
"""
import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

# A streaming importer's memory is its fixed buffers plus SQLite's page cache, which fills up to the
# import's cache size (kImportCacheKib, 64 MB, in tm/memory/tmx_import.cpp) and then stays there. Anything
# beyond that cache and a 32 MB margin for the allocator's slack is memory growing with the file.
ALLOWED_GROWTH_MB = 64 + 32

AZ = ["Milli Məclisin {n} saylı iclasında komissiyanın hesabatı dinlənilib.",
      "Nazirlər Kabineti {n} milyon manat ayırıb.", "Bakıda {n} nəfərin iştirakı ilə konfrans keçirilib."]
EN = ["The report of the commission was heard at session {n} of the Milli Majlis.",
      "The Cabinet of Ministers allocated {n} million manats.", "A conference with {n} participants was held in Baku."]


def write_tmx(path, units):
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="korpu-test" '
                  'creationtoolversion="1" segtype="sentence" o-tmf="korpu" adminlang="en" srclang="az" '
                  'datatype="plaintext"/>\n<body>\n')
        for n in range(units):
            k = n % 3
            out.write(f'<tu><tuv xml:lang="az"><seg>{AZ[k].format(n=n)}</seg></tuv>'
                      f'<tuv xml:lang="en"><seg>{EN[k].format(n=n)}</seg></tuv></tu>\n')
        out.write("</body></tmx>\n")


def peak_import_memory(korpu, work, units):
    tmx = work / f"units-{units}.tmx"
    write_tmx(tmx, units)
    workspace = work / f"units-{units}.korpu"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{workspace}{suffix}").unlink(missing_ok=True)
    subprocess.run([korpu, "init", workspace], check=True, stdout=subprocess.DEVNULL)
    script = ("import resource, subprocess, sys; "
              "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE); "
              "sys.stderr.write(r.stderr.decode(errors='replace')) if r.returncode else None; "
              "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
              "print(u.ru_maxrss, u.ru_utime + u.ru_stime); sys.exit(r.returncode)")
    start = time.monotonic()
    result = subprocess.run([sys.executable, "-c", script, korpu, "tm", "import", "-q", workspace, tmx],
                            capture_output=True, text=True)
    seconds = time.monotonic() - start
    if result.returncode != 0:
        raise SystemExit(f"import of {units} units failed: {result.stderr}")
    tmx.unlink()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{workspace}{suffix}").unlink(missing_ok=True)
    peak_kib, cpu_seconds = result.stdout.split()
    return int(peak_kib) / 1024, seconds, float(cpu_seconds)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("korpu")
    parser.add_argument("work", type=Path)
    parser.add_argument("--small", type=int, default=20_000)
    parser.add_argument("--large", type=int, default=200_000)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    small_mb, small_s, small_cpu = peak_import_memory(args.korpu, args.work, args.small)
    large_mb, large_s, large_cpu = peak_import_memory(args.korpu, args.work, args.large)
    growth = large_mb - small_mb
    print(f"tm import peak memory: {args.small} units {small_mb:.1f} MB ({small_s:.1f} s, CPU {small_cpu:.1f} s), "
          f"{args.large} units {large_mb:.1f} MB ({large_s:.1f} s, CPU {large_cpu:.1f} s, "
          f"{args.large / large_s:,.0f} units/s); "
          f"growth {growth:.1f} MB (limit {ALLOWED_GROWTH_MB} MB)")
    if growth > ALLOWED_GROWTH_MB:
        print("FAILED: the importer's memory grows with the file", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
