#!/usr/bin/python3
"""check-exports: read mdtl's CSV, iCalendar, TimelineJS and Markdown output
with independent readers and check every event against the JSON Lines
output of the same run.

usage: check-exports.py MDTL INPUT...

The CSV is read with Python's csv module, the calendar with python3-icalendar,
the TimelineJS file against the fields TimelineJS requires.  Dates are
recomputed here from the TIMEX3 values, not taken from mdtl.
"""
import csv
import datetime as dt
import io
import json
import re
import subprocess
import sys

import icalendar

failures = 0


def fail(msg):
    global failures
    failures += 1
    print("FAIL: " + msg)


def run(mdtl, inputs, fmt):
    p = subprocess.run([mdtl, "timeline", "-f", fmt] + inputs,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        fail("mdtl -f %s exited %d: %s" % (fmt, p.returncode, p.stderr))
    return p.stdout


def span(value):
    """First day and the day after the last of a TIMEX3 date value."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(T.*)?", value)
    if m:
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return d, d + dt.timedelta(days=1)
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if m:
        y, mo = int(m[1]), int(m[2])
        return dt.date(y, mo, 1), dt.date(y + mo // 12, mo % 12 + 1, 1)
    m = re.fullmatch(r"(\d{4})-W(\d\d)", value)
    if m:
        d = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return d, d + dt.timedelta(days=7)
    m = re.fullmatch(r"(\d{4})-Q(\d)", value)
    if m:
        y, q = int(m[1]), int(m[2])
        end = dt.date(y + 1, 1, 1) if q == 4 else dt.date(y, 3 * q + 1, 1)
        return dt.date(y, 3 * q - 2, 1), end
    m = re.fullmatch(r"(\d{4})-H(\d)", value)
    if m:
        y, h = int(m[1]), int(m[2])
        return ((dt.date(y, 1, 1), dt.date(y, 7, 1)) if h == 1 else
                (dt.date(y, 7, 1), dt.date(y + 1, 1, 1)))
    m = re.fullmatch(r"(\d{4})", value)
    if m:
        y = int(m[1])
        return dt.date(y, 1, 1), dt.date(y + 1, 1, 1)
    m = re.fullmatch(r"(\d{3})", value)
    if m:
        y = int(m[1]) * 10
        return dt.date(y, 1, 1), dt.date(y + 10, 1, 1)
    return None


def check_csv(events, out, where):
    text = out.decode("utf-8")
    if not text.endswith("\r\n"):
        fail("%s: CSV records must end in CRLF" % where)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = rows[0]
    want = ["id", "date", "date_text", "date_basis", "type", "actors",
            "location", "quote", "sentence", "sources", "article", "title",
            "published", "source", "author", "url"]
    if header != want:
        fail("%s: CSV header %r" % (where, header))
        return
    rows = [dict(zip(header, r)) for r in rows[1:]]
    if len(rows) != len(events):
        fail("%s: CSV has %d rows for %d events" %
             (where, len(rows), len(events)))
    for e, r in zip(events, rows):
        def cell(v):
            v = "" if v is None else str(v)
            # a cell a spreadsheet would run is neutralised
            return "'" + v if v[:1] in ("=", "+", "-", "@", "\t", "\r") else v
        art = e["article"]
        pairs = [("id", e["id"]), ("date", e["date"]),
                 ("date_text", e["date_text"]),
                 ("date_basis", e["date_basis"]), ("type", e["type"]),
                 ("location", e["location"]), ("quote", e["quote"]),
                 ("sentence", e["sentence"]), ("sources", e["sources"]),
                 ("article", art["id"]), ("title", art["title"]),
                 ("published", art["published"]),
                 ("source", art["source"]), ("author", art["author"]),
                 ("url", art["url"])]
        for k, v in pairs:
            if r[k] != cell(v):
                fail("%s: CSV %s %s: %r, want %r" %
                     (where, e["id"], k, r[k], cell(v)))
        actors = "; ".join("%s (%s)" % (a["name"], a["role"])
                           for a in e["actors"])
        if r["actors"] != cell(actors):
            fail("%s: CSV %s actors %r" % (where, e["id"], r["actors"]))
        for k, v in r.items():
            if v[:1] in ("=", "+", "-", "@"):
                fail("%s: CSV %s %s starts a formula: %r" %
                     (where, e["id"], k, v))


def utc_stamp(published):
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d))?"
                     r"(Z|[+-]\d\d:?\d\d)?)?", published or "")
    if not m:
        return None
    t = dt.datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4] or 0),
                    int(m[5] or 0), int(m[6] or 0))
    z = m[7]
    if z and z != "Z":
        sign = -1 if z[0] == "-" else 1
        z = z[1:].replace(":", "")
        t -= sign * dt.timedelta(hours=int(z[:2]), minutes=int(z[2:]))
    return t


def check_ics(events, out, where):
    for i, line in enumerate(out.split(b"\r\n")[:-1]):
        if len(line) > 75:
            fail("%s: ICS line %d has %d octets" % (where, i + 1, len(line)))
        if b"\n" in line or b"\r" in line:
            fail("%s: ICS line %d: bare line break" % (where, i + 1))
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            fail("%s: ICS line %d: fold splits a character" % (where, i + 1))
    if not out.endswith(b"\r\n"):
        fail("%s: ICS must end in CRLF" % where)
    cal = icalendar.Calendar.from_ical(out)
    if str(cal.get("VERSION")) != "2.0" or not cal.get("PRODID"):
        fail("%s: ICS needs VERSION and PRODID" % where)
    vevents = [c for c in cal.walk() if c.name == "VEVENT"]
    dated = [e for e in events if e["date"] is not None]
    if len(vevents) != len(dated):
        fail("%s: ICS has %d VEVENTs for %d dated events" %
             (where, len(vevents), len(dated)))
    for e, v in zip(dated, vevents):
        if str(v["UID"]) != e["id"] + "@mdtl":
            fail("%s: ICS UID %s for %s" % (where, v["UID"], e["id"]))
        first, after = span(e["date"])
        start = v.decoded("DTSTART")
        end = v.decoded("DTEND")
        if start != first or end != after:
            fail("%s: ICS %s (%s) spans %s..%s, want %s..%s" %
                 (where, e["id"], e["date"], start, end, first, after))
        if type(start) is not dt.date:
            fail("%s: ICS %s: DTSTART is not an all-day date" %
                 (where, e["id"]))
        want_stamp = utc_stamp(e["article"]["published"])
        stamp = v.decoded("DTSTAMP").replace(tzinfo=None)
        if want_stamp is not None and stamp != want_stamp:
            fail("%s: ICS %s DTSTAMP %s, want %s" %
                 (where, e["id"], stamp, want_stamp))
        summary = str(v["SUMMARY"])
        if not summary.lower().startswith(e["type"]):
            fail("%s: ICS %s SUMMARY %r" % (where, e["id"], summary))
        for a in e["actors"]:
            if a["name"] not in summary:
                fail("%s: ICS %s SUMMARY lacks %s" %
                     (where, e["id"], a["name"]))
        if not str(v["DESCRIPTION"]).startswith(e["sentence"]):
            fail("%s: ICS %s DESCRIPTION %r" %
                 (where, e["id"], str(v["DESCRIPTION"])))
        if (e["location"] or None) != (str(v["LOCATION"])
                                       if "LOCATION" in v else None):
            fail("%s: ICS %s LOCATION" % (where, e["id"]))


def check_timelinejs(events, out, where):
    doc = json.loads(out)
    dated = [e for e in events if e["date"] is not None]
    tl = doc.get("events")
    if not isinstance(tl, list) or len(tl) != len(dated):
        fail("%s: TimelineJS events[] does not hold the %d dated events" %
             (where, len(dated)))
        return
    for e, t in zip(dated, tl):
        sd = t.get("start_date")
        if not isinstance(sd, dict) or "year" not in sd:
            fail("%s: TimelineJS %s: start_date.year is required" %
                 (where, e["id"]))
            continue
        first, after = span(e["date"])
        if int(sd["year"]) != first.year or \
           ("month" in sd and int(sd["month"]) != first.month) or \
           ("day" in sd and int(sd["day"]) != first.day):
            fail("%s: TimelineJS %s start %r for %s" %
                 (where, e["id"], sd, e["date"]))
        if "end_date" in t:
            ed = t["end_date"]
            last = after - dt.timedelta(days=1)
            if (int(ed["year"]), int(ed["month"]), int(ed["day"])) != \
               (last.year, last.month, last.day):
                fail("%s: TimelineJS %s end %r" % (where, e["id"], ed))
        text = t.get("text", {})
        if not text.get("headline") or not text.get("text"):
            fail("%s: TimelineJS %s: text.headline and text.text" %
                 (where, e["id"]))
        if "<" in re.sub(r"</?p>", "", text.get("text", "")):
            fail("%s: TimelineJS %s: markup from the article" %
                 (where, e["id"]))
        if t.get("group") != e["type"] or t.get("unique_id") != e["id"]:
            fail("%s: TimelineJS %s group/unique_id" % (where, e["id"]))


def check_md(events, out, where):
    lines = out.decode("utf-8").split("\n")
    if lines[-1] != "":
        fail("%s: Markdown must end in a newline" % where)
    lines = lines[:-1]
    if len(lines) != len(events) + 2:
        fail("%s: Markdown has %d lines for %d events" %
             (where, len(lines), len(events)))
    for i, line in enumerate(lines):
        # cell borders are the unescaped bars
        bars = len(re.findall(r"(?<!\\)\|", line))
        if bars != 7:
            fail("%s: Markdown line %d has %d cell borders" %
                 (where, i + 1, bars))
    for e, line in zip(events, lines[2:]):
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        if cells[0] != (e["date"] or "-") or cells[1] != e["type"]:
            fail("%s: Markdown row for %s: %r" % (where, e["id"], cells))
        if re.search(r"(?<!\\)[<>*_`\[\]]", cells[4]):
            fail("%s: Markdown %s: unescaped markup" % (where, e["id"]))


def main():
    mdtl, inputs = sys.argv[1], sys.argv[2:]
    where = " ".join(inputs) if len(inputs) < 3 else "%s and %d more" % (
        inputs[0], len(inputs) - 1)
    events = [json.loads(l) for l in run(mdtl, inputs, "jsonl").splitlines()]
    if not events:
        fail("%s: no events" % where)
    check_csv(events, run(mdtl, inputs, "csv"), where)
    check_ics(events, run(mdtl, inputs, "ics"), where)
    check_timelinejs(events, run(mdtl, inputs, "timelinejs"), where)
    check_md(events, run(mdtl, inputs, "md"), where)
    print("%s: %d events, %d dated: csv ics timelinejs md %s" %
          (where, len(events), sum(e["date"] is not None for e in events),
           "ok" if failures == 0 else "FAILED"))
    sys.exit(1 if failures else 0)


main()
