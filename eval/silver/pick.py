#!/usr/bin/env python3
"""Draws a held-out set: arXiv ML papers of 2007-16 not yet in dev or any silver file.

The pool: papers in cs.LG/CV/CL/AI/IR/NE or stat.ML whose abstract has a sentence with a
comparison word and at least two capitalised name-like tokens (two capitals, or a capital
and a digit). Usage: pick.py SEED N OUT.jsonl
"""
import glob, gzip, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "..", "shared")
ML = {"cs.LG", "cs.CV", "cs.CL", "cs.AI", "cs.IR", "cs.NE", "stat.ML"}
COMPARISON = re.compile(r"\b(outperform\w*|better than|superior|compared (?:with|to|against)|comparable|"
                        r"surpass\w*|beat\w*|exceed\w*|improves? (?:over|on|upon)|higher \w+ than|"
                        r"lower \w+ than|competitive with|state-of-the-art)\b", re.I)
NAME = re.compile(r"\b(?=[A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*[A-Z0-9])[A-Z][A-Za-z0-9-]*[A-Za-z0-9]\b")


def used_ids():
    ids = set()
    for path in glob.glob(os.path.join(HERE, "*.jsonl")) + [os.path.join(SHARED, "gold", "dev.jsonl")]:
        with open(path) as f:
            ids.update(json.loads(line)["id"] for line in f if line.strip())
    return ids


def in_pool(paper):
    if not ML & set((paper.get("categories") or "").split()):
        return False
    text = " ".join((paper.get("abstract") or "").split())
    return any(COMPARISON.search(s) and len(set(NAME.findall(s))) >= 2
               for s in re.split(r"(?<=[.!?])\s+", text))


def main():
    seed, n, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    used = used_ids()
    with gzip.open(os.path.join(SHARED, "corpus", "arxiv-cs-2007-2016.jsonl.gz"), "rt") as f:
        pool = [p for p in map(json.loads, f) if p["id"] not in used and in_pool(p)]
    pool.sort(key=lambda p: p["id"])
    print(f"{len(pool)} papers in the pool", file=sys.stderr)
    with open(out, "w") as f:
        for p in random.Random(seed).sample(pool, min(n, len(pool))):
            f.write(json.dumps({"id": p["id"], "title": " ".join(p["title"].split()),
                                "abstract": " ".join(p["abstract"].split())}) + "\n")


if __name__ == "__main__":
    main()
