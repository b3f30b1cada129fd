#!/usr/bin/env python3
"""Contradiction flags on real multi-source stories, judged by hand.

ECB+ (../shared/eval/ecbplus_dev_1-35.coref.jsonl) groups real news articles by
topic and, inside a topic, by subtopic: the articles of one subtopic report one
event (one earthquake, one arrest, one product launch) from several outlets.
This script analyses every subtopic as one story with the release CLI and lists
every flag with its quotes.

Judgements live in eval/flag-judgements.tsv (key, verdict, note): `real` when
the quoted sources do disagree on one fact, `false` when they do not (different
events, different people, a misread number). Keys hash the story, kind,
attribute and quotes, so a judgement survives unrelated changes and a changed
flag shows up as unjudged.

    python3 scripts/flag_audit.py            # table + precision over judged flags
    python3 scripts/flag_audit.py --list     # also every flag, judged or not, with quotes
    python3 scripts/flag_audit.py --unjudged # only the flags without a judgement

Recall: eval/conflicts-ecbplus.tsv lists real disagreements found without storylens
(see its header); one counts as found when a flag of its story has its attribute.

Exits 0 with a message when the evaluation data is not present.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "eval", "ecbplus_dev_1-35.coref.jsonl")
JUDGED = os.path.join(ROOT, "eval", "flag-judgements.tsv")
CONFLICTS = os.path.join(ROOT, "eval", "conflicts-ecbplus.tsv")
CLI = os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release-native", "storylens")


def stories():
    """(story id, [documents]) for every ECB+ subtopic with at least two articles."""
    groups = defaultdict(list)
    with open(DATA, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            for d in row["documents"]:
                groups[f"{row['topic']}-{d['subtopic']}"].append(d)
    return sorted((k, v) for k, v in groups.items() if len(v) >= 2)


def analyse(docs):
    """The CLI's JSON report for one story."""
    inp = {"documents": [{"id": d["id"], "text": d["text"]} for d in docs]}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(inp, f)
        path = f.name
    try:
        out = subprocess.run([CLI, "analyze", "--input", path, "--format", "json"], capture_output=True, text=True, check=False)
    finally:
        os.unlink(path)
    if out.returncode not in (0, 2):
        sys.exit(f"storylens failed on a story: {out.stderr}")
    return json.loads(out.stdout)


def key(story, flag):
    quotes = sorted(f"{c['doc']}@{c['start']}:{c['quote']}" for c in flag["claims"])
    h = hashlib.sha1("|".join([story, flag["kind"], flag["attribute"], *quotes]).encode()).hexdigest()
    return h[:12]


def judgements():
    out = {}
    if os.path.exists(JUDGED):
        with open(JUDGED, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                k, verdict, *note = line.rstrip("\n").split("\t")
                out[k] = (verdict, note[0] if note else "")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", action="store_true", help="print every flag with its quotes")
    ap.add_argument("--unjudged", action="store_true", help="print only flags without a judgement")
    ap.add_argument("--context", type=int, default=0, metavar="N", help="with --list/--unjudged: N characters of text around each quote")
    args = ap.parse_args()
    if not os.path.exists(DATA):
        print(f"flag audit skipped: {DATA} is not present")
        return 0
    if not os.path.exists(CLI):
        subprocess.run(["cargo", "build", "--profile", "release-native", "--bin", "storylens"], cwd=ROOT, check=True)
    judged = judgements()
    conflicts = []
    if os.path.exists(CONFLICTS):
        with open(CONFLICTS, encoding="utf-8") as f:
            conflicts = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
    flagged = set()
    counts = defaultdict(lambda: [0, 0, 0])  # kind -> real, false, unjudged
    n_stories = n_docs = 0
    for story, docs in stories():
        n_stories += 1
        n_docs += len(docs)
        report = analyse(docs)
        for flag in report["contradictions"]:
            flagged.add((story, flag["attribute"]))
            k = key(story, flag)
            verdict = judged.get(k, ("?", ""))
            slot = {"real": 0, "false": 1}.get(verdict[0], 2)
            counts[flag["kind"]][slot] += 1
            if args.list or (args.unjudged and slot == 2):
                print(f"\n{k}\t{verdict[0]}\t{story}\t[{flag['severity']}] {flag['kind']} / {flag['attribute']} — {flag['subject']}: {flag['explanation']}")
                if verdict[1]:
                    print(f"    judged: {verdict[1]}")
                for c in flag["claims"]:
                    print(f"    {c['doc']} @{c['start']}-{c['end']}: \"{c['quote']}\"  ({c['value']})")
                    if args.context:
                        text = next(d["text"] for d in docs if d["id"] == c["doc"])
                        lo, hi = max(0, c["start"] - args.context), c["end"] + args.context
                        print("        …" + " ".join(text[lo:hi].split()) + "…")
    print(f"\nECB+ dev topics 1-35: {n_stories} stories (subtopics), {n_docs} articles")
    print(f"{'kind':<12} {'flags':>5} {'real':>5} {'false':>5} {'unjudged':>8}")
    tot = [0, 0, 0]
    for kind in sorted(counts):
        r, f, u = counts[kind]
        tot = [tot[0] + r, tot[1] + f, tot[2] + u]
        print(f"{kind:<12} {r + f + u:>5} {r:>5} {f:>5} {u:>8}")
    r, f, u = tot
    print(f"{'all':<12} {r + f + u:>5} {r:>5} {f:>5} {u:>8}")
    if r + f:
        print(f"precision over judged flags: {100 * r / (r + f):.1f}% ({r}/{r + f})")
    if conflicts:
        found = [c for c in conflicts if (c[0], c[1]) in flagged]
        print(f"recall over independently found conflicts: {100 * len(found) / len(conflicts):.1f}% ({len(found)}/{len(conflicts)})")
        for c in conflicts:
            if c not in found:
                print(f"  missed: {c[0]} {c[1]}: {c[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
