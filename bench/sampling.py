"""Shared helpers of the benches: the default source and a sample of its first n records."""
from __future__ import annotations

import gzip
import itertools
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared/data/allsides/articles.jsonl.gz"


def sample(source: Path, n: int, gz: bool = False) -> Path:
    """The first n records of a JSONL(.gz) file (cycled when it holds fewer, with fresh ids), written to a
    temporary JSONL (or JSONL.gz) file."""
    import json

    opener = gzip.open if source.suffix == ".gz" else open
    with opener(source, "rt", encoding="utf-8") as f:
        lines = [line for line in itertools.islice(f, n) if line.strip()]
    out = Path(tempfile.mkdtemp(prefix="dossier-bench-")) / ("sample.jsonl.gz" if gz else "sample.jsonl")
    with (gzip.open(out, "wt", encoding="utf-8") if gz else open(out, "w", encoding="utf-8")) as g:
        for i in range(n):
            line = lines[i % len(lines)]
            if i >= len(lines):  # a repeat: give it its own id so ids stay unique without hashing
                rec = json.loads(line)
                rec["id"] = f"{rec.get('id', 'rec')}-r{i // len(lines)}"
                line = json.dumps(rec, ensure_ascii=False) + "\n"
            g.write(line)
    return out
