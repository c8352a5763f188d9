"""How the stance gate ranks stances no fit has seen: fit on the labels of reads before ``--from`` (and on every
label that names no read), score the labels of reads from ``--from`` on, and print the AUC and, per threshold,
how many are kept and how many of those are right.

    python bench/stance_gate_fresh.py bench/labels/stances.jsonl --articles ../shared/data/allsides/articles.jsonl.gz --from 88

Fits both stance models: over the stance's shape (``nlp.stances.confidence.FEATURES``, as written in each
label; the first gate) and over its words (``EMBEDDING_FEATURES``; the second gate since round 2026-12-07e),
with the trainer's regularisation (``train_confidence.REGULARISATION``). Held-out labels of reads before round
2026-12-07e are stances the shape gate had shown, so the words' figures on them are those of both gates. The
README's figures for the round come from this script.
"""
from __future__ import annotations

import argparse
import json
import re
import sys

THRESHOLDS = (2 / 3, 0.7, 0.75, 0.8)


def read_number(source: str) -> int | None:
    """The read a label comes from ("read88/items:S3" -> 88), None for a label of another round."""
    found = re.match(r"read(\d+)/", source or "")
    return int(found.group(1)) if found else None


def main(argv: list[str] | None = None) -> int:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    from dossier.nlp.attribution.train_confidence import REGULARISATION, read_stance_rows
    from dossier.nlp.stances.confidence import FEATURES

    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("labels")
    ap.add_argument("--articles", required=True)
    ap.add_argument("--from", dest="first", type=int, required=True, help="first read held out")
    args = ap.parse_args(argv)
    labels = [json.loads(line) for line in open(args.labels, encoding="utf-8") if line.strip()]
    held = np.array([(read_number(r.get("source")) or 0) >= args.first for r in labels])
    if held.all() or not held.any():
        print("--from must leave labels on both sides", file=sys.stderr)
        return 2
    words, ys = read_stance_rows(args.labels, args.articles)
    y = np.array(ys)
    shapes = np.array([[r["features"][k] for k in FEATURES] for r in labels])
    print(f"fitted on {int((~held).sum())} labels ({y[~held].mean():.1%} right), "
          f"held out {int(held.sum())} ({y[held].mean():.1%} right)")
    for name, x in (("shape", shapes), ("words", np.array(words))):
        model = LogisticRegression(C=REGULARISATION, max_iter=5000).fit(x[~held], y[~held])
        p = model.predict_proba(x[held])[:, 1]
        kept = [f"at {t:.3f}: {int((p >= t).sum())} kept, {int(y[held][p >= t].sum())} right" for t in THRESHOLDS]
        print(f"{name}: AUC {roc_auc_score(y[held], p):.3f}; " + "; ".join(kept))
    return 0


if __name__ == "__main__":
    sys.exit(main())
