"""Near-duplicates: wire copies and re-posts found with MinHash LSH over word shingles.

A copy is *linked* to its original (``duplicate_of``), never dropped. The original is the first article
of the group the index saw (online: a record already written never changes). Method: Broder's MinHash over
5-word shingles of the body, banded LSH (datasketch ``MinHashLSH``), so a query touches only the
articles that share a band: it stays sub-linear at 100k articles. A candidate counts as a copy when
the signatures' estimated Jaccard is at least ``threshold``, or when one text holds nearly all of the
other's shingles (a trimmed wire copy: containment estimated from the Jaccard and the two sizes).
"""
from __future__ import annotations

import base64
import functools

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64  # signature length: ±0.06 on a Jaccard estimate, 256 bytes an article in the state
THRESHOLD = 0.5  # estimated Jaccard at which two texts are copies
LSH_THRESHOLD = 0.3  # LSH's recall point: low, so trimmed copies (Jaccard ~0.4) still become candidates
CONTAINMENT = 0.8  # a shorter text whose shingles are this much inside a longer one is a copy of it
MIN_SHINGLES = 30  # texts shorter than this (in shingles) are never called copies: too little evidence


class DuplicateFinder:
    """``add(id, shingles) -> original id or None``; state is JSON (base64 signatures)."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM):
        self.threshold = threshold
        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=min(threshold, LSH_THRESHOLD), num_perm=num_perm)
        self.signatures: dict[str, MinHash] = {}
        self.sizes: dict[str, int] = {}
        self.original: dict[str, str] = {}  # copy id -> the original it repeats

    def signature(self, shingles: np.ndarray) -> MinHash:
        scheme, permutations = _permutations(self.num_perm)  # datasketch's own (seed 1), made once
        m = MinHash(num_perm=self.num_perm, hashfunc=int, permutations=permutations, scheme=scheme)  # shingles
        # arrive hashed (uint32)
        if len(shingles):
            m.update_batch(shingles.tolist())
        return m

    def add(self, id: str, shingles: np.ndarray) -> str | None:
        """Index one article; return the id of the original it copies (itself never a copy), or None."""
        sig = self.signature(shingles)
        size = len(shingles)
        found = self._match(sig, size) if size >= MIN_SHINGLES else None
        if id not in self.signatures:
            self.lsh.insert(id, sig)
        self.signatures[id] = sig
        self.sizes[id] = size
        if found is not None:
            self.original[id] = found
        return found

    def _match(self, sig: MinHash, size: int) -> str | None:
        best, best_score = None, 0.0
        for other in self.lsh.query(sig):
            j = sig.jaccard(self.signatures[other])
            small = min(size, self.sizes[other])
            # |A ∩ B| = J (|A| + |B|) / (1 + J); containment of the smaller set
            contained = j * (size + self.sizes[other]) / (1 + j) / small if small else 0.0
            if self.sizes[other] < MIN_SHINGLES or not (j >= self.threshold or contained >= CONTAINMENT):
                continue
            if j > best_score:
                best, best_score = other, j
        return self.original.get(best, best) if best is not None else None

    def state(self) -> dict:
        return {"threshold": self.threshold, "num_perm": self.num_perm,
                "signatures": {k: base64.b64encode(m.hashvalues.astype(np.uint32).tobytes()).decode("ascii")
                               for k, m in self.signatures.items()},
                "sizes": self.sizes, "original": self.original}

    @classmethod
    def from_state(cls, d: dict) -> "DuplicateFinder":
        f = cls(d["threshold"], d["num_perm"])
        for k, b in d["signatures"].items():
            values = np.frombuffer(base64.b64decode(b), dtype=np.uint32)
            sig = MinHash(num_perm=f.num_perm, hashvalues=values, scheme="affine32")
            f.signatures[k] = sig
            f.lsh.insert(k, sig)
        f.sizes = dict(d["sizes"])
        f.original = dict(d["original"])
        return f


@functools.lru_cache(maxsize=4)
def _permutations(num_perm: int):
    """(scheme, permutations) of datasketch's default MinHash of ``num_perm``: made once, not per signature."""
    m = MinHash(num_perm=num_perm, hashfunc=int)
    return m.scheme, m.permutations
