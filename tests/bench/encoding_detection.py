#!/usr/bin/env python3
"""Encoding detection accuracy on Russian news sentences (run by hand, not by ctest).

Usage: tests/bench/encoding_detection.py build/app/cli/korpu [SHARED]
Encodes the first 100 FLORES-200 devtest Russian sentences, one file each and in documents of five,
in Windows-1251, KOI8-R, CP866, UTF-16LE without a mark and UTF-8, and counts how often `korpu segment`
reports the right encoding. Characters an 8-bit encoding lacks (dashes, quotes) become "?".
"""
import collections
import os
import subprocess
import sys
import tempfile

ENCODINGS = {"cp1251": "windows-1251", "koi8_r": "KOI8-R", "cp866": "IBM866", "utf_16_le": "UTF-16LE",
             "utf_8": "UTF-8"}


def main():
    korpu = sys.argv[1]
    shared = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("KORPU_SHARED", "../shared")
    corpus = os.path.join(shared, "corpora", "flores200-devtest", "rus_Cyrl.devtest")
    if not os.path.exists(corpus):
        print(f"skipped: {corpus} is absent")
        return
    sentences = [line.strip() for line in open(corpus, encoding="utf-8")]
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "doc.txt")
        for size in (1, 5):
            documents = [" ".join(sentences[i:i + size]) for i in range(0, 100 * size, size)]
            right = collections.Counter()
            for codec, name in ENCODINGS.items():
                for document in documents:
                    with open(path, "wb") as out:
                        out.write((document + "\n").encode(codec, errors="replace"))
                    result = subprocess.run([korpu, "segment", "--lang", "ru", path], capture_output=True, text=True)
                    right[name] += result.returncode == 0 and f": text, {name} " in result.stderr
            print(f"{size} sentence(s) a file: " + ", ".join(f"{name} {right[name]}/100" for name in ENCODINGS.values()))


if __name__ == "__main__":
    main()
