#!/usr/bin/env python3
"""Evaluate the storylens time stage (TIMEX3) against a plain regex baseline.

usage: scripts/eval_timex.py [--gold GOLD.timex.jsonl] [--crate DIR] [--no-build]

1. Runs `cargo test --profile release-native --test time_eval -- --nocapture` in the crate
   (it writes target/timex_system.jsonl from storylens::time::eval and checks
   the value-F1 floor).
2. Writes target/timex_baseline.jsonl from a small regex date finder (month-day
   dates with optional year, month + year, months, years, weekdays, today /
   yesterday / tomorrow; every match a DATE, year-less dates get the DCT year,
   weekdays the most recent one on or before the DCT).
3. Scores both with the shared scorer (score/score_timex.py) in the same run
   and prints them side by side (strict / relaxed span F1, type F1, value F1).
Python 3 standard library only.
"""

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_GOLD = os.path.join(ROOT, "..", "shared", "eval", "meantime_apple.timex.jsonl")

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
BASELINE_RE = re.compile(
    r"(?P<md>%s \d{1,2}(?:st|nd|rd|th)?(?:, (?P<mdy>\d{4}))?)"
    r"|(?P<my>%s (?P<myy>\d{4}))"
    r"|(?P<m>\b(?:January|February|March|April|June|July|August|September|October|November|December)\b)"
    r"|(?P<y>\b(?:19|20)\d\d\b)"
    r"|(?P<wd>\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"|(?P<rel>\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow)\b)" % (MONTH_RE, MONTH_RE))


def month_no(word):
    w = word.lower().rstrip(".")
    return next(i + 1 for i, m in enumerate(MONTHS) if m.startswith(w[:3]))


def baseline_timexes(text, dct):
    out = []
    for m in BASELINE_RE.finditer(text):
        s = m.group(0)
        if m.group("md"):
            parts = s.replace(",", "").split()
            day = int(re.match(r"\d+", parts[1]).group(0))
            year = int(m.group("mdy")) if m.group("mdy") else dct.year
            value = "%04d-%02d-%02d" % (year, month_no(parts[0]), day)
        elif m.group("my"):
            value = "%s-%02d" % (m.group("myy"), month_no(s.split()[0]))
        elif m.group("m"):
            value = "%04d-%02d" % (dct.year, month_no(s))
        elif m.group("y"):
            value = s
        elif m.group("wd"):
            back = (dct.weekday() - WEEKDAYS.index(s.lower())) % 7
            value = (dct - dt.timedelta(days=back)).isoformat()
        else:
            off = {"today": 0, "yesterday": -1, "tomorrow": 1}[s.lower()]
            value = (dct + dt.timedelta(days=off)).isoformat()
        out.append({"start": m.start(), "end": m.end(), "type": "DATE", "value": value})
    return out


def score(scorer, gold, system):
    res = subprocess.run([sys.executable, scorer, gold, system, "--json"], capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=DEFAULT_GOLD)
    ap.add_argument("--crate", default=ROOT, help="crate directory (default: this repository)")
    ap.add_argument("--no-build", action="store_true", help="reuse an existing target/timex_system.jsonl")
    args = ap.parse_args()
    gold = os.path.abspath(args.gold)
    if not os.path.exists(gold):
        print("eval data not present; skipped")
        return 0
    scorer = os.path.join(os.path.dirname(gold), "score", "score_timex.py")
    target = os.path.join(args.crate, "target")
    system = os.path.join(target, "timex_system.jsonl")
    if not args.no_build:
        run = subprocess.run(["cargo", "test", "--profile", "release-native", "--test", "time_eval", "--", "--nocapture"],
                             cwd=args.crate, capture_output=True, text=True)
        if run.returncode != 0:
            sys.stderr.write(run.stdout[-4000:] + run.stderr[-4000:])
            print("cargo test failed (see above)")
            return 1
    os.makedirs(target, exist_ok=True)
    base_path = os.path.join(target, "timex_baseline.jsonl")
    with open(gold, encoding="utf-8") as f, open(base_path, "w", encoding="utf-8") as out:
        for line in f:
            if not line.strip():
                continue
            doc = json.loads(line)
            dct = dt.date.fromisoformat(doc["dct"])
            out.write(json.dumps({"id": doc["id"], "timexes": baseline_timexes(doc["text"], dct)}) + "\n")
    rows = [("storylens time stage", score(scorer, gold, system)), ("regex baseline", score(scorer, gold, base_path))]
    print("gold: %s (%d timexes)" % (os.path.relpath(gold), rows[0][1]["counts"]["gold"]))
    print("%-22s %8s %8s %8s %8s %8s" % ("system", "timexes", "strict", "relaxed", "type", "value"))
    for name, r in rows:
        print("%-22s %8d %8.2f %8.2f %8.2f %8.2f" % (name, r["counts"]["system"], 100 * r["strict"]["f1"],
                                                      100 * r["relaxed"]["f1"], 100 * r["type"]["f1"], 100 * r["value"]["f1"]))
    print("(F1; type/value F1 = attribute accuracy x relaxed F1, TempEval-3 style; "
          "HeidelTime's published TempEval-3 figures: strict 81.3, value 77.6)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
