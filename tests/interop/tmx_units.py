#!/usr/bin/python3
"""Reads a TMX file with translate-toolkit (Debian package python3-translate) and prints one line per unit:
the xml:lang and text of each <tuv>, tab-separated. Exit code 3 when translate-toolkit is not installed."""
import sys

try:
    from translate.storage import tmx
except ImportError:
    sys.exit(3)

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

with open(sys.argv[1], "rb") as handle:
    store = tmx.tmxfile(handle)
for unit in store.units:
    variants = []
    for tuv in unit.xmlelement.iter("tuv"):
        seg = tuv.find("seg")
        variants.append([tuv.get(XML_LANG), "".join(seg.itertext()) if seg is not None else ""])
    assert variants[0][1] == unit.source and variants[1][1] == unit.target
    print("\t".join(field for variant in variants for field in variant))
