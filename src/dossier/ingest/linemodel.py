"""The learned line model: a logistic regression blended with small boosted trees, read from JSON.

Trained by bench/train_line_model.py on line-labelled web pages; prediction is plain numpy (no
scikit-learn import, no pickle), so loading is instant and the file stays valid across library versions.
All lines of a page are scored at once: every tree walks every line in step, one level at a time.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).with_name("line_model.json")


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -60.0, 60.0)))


class LineModel:
    """Probability that a line (given as its feature vector) is the page's own content."""

    def __init__(self, spec: dict):
        self.threshold = float(spec["threshold"])
        self.lr_weight = float(spec["lr_weight"])
        self.mean, self.scale = np.array(spec["mean"]), np.array(spec["scale"])
        self.coef, self.intercept = np.array(spec["coef"]), float(spec["intercept"])
        self.trees_init, self.trees_rate = float(spec["trees_init"]), float(spec["trees_rate"])
        self._pack_trees(spec["trees"])

    def _pack_trees(self, trees: list[dict]) -> None:
        """All trees as (n_trees, max_nodes) arrays; a leaf points to itself so extra steps stay put."""
        width = max((len(t["value"]) for t in trees), default=1)
        shape = (len(trees), width)
        self.feature, self.split = np.zeros(shape, dtype=np.intp), np.zeros(shape)
        self.left, self.right = np.zeros(shape, dtype=np.intp), np.zeros(shape, dtype=np.intp)
        self.value = np.zeros(shape)
        self.depth = 0
        for k, t in enumerate(trees):
            n = len(t["value"])
            own = np.arange(n)
            left, right = np.array(t["left"]), np.array(t["right"])
            leaf = left == -1
            self.left[k, :n] = np.where(leaf, own, left)
            self.right[k, :n] = np.where(leaf, own, right)
            self.feature[k, :n] = np.where(leaf, 0, t["feature"])
            self.split[k, :n] = np.where(leaf, np.inf, t["threshold"])
            self.value[k, :n] = t["value"]
            self.depth = max(self.depth, _depth(left.tolist(), right.tolist()))

    def _trees(self, X: np.ndarray) -> np.ndarray:
        if not len(self.value):
            return np.full(len(X), 0.5)
        trees = np.arange(len(self.value))[:, None]
        rows = np.arange(len(X))[None, :]
        node = np.zeros((len(self.value), len(X)), dtype=np.intp)
        for _ in range(self.depth):
            go_left = X[rows, self.feature[trees, node]] <= self.split[trees, node]
            node = np.where(go_left, self.left[trees, node], self.right[trees, node])
        raw = self.trees_init + self.trees_rate * self.value[trees, node].sum(axis=0)
        return _sigmoid(raw)

    def probabilities(self, rows) -> list[float]:
        """One content probability per feature row."""
        if not len(rows):
            return []
        X = np.asarray(rows, dtype=float)
        linear = _sigmoid(self.intercept + ((X - self.mean) / self.scale) @ self.coef)
        return (self.lr_weight * linear + (1 - self.lr_weight) * self._trees(X)).tolist()

    def probability(self, row) -> float:
        return self.probabilities([row])[0]


def _depth(left: list[int], right: list[int]) -> int:
    """Edges on the longest root-to-leaf path."""
    best, stack = 0, [(0, 0)]
    while stack:
        node, d = stack.pop()
        if left[node] == -1:
            best = max(best, d)
        else:
            stack += [(left[node], d + 1), (right[node], d + 1)]
    return best


@lru_cache(maxsize=1)
def load() -> LineModel:
    return LineModel(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
