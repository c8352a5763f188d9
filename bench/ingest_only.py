"""Read inputs and write contract records with layout only (no NLP): fast scoring of `lines` and `body`.

    python bench/ingest_only.py PATH... -o OUT.jsonl
then  python ../shared/eval/score.py lines|body OUT.jsonl GOLD
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from dossier.ingest.read import read_paths  # noqa: E402
from dossier.model import Failure  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    failures = 0
    with open(args.output, "w", encoding="utf-8") as out:
        for item in read_paths(args.paths):
            if isinstance(item, Failure):
                failures += 1
                print(f"error {item}", file=sys.stderr)
                continue
            rec = {"id": item.id, "path": item.path, "title": item.title, "outlet": item.outlet,
                   "published": item.published, "url": item.url, "text": item.text,
                   "body": item.body, "headings": item.headings, "captions": item.captions}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{failures} failures", file=sys.stderr)


if __name__ == "__main__":
    main()
