"""Fit the quote-confidence model (``confidence``) on readers' verdicts:
``python -m dossier.nlp.attribution.train_confidence LABELS [--kind quotes|stances] [--cost N] [--out PATH]``.

With ``--kind stances`` it fits the stance model (``nlp.stances.confidence``) the same way, on stance
labels whose marks are ``{"ok": 0|1}`` (``bench/read/labels.py --stances``), over the words of each stance
(``stance_confidence.EMBEDDING_FEATURES``; ``--kind stance_shapes`` fits the shape gate a stance must pass
too, over the shapes each label records, as before round 2026-12-07e): ``--articles`` names the JSON lines (``.gz`` too) holding each
label's article as ``{"id": …, "text": …}``, the text its spans index (``../shared/data/allsides/articles.jsonl.gz``
for the shipped labels).

LABELS is JSON lines, one judged quote record each: ``{"source": …, "article": …, "content": [s, e],
"features": {name: value}, "marks": {"a": 0|1, "b": 0|1, "c": 0|1, "d": 0|1}}`` (a: a real attribution,
b: the right speaker, c: the right role, d: the right content bounds; ``bench/confidence_labels.py`` builds
it from read-through verdicts). The model predicts "right on every count" (all four marks). A record is
shown when showing it costs less than hiding it: with a wrong record costing ``cost`` times a missing one
("a wrong item does more harm than a missing one"), when p * 1 > (1 - p) * cost, i.e. p >= cost / (1 + cost).
The file records the precision and the share of records kept at that threshold under 10-fold cross-validation,
with folds grouped by article (``"article"``; sklearn's GroupKFold) so that no article's records sit on both
sides of a fold, or stratified folds when the labels name fewer than 10 articles.
Not run at extract time; retrain after the labels or the features change.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import confidence
from ..stances import confidence as stance_confidence

KINDS = {"quotes": (confidence.FEATURES, "abcd", confidence.MODEL_PATH),
         "stances": (stance_confidence.EMBEDDING_FEATURES, ("ok",), stance_confidence.MODEL_PATH),
         "stance_shapes": (stance_confidence.FEATURES, ("ok",), stance_confidence.SHAPE_MODEL_PATH)}
FEATURES, MARKS, MODEL_PATH = KINDS["quotes"]
FOLDS = 10
# How many missing records one wrong record costs, per kind: quotes from p >= 3/4 (held-out fresh reads, round 19:
# the records between 2/3 and 3/4 are right about 70 % of the time); stances likewise since their model reads their
# words (round 2026-12-07e: 2/3 while it read only their shapes, which hardly ranked fresh stances).
COSTS = {"quotes": 3.0, "stances": 3.0, "stance_shapes": 2.0}
REGULARISATION = 1.0  # scikit-learn's C: inverse L2 strength; ~1,700 labels, 23 features


def read_labels(path: str, features=FEATURES, marks=MARKS) -> tuple[list[list[float]], list[int]]:
    """(feature rows in ``features`` order, 1 when right on every mark of ``marks``) from a LABELS file."""
    rows, ys = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                rows.append([float(r["features"][k]) for k in features])
                ys.append(int(all(r["marks"][m] for m in marks)))
    return rows, ys


def read_stance_rows(path: str, articles: str) -> tuple[list[list[float]], list[int]]:
    """(``EMBEDDING_FEATURES`` rows, 1 when judged right) of a stance LABELS file, each stance's words read
    from its article in ``articles`` (JSON lines of ``{"id", "text"}``, gzipped or not). Raises KeyError for a
    label whose article ``articles`` lacks."""
    import gzip

    labels = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    wanted = {r["article"] for r in labels}
    texts = {}
    with (gzip.open if articles.endswith(".gz") else open)(articles, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a.get("id") in wanted:
                texts[a["id"]] = a["text"]
    triples = []
    for r in labels:
        text = texts[r["article"]]
        attitude = next((a for a in stance_confidence.ATTITUDES if r["features"].get(f"attitude_{a}")), "")
        triples.append((text[slice(*r["evidence"])], attitude, text[slice(*r["object"])]))
    names = stance_confidence.EMBEDDING_FEATURES
    rows = [[x[k] for k in names] for x in stance_confidence.embedding_features(triples)]
    return rows, [int(r["marks"]["ok"]) for r in labels]


def read_articles(path: str) -> list[str | None]:
    """The article of each label of a LABELS file, in ``read_labels`` order (None where a label names none)."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line).get("article") for line in f if line.strip()]


def _folds(y, groups):
    """10 folds grouped by article when ``groups`` names at least FOLDS articles, else stratified ones."""
    from sklearn.model_selection import GroupKFold, StratifiedKFold

    if groups is not None and None not in groups and len(set(groups)) >= FOLDS:
        return list(GroupKFold(FOLDS).split(y, y, groups)), "grouped by article"
    return list(StratifiedKFold(FOLDS, shuffle=True, random_state=0).split(y, y)), "stratified"


def threshold_for(cost: float) -> float:
    """The probability above which showing a record costs less than hiding it, a wrong record costing
    ``cost`` missing ones: p >= cost / (1 + cost) (0.5 when both cost the same)."""
    return cost / (1 + cost)


def kept_at(probs: list[float], ys: list[int], threshold: float) -> tuple[float, float]:
    """(share right among the records with p >= threshold, share of records kept); (0, 0) when none is."""
    kept = [y for p, y in zip(probs, ys) if p >= threshold]
    return (sum(kept) / len(kept) if kept else 0.0), len(kept) / len(ys)


def fit(rows: list[list[float]], ys: list[int], cost: float, features=FEATURES, groups=None) -> dict:
    """The model file's content: weights and bias fitted on all rows, the threshold ``cost`` sets, and the
    precision and share kept at it under cross-validation (folds grouped by ``groups``, the rows' articles,
    where there are enough of them)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict

    x, y = np.array(rows), np.array(ys)
    model = LogisticRegression(C=REGULARISATION, max_iter=5000)
    folds, how = _folds(y, groups)
    probs = cross_val_predict(model, x, y, cv=folds, method="predict_proba")[:, 1]
    threshold = threshold_for(cost)
    kept_precision, kept = kept_at(list(probs), list(y), threshold)
    model.fit(x, y)
    return {
        "features": list(features),
        "weights": {k: round(float(w), 4) for k, w in zip(features, model.coef_[0])},
        "bias": round(float(model.intercept_[0]), 4),
        "threshold": round(float(threshold), 4),
        "cross_validated": {"records": len(ys), "right": int(y.sum()), "cost_of_a_wrong_record": cost, "folds": how,
                            "precision_kept": round(kept_precision, 3), "share_kept": round(kept, 3)},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("labels")
    ap.add_argument("--cost", type=float, help="how many missing records one wrong record costs (default: 3 for "
                    "quotes, 2 for stances)")
    ap.add_argument("--kind", choices=sorted(KINDS), default="quotes",
                    help="which model: quote records, stances (their words) or stance_shapes")
    ap.add_argument("--out", help="model file (default: the one the kind ships with)")
    ap.add_argument("--articles", help="stances: JSON lines (.gz too) of the labels' articles, {\"id\", \"text\"}")
    args = ap.parse_args(argv)
    features, marks, path = KINDS[args.kind]
    if args.kind == "stances" and not args.articles:
        print("--kind stances needs --articles (the labels' article texts)", file=sys.stderr)
        return 2
    rows, ys = (read_stance_rows(args.labels, args.articles) if args.kind == "stances"
                else read_labels(args.labels, features, marks))
    if len(set(ys)) < 2:
        print("labels need both right and wrong records", file=sys.stderr)
        return 2
    cost = args.cost if args.cost is not None else COSTS[args.kind]
    model = fit(rows, ys, cost, features, read_articles(args.labels))
    out = Path(args.out or path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, indent=1) + "\n")
    print(json.dumps(model["cross_validated"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
