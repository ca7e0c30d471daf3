#!/usr/bin/python3
"""check-schema: every record mdtl writes as JSON Lines (timeline, merge,
with and without --explain) is valid against data/event.schema.json, and
the schema refuses records that are not.

usage: tests/check-schema.py MDTL INPUT...
"""
import json
import subprocess
import sys

import jsonschema


def main():
    mdtl, inputs = sys.argv[1], sys.argv[2:]
    with open("data/event.schema.json", encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    check = jsonschema.Draft202012Validator(schema)
    n = 0
    records = []
    for args in (["timeline", "-f", "jsonl"],
                 ["timeline", "-f", "jsonl", "--explain"]):
        out = subprocess.run([mdtl] + args + inputs, capture_output=True,
                             check=False, text=True, stdin=subprocess.DEVNULL).stdout
        records += [json.loads(l) for l in out.splitlines()]
    merged = subprocess.run([mdtl, "merge"], input="\n".join(
        json.dumps(r) for r in records) + "\n", capture_output=True,
                            text=True, check=False).stdout
    records += [json.loads(l) for l in merged.splitlines()]
    for r in records:
        errs = list(check.iter_errors(r))
        if errs:
            print("check-schema: FAIL: %s: %s" % (r.get("id"), errs[0].message))
            return 1
        n += 1
    told = [r for r in records
            if any("event" in m for m in r["mentions"])]
    if not told:
        print("check-schema: FAIL: no record told by several articles")
        return 1
    # what the schema must refuse
    good = records[0]
    several = told[0]
    lost = dict(several["mentions"][0])
    lost.pop("event", None)
    lost["date"] = "2011"
    bad = [dict(good, type="rumour"), dict(good, date="2011-13-01"),
           dict(good, sources=0), dict(good, extra=1),
           {k: v for k, v in good.items() if k != "mentions"},
           dict(several, mentions=[lost] + several["mentions"][1:])]
    for b in bad:
        if check.is_valid(b):
            print("check-schema: FAIL: a bad record passes: %s" %
                  json.dumps(b)[:120])
            return 1
    print("check-schema: %d records valid against data/event.schema.json, "
          "%d bad ones refused" % (n, len(bad)))
    return 0 if n > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
