"""Tune and check story clustering on saved contract records (no spaCy): B-cubed F1 per part.

    python bench/stories_tune.py /tmp/basil.jsonl ../shared/data/basil/gold.jsonl [--mix allsides.jsonl] [--set NAME=VALUE ...]

The gold events are split by a hash of their id: two thirds *tune*, one third *held-out*; F1 is given
for each part and for all. ``--order`` feeds the articles as read, by date, or shuffled (the index is
online, so order matters). ``--mix`` adds other articles' records (scored only through the BASIL ones).
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import random
import sys
import time

from dossier.stories import cluster
from dossier.stories.cluster import StoryIndex
from dossier.stories.features import features_of_record


def bcubed(pred: dict, gold: dict, ids) -> tuple[float, float, float]:
    pc, gc = collections.defaultdict(set), collections.defaultdict(set)
    for i in ids:
        pc[pred[i]].add(i)
        gc[gold[i]].add(i)
    P = sum(len(pc[pred[i]] & gc[gold[i]]) / len(pc[pred[i]]) for i in ids) / len(ids)
    R = sum(len(pc[pred[i]] & gc[gold[i]]) / len(gc[gold[i]]) for i in ids) / len(ids)
    return P, R, 2 * P * R / (P + R)


def part_of(story: str) -> str:
    return "held" if int(hashlib.sha1(story.encode()).hexdigest(), 16) % 3 == 0 else "tune"


def load(path):
    import gzip
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("records")
    ap.add_argument("gold")
    ap.add_argument("--mix", help="other contract records to add in")
    ap.add_argument("--mix-n", type=int, default=300)
    ap.add_argument("--order", default="input", choices=["input", "date", "shuffle"])
    ap.add_argument("--set", nargs="*", default=[])
    ap.add_argument("--show", action="store_true", help="print wrong merges and splits")
    args = ap.parse_args()
    for kv in args.set:
        k, v = kv.split("=")
        setattr(cluster, k, type(getattr(cluster, k))(float(v)))
    records = load(args.records)
    gold = {g["id"]: g["story"] for g in map(json.loads, open(args.gold, encoding="utf-8"))}
    if args.mix:
        records += load(args.mix)[:args.mix_n]
    if args.order == "date":
        records.sort(key=lambda r: r.get("published") or "9999")
    elif args.order == "shuffle":
        random.Random(0).shuffle(records)
    feats = [features_of_record(r) for r in records]
    ix = StoryIndex()
    t0 = time.perf_counter()
    pred = {f.id: ix.add(f) for f in feats}
    dt = time.perf_counter() - t0
    story = {k: a.story for k, a in pred.items()}
    ids = [i for i in gold if i in story]
    for part in ("tune", "held", None):
        sel = [i for i in ids if part is None or part_of(gold[i]) == part]
        P, R, F = bcubed(story, gold, sel)
        print(f"{part or 'all':5s} n={len(sel):3d} P {P:.3f} R {R:.3f} F1 {F:.3f}")
    mixed = {i for i in story if i not in gold}
    absorbed = sum(1 for i in mixed if any(story[i] == story[g] for g in ids))
    print(f"events {len(set(story.values()))} threads {len(set(a.thread for a in pred.values()))} "
          f"dups {sum(1 for a in pred.values() if a.duplicate_of)} mixed-in {len(mixed)} absorbed into BASIL events {absorbed} "
          f"({dt:.2f}s)")
    if args.show:
        byrec = {r["id"]: r for r in records}
        pc = collections.defaultdict(list)
        for i in story:
            pc[story[i]].append(i)
        for s, members in pc.items():
            gs = {gold.get(i, "mix") for i in members}
            if len(gs) > 1:
                print("MERGED:", [(byrec[i].get("published"), (byrec[i].get("title") or "")[:50], gold.get(i, "mix")[:4]) for i in members])
        gc = collections.defaultdict(list)
        for i in ids:
            gc[gold[i]].append(i)
        for g, members in gc.items():
            if len({story[i] for i in members}) > 1:
                print("SPLIT:", [(byrec[i].get("published"), (byrec[i].get("title") or "")[:50], story[i][-4:]) for i in members])


if __name__ == "__main__":
    sys.exit(main())
