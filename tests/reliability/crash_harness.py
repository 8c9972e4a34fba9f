#!/usr/bin/env python3
"""Kills `korpu` with SIGKILL at random moments of its work and checks that nothing is lost.

Each round runs one operation on a shared workspace (aligning a document pair into it, importing a TMX
into its memory, checking it with QA, exporting it in several formats) and kills it after a random delay drawn from the operation's
measured duration. After every round:
  - the workspace opens (`korpu info` succeeds) and `PRAGMA integrity_check` says ok;
  - every operation that reported success before is still there (documents, alignments, memory units),
    and a killed TMX import left all of its units or none;
  - what is there is whole: every alignment has its beads and every bead's segments exist;
  - no output file is half-written: an export target either does not exist or is complete and valid.
Prints the tally and exits non-zero on any loss or corruption.

usage: crash_harness.py KORPU WORK_DIR [--kills N] [--seed S]
"""
import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import xml.dom.minidom
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = [
    (ROOT / "samples/az-en/milli-meclis-komissiya.az.txt", ROOT / "samples/az-en/milli-meclis-komissiya.en.txt", "az", "en"),
    (ROOT / "samples/ru-en/vstrecha-v-baku.ru.txt", ROOT / "samples/ru-en/vstrecha-v-baku.en.txt", "ru", "en"),
]
# Copies of each sample per input file: enough text (about 1,000 sentences a side) that an operation
# runs long enough to be killed in the middle of its work, not only at start-up.
SAMPLE_REPEAT = 60
# Units of each TMX file the harness imports: about a second of work.
TMX_UNITS = 20_000


class Failure(Exception):
    pass


def make_inputs(work):
    pairs = []
    for source, target, src_lang, tgt_lang in SAMPLES:
        big = []
        for path in (source, target):
            text = path.read_text(encoding="utf-8").strip()
            out = work / ("big-" + path.name)
            out.write_text("\n\n".join(f"{text} ({i})" for i in range(SAMPLE_REPEAT)) + "\n", encoding="utf-8")
            big.append(out)
        pairs.append((big[0], big[1], src_lang, tgt_lang))
    return pairs


def run(cmd, kill_after=None):
    """Runs cmd; kills it with SIGKILL after kill_after seconds. Returns (exit code or None if killed, seconds)."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if kill_after is None:
        _, err = proc.communicate()
        if proc.returncode != 0:
            raise Failure(f"{' '.join(map(str, cmd))} failed ({proc.returncode}): {err.decode(errors='replace')}")
        return proc.returncode, time.monotonic() - start
    try:
        proc.wait(timeout=kill_after)
        return proc.returncode, time.monotonic() - start
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return None, time.monotonic() - start


def query(workspace, sql):
    con = sqlite3.connect(f"file:{workspace}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def check_workspace(korpu, workspace, expected_documents):
    info = subprocess.run([korpu, "info", workspace], capture_output=True)
    if info.returncode != 0:
        raise Failure(f"workspace does not open: {info.stderr.decode(errors='replace')}")
    integrity = query(workspace, "PRAGMA integrity_check")
    if integrity != [("ok",)]:
        raise Failure(f"integrity_check: {integrity}")
    names = {row[0] for row in query(workspace, "SELECT name FROM document")}
    missing = expected_documents - names
    if missing:
        raise Failure(f"committed documents lost: {sorted(missing)}")
    empty = query(workspace, "SELECT a.id FROM alignment a WHERE NOT EXISTS (SELECT 1 FROM bead b WHERE b.alignment_id = a.id)")
    if empty:
        raise Failure(f"alignments without beads (half-committed): {empty}")
    dangling = query(workspace, """
        SELECT a.id FROM alignment a
        WHERE (SELECT sum(b.source_count) FROM bead b WHERE b.alignment_id = a.id)
                > (SELECT count(*) FROM segment s WHERE s.document_id = a.source_document_id)
           OR (SELECT sum(b.target_count) FROM bead b WHERE b.alignment_id = a.id)
                > (SELECT count(*) FROM segment s WHERE s.document_id = a.target_document_id)
        LIMIT 1""")
    if dangling:
        raise Failure(f"alignments whose beads cover more segments than their documents have: {dangling}")
    segmentless = query(workspace, "SELECT d.name FROM document d WHERE NOT EXISTS (SELECT 1 FROM segment s WHERE s.document_id = d.id)")
    if segmentless:
        raise Failure(f"documents without segments (half-committed): {segmentless}")


def write_tmx(path, round_number):
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="crash" '
                  'creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="az" '
                  'datatype="plaintext"/><body>\n')
        for n in range(TMX_UNITS):
            out.write(f'<tu><tuv xml:lang="az"><seg>Dəyirmi {round_number} masa {n} keçirilib.</seg></tuv>'
                      f'<tuv xml:lang="en"><seg>Round table {n} of series {round_number} was held.</seg></tuv></tu>\n')
        out.write("</body></tmx>\n")


def memory_units(workspace):
    return query(workspace, "SELECT count(*) FROM tm_unit")[0][0]


def valid_xml(path):
    xml.dom.minidom.parse(str(path))


def valid_moses(prefix, langs):
    counts = []
    for lang in langs:
        data = Path(f"{prefix}.{lang}").read_bytes()
        if data and not data.endswith(b"\n"):
            raise Failure(f"{prefix}.{lang} ends in the middle of a line")
        counts.append(data.count(b"\n"))
    if len(set(counts)) != 1:
        raise Failure(f"moses files of {prefix} differ in length: {counts}")


def check_output(path, fmt):
    """An export target after a kill: absent, or complete and valid."""
    if fmt == "moses":
        prefix = Path(path)
        langs = [p.name[len(prefix.name) + 1:] for p in prefix.parent.glob(prefix.name + ".*")
                 if ".korpu-tmp-" not in p.name]
        if langs:
            valid_moses(path, langs)
        return
    if not Path(path).exists():
        return
    if fmt in ("tmx", "xliff2", "xliff12"):
        try:
            valid_xml(path)
        except Exception as error:  # noqa: BLE001 - any parse error means a half-written file
            raise Failure(f"{path} is not well-formed after a kill: {error}")
    elif fmt in ("html", "qa.html"):
        if not Path(path).read_bytes().rstrip().endswith(b"</html>"):
            raise Failure(f"{path} is cut off")
    elif fmt in ("docx", "odt"):
        import zipfile
        try:
            with zipfile.ZipFile(path) as z:
                if z.testzip() is not None:
                    raise Failure(f"{path} has a damaged member")
        except zipfile.BadZipFile as error:
            raise Failure(f"{path} is not a whole zip: {error}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("korpu")
    parser.add_argument("work", type=Path)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20261206)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = args.work
    # A fresh folder each run: what an earlier run left there is not this run's to judge.
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    korpu = args.korpu
    pairs = make_inputs(work)
    workspace = str(work / "crash.korpu")
    run([korpu, "init", workspace])

    expected_documents = set()
    # Seed the workspace with one complete alignment so that exports have something to write, and
    # measure how long each kind of operation takes.
    src, tgt, sl, tl = pairs[0]
    _, align_time = run([korpu, "align", src, tgt, "--src-lang", sl, "--tgt-lang", tl, "--workspace", workspace])
    expected_documents |= {src.name, tgt.name}
    durations = {"align": align_time}
    formats = ["tmx", "moses", "tsv", "jsonl", "xliff2", "html", "docx"]
    for fmt in formats:
        _, durations[fmt] = run([korpu, "export", workspace, "--format", fmt, "--alignment", "1", "-q", "-o",
                                 str(work / f"probe.{fmt}")])

    probe_tmx = work / "probe.tmx-import"
    write_tmx(probe_tmx, 0)
    _, durations["tm-import"] = run([korpu, "tm", "import", "-q", workspace, str(probe_tmx)])
    expected_units = memory_units(workspace)
    start = time.monotonic()
    run_qa = subprocess.run([korpu, "qa", workspace, "--format", "html", "-o", str(work / "probe.qa.html")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if run_qa.returncode not in (0, 1):
        raise Failure(f"qa failed: {run_qa.stderr.decode(errors='replace')}")
    durations["qa"] = time.monotonic() - start

    kills = completed = 0
    by_operation = {}
    round_number = 0
    while kills < args.kills:
        round_number += 1
        operation = rng.choice(["align", "tm-import", "qa"] + formats)
        # Kill anywhere from start-up to a little past the usual end, so that some runs finish.
        delay = rng.uniform(0.0, durations[operation] * 1.15)
        if operation == "align":
            src, tgt, sl, tl = rng.choice(pairs)
            name = f"r{round_number}"
            src_copy, tgt_copy = work / f"{name}-{src.name}", work / f"{name}-{tgt.name}"
            src_copy.write_bytes(src.read_bytes())
            tgt_copy.write_bytes(tgt.read_bytes())
            code, _ = run([korpu, "align", src_copy, tgt_copy, "--src-lang", sl, "--tgt-lang", tl, "--workspace",
                           workspace], kill_after=delay)
            if code == 0:
                expected_documents |= {src_copy.name, tgt_copy.name}
            elif code is not None:
                raise Failure(f"align failed with exit code {code}")
        elif operation == "tm-import":
            tmx = work / "round.tmx"
            write_tmx(tmx, round_number)
            code, _ = run([korpu, "tm", "import", "-q", workspace, str(tmx)], kill_after=delay)
            units = memory_units(workspace)
            if code == 0:
                if units != expected_units + TMX_UNITS:
                    raise Failure(f"tm import reported success but the memory has {units} units, not "
                                  f"{expected_units + TMX_UNITS}")
            elif code is not None:
                raise Failure(f"tm import failed with exit code {code}")
            elif units not in (expected_units, expected_units + TMX_UNITS):
                raise Failure(f"a killed tm import left {units - expected_units} of its {TMX_UNITS} units")
            expected_units = units
        elif operation == "qa":
            target = work / "out.qa.html"
            code, _ = run([korpu, "qa", workspace, "--format", "html", "-o", str(target)], kill_after=delay)
            if code not in (None, 0, 1):
                raise Failure(f"qa failed with exit code {code}")
            check_output(target, "qa.html")
            code = 0 if code == 1 else code
        else:
            # One target per format: a killed export's temporary file is debris the next export removes.
            target = work / f"out.{operation}"
            code, _ = run([korpu, "export", workspace, "--format", operation, "--alignment", "1", "-q", "-o",
                           str(target)], kill_after=delay)
            if code not in (None, 0):
                raise Failure(f"export {operation} failed with exit code {code}")
            check_output(target, operation)
            if code == 0 and not (target.exists() or list(work.glob(f"out.{operation}.*"))):
                raise Failure(f"export {operation} reported success but wrote nothing")
        if code is None:
            kills += 1
            by_operation[operation] = by_operation.get(operation, 0) + 1
        else:
            completed += 1
        check_workspace(korpu, workspace, expected_documents)
        if memory_units(workspace) != expected_units:
            raise Failure(f"the memory has {memory_units(workspace)} units, {expected_units} were committed")

    # One last complete export per format clears what killed exports left behind.
    for fmt in formats:
        run([korpu, "export", workspace, "--format", fmt, "--alignment", "1", "-q", "-o", str(work / f"out.{fmt}")])
        check_output(work / f"out.{fmt}", fmt)
    leftovers = [p.name for p in work.iterdir() if ".korpu-tmp-" in p.name]
    if leftovers:
        raise Failure(f"temporary files of killed exports were not cleared: {leftovers}")
    print(f"crash harness: {kills} kills ({', '.join(f'{k} {v}' for k, v in sorted(by_operation.items()))}), "
          f"{completed} runs completed, {len(expected_documents)} committed documents and {expected_units} "
          f"memory units all present, "
          f"integrity ok after every round, no half-written output, no temporary file left")


if __name__ == "__main__":
    try:
        main()
    except Failure as failure:
        print(f"crash harness: FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
