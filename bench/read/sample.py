"""Pick articles for a read-through: ``python bench/read/sample.py SOURCE KIT --range 4041 4999 --n 60
--seed S [--exclude KIT ...]`` writes KIT/arts.jsonl and KIT/picked.txt (line numbers of SOURCE, a
JSONL or JSONL.gz file), never picking an article an excluded kit (a kit folder, or a picked file such as
bench/read/picked/read56.txt) picked."""
from __future__ import annotations

import argparse
import gzip
import random
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("source")
    ap.add_argument("kit")
    ap.add_argument("--range", nargs=2, type=int, required=True, metavar=("FIRST", "LAST"))
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--exclude", nargs="*", default=[])
    args = ap.parse_args(argv)
    opener = gzip.open if args.source.endswith(".gz") else open
    with opener(args.source, "rt", encoding="utf-8") as f:
        lines = f.read().splitlines()
    taken = {int(i) for kit in args.exclude
             for i in (Path(kit) / "picked.txt" if Path(kit).is_dir() else Path(kit)).read_text().split()}
    pool = [i for i in range(args.range[0], args.range[1] + 1) if i not in taken and i < len(lines)]
    random.Random(args.seed).shuffle(pool)
    pick = sorted(pool[:args.n])
    kit = Path(args.kit)
    kit.mkdir(parents=True, exist_ok=True)
    (kit / "arts.jsonl").write_text("".join(lines[i] + "\n" for i in pick), encoding="utf-8")
    (kit / "picked.txt").write_text(" ".join(map(str, pick)) + "\n")
    print(f"{len(pick)} articles, {len(taken)} excluded")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
