"""Share of quote records whose speaker name cannot be right, with examples (run on demand, never in CI).

    python bench/speaker_quality.py [--n 500] [--skip 0] [--source ../shared/data/allsides/articles.jsonl.gz]
    python bench/speaker_quality.py --extract OUT.jsonl      (read a `dossier extract` output instead)

Without ``--extract`` it runs `dossier extract` (this checkout's code) on articles ``skip``..``skip+n`` of
``--source``. Each quote's speaker is put in the first kind that fits (issue 9):

- ``missing``: no name;
- ``pronoun``: a pronoun ("It", "I", "he", "they");
- ``lower_word``: a single lower-case word ("adviser", "percent", also a bare group such as "officials";
  the count of plural group nouns among them is printed apart);
- ``unseen_word``: a word of the name is not in the article, and the whole name is in no article of the
  run (an invented "John Democrats"; a full name another article of the run spells out is fine).

Prints one line per kind with its count, share and up to ``--examples`` examples (name <- source mention,
content), then the total: ``bad speakers: P% of N quotes``. Issue 9's target is <= 2 %.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRONOUNS = frozenset("i me my we us our you he him his she her hers it its they them their this that these those "
                     "who whom which one someone somebody anyone everyone nobody".split())
KINDS = ("missing", "pronoun", "lower_word", "unseen_word")
WORD = re.compile(r"[\w’'.-]+")


def sample(source: Path, skip: int, n: int) -> Path:
    """Records skip..skip+n of a JSONL(.gz) file, written to a temporary JSONL file."""
    opener = gzip.open if source.suffix == ".gz" else open
    out = Path(tempfile.mkdtemp()) / "sample.jsonl"
    with opener(source, "rt", encoding="utf-8") as f, open(out, "w", encoding="utf-8") as g:
        for line in itertools.islice(f, skip, skip + n):
            g.write(line)
    return out


def extract(path: Path) -> Path:
    out = path.with_suffix(".out.jsonl")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), OMP_NUM_THREADS="1")
    subprocess.run([sys.executable, "-m", "dossier.cli", "extract", str(path), "-o", str(out), "-q"],
                   check=True, env=env)
    return out


def kind_of(name: str | None, text: str, run_text: str) -> str | None:
    """The kind of bad speaker name, or None when the name may be right."""
    if not name or not name.strip():
        return "missing"
    words = name.split()
    if len(words) == 1 and words[0].lower().strip(".,") in PRONOUNS:
        return "pronoun"
    if len(words) == 1 and words[0].islower():
        return "lower_word"
    unseen = [w for w in WORD.findall(name) if not re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text)]
    if unseen and name not in run_text:
        return "unseen_word"
    return None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--skip", type=int, default=0)
    ap.add_argument("--source", default=str(ROOT.parent / "shared/data/allsides/articles.jsonl.gz"))
    ap.add_argument("--extract", help="a `dossier extract` output to read instead of running extract")
    ap.add_argument("--examples", type=int, default=8)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    out = Path(args.extract) if args.extract else extract(sample(Path(args.source), args.skip, args.n))
    recs = [json.loads(line) for line in open(out, encoding="utf-8") if line.strip()]
    run_text = "\n".join(r["text"] for r in recs)
    found: dict[str, list[str]] = {k: [] for k in KINDS}
    groups = total = 0
    for r in recs:
        t = r["text"]
        for q in (q for q in r.get("quotes", []) if q.get("reportable", True)):  # what a reader is shown
            total += 1
            sp = q.get("speaker") or {}
            kind = kind_of(sp.get("name"), t, run_text)
            if kind is None:
                continue
            if kind == "lower_word" and sp["name"].endswith("s"):
                groups += 1
            m, c = sp.get("mention"), q["content"]
            mention = t[m[0]:m[1]] if m else None
            found[kind].append(f"{sp.get('name')!r} <- {mention!r}: {t[c[0]:c[1]][:70]!r} ({r['id']} {c[0]})")
    rng = random.Random(args.seed)
    bad = sum(len(v) for v in found.values())
    for kind in KINDS:
        items = found[kind]
        share = 100 * len(items) / total if total else 0.0
        extra = f", {groups} of them plural group nouns" if kind == "lower_word" else ""
        print(f"{kind}: {len(items)} ({share:.1f}%){extra}")
        for ex in rng.sample(items, min(args.examples, len(items))):
            print("   ", ex)
    print(f"bad speakers: {100 * bad / total if total else 0:.1f}% of {total} quotes ({bad} bad) in {len(recs)} articles")


if __name__ == "__main__":
    main()
