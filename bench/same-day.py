#!/usr/bin/python3
"""same-day: N one-sentence articles in which one speaker says different
things on one day, as JSON Lines: what merging must not compare pairwise.

usage: same-day.py N [SEED] > articles.jsonl
"""
import json
import random
import sys

n = int(sys.argv[1])
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
SYLLABLES = ["ka", "lo", "mi", "ren", "sat", "vo", "dur", "pel", "tin",
             "gar", "ops", "bel", "nor", "fis", "qua", "zem", "hul", "dra"]


def word():
    return "".join(rng.choice(SYLLABLES) for _ in range(4))


for i in range(n):
    said = "Rogozin said on Friday that the %s %s would %s the %s %s." % tuple(
        word() for _ in range(5))
    print(json.dumps({"id": "same%06d" % i, "title": "Rogozin",
                      "published": "2011-07-02T10:00:00+04:00",
                      "source": "Wire", "body": said}))
