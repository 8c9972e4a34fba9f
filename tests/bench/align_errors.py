#!/usr/bin/env python3
"""Where the aligner goes wrong on the segmented task of ../shared/eval/align_eval.py, by bead type.

Run align_eval.py's `run` first (it leaves its predictions in CASES/pred), then:

    python3 tests/bench/align_errors.py /tmp/cases/flores-az-en [/tmp/cases/flores-ru-en ...]

For each gold bead type (1-1, 2-1, 1-2, 1-0, 0-1) it prints how many gold beads the prediction missed, and
for the missed ones what the prediction put over the same segments instead ("1-1+1-0": a 2-1 split into a
1-1 and a one-sided bead). With --show N it prints the first N missed beads of each corpus with their text.
Python 3 standard library only; reads the cases, never writes them.
"""
import argparse
import collections
import os


def read_beads(path):
    beads = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            a, _, b = line.rstrip("\n").partition("\t")
            beads.append((tuple(int(x) for x in a.split(",") if x.strip()),
                          tuple(int(x) for x in b.split(",") if x.strip())))
    return beads


def kind(bead):
    return f"{len(bead[0])}-{len(bead[1])}"


def overlapping(bead, predicted):
    """The predicted beads that share a source or a target segment with `bead`, in order."""
    src, tgt = set(bead[0]), set(bead[1])
    return [p for p in predicted if src & set(p[0]) or tgt & set(p[1])]


def lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def analyse(cases, show):
    pred_dir = os.path.join(cases, "pred")
    missed = collections.Counter()
    total = collections.Counter()
    instead = collections.defaultdict(collections.Counter)
    spurious = collections.Counter()
    examples = []
    for name in sorted(os.listdir(cases)):
        if not name.endswith(".gold"):
            continue
        case = name[:-len(".gold")]
        out = os.path.join(pred_dir, case + ".segmented.out")
        if not os.path.exists(out):
            continue
        gold = read_beads(os.path.join(cases, name))
        pred = read_beads(out)
        pred_set, gold_set = set(pred), set(gold)
        for bead in gold:
            total[kind(bead)] += 1
            if bead in pred_set:
                continue
            missed[kind(bead)] += 1
            what = "+".join(kind(p) for p in overlapping(bead, pred))
            instead[kind(bead)][what] += 1
            if len(examples) < show:
                examples.append((case, bead, overlapping(bead, pred)))
        for bead in pred:
            if bead not in gold_set:
                spurious[kind(bead)] += 1
    print(f"== {os.path.basename(os.path.normpath(cases))}")
    print(f"  {'gold type':<10}{'gold':>7}{'missed':>8}  predicted instead (count)")
    for k in sorted(total, key=lambda k: -total[k]):
        common = ", ".join(f"{w} ({n})" for w, n in instead[k].most_common(4))
        print(f"  {k:<10}{total[k]:>7}{missed[k]:>8}  {common}")
    print("  wrong predicted beads by type: " + ", ".join(f"{k} {n}" for k, n in spurious.most_common()))
    for case, bead, preds in examples:
        src = lines(os.path.join(cases, case + ".src.seg"))
        tgt = lines(os.path.join(cases, case + ".tgt.seg"))
        print(f"  -- case {case}: gold {bead[0]}->{bead[1]}, predicted {[(p[0], p[1]) for p in preds]}")
        for i in sorted({i for p in preds for i in p[0]} | set(bead[0])):
            print(f"     S{i}: {src[i][:150]}")
        for j in sorted({j for p in preds for j in p[1]} | set(bead[1])):
            print(f"     T{j}: {tgt[j][:150]}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", nargs="+", help="case folders of align_eval.py build, already run")
    parser.add_argument("--show", type=int, default=0, help="print this many missed beads with their text")
    args = parser.parse_args()
    for cases in args.cases:
        analyse(cases, args.show)


if __name__ == "__main__":
    main()
