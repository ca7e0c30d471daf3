#!/usr/bin/python3
"""gen-corpus: a realistic corpus of N articles as JSON Lines, made from the
project's own articles (tests/corpus, tests/inputs/corpus.jsonl, the bundled
article) with dates, names, sentence order and paragraphs varied, so that
no article is one repeated.

usage: gen-corpus.py N [SEED] > corpus.jsonl
       gen-corpus.py N SEED --files DIR     (one front-matter file each)
"""
import datetime as dt
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

PEOPLE = [
    ("Dmitry Rogozin", "Rogozin"), ("Sergei Lavrov", "Lavrov"),
    ("Anders Fogh Rasmussen", "Rasmussen"), ("Vladimir Putin", "Putin"),
    ("Dmitry Medvedev", "Medvedev"), ("Sergei Ryabkov", "Ryabkov"),
    ("Jens Stoltenberg", "Stoltenberg"), ("Alexander Grushko", "Grushko"),
    ("Anatoly Antonov", "Antonov"), ("Ellen Tauscher", "Tauscher"),
    ("Ivo Daalder", "Daalder"), ("Hillary Clinton", "Clinton"),
]
PLACES = ["Brussels", "Moscow", "Sochi", "Lisbon", "Chicago", "Warsaw",
          "Bucharest", "Prague", "Geneva", "Baku", "Ankara", "Minsk"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def read_sources():
    arts = []
    for p in sorted(glob.glob(os.path.join(ROOT, "tests/corpus/*.txt")) +
                    glob.glob(os.path.join(ROOT, "data/articles/*.txt"))):
        s = open(p, encoding="utf-8").read()
        title, body = os.path.basename(p), s
        m = re.match(r"---\n(.*?)\n---\n(.*)", s, re.S)
        if m:
            body = m.group(2)
            t = re.search(r'^title:\s*"?(.*?)"?$', m.group(1), re.M)
            title = t.group(1) if t else title
        paras = [x.strip() for x in re.split(r"\n\s*\n", body) if x.strip()]
        if len(paras) >= 2:
            arts.append((title, paras))
    return arts


def vary(text, rng, names):
    for (full, last), (nfull, nlast) in names:
        text = text.replace(full, nfull).replace(last, nlast)
    text = re.sub(r"\b(%s)\b" % "|".join(WEEKDAYS),
                  lambda m: rng.choice(WEEKDAYS), text)
    text = re.sub(r"\b(%s)\b" % "|".join(PLACES),
                  lambda m: rng.choice(PLACES), text)
    text = re.sub(r"\b(%s)\b" % "|".join(MONTHS),
                  lambda m: rng.choice(MONTHS), text)
    text = re.sub(r"\b(20[01]\d)\b",
                  lambda m: str(int(m.group(1)) + rng.randint(-2, 2)), text)
    return text


def article(i, sources, rng):
    title, paras = sources[i % len(sources)]
    names = list(zip(PEOPLE, rng.sample(PEOPLE, len(PEOPLE))))
    lead, rest = paras[0], paras[1:]
    rng.shuffle(rest)
    # sometimes drop or repeat a paragraph from another article
    if rest and rng.random() < 0.3:
        rest.pop(rng.randrange(len(rest)))
    if rng.random() < 0.5:
        other = sources[rng.randrange(len(sources))][1]
        rest.insert(rng.randrange(len(rest) + 1), rng.choice(other[1:]))
    body = "\n\n".join(vary(p, rng, names) for p in [lead] + rest) + "\n"
    day = dt.date(2007, 1, 1) + dt.timedelta(days=rng.randrange(4000))
    pub = "%sT%02d:%02d:00+0%d:00" % (day.isoformat(), rng.randrange(24),
                                      rng.randrange(60), rng.randrange(5))
    return {"id": "gen-%06d" % i, "title": vary(title, rng, names),
            "published": pub, "source": rng.choice(["Trend", "Example Wire",
                                                    "DPA", "Interfax"]),
            "body": body}


def main():
    n = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    sources = read_sources()
    if len(sys.argv) > 4 and sys.argv[3] == "--files":
        out = sys.argv[4]
        os.makedirs(out, exist_ok=True)
        for i in range(n):
            a = article(i, sources, rng)
            with open(os.path.join(out, a["id"] + ".txt"), "w",
                      encoding="utf-8") as f:
                f.write("---\ntitle: %s\npublished: %s\nsource: %s\n---\n%s"
                        % (json.dumps(a["title"]), a["published"],
                           a["source"], a["body"]))
        return
    w = sys.stdout
    for i in range(n):
        w.write(json.dumps(article(i, sources, rng), ensure_ascii=False))
        w.write("\n")


main()
