"""Throughput of `dossier extract` against bare spaCy on the same texts (run on demand, never in CI).

    python bench/throughput.py [--n 300] [--tagger crf|encoder] [--source ../shared/data/allsides/articles.jsonl.gz]

Prints articles/s and words/s for: bare spaCy (`nlp.pipe` over the same clean views, same model) and the
full dossier analysis (read + clean + spaCy + every extractor + JSON), and their ratio. Issue 3 asks that
the ratio stays >= 0.5; issue 8 asks >= 0.55 with the encoder tagger on 300 AllSides articles. The
attribution tagger is loaded before timing, as the spaCy model is.
"""
from __future__ import annotations

import argparse
import gzip
import io
import itertools
import json
import tempfile
import time
from pathlib import Path

from dossier.no_torch import block  # noqa: E402

block()  # as the `dossier` CLI does: spaCy must not pull torch in

ROOT = Path(__file__).resolve().parents[1]


def sample(source: Path, n: int) -> Path:
    """The first n records of a JSONL(.gz) file, written to a temporary JSONL file."""
    opener = gzip.open if source.suffix == ".gz" else open
    out = Path(tempfile.mkdtemp()) / "sample.jsonl"
    with opener(source, "rt", encoding="utf-8") as f, open(out, "w", encoding="utf-8") as g:
        for line in itertools.islice(f, n):
            g.write(line)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--tagger", choices=("crf", "encoder"), default="crf")
    ap.add_argument("--source", default=str(ROOT.parent / "shared/data/allsides/articles.jsonl.gz"))
    ap.add_argument("paths", nargs="*", help="inputs to time instead of a sample of --source")
    args = ap.parse_args()

    from dossier.core import RunSummary, analyze_paths
    from dossier.ingest.cleanview import CleanView
    from dossier.ingest.read import read_paths
    from dossier.nlp.pipeline import build_nlp
    from dossier.nlp.attribution.tagger import tag_doc
    from dossier.report.jsonl import write_record
    from dossier.settings import Settings

    paths = args.paths or [str(sample(Path(args.source), args.n))]
    articles = [a for a in read_paths(paths) if hasattr(a, "text")]
    views = [CleanView.of_article(a).text for a in articles]
    words = sum(len(v.split()) for v in views)
    nlp = build_nlp()
    settings = Settings(tagger=args.tagger)
    for doc in nlp.pipe(views[:2]):  # warm up, and load the tagger
        tag_doc(doc, kind=args.tagger)

    t = time.perf_counter()
    for _ in nlp.pipe(views, batch_size=16):
        pass
    bare = time.perf_counter() - t

    t = time.perf_counter()
    sink = io.StringIO()
    for analysis in analyze_paths(paths, settings, summary=RunSummary()):
        write_record(analysis, sink)
    full = time.perf_counter() - t

    n = len(articles)
    print(json.dumps({"tagger": args.tagger, "articles": n, "words": words, "bare_spacy_s": round(bare, 2),
                      "dossier_s": round(full, 2)}))
    print(f"bare spaCy {n / bare:.1f} articles/s ({words / bare:.0f} words/s); "
          f"dossier extract {n / full:.1f} articles/s ({words / full:.0f} words/s); ratio {bare / full:.2f}")


if __name__ == "__main__":
    main()
