"""The learned line model: a logistic regression blended with small boosted trees, read from JSON.

Trained by bench/train_line_model.py on line-labelled web pages; prediction is plain Python (no
scikit-learn import, no pickle), so loading is instant and the file stays valid across library versions.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("line_model.json")


def _sigmoid(x: float) -> float:
    if x < -60:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


class LineModel:
    """Probability that a line (given as its feature vector) is the page's own content."""

    def __init__(self, spec: dict):
        self.threshold = float(spec["threshold"])
        self.lr_weight = float(spec["lr_weight"])
        self.mean, self.scale, self.coef = spec["mean"], spec["scale"], spec["coef"]
        self.intercept = float(spec["intercept"])
        self.trees_init, self.trees_rate = float(spec["trees_init"]), float(spec["trees_rate"])
        self.trees = [(t["feature"], t["threshold"], t["left"], t["right"], t["value"]) for t in spec["trees"]]

    def _linear(self, row) -> float:
        z = self.intercept + sum(c * (x - m) / s for c, x, m, s in zip(self.coef, row, self.mean, self.scale))
        return _sigmoid(z)

    def _trees(self, row) -> float:
        raw = self.trees_init
        for feature, threshold, left, right, value in self.trees:
            node = 0
            while left[node] != -1:
                node = left[node] if row[feature[node]] <= threshold[node] else right[node]
            raw += self.trees_rate * value[node]
        return _sigmoid(raw)

    def probability(self, row) -> float:
        if self.trees:
            return self.lr_weight * self._linear(row) + (1 - self.lr_weight) * self._trees(row)
        return self._linear(row)


@lru_cache(maxsize=1)
def load() -> LineModel:
    return LineModel(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
