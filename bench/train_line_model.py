"""Train the line model shipped as src/dossier/ingest/line_model.json (reproducible: fixed seeds).

    python bench/train_line_model.py ../shared/data/textclean/en-train.json [--dev ../shared/data/textclean/en-dev.json]

A blend of a logistic regression (generalises across page kinds) and a small gradient-boosted tree
ensemble (catches feature interactions), both exported to plain JSON so prediction needs no
scikit-learn and no pickle. Dev figures are printed twice: on all of dev, and on the dev documents
that do not also appear in train (three dev pages are copies of train pages, which flatters any model).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dossier.ingest.linefeatures import FEATURE_NAMES, line_features  # noqa: E402
from dossier.ingest.linemodel import LineModel  # noqa: E402

OUT = ROOT / "src" / "dossier" / "ingest" / "line_model.json"
LR_C = 0.3
LR_WEIGHT = 0.6  # the trees get the rest
THRESHOLD = 0.5
TREES = dict(n_estimators=300, max_depth=3, learning_rate=0.05, subsample=0.8, random_state=0)


def matrix(docs):
    X, y = [], []
    for d in docs:
        pairs = [(l.strip(), int(lab)) for l, lab in zip(d["text"], d["labels"]) if l.strip()]
        X += line_features([l for l, _ in pairs])
        y += [lab for _, lab in pairs]
    return np.array(X), np.array(y)


def export_tree(tree) -> dict:
    t = tree.tree_
    return {"feature": t.feature.tolist(), "threshold": [round(float(v), 6) for v in t.threshold],
            "left": t.children_left.tolist(), "right": t.children_right.tolist(),
            "value": [round(float(v), 6) for v in t.value[:, 0, 0]]}


def train(docs) -> dict:
    X, y = matrix(docs)
    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=LR_C, max_iter=5000).fit((X - mean) / scale, y)
    gb = GradientBoostingClassifier(**TREES).fit(X, y)
    prior = y.mean()
    spec = {
        "features": list(FEATURE_NAMES), "threshold": THRESHOLD, "lr_weight": LR_WEIGHT,
        "mean": [round(float(v), 6) for v in mean], "scale": [round(float(v), 6) for v in scale],
        "coef": [round(float(v), 6) for v in lr.coef_[0]], "intercept": round(float(lr.intercept_[0]), 6),
        "trees_init": round(float(np.log(prior / (1 - prior))), 6), "trees_rate": TREES["learning_rate"],
        "trees": [export_tree(est[0]) for est in gb.estimators_],
    }
    # The exported model must agree with scikit-learn's own prediction.
    model = LineModel(spec)
    ours = np.array(model.probabilities(X.tolist()))
    theirs = LR_WEIGHT * lr.predict_proba((X - mean) / scale)[:, 1] + (1 - LR_WEIGHT) * gb.predict_proba(X)[:, 1]
    assert np.abs(ours - theirs).max() < 1e-3, np.abs(ours - theirs).max()
    return spec


def accuracy(model: LineModel, docs) -> float:
    X, y = matrix(docs)
    return float(np.mean((np.array(model.probabilities(X.tolist())) >= model.threshold) == y.astype(bool)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    ap.add_argument("--dev")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    docs = json.load(open(args.train, encoding="utf-8"))
    spec = train(docs)
    Path(args.out).write_text(json.dumps(spec, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {args.out} ({Path(args.out).stat().st_size} bytes)")
    if args.dev:
        dev = json.load(open(args.dev, encoding="utf-8"))
        seen = {l for d in docs for l in d["text"]}
        unseen = [d for d in dev if sum(l in seen for l in d["text"]) < len(d["text"]) / 2]
        model = LineModel(spec)
        print(f"model alone: dev accuracy {accuracy(model, dev):.4f}; "
              f"dev docs not in train ({len(unseen)}/{len(dev)}) {accuracy(model, unseen):.4f}")


if __name__ == "__main__":
    main()
