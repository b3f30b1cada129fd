#!/usr/bin/env python3
"""Builds the benchmark corpora as storylens input sets (bench/out/corpora/*.json).

  example   the bundled example, tests/fixtures/istanbul/*.txt (5 reports, ~19 KB)
  ecb-1mb   ECB+ topics 1-35 articles (../shared/eval/ecbplus_dev_1-35.coref.jsonl), in file
            order, until the texts total at least 1 MiB (one pass, no repetition)
  ecb-5mb   all ECB+ articles in file order, then again and again (copies get new ids)
            until at least 5 MiB: the 772 real articles total 1.44 MB, so this one repeats
  scale-N   N = 5, 50, 500, 5000 articles drawn at random (seed 8) from the ECB+ articles
            without replacement while there are enough, then again (5,000 > 772: repeats)

Every document is {"id", "text"}; ECB+ has no publication dates, so none are given.
Also writes bench/out/corpora/index.json (documents, bytes, how built) for the report.
"""
import glob
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ECB = os.path.join(ROOT, "..", "shared", "eval", "ecbplus_dev_1-35.coref.jsonl")
OUT = os.path.join(ROOT, "bench", "out", "corpora")
MIB = 1 << 20


def ecb_articles():
    docs = []
    with open(ECB, encoding="utf-8") as f:
        for line in f:
            topic = json.loads(line)
            for d in topic["documents"]:
                if d["text"].strip():
                    docs.append((d["id"], d["text"]))
    return docs


def write(name, docs, how, index):
    path = os.path.join(OUT, f"{name}.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"documents": [{"id": i, "text": t} for i, t in docs]}, f, ensure_ascii=False)
    size = sum(len(t.encode("utf-8")) for _, t in docs)
    index[name] = {"file": os.path.relpath(path, ROOT), "documents": len(docs), "bytes": size, "built": how}


def cycle_until(articles, stop):
    out, rnd = [], 0
    while True:
        for i, t in articles:
            if stop(out):
                return out
            out.append((i if rnd == 0 else f"{i}~{rnd}", t))
        rnd += 1


def main():
    os.makedirs(OUT, exist_ok=True)
    index = {}
    fixtures = sorted(glob.glob(os.path.join(ROOT, "tests", "fixtures", "istanbul", "*.txt")))
    write("example", [(os.path.basename(p)[:-4], open(p, encoding="utf-8").read()) for p in fixtures],
          "the bundled example, tests/fixtures/istanbul/*.txt", index)
    if not os.path.exists(ECB):
        print(f"corpora: {ECB} not found; only the example corpus was built", file=sys.stderr)
    else:
        arts = ecb_articles()
        total = lambda ds: sum(len(t.encode("utf-8")) for _, t in ds)
        one = cycle_until(arts, lambda o: total(o) >= MIB)
        write("ecb-1mb", one, f"first {len(one)} of the {len(arts)} ECB+ articles in file order (no repetition)", index)
        five = cycle_until(arts, lambda o: total(o) >= 5 * MIB)
        write("ecb-5mb", five, f"the {len(arts)} ECB+ articles in file order, repeated until 5 MiB "
              f"({len(five)} documents, {len(five) / len(arts):.2f} passes; copies renamed id~k)", index)
        rng = random.Random(8)
        for n in (5, 50, 500, 5000):
            picked, rnd = [], 0
            while len(picked) < n:
                order = list(range(len(arts)))
                rng.shuffle(order)
                for k in order[: n - len(picked)]:
                    i, t = arts[k]
                    picked.append((i if rnd == 0 else f"{i}~{rnd}", t))
                rnd += 1
            how = f"{n} ECB+ articles sampled at random (seed 8)" + (
                f", {rnd} passes over the {len(arts)} articles (repeats)" if rnd > 1 else ", no repeats")
            write(f"scale-{n}", picked, how, index)
    with open(os.path.join(OUT, "index.json"), "w") as f:
        json.dump(index, f, indent=2)
    for k, v in index.items():
        print(f"corpora: {k:10s} {v['documents']:5d} docs {v['bytes'] / 1e6:7.3f} MB  {v['built']}")


if __name__ == "__main__":
    main()
